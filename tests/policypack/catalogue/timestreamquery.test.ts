import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const QUERY = "aws:timestreamquery/scheduledQuery:ScheduledQuery";
const TABLE = "aws:timestreamwrite/table:Table";

const queries = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:timestreamwrite/database:Database", name: "telemetry", props: { databaseName: "telemetry", kmsKeyId: KEY_ARN } },
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
        {
            type: TABLE,
            name: "daily",
            props: {
                databaseName: "telemetry",
                tableName: "daily",
                retentionProperties: { memoryStoreRetentionPeriodInHours: 24, magneticStoreRetentionPeriodInDays: 2 },
                tags: PII_TAGS,
            },
            propertyDependencies: { databaseName: ["telemetry"] },
        },
        {
            type: QUERY,
            name: "rollup",
            props: {
                name: "rollup",
                queryString: "SELECT * FROM telemetry.deliveries",
                executionRoleArn: "arn:aws:iam::111122223333:role/ts",
                kmsKeyId: KEY_ARN,
                scheduleConfiguration: { scheduleExpression: "rate(1 hour)" },
                notificationConfiguration: { snsConfiguration: { topicArn: "arn:aws:sns:eu-west-1:111122223333:incidents" } },
                errorReportConfiguration: { s3Configuration: { bucketName: "labels-abc", encryptionOption: "SSE_KMS" } },
                targetConfiguration: {
                    timestreamConfiguration: { databaseName: "telemetry", tableName: "daily", timeColumn: "time", dimensionMappings: [] },
                },
            },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
    ]);

describe("catalogue: Timestream scheduled queries", () => {
    describeEntry(QUERY, queries, [
        {
            title: "a Timestream-owned key",
            change: props("rollup", (p) => {
                delete p.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [QUERY, "rollup"],
            message: /has no kmsKeyId, so the scheduled query is encrypted under a Timestream-owned key/,
        },
        {
            title: "error reports under SSE-S3 by default",
            change: props("rollup", (p) => {
                delete p.errorReportConfiguration.s3Configuration.encryptionOption;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [QUERY, "rollup"],
            message: /encryptionOption is not set \(SSE_S3\), so error reports are encrypted under an S3-managed key/,
        },
        {
            title: "error reports to a bucket outside the stack",
            change: props("rollup", (p) => {
                p.errorReportConfiguration.s3Configuration.bucketName = "elsewhere";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [QUERY, "rollup"],
            message: /writes error reports to elsewhere, which is not a resource of this stack/,
        },
        {
            title: "its results make the target table PII",
            change: props("daily", (p) => {
                p.tags = { "data-classification": "internal", "retention-days": "1", owner: "x" };
            }),
            policy: datastoreTagsRequireClassification,
            at: [TABLE, "daily"],
            message: /is classified internal but holds pii data as a copy of rollup/,
        },
    ]);
});
