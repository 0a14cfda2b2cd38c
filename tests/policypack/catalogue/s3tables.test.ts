import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const TABLE_BUCKET = "aws:s3tables/tableBucket:TableBucket";
const TABLE = "aws:s3tables/table:Table";
const BUCKET_ARN = `arn:aws:s3tables:eu-west-1:${ACCOUNT}:bucket/orders-tables`;
const TABLE_ARN = `${BUCKET_ARN}/table/0123abcd-0000-4000-8000-0123456789ab`;
const document = (principal: unknown) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "s3tables:GetTableData", Resource: "*" }],
    });
const ownRole = { AWS: `arn:aws:iam::${ACCOUNT}:role/labeler` };

const tables = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: TABLE_BUCKET,
            name: "orders-tables",
            props: {
                name: "orders-tables",
                encryptionConfiguration: { sseAlgorithm: "aws:kms", kmsKeyArn: KEY_ARN },
                tags: PII_TAGS,
                maintenanceConfiguration: {
                    icebergUnreferencedFileRemoval: { status: "enabled", settings: { unreferencedDays: 1, nonCurrentDays: 1 } },
                },
            },
            propertyDependencies: { encryptionConfiguration: ["data-key"] },
        },
        {
            type: "aws:s3tables/namespace:Namespace",
            name: "sales",
            props: { namespace: "sales", tableBucketArn: BUCKET_ARN },
            propertyDependencies: { tableBucketArn: ["orders-tables"] },
        },
        {
            type: TABLE,
            name: "orders-table",
            props: {
                name: "orders",
                namespace: "sales",
                format: "ICEBERG",
                tableBucketArn: BUCKET_ARN,
                maintenanceConfiguration: {
                    icebergCompaction: { status: "enabled", settings: { targetFileSizeMb: 512 } },
                    icebergSnapshotManagement: { status: "enabled", settings: { maxSnapshotAgeHours: 12, minSnapshotsToKeep: 1 } },
                },
            },
            propertyDependencies: { tableBucketArn: ["orders-tables"], namespace: ["sales"] },
        },
        {
            type: "aws:s3tables/tableBucketPolicy:TableBucketPolicy",
            name: "orders-tables-policy",
            props: { tableBucketArn: BUCKET_ARN, resourcePolicy: document(ownRole) },
            propertyDependencies: { tableBucketArn: ["orders-tables"] },
        },
        {
            type: "aws:s3tables/tablePolicy:TablePolicy",
            name: "orders-table-policy",
            props: { name: "orders", namespace: "sales", tableBucketArn: BUCKET_ARN, resourcePolicy: document(ownRole) },
            propertyDependencies: { name: ["orders-table"], tableBucketArn: ["orders-tables"] },
        },
    ]);

const replication = (type: string, source: object, destination: string): ResourceSpec => ({
    type,
    name: "tables-replica",
    props: {
        role: `arn:aws:iam::${ACCOUNT}:role/replication`,
        rule: { destinations: [{ destinationTableBucketArn: destination }] },
        ...source,
    },
    propertyDependencies: { tableBucketArn: ["orders-tables"], tableArn: ["orders-table"] },
});

describe("catalogue: S3 Tables", () => {
    describeEntry(
        "table buckets, tables and their policies",
        tables,
        [
            {
                title: "a table bucket without encryption configuration (AES256)",
                change: props("orders-tables", (p) => {
                    delete p.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE_BUCKET, "orders-tables"],
                message: /tables: encryptionConfiguration.sseAlgorithm is not set, so it is encrypted with SSE-S3/,
            },
            {
                title: "a table bucket under AES256",
                change: props("orders-tables", (p) => {
                    p.encryptionConfiguration = { sseAlgorithm: "AES256", kmsKeyArn: "" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE_BUCKET, "orders-tables"],
                message: /sseAlgorithm is "AES256"/,
            },
            {
                title: "a table under the AWS-managed key",
                change: props("orders-table", (p) => {
                    p.encryptionConfiguration = { sseAlgorithm: "aws:kms", kmsKeyArn: "alias/aws/s3" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "orders-table"],
                message: /the table: encryptionConfiguration.kmsKeyArn names the AWS-managed key/,
            },
            {
                title: "unreferenced files removed only after AWS's default 3 + 10 days",
                change: props("orders-tables", (p) => {
                    delete p.maintenanceConfiguration;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE_BUCKET, "orders-tables"],
                message: /removes unreferenced data files only after 13 days \(AWS's default unreferencedDays 3 \+ nonCurrentDays 10\)/,
            },
            {
                title: "unreferenced file removal disabled",
                change: props("orders-tables", (p) => {
                    p.maintenanceConfiguration.icebergUnreferencedFileRemoval.status = "disabled";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE_BUCKET, "orders-tables"],
                message: /never removes data files that no snapshot references/,
            },
            {
                title: "snapshots kept AWS's default 120 hours",
                change: props("orders-table", (p) => {
                    delete p.maintenanceConfiguration;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message:
                    /a deleted row's data file may live 7 days: snapshots kept 120 hours \(maxSnapshotAgeHours, AWS's default\) \+ 2 days/,
            },
            {
                title: "snapshot expiry disabled",
                change: props("orders-table", (p) => {
                    p.maintenanceConfiguration.icebergSnapshotManagement.status = "disabled";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /keeps every snapshot, with the rows deleted since, forever/,
            },
            {
                title: "three snapshots kept whatever their age",
                change: props("orders-table", (p) => {
                    p.maintenanceConfiguration.icebergSnapshotManagement.settings.minSnapshotsToKeep = 3;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /keeps at least 3 snapshots whatever their age/,
            },
            {
                title: "snapshot settings unknown during preview",
                change: props("orders-table", (p) => {
                    p.maintenanceConfiguration.icebergSnapshotManagement.status = UNKNOWN;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /not known during preview/,
            },
            {
                title: "a table bucket policy open to everyone",
                change: props("orders-tables-policy", (p) => {
                    p.resourcePolicy = document("*");
                }),
                policy: datastoreAccessBlockPublic,
                at: [TABLE_BUCKET, "orders-tables"],
                message: /its table bucket policy: a statement allows Principal "\*"/,
            },
            {
                title: "a table policy letting in another account",
                change: props("orders-table-policy", (p) => {
                    p.resourcePolicy = document({ AWS: OUTSIDE_ACCOUNT });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "orders-table"],
                message: /its table policy: .*account 999988887777/,
            },
            {
                title: "a table of a bucket outside the stack, untagged",
                change: (stack) => {
                    props("orders-table", (p) => {
                        p.tableBucketArn = `arn:aws:s3tables:eu-west-1:${ACCOUNT}:bucket/elsewhere`;
                    })(stack);
                    stack.find((s) => s.name === "orders-table")!.propertyDependencies = {};
                },
                policy: datastoreTagsRequireClassification,
                at: [TABLE, "orders-table"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a table bucket replicated to another account",
                change: add(
                    replication(
                        "aws:s3tables/tableBucketReplication:TableBucketReplication",
                        { tableBucketArn: BUCKET_ARN },
                        `arn:aws:s3tables:eu-west-1:${OUTSIDE_ACCOUNT}:bucket/theirs`,
                    ),
                ),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:s3tables/tableBucketReplication:TableBucketReplication", "tables-replica"],
                message: /replicates tables to arn:aws:s3tables:eu-west-1:999988887777:bucket\/theirs, in account 999988887777/,
            },
            {
                title: "a table replicated to another region",
                change: add(
                    replication(
                        "aws:s3tables/tableReplication:TableReplication",
                        { tableArn: TABLE_ARN },
                        `arn:aws:s3tables:us-east-1:${ACCOUNT}:bucket/copy`,
                    ),
                ),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:s3tables/tableReplication:TableReplication", "tables-replica"],
                message: /in region us-east-1, not on allowedRegions/,
            },
            {
                title: "a PII table bucket replicated into a bucket outside the stack (even in an allowed region)",
                config: { allowedRegions: ["eu-central-1"] },
                change: add(
                    replication(
                        "aws:s3tables/tableBucketReplication:TableBucketReplication",
                        { tableBucketArn: BUCKET_ARN },
                        `arn:aws:s3tables:eu-central-1:${ACCOUNT}:bucket/copy`,
                    ),
                ),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:s3tables/tableBucketReplication:TableBucketReplication", "tables-replica"],
                message: /which is not a resource of this stack, so its encryption and retention cannot be verified/,
            },
        ],
        [
            {
                title: "a table taking its bucket's encryption",
                change: props("orders-table", (p) => {
                    delete p.encryptionConfiguration;
                }),
            },
        ],
    );
});
