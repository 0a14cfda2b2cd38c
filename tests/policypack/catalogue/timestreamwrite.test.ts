import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const DATABASE = "aws:timestreamwrite/database:Database";
const TABLE = "aws:timestreamwrite/table:Table";
const REJECTED = {
    enableMagneticStoreWrites: true,
    magneticStoreRejectedDataLocation: { s3Configuration: { bucketName: "labels-abc", encryptionOption: "SSE_KMS", kmsKeyId: KEY_ARN } },
};

const timestream = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: DATABASE,
            name: "telemetry",
            props: { databaseName: "telemetry", kmsKeyId: KEY_ARN },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: TABLE,
            name: "deliveries",
            props: {
                databaseName: "telemetry",
                tableName: "deliveries",
                retentionProperties: { memoryStoreRetentionPeriodInHours: 24, magneticStoreRetentionPeriodInDays: 2 },
                tags: PII_TAGS,
            },
            propertyDependencies: { databaseName: ["telemetry"] },
        },
    ]);

describe("catalogue: Timestream for LiveAnalytics", () => {
    describeEntry(
        TABLE,
        timestream,
        [
            {
                title: "AWS's default retention (6 hours, 73000 days)",
                change: props("deliveries", (p) => {
                    delete p.retentionProperties;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "deliveries"],
                message: /keeps records in the magnetic store 73000 days \(AWS's default/,
            },
            {
                title: "the memory store kept a week",
                change: props("deliveries", (p) => {
                    p.retentionProperties.memoryStoreRetentionPeriodInHours = 168;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "deliveries"],
                message: /keeps records in the memory store 7 days, more than the 3-day retention/,
            },
            {
                title: "the magnetic store kept 30 days",
                change: props("deliveries", (p) => {
                    p.retentionProperties.magneticStoreRetentionPeriodInDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "deliveries"],
                message: /keeps records in the magnetic store 30 days/,
            },
            {
                title: "rejected-record reports under SSE-S3",
                change: props("deliveries", (p) => {
                    p.magneticStoreWriteProperties = {
                        ...REJECTED,
                        magneticStoreRejectedDataLocation: { s3Configuration: { bucketName: "labels-abc", encryptionOption: "SSE_S3" } },
                    };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "deliveries"],
                message:
                    /rejected-record reports: has no magneticStoreWriteProperties.magneticStoreRejectedDataLocation.s3Configuration.kmsKeyId/,
            },
            {
                title: "rejected records written to a bucket outside the stack",
                change: props("deliveries", (p) => {
                    p.magneticStoreWriteProperties = {
                        ...REJECTED,
                        magneticStoreRejectedDataLocation: {
                            s3Configuration: { bucketName: "elsewhere", encryptionOption: "SSE_KMS", kmsKeyId: KEY_ARN },
                        },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "deliveries"],
                message: /writes rejected records to elsewhere, which is not a resource of this stack/,
            },
            {
                title: "unclassified",
                change: props("deliveries", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [TABLE, "deliveries"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "rejected records written to a PII bucket of the stack under a customer key",
                change: props("deliveries", (p) => {
                    p.magneticStoreWriteProperties = REJECTED;
                }),
            },
        ],
    );

    describeEntry(DATABASE, timestream, [
        {
            title: "the AWS-managed key",
            change: props("telemetry", (p) => {
                delete p.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DATABASE, "telemetry"],
            message: /has no kmsKeyId, so the database is encrypted under the AWS-managed aws\/timestream key/,
        },
        {
            title: "a database with a PII table classified lower",
            change: props("telemetry", (p) => {
                p.tags = { "data-classification": "internal", "retention-days": "1", owner: "x" };
            }),
            policy: datastoreTagsRequireClassification,
            at: [DATABASE, "telemetry"],
            message: /is classified internal but holds pii data as a copy of deliveries/,
        },
        {
            title: "a database without tables must be classified",
            change: add({ type: DATABASE, name: "empty-db", props: { databaseName: "empty-db", kmsKeyId: KEY_ARN } }),
            policy: datastoreTagsRequireClassification,
            at: [DATABASE, "empty-db"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
