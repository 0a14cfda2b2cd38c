import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const PLAN = "aws:backup/plan:Plan";
const VAULT = "aws:backup/vault:Vault";
const SELECTION = "aws:backup/selection:Selection";
const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`;

/** A vault and a plan keeping daily recovery points 2 days; the selection picks the PII orders table. */
const backups = (resources: string[] = [TABLE_ARN]): ResourceSpec[] =>
    fixtureWith([
        {
            type: VAULT,
            name: "vault",
            props: { name: "orders-vault", kmsKeyArn: KEY_ARN },
            propertyDependencies: { kmsKeyArn: ["data-key"] },
        },
        {
            type: PLAN,
            name: "plan",
            props: {
                name: "orders-plan",
                rules: [
                    { ruleName: "daily", targetVaultName: "orders-vault", schedule: "cron(0 3 * * ? *)", lifecycle: { deleteAfter: 2 } },
                ],
            },
            propertyDependencies: { rules: ["vault"] },
        },
        {
            type: SELECTION,
            name: "selection",
            props: { name: "orders", planId: "plan-id", iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/backup`, resources },
            propertyDependencies: { planId: ["plan"] },
        },
    ]);

const rule = (fn: (rule: any) => void) => props("plan", (p) => fn(p.rules[0]));

describe("catalogue: AWS Backup", () => {
    describeEntry(
        "a plan backing up a PII table, and its vault",
        () => backups(),
        [
            {
                title: "recovery points kept 35 days",
                change: rule((r) => {
                    r.lifecycle.deleteAfter = 35;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /recovery points of rule "daily" are kept 35 days \(lifecycle.deleteAfter\), more than the 3-day retention/,
            },
            {
                title: "recovery points that never expire",
                change: rule((r) => {
                    delete r.lifecycle;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /never expire \(no lifecycle.deleteAfter\)/,
            },
            {
                title: "cold storage (90 days at least)",
                change: rule((r) => {
                    r.lifecycle.coldStorageAfter = 1;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /move to cold storage/,
            },
            {
                title: "a copy to a vault of another account",
                change: rule((r) => {
                    r.copyActions = [
                        {
                            destinationVaultArn: `arn:aws:backup:eu-west-1:${OUTSIDE_ACCOUNT}:backup-vault:theirs`,
                            lifecycle: { deleteAfter: 2 },
                        },
                    ];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PLAN, "plan"],
                message:
                    /copies recovery points to arn:aws:backup:eu-west-1:999988887777:backup-vault:theirs, in account 999988887777, outside this stack/,
            },
            {
                title: "a copy to another region",
                change: rule((r) => {
                    r.copyActions = [
                        { destinationVaultArn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:dr`, lifecycle: { deleteAfter: 2 } },
                    ];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PLAN, "plan"],
                message: /in region us-east-1, not on allowedRegions/,
            },
            {
                title: "a copy kept forever",
                change: rule((r) => {
                    r.copyActions = [{ destinationVaultArn: `arn:aws:backup:eu-west-1:${ACCOUNT}:backup-vault:orders-vault` }];
                }),
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /copies made by rule "daily" never expire/,
            },
            {
                title: "a vault under the AWS-managed key",
                change: props("vault", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VAULT, "vault"],
                message: /has no kmsKeyArn, so recovery points is encrypted under the AWS-managed aws\/backup key/,
            },
            {
                title: "a vault policy letting in another account",
                change: add({
                    type: "aws:backup/vaultPolicy:VaultPolicy",
                    name: "vault-policy",
                    props: {
                        backupVaultName: "orders-vault",
                        policy: JSON.stringify({
                            Statement: [
                                {
                                    Effect: "Allow",
                                    Principal: { AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` },
                                    Action: "backup:CopyIntoBackupVault",
                                    Resource: "*",
                                },
                            ],
                        }),
                    },
                    propertyDependencies: { backupVaultName: ["vault"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [VAULT, "vault"],
                message: /its vault policy: a statement allows arn:aws:iam::999988887777:root/,
            },
            {
                title: "a vault policy open to everyone",
                change: add({
                    type: "aws:backup/vaultPolicy:VaultPolicy",
                    name: "vault-policy",
                    props: {
                        backupVaultName: "orders-vault",
                        policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "backup:*", Resource: "*" }] }),
                    },
                    propertyDependencies: { backupVaultName: ["vault"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: [VAULT, "vault"],
                message: /its vault policy: a statement allows Principal "\*"/,
            },
            {
                title: "a vault lock holding recovery points 30 days",
                change: add({
                    type: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
                    name: "vault-lock",
                    props: { backupVaultName: "orders-vault", minRetentionDays: 30 },
                    propertyDependencies: { backupVaultName: ["vault"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [VAULT, "vault"],
                message: /keeps recovery points under the vault lock \(minRetentionDays\) 30 days/,
            },
            {
                title: "a vault tagged public that holds copies of a PII table",
                change: props("vault", (p) => {
                    p.tags = { "data-classification": "public", "retention-days": "2", owner: "x" };
                }),
                policy: datastoreTagsRequireClassification,
                at: [VAULT, "vault"],
                message: /is classified public but holds pii data as a copy of plan/,
            },
            {
                title: "a wildcard pattern may pick other stacks' PII tables, even with this stack's excluded",
                change: (stack) => {
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                    props("selection", (p) => {
                        p.resources = ["arn:aws:dynamodb:*:*:table/*"];
                        p.notResources = [TABLE_ARN];
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: "notResources in another account's name excludes nothing here",
                change: (stack) => {
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                    props("selection", (p) => {
                        p.resources = [TABLE_ARN];
                        p.notResources = [TABLE_ARN.replace(ACCOUNT, OUTSIDE_ACCOUNT)];
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: "notResources matches ARNs case-sensitively",
                change: (stack) => {
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                    props("selection", (p) => {
                        p.notResources = [TABLE_ARN.toUpperCase()];
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: "a logically air-gapped vault (at least 7 days)",
                change: (stack) => {
                    add({
                        type: "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault",
                        name: "lag",
                        props: { name: "lag", minRetentionDays: 7, maxRetentionDays: 30, encryptionKeyArn: KEY_ARN },
                    })(stack);
                    rule((r) => {
                        r.targetLogicallyAirGappedBackupVaultArn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:lag";
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: ["aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault", "lag"],
                message: /keeps recovery points \(minRetentionDays, at least 7\) 7 days/,
            },
        ],
        [
            {
                title: "a copy to a vault of this stack, kept 2 days",
                change: rule((r) => {
                    r.copyActions = [
                        {
                            destinationVaultArn: `arn:aws:backup:eu-west-1:${ACCOUNT}:backup-vault:orders-vault`,
                            lifecycle: { deleteAfter: 2 },
                        },
                    ];
                }),
            },
            {
                title: "the PII table excluded by notResources, the rest pinned to internal by a condition",
                change: (stack) => {
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                    props("selection", (p) => {
                        p.resources = ["arn:aws:dynamodb:*:*:table/*"];
                        p.notResources = [TABLE_ARN];
                        p.conditions = [{ stringEquals: [{ key: "aws:ResourceTag/data-classification", value: "internal" }] }];
                    })(stack);
                    props("plan", (p) => {
                        p.tags = { "data-classification": "internal", "retention-days": "35", owner: "x" };
                    })(stack);
                    props("vault", (p) => {
                        p.tags = { "data-classification": "internal", "retention-days": "35", owner: "x" };
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "selections by ARN pattern and by tag",
        () => backups(["arn:aws:dynamodb:*:*:table/*"]),
        [
            {
                title: "a wildcard table pattern picks the PII table",
                change: rule((r) => {
                    r.lifecycle.deleteAfter = 35;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: 'resources "*" picks every store',
                change: (stack) => {
                    props("selection", (p) => {
                        p.resources = ["*"];
                    })(stack);
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: "a tag selection picks the PII stores",
                change: (stack) => {
                    props("selection", (p) => {
                        delete p.resources;
                        p.selectionTags = [{ type: "STRINGEQUALS", key: "data-classification", value: "pii" }];
                    })(stack);
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: "resources unknown during preview pick every store",
                change: (stack) => {
                    props("selection", (p) => {
                        p.resources = UNKNOWN;
                    })(stack);
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
            {
                title: "a selection of a store outside the stack is judged as pii (it cannot carry tags)",
                change: (stack) => {
                    props("selection", (p) => {
                        p.resources = [`arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/elsewhere`];
                    })(stack);
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [PLAN, "plan"],
                message: /kept 35 days/,
            },
        ],
        [
            {
                title: "a condition that leaves out PII stores (internal stores kept 35 days)",
                change: (stack) => {
                    props("selection", (p) => {
                        p.resources = ["*"];
                        p.conditions = [{ stringEquals: [{ key: "aws:ResourceTag/data-classification", value: "internal" }] }];
                    })(stack);
                    rule((r) => {
                        r.lifecycle.deleteAfter = 35;
                    })(stack);
                    props("plan", (p) => {
                        p.tags = { "data-classification": "internal", "retention-days": "35", owner: "x" };
                    })(stack);
                    props("vault", (p) => {
                        p.tags = { "data-classification": "internal", "retention-days": "35", owner: "x" };
                    })(stack);
                },
            },
        ],
    );
});
