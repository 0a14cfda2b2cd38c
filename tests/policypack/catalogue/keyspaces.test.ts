import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const KEYSPACE = "aws:keyspaces/keyspace:Keyspace";
const TABLE = "aws:keyspaces/table:Table";

const keyspaces = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: KEYSPACE,
            name: "shop",
            props: { name: "shop", region: "eu-west-1", replicationSpecification: { replicationStrategy: "SINGLE_REGION" } },
        },
        {
            type: TABLE,
            name: "addresses",
            props: {
                keyspaceName: "shop",
                tableName: "addresses",
                region: "eu-west-1",
                schemaDefinition: { columns: [{ name: "id", type: "text" }], partitionKeys: [{ name: "id" }] },
                encryptionSpecification: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyIdentifier: KEY_ARN },
                defaultTimeToLive: 86400,
                ttl: { status: "ENABLED" },
                pointInTimeRecovery: { status: "DISABLED" },
                tags: PII_TAGS,
            },
            propertyDependencies: { keyspaceName: ["shop"], encryptionSpecification: ["data-key"] },
        },
    ]);

describe("catalogue: Amazon Keyspaces", () => {
    describeEntry(
        TABLE,
        keyspaces,
        [
            {
                title: "the AWS-owned key by default",
                change: props("addresses", (p) => {
                    delete p.encryptionSpecification;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "addresses"],
                message: /encryptionSpecification.type is not set \(AWS_OWNED_KMS_KEY\), so the table is encrypted under an AWS-owned key/,
            },
            {
                title: "the AWS-owned key named",
                change: props("addresses", (p) => {
                    p.encryptionSpecification = { type: "AWS_OWNED_KMS_KEY" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "addresses"],
                message: /encryptionSpecification.type is "AWS_OWNED_KMS_KEY"/,
            },
            {
                title: "a customer-managed type without a key",
                change: props("addresses", (p) => {
                    delete p.encryptionSpecification.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "addresses"],
                message: /has no encryptionSpecification.kmsKeyIdentifier/,
            },
            {
                title: "rows that never expire (no default TTL)",
                change: props("addresses", (p) => {
                    delete p.defaultTimeToLive;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "addresses"],
                message: /keeps rows forever \(defaultTimeToLive is not set\)/,
            },
            {
                title: "a default TTL of 30 days",
                change: props("addresses", (p) => {
                    p.defaultTimeToLive = 30 * 86400;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "addresses"],
                message: /keeps rows 30 days/,
            },
            {
                title: "point-in-time recovery (35 days)",
                change: props("addresses", (p) => {
                    p.pointInTimeRecovery.status = "ENABLED";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "addresses"],
                message: /AWS keeps point-in-time recovery copies \(35 days, fixed\) for 35 days/,
            },
            {
                title: "unclassified",
                change: props("addresses", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [TABLE, "addresses"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "its keyspace outside the stack",
                change: (stack) => {
                    stack.splice(
                        stack.findIndex((s) => s.name === "shop"),
                        1,
                    );
                    stack.find((s) => s.name === "addresses")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "addresses"],
                message: /stores its rows in the keyspace shop, which is not a resource of this stack/,
            },
        ],
        [
            {
                title: "point-in-time recovery on a confidential table",
                change: props("addresses", (p) => {
                    p.pointInTimeRecovery.status = "ENABLED";
                    p.tags = { "data-classification": "confidential", "retention-days": "60", owner: "x" };
                    p.defaultTimeToLive = 30 * 86400;
                }),
            },
        ],
    );

    describeEntry(
        KEYSPACE,
        keyspaces,
        [
            {
                title: "a multi-Region keyspace replicating to another region",
                change: props("shop", (p) => {
                    p.replicationSpecification = { replicationStrategy: "MULTI_REGION", regionLists: ["eu-west-1", "us-east-1"] };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [KEYSPACE, "shop"],
                message: /replicates its tables to region us-east-1, not on allowedRegions/,
            },
            {
                title: "a keyspace without tables must be classified",
                change: add({ type: KEYSPACE, name: "empty", props: { name: "empty" } }),
                policy: datastoreTagsRequireClassification,
                at: [KEYSPACE, "empty"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "a multi-Region keyspace within allowed regions",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("shop", (p) => {
                    p.replicationSpecification = { replicationStrategy: "MULTI_REGION", regionLists: ["eu-west-1", "eu-central-1"] };
                }),
            },
        ],
    );
});
