import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const LAKE = "aws:securitylake/dataLake:DataLake";
const SECURITY_TAGS = { "data-classification": "confidential", "retention-days": "365", owner: "security" };

const lake = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LAKE,
            name: "security-lake",
            props: {
                metaStoreManagerRoleArn: `arn:aws:iam::${ACCOUNT}:role/lake`,
                tags: SECURITY_TAGS,
                configuration: {
                    region: "eu-west-1",
                    encryptionConfigurations: [{ kmsKeyId: KEY_ARN }],
                    lifecycleConfiguration: { expiration: { days: 365 } },
                },
            },
        },
        {
            type: "aws:securitylake/subscriber:Subscriber",
            name: "siem",
            props: {
                subscriberName: "siem",
                accessType: "S3",
                sources: [{ awsLogSourceResource: { sourceName: "CLOUD_TRAIL_MGMT" } }],
                subscriberIdentity: { principal: ACCOUNT, externalId: "x" },
            },
        },
    ]);

describe("catalogue: Security Lake", () => {
    describeEntry(
        "securitylake data lakes and subscribers",
        lake,
        [
            {
                title: "lake under SSE-S3 (default)",
                change: props("security-lake", (p) => {
                    delete p.configuration.encryptionConfigurations;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [LAKE, "security-lake"],
                message: /configuration.encryptionConfigurations.kmsKeyId is not set, so the lake's objects are encrypted under SSE-S3/,
            },
            {
                title: "lake under S3_MANAGED_KEY",
                change: props("security-lake", (p) => {
                    p.configuration.encryptionConfigurations[0].kmsKeyId = "S3_MANAGED_KEY";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [LAKE, "security-lake"],
                message: /is "S3_MANAGED_KEY"/,
            },
            {
                title: "lake of personal data kept forever (default)",
                change: props("security-lake", (p) => {
                    p.tags = PII_TAGS;
                    delete p.configuration.lifecycleConfiguration;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LAKE, "security-lake"],
                message: /keeps security logs forever/,
            },
            {
                title: "lake replicated to another region",
                change: props("security-lake", (p) => {
                    p.configuration.replicationConfiguration = { regions: ["us-east-1"], roleArn: "r" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LAKE, "security-lake"],
                message: /replicates security logs to region us-east-1, not on allowedRegions/,
            },
            {
                title: "lake unclassified",
                change: props("security-lake", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [LAKE, "security-lake"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "subscriber in another account",
                change: props("siem", (p) => {
                    p.subscriberIdentity.principal = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:securitylake/subscriber:Subscriber", "siem"],
                message: /gives the lake's data to account 999988887777, outside this stack/,
            },
            {
                title: "subscriber named by a principal ARN of another account",
                change: props("siem", (p) => {
                    p.subscriberIdentity.principal = `arn:aws:iam::${OUTSIDE_ACCOUNT}:root`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:securitylake/subscriber:Subscriber", "siem"],
                message: /gives the lake's data to account 999988887777/,
            },
        ],
        [
            {
                title: "subscriber named by a principal ARN of this account",
                change: props("siem", (p) => {
                    p.subscriberIdentity.principal = `arn:aws:iam::${ACCOUNT}:role/siem`;
                }),
            },
            {
                title: "a SIEM subscriber of the shipping provider's account (allow-listed)",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("siem", (p) => {
                    p.subscriberIdentity.principal = OUTSIDE_ACCOUNT;
                }),
            },
        ],
    );
});
