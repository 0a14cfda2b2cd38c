import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { CONFIDENTIAL_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const POLICY = "aws:organizations/policy:Policy";

const backupContent = (rule: object = {}) =>
    JSON.stringify({
        plans: {
            orders: {
                regions: { "@@assign": ["eu-west-1"] },
                rules: {
                    daily: {
                        schedule_expression: { "@@assign": "cron(0 5 ? * * *)" },
                        target_backup_vault_name: { "@@assign": "Default" },
                        lifecycle: { delete_after_days: { "@@assign": "2" } },
                        ...rule,
                    },
                },
                selections: {
                    tags: {
                        pii: {
                            iam_role_arn: { "@@assign": "arn:aws:iam::$account:role/backup" },
                            tag_key: { "@@assign": "data-classification" },
                            tag_value: { "@@assign": ["pii"] },
                        },
                    },
                },
            },
        },
    });

const organizations = (): ResourceSpec[] =>
    fixtureWith([
        { type: POLICY, name: "org-backups", props: { name: "org-backups", type: "BACKUP_POLICY", content: backupContent() } },
        {
            type: POLICY,
            name: "ai-opt-out",
            props: {
                name: "ai-opt-out",
                type: "AISERVICES_OPT_OUT_POLICY",
                content: JSON.stringify({ services: { default: { opt_out_policy: { "@@assign": "optOut" } } } }),
            },
        },
        {
            type: POLICY,
            name: "deny-leave",
            props: {
                name: "deny-leave",
                content: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" }],
                }),
            },
        },
    ]);

describe("catalogue: Organizations", () => {
    describeEntry(
        "aws:organizations/policy:Policy",
        organizations,
        [
            {
                title: "recovery points kept 35 days by an untagged backup policy",
                change: props("org-backups", (p) => {
                    p.content = backupContent({ lifecycle: { delete_after_days: { "@@assign": "35" } } });
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "org-backups"],
                message: /plan orders rule daily keeps recovery points 35 days .*treated as pii/,
            },
            {
                title: "recovery points that never expire",
                change: props("org-backups", (p) => {
                    p.content = backupContent({ lifecycle: {} });
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "org-backups"],
                message: /keeps recovery points with no lifecycle.delete_after_days, so they never expire/,
            },
            {
                title: "copies to another account's vault",
                change: props("org-backups", (p) => {
                    p.content = backupContent({
                        copy_actions: {
                            x: {
                                target_backup_vault_arn: { "@@assign": `arn:aws:backup:eu-west-1:${OUTSIDE_ACCOUNT}:backup-vault:theirs` },
                                lifecycle: { delete_after_days: { "@@assign": "2" } },
                            },
                        },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "org-backups"],
                message: /copies recovery points to account 999988887777, outside this stack/,
            },
            {
                title: "copies to another region",
                change: props("org-backups", (p) => {
                    p.content = backupContent({
                        copy_actions: {
                            x: {
                                target_backup_vault_arn: { "@@assign": "arn:aws:backup:us-east-1:$account:backup-vault:dr" },
                                lifecycle: { delete_after_days: { "@@assign": "2" } },
                            },
                        },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "org-backups"],
                message: /copies recovery points to region us-east-1, not on allowedRegions/,
            },
            {
                title: "content not known during preview",
                change: props("org-backups", (p) => {
                    p.content = UNKNOWN;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "org-backups"],
                message: /content is not known during preview/,
            },
            {
                title: "AI services opted in",
                change: props("ai-opt-out", (p) => {
                    p.content = JSON.stringify({ services: { default: { opt_out_policy: { "@@assign": "optIn" } } } });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "ai-opt-out"],
                message: /opts every AI service in \(opt_out_policy optIn\)/,
            },
        ],
        [
            {
                title: "a confidential backup policy keeping recovery points 35 days",
                change: props("org-backups", (p) => {
                    p.tags = { ...CONFIDENTIAL_TAGS, "retention-days": "35" };
                    p.content = backupContent({ lifecycle: { delete_after_days: { "@@assign": "35" } } });
                }),
            },
            {
                title: "copies to the member account's own vault in an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("org-backups", (p) => {
                    p.content = backupContent({
                        copy_actions: {
                            x: {
                                target_backup_vault_arn: { "@@assign": "arn:aws:backup:eu-central-1:$account:backup-vault:dr" },
                                lifecycle: { delete_after_days: { "@@assign": "2" } },
                            },
                        },
                    });
                }),
            },
        ],
    );
});
