import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const POLICY = "aws:dlm/lifecyclePolicy:LifecyclePolicy";

/** A PII volume snapshotted daily and kept two days, a confidential one kept a week and shared inside the account. */
const dlm = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:ebs/volume:Volume",
            name: "disk",
            props: { availabilityZone: "eu-west-1a", size: 10, encrypted: true, kmsKeyId: KEY_ARN, tags: { ...PII_TAGS, backup: "daily" } },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: "aws:ebs/volume:Volume",
            name: "archive-disk",
            props: {
                availabilityZone: "eu-west-1a",
                size: 10,
                encrypted: true,
                kmsKeyId: KEY_ARN,
                tags: { ...CONFIDENTIAL_TAGS, "retention-days": "30", backup: "weekly" },
            },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: POLICY,
            name: "daily",
            props: {
                region: "eu-west-1",
                description: "daily",
                executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/dlm`,
                policyDetails: {
                    resourceTypes: ["VOLUME"],
                    targetTags: { backup: "daily" },
                    schedules: [
                        {
                            name: "daily",
                            createRule: { interval: 24, intervalUnit: "HOURS" },
                            retainRule: { interval: 2, intervalUnit: "DAYS" },
                        },
                    ],
                },
            },
        },
        {
            type: POLICY,
            name: "weekly",
            props: {
                region: "eu-west-1",
                description: "weekly",
                executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/dlm`,
                policyDetails: {
                    resourceTypes: ["VOLUME"],
                    targetTags: { backup: "weekly" },
                    schedules: [
                        {
                            name: "weekly",
                            createRule: { interval: 24, intervalUnit: "HOURS" },
                            retainRule: { count: 7 },
                            shareRule: { targetAccounts: [ACCOUNT] },
                        },
                    ],
                },
            },
        },
    ]);

const CONFIG = { allowedRegions: ["eu-central-1"] };
const daily = (fn: (details: Record<string, any>) => void) => props("daily", (p) => fn(p.policyDetails));
const weekly = (fn: (schedule: Record<string, any>) => void) => props("weekly", (p) => fn(p.policyDetails.schedules[0]));
const COPY_RULE = { target: "eu-central-1", encrypted: true, cmkArn: KEY_ARN, retainRule: { interval: 7, intervalUnit: "DAYS" } };
const copied = (fn: (rule: Record<string, any>) => void = () => undefined) =>
    weekly((s) => {
        s.crossRegionCopyRules = [{ ...COPY_RULE }];
        fn(s.crossRegionCopyRules[0]);
    });

describe("catalogue: Data Lifecycle Manager", () => {
    describeEntry(
        "aws:dlm/lifecyclePolicy:LifecyclePolicy",
        dlm,
        [
            {
                title: "snapshots of a PII volume kept a week",
                change: daily((d) => {
                    d.schedules[0].retainRule = { interval: 1, intervalUnit: "WEEKS" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /keeps the snapshots of schedule "daily" 7 days \(schedule "daily".retainRule\), more than the 3-day retention/,
            },
            {
                title: "count-based retention of a PII volume",
                change: daily((d) => {
                    d.schedules[0].retainRule = { count: 5 };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /about 5 days \(retainRule.count 5 at one every 24 hours\)/,
            },
            {
                title: "count-based retention on a cron schedule",
                change: daily((d) => {
                    d.schedules[0].retainRule = { count: 2 };
                    d.schedules[0].createRule = { cronExpression: "cron(0 1 * * ? *)" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /their age cannot be bounded: use an interval-based retainRule/,
            },
            {
                title: "cross-region copies of PII snapshots without a retain rule",
                change: daily((d) => {
                    d.schedules[0].crossRegionCopyRules = [{ target: "eu-central-1", encrypted: true, cmkArn: KEY_ARN }];
                }),
                config: CONFIG,
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /keeps cross-region copies of schedule "daily" with no retain rule/,
            },
            {
                title: "archived PII snapshots",
                change: daily((d) => {
                    d.schedules[0].archiveRule = { archiveRetainRule: { retentionArchiveTier: { count: 1 } } };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /archiveRule\): archived snapshots are billed and kept at least 90 days/,
            },
            {
                title: "a disabled policy keeps what it should delete",
                change: props("daily", (p) => {
                    p.state = "DISABLED";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /is DISABLED: snapshots due to expire/,
            },
            {
                title: "a default policy over a region with PII volumes (7 days, last snapshot kept)",
                change: props("daily", (p) => {
                    p.defaultPolicy = "VOLUME";
                    p.policyDetails = { policyLanguage: "SIMPLIFIED", resourceType: "VOLUME" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /keeps snapshots 7 days \(policyDetails.retainInterval is not set: AWS's default of 7\)/,
            },
            {
                title: "a default policy whose retain interval is unknown during preview",
                change: props("daily", (p) => {
                    p.defaultPolicy = "VOLUME";
                    p.policyDetails = {
                        policyLanguage: "SIMPLIFIED",
                        resourceType: "VOLUME",
                        retainInterval: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
                        extendDeletion: true,
                    };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /policyDetails.retainInterval is not known during preview/,
            },
            {
                title: "a default policy without extended deletion",
                change: props("daily", (p) => {
                    p.defaultPolicy = "VOLUME";
                    p.policyDetails = { policyLanguage: "SIMPLIFIED", resourceType: "VOLUME", retainInterval: 2 };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /keeps the last snapshot of a deleted volume or instance/,
            },
            {
                title: "copies to another region, none allowed",
                change: copied(),
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "weekly"],
                message: /copies snapshots to region eu-central-1, not on allowedRegions \(none\)/,
            },
            {
                title: "copies to a region not allowed",
                change: copied((r) => {
                    r.target = "us-east-1";
                }),
                config: CONFIG,
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "weekly"],
                message: /copies snapshots to region us-east-1, not on allowedRegions/,
            },
            {
                title: "cross-region copies under the destination's default key",
                change: copied((r) => {
                    delete r.cmkArn;
                }),
                config: CONFIG,
                policy: datastoreEncryptionRequireCustomerKey,
                at: [POLICY, "weekly"],
                message:
                    /a cross-region snapshot copy: has no cmkArn, so it is encrypted under the default EBS key of the destination region/,
            },
            {
                title: "cross-region copies not encrypted",
                change: copied((r) => {
                    r.encrypted = false;
                    delete r.cmkArn;
                }),
                config: CONFIG,
                policy: datastoreEncryptionRequireCustomerKey,
                at: [POLICY, "weekly"],
                message: /a cross-region snapshot copy is not encrypted: encrypted is false/,
            },
            {
                title: "snapshots shared with another account",
                change: weekly((s) => {
                    s.shareRule.targetAccounts = [OUTSIDE_ACCOUNT];
                }),
                config: CONFIG,
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "weekly"],
                message: /shares its snapshots with account 999988887777, in account 999988887777, outside this stack/,
            },
            {
                title: "a policy tagged lower than the volumes it picks",
                change: props("daily", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                }),
                policy: datastoreTagsRequireClassification,
                at: [POLICY, "daily"],
                message: /is classified confidential but holds pii data as a copy of disk/,
            },
            {
                title: "an event-based policy copying snapshots other accounts share (judged as pii)",
                change: props("daily", (p) => {
                    p.policyDetails = {
                        policyType: "EVENT_BASED_POLICY",
                        eventSource: {
                            type: "MANAGED_CWE",
                            parameters: { eventType: "shareSnapshot", snapshotOwners: [OUTSIDE_ACCOUNT], descriptionRegex: ".*" },
                        },
                        action: {
                            name: "copy",
                            crossRegionCopies: [
                                {
                                    target: "eu-central-1",
                                    encryptionConfiguration: { encrypted: true, cmkArn: KEY_ARN },
                                    retainRule: { interval: 7, intervalUnit: "DAYS" },
                                },
                            ],
                        },
                    };
                }),
                config: CONFIG,
                policy: datastoreRetentionLimitCopies,
                at: [POLICY, "daily"],
                message: /keeps copies of snapshots shared with the account 7 days/,
            },
        ],
        [
            { title: "confidential snapshots copied to an allowed region", change: copied() },
            {
                title: "a policy whose target tags pick nothing in the stack needs no classification",
                change: daily((d) => {
                    d.targetTags = { backup: "hourly" };
                    d.schedules[0].retainRule = { interval: 30, intervalUnit: "DAYS" };
                }),
            },
            {
                title: "a default policy kept two days with extended deletion",
                change: props("daily", (p) => {
                    p.defaultPolicy = "VOLUME";
                    p.policyDetails = { policyLanguage: "SIMPLIFIED", resourceType: "VOLUME", retainInterval: 2, extendDeletion: true };
                }),
            },
        ].map((v) => ({ ...v, config: CONFIG })),
    );
});
