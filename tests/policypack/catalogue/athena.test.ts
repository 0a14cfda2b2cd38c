import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const WORKGROUP = "aws:athena/workgroup:Workgroup";
const DATABASE = "aws:athena/database:Database";
const CATALOG = "aws:athena/dataCatalog:DataCatalog";
const SETTINGS = "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings";

const athena = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: SETTINGS,
            name: "catalog-encryption",
            props: {
                dataCatalogEncryptionSettings: {
                    encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId: KEY_ARN },
                    connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, awsKmsKeyId: KEY_ARN },
                },
            },
        },
        {
            type: WORKGROUP,
            name: "analysts",
            props: {
                name: "analysts",
                configuration: {
                    enforceWorkgroupConfiguration: true,
                    resultConfiguration: {
                        outputLocation: "s3://labels-abc/athena/",
                        expectedBucketOwner: ACCOUNT,
                        encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: KEY_ARN },
                    },
                },
            },
        },
        {
            type: DATABASE,
            name: "orders-athena",
            props: {
                name: "orders_athena",
                bucket: "labels-abc",
                expectedBucketOwner: ACCOUNT,
                encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKey: KEY_ARN },
            },
            propertyDependencies: { bucket: ["labels"] },
        },
        {
            type: CATALOG,
            name: "glue-catalog",
            props: { name: "glue", description: "our catalog", type: "GLUE", parameters: { "catalog-id": ACCOUNT } },
        },
    ]);

describe("catalogue: Athena", () => {
    describeEntry(
        "workgroup, database, data catalog",
        athena,
        [
            {
                title: "results not encrypted by Athena",
                change: props("analysts", (p) => {
                    delete p.configuration.resultConfiguration.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /query results is not encrypted: .*encryptionOption is not set \(Athena does not encrypt results/,
            },
            {
                title: "results under SSE-S3",
                change: props("analysts", (p) => {
                    p.configuration.resultConfiguration.encryptionConfiguration = { encryptionOption: "SSE_S3" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /encryptionOption is "SSE_S3"/,
            },
            {
                title: "results under the AWS-managed key",
                change: props("analysts", (p) => {
                    delete p.configuration.resultConfiguration.encryptionConfiguration.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /query results: has no configuration.resultConfiguration.encryptionConfiguration.kmsKeyArn/,
            },
            {
                title: "clients may override the workgroup's settings",
                change: props("analysts", (p) => {
                    p.configuration.enforceWorkgroupConfiguration = false;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /enforceWorkgroupConfiguration is false/,
            },
            {
                title: "enforcement unknown during preview",
                change: props("analysts", (p) => {
                    p.configuration.enforceWorkgroupConfiguration = UNKNOWN;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /not known during preview/,
            },
            {
                title: "managed results under an Athena-owned key",
                change: props("analysts", (p) => {
                    p.configuration.resultConfiguration = undefined;
                    p.configuration.managedQueryResultsConfiguration = { enabled: true };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message:
                    /query results in Athena-managed storage: has no .*managedQueryResultsConfiguration.encryptionConfiguration.kmsKey, so .* an Athena-owned key/,
            },
            {
                title: "Spark notebook data under an AWS-owned key",
                change: props("analysts", (p) => {
                    p.configuration.engineVersion = { selectedEngineVersion: "PySpark engine version 3" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /Spark notebook data: has no configuration.customerContentEncryptionConfiguration.kmsKey/,
            },
            {
                title: "Spark logs in S3 without a key",
                change: props("analysts", (p) => {
                    p.configuration.monitoringConfiguration = {
                        s3LoggingConfiguration: { enabled: true, logLocation: "s3://labels-abc/spark/" },
                    };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /Spark logs in S3: has no/,
            },
            {
                title: "managed Spark logs without a key",
                change: props("analysts", (p) => {
                    p.configuration.monitoringConfiguration = { managedLoggingConfiguration: { enabled: true } };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKGROUP, "analysts"],
                message: /Spark logs in managed persistence: has no/,
            },
            {
                title: "results in a bucket of another account",
                change: props("analysts", (p) => {
                    p.configuration.resultConfiguration.expectedBucketOwner = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [WORKGROUP, "analysts"],
                message: /expects its result bucket to belong to account 999988887777/,
            },
            {
                title: "an unclassified workgroup writes results into a confidential bucket",
                change: props("analysts", (p) => {
                    p.configuration.resultConfiguration.outputLocation = "s3://logs-abc/athena/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /classified confidential but holds pii data as a copy of analysts/,
            },
            {
                title: "Spark logs of an unclassified workgroup in a confidential log group",
                change: (stack) => {
                    add({
                        type: "aws:cloudwatch/logGroup:LogGroup",
                        name: "spark",
                        props: { name: "spark-logs", retentionInDays: 1, kmsKeyId: KEY_ARN, tags: CONFIDENTIAL_TAGS },
                    })(stack);
                    props("analysts", (p) => {
                        p.configuration.monitoringConfiguration = {
                            cloudWatchLoggingConfiguration: { enabled: true, logGroup: "spark-logs" },
                        };
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:cloudwatch/logGroup:LogGroup", "spark"],
                message: /holds pii data as a copy of analysts/,
            },
            {
                title: "a PII workgroup writing results outside the stack",
                change: props("analysts", (p) => {
                    p.tags = {
                        "data-classification": "pii",
                        "pii-categories": "name",
                        "pii-purpose": "shipping-label",
                        "retention-days": "1",
                        owner: "x",
                    };
                    p.configuration.resultConfiguration.outputLocation = "s3://someone-elses-bucket/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [WORKGROUP, "analysts"],
                message: /writes query results to s3:\/\/someone-elses-bucket\/, which is not a resource of this stack/,
            },
            {
                title: "DDL results not encrypted",
                change: props("orders-athena", (p) => {
                    delete p.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DATABASE, "orders-athena"],
                message: /the results of its DDL queries is not encrypted/,
            },
            {
                title: "DDL results under an aws/ alias",
                change: props("orders-athena", (p) => {
                    p.encryptionConfiguration.kmsKey = "alias/aws/s3";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DATABASE, "orders-athena"],
                message: /names the AWS-managed key alias\/aws\/s3/,
            },
            {
                title: "a database without catalog encryption settings in the stack",
                change: remove("catalog-encryption"),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DATABASE, "orders-athena"],
                message: /no glue.DataCatalogEncryptionSettings in this stack/,
            },
            {
                title: "a database whose results bucket belongs to another account",
                change: props("orders-athena", (p) => {
                    p.expectedBucketOwner = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DATABASE, "orders-athena"],
                message: /account 999988887777, outside this stack/,
            },
            {
                title: "a Glue table in an unclassified Athena database, located in a confidential bucket",
                change: add({
                    type: "aws:glue/catalogTable:CatalogTable",
                    name: "t",
                    props: { name: "t", databaseName: "orders_athena", storageDescriptor: { location: "s3://logs-abc/t/" } },
                    propertyDependencies: { databaseName: ["orders-athena"] },
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of t/,
            },
            {
                title: "a data catalog of another account",
                change: props("glue-catalog", (p) => {
                    p.parameters["catalog-id"] = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CATALOG, "glue-catalog"],
                message: /reads and writes the Glue Data Catalog of account 999988887777/,
            },
        ],
        [
            {
                title: "managed results with a customer-managed key",
                change: props("analysts", (p) => {
                    p.configuration.resultConfiguration = undefined;
                    p.configuration.managedQueryResultsConfiguration = { enabled: true, encryptionConfiguration: { kmsKey: KEY_ARN } };
                }),
            },
            {
                title: "a confidential workgroup writing into a confidential bucket",
                change: props("analysts", (p) => {
                    p.tags = { ...CONFIDENTIAL_TAGS, "retention-days": "90" };
                    p.configuration.resultConfiguration.outputLocation = "s3://logs-abc/athena/";
                }),
            },
        ],
    );
});
