import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const TEMPLATE = "aws:drs/replicationConfigurationTemplate:ReplicationConfigurationTemplate";

const drs = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: TEMPLATE,
            name: "dr",
            props: {
                associateDefaultSecurityGroup: true,
                bandwidthThrottling: 0,
                createPublicIp: false,
                dataPlaneRouting: "PRIVATE_IP",
                defaultLargeStagingDiskType: "GP3",
                ebsEncryption: "CUSTOM",
                ebsEncryptionKeyArn: KEY_ARN,
                replicationServerInstanceType: "t3.small",
                replicationServersSecurityGroupsIds: [],
                stagingAreaSubnetId: "subnet-1",
                stagingAreaTags: {},
                useDedicatedReplicationServer: false,
                pitPolicies: [
                    { enabled: true, interval: 10, retentionDuration: 60, units: "MINUTE" },
                    { enabled: true, interval: 1, retentionDuration: 2, units: "DAY" },
                ],
                tags: PII_TAGS,
            },
            propertyDependencies: { ebsEncryptionKeyArn: ["data-key"] },
        },
    ]);

describe("catalogue: Elastic Disaster Recovery", () => {
    describeEntry(
        "aws:drs/replicationConfigurationTemplate:ReplicationConfigurationTemplate",
        drs,
        [
            {
                title: "replicated disks under the region's default key",
                change: props("dr", (p) => {
                    p.ebsEncryption = "DEFAULT";
                    delete p.ebsEncryptionKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TEMPLATE, "dr"],
                message: /has no ebsEncryptionKeyArn, so each replicated disk is encrypted under the region's default EBS key/,
            },
            {
                title: "point-in-time snapshots of PII kept a week",
                change: props("dr", (p) => {
                    p.pitPolicies[1].retentionDuration = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TEMPLATE, "dr"],
                message: /keeps point-in-time snapshots 7 day\(s\)/,
            },
            {
                title: "no point-in-time policy (DRS's default)",
                change: props("dr", (p) => {
                    delete p.pitPolicies;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TEMPLATE, "dr"],
                message: /pitPolicies is not set/,
            },
            {
                title: "unclassified: the servers it copies are outside the stack",
                change: props("dr", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [TEMPLATE, "dr"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "replication servers on the default security group",
                change: props("dr", (p) => {
                    p.associateDefaultSecurityGroup = false;
                }),
                policy: datastoreAccessBlockPublic,
                at: [TEMPLATE, "dr"],
                message: /replication servers names no replicationServersSecurityGroupsIds/,
            },
        ],
        [
            {
                title: "a confidential template keeping snapshots a week",
                change: props("dr", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                    p.pitPolicies[1].retentionDuration = 7;
                }),
            },
        ],
    );
});
