import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const CATALOG = "aws:glue/catalog:Catalog";
const DB = "aws:glue/catalogDatabase:CatalogDatabase";
const TABLE = "aws:glue/catalogTable:CatalogTable";
const PARTITION = "aws:glue/partition:Partition";
const OPTIMIZER = "aws:glue/catalogTableOptimizer:CatalogTableOptimizer";
const SETTINGS = "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings";
const POLICY = "aws:glue/resourcePolicy:ResourcePolicy";
const SECURITY = "aws:glue/securityConfiguration:SecurityConfiguration";
const CONNECTION = "aws:glue/connection:Connection";
const CRAWLER = "aws:glue/crawler:Crawler";
const JOB = "aws:glue/job:Job";
const TRIGGER = "aws:glue/trigger:Trigger";
const WORKFLOW = "aws:glue/workflow:Workflow";
const TRANSFORM = "aws:glue/mLTransform:MLTransform";
const DEV = "aws:glue/devEndpoint:DevEndpoint";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/etl`;
const RDS_URL = "jdbc:mysql://history.abc123.eu-west-1.rds.amazonaws.com:3306/history";

const catalogPolicy = (principal: string) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Principal: { AWS: principal }, Action: "glue:GetTable", Resource: `arn:aws:glue:eu-west-1:${ACCOUNT}:*` },
        ],
    });
const openSg = (name: string): ResourceSpec => ({
    type: "aws:ec2/securityGroup:SecurityGroup",
    name,
    props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] },
});

/** The catalog's encryption settings and one security configuration, which every Glue stack here needs. */
const glueBase = (): ResourceSpec[] => [
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
        type: SECURITY,
        name: "etl-security",
        props: {
            name: "etl-security",
            encryptionConfiguration: {
                s3Encryption: { s3EncryptionMode: "SSE-KMS", kmsKeyArn: KEY_ARN },
                cloudwatchEncryption: { cloudwatchEncryptionMode: "SSE-KMS", kmsKeyArn: KEY_ARN },
                jobBookmarksEncryption: { jobBookmarksEncryptionMode: "CSE-KMS", kmsKeyArn: KEY_ARN },
            },
        },
    },
];

const catalog = (): ResourceSpec[] =>
    fixtureWith([
        ...glueBase(),
        {
            type: DB,
            name: "orders-db",
            props: { name: "orders_db", locationUri: "s3://labels-abc/db/", tags: PII_TAGS },
        },
        {
            type: TABLE,
            name: "orders-table",
            props: { name: "orders", databaseName: "orders_db", storageDescriptor: { location: "s3://labels-abc/orders/" } },
            propertyDependencies: { databaseName: ["orders-db"] },
        },
        {
            type: PARTITION,
            name: "orders-2024",
            props: {
                databaseName: "orders_db",
                tableName: "orders",
                partitionValues: ["2024"],
                storageDescriptor: { location: "s3://labels-abc/orders/2024/" },
            },
            propertyDependencies: { tableName: ["orders-table"], databaseName: ["orders-db"] },
        },
        {
            type: OPTIMIZER,
            name: "orders-retention",
            props: {
                catalogId: ACCOUNT,
                databaseName: "orders_db",
                tableName: "orders",
                type: "retention",
                configuration: {
                    enabled: true,
                    roleArn: ROLE,
                    retentionConfiguration: { icebergConfiguration: { snapshotRetentionPeriodInDays: 1, cleanExpiredFiles: true } },
                },
            },
            propertyDependencies: { tableName: ["orders-table"] },
        },
        {
            type: OPTIMIZER,
            name: "orders-orphans",
            props: {
                catalogId: ACCOUNT,
                databaseName: "orders_db",
                tableName: "orders",
                type: "orphanFileDeletion",
                configuration: {
                    enabled: true,
                    roleArn: ROLE,
                    orphanFileDeletionConfiguration: { icebergConfiguration: { orphanFileRetentionPeriodInDays: 1 } },
                },
            },
            propertyDependencies: { tableName: ["orders-table"] },
        },
        {
            type: CATALOG,
            name: "lake",
            props: {
                name: "lake",
                tags: PII_TAGS,
                catalogProperties: { dataLakeAccessProperties: { dataLakeAccess: true, kmsKey: KEY_ARN } },
            },
        },
        { type: POLICY, name: "catalog-policy", props: { policy: catalogPolicy(`arn:aws:iam::${ACCOUNT}:root`) } },
    ]);

const etl = (): ResourceSpec[] =>
    fixtureWith([
        ...glueBase(),
        { type: DB, name: "orders-db", props: { name: "orders_db", tags: PII_TAGS } },
        {
            type: CONNECTION,
            name: "history-connection",
            props: {
                name: "history",
                connectionType: "JDBC",
                connectionProperties: { JDBC_CONNECTION_URL: RDS_URL, JDBC_ENFORCE_SSL: "true" },
                authenticationConfiguration: {
                    authenticationType: "BASIC",
                    secretArn: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:history`,
                },
                physicalConnectionRequirements: { subnetId: "subnet-1", securityGroupIdLists: ["sg-1"], availabilityZone: "eu-west-1a" },
            },
        },
        {
            type: CRAWLER,
            name: "orders-crawler",
            props: {
                name: "orders-crawler",
                role: ROLE,
                databaseName: "orders_db",
                securityConfiguration: "etl-security",
                s3Targets: [{ path: "s3://labels-abc/orders/" }],
            },
            propertyDependencies: { databaseName: ["orders-db"], securityConfiguration: ["etl-security"] },
        },
        {
            type: JOB,
            name: "etl",
            props: {
                name: "etl",
                roleArn: ROLE,
                command: { scriptLocation: "s3://labels-abc/scripts/etl.py" },
                securityConfiguration: "etl-security",
                connections: ["history"],
                defaultArguments: { "--TempDir": "s3://labels-abc/tmp/" },
            },
            propertyDependencies: { securityConfiguration: ["etl-security"], connections: ["history-connection"] },
        },
        {
            type: TRIGGER,
            name: "nightly",
            props: {
                type: "SCHEDULED",
                schedule: "cron(0 2 * * ? *)",
                actions: [{ jobName: "etl", securityConfiguration: "etl-security" }],
            },
        },
        { type: WORKFLOW, name: "pipeline", props: { name: "pipeline", defaultRunProperties: { stage: "prod" } } },
        {
            type: DEV,
            name: "notebook",
            props: {
                name: "notebook",
                roleArn: ROLE,
                subnetId: "subnet-1",
                securityGroupIds: ["sg-1"],
                securityConfiguration: "etl-security",
            },
        },
    ]);

/** An ML transform over a confidential table (it may not read personal data). */
const transform = (): ResourceSpec[] =>
    fixtureWith([
        ...glueBase(),
        { type: DB, name: "products-db", props: { name: "products_db", tags: CONFIDENTIAL_TAGS } },
        {
            type: TABLE,
            name: "products",
            props: { name: "products", databaseName: "products_db" },
            propertyDependencies: { databaseName: ["products-db"] },
        },
        {
            type: TRANSFORM,
            name: "dedupe",
            props: {
                name: "dedupe",
                roleArn: ROLE,
                inputRecordTables: [{ databaseName: "products_db", tableName: "products" }],
                parameters: { transformType: "FIND_MATCHES", findMatchesParameters: { primaryKeyColumnName: "id" } },
            },
            propertyDependencies: { inputRecordTables: ["products"] },
        },
    ]);

describe("catalogue: Glue", () => {
    describeEntry(
        "Data Catalog: catalog, database, table, partition, optimizer, settings, policy",
        catalog,
        [
            {
                title: "no DataCatalogEncryptionSettings in the stack",
                change: remove("catalog-encryption"),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DB, "orders-db"],
                message: /no glue.DataCatalogEncryptionSettings in this stack/,
            },
            {
                title: "catalog encryption DISABLED",
                change: props("catalog-encryption", (p) => {
                    p.dataCatalogEncryptionSettings.encryptionAtRest = { catalogEncryptionMode: "DISABLED" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SETTINGS, "catalog-encryption"],
                message: /the Data Catalog's metadata is not encrypted: .*catalogEncryptionMode is "DISABLED"/,
            },
            {
                title: "catalog encryption under the AWS-managed key",
                change: props("catalog-encryption", (p) => {
                    delete p.dataCatalogEncryptionSettings.encryptionAtRest.sseAwsKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SETTINGS, "catalog-encryption"],
                message: /has no dataCatalogEncryptionSettings.encryptionAtRest.sseAwsKmsKeyId.*aws\/glue/,
            },
            {
                title: "connection passwords returned in plaintext",
                change: props("catalog-encryption", (p) => {
                    p.dataCatalogEncryptionSettings.connectionPasswordEncryption = { returnConnectionPasswordEncrypted: false };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SETTINGS, "catalog-encryption"],
                message: /connection passwords is not encrypted: .*returnConnectionPasswordEncrypted is false/,
            },
            {
                title: "connection passwords under an aws/ alias",
                change: props("catalog-encryption", (p) => {
                    p.dataCatalogEncryptionSettings.connectionPasswordEncryption.awsKmsKeyId = "alias/aws/glue";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SETTINGS, "catalog-encryption"],
                message: /names the AWS-managed key alias\/aws\/glue/,
            },
            {
                title: "settings of another account's catalog",
                change: props("catalog-encryption", (p) => {
                    p.catalogId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SETTINGS, "catalog-encryption"],
                message: /Data Catalog of account 999988887777, outside this stack/,
            },
            {
                title: "a database in another account's catalog",
                change: props("orders-db", (p) => {
                    p.catalogId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /is created in the Data Catalog of account 999988887777/,
            },
            {
                title: "a database located in a bucket outside the stack",
                change: props("orders-db", (p) => {
                    p.locationUri = "s3://someone-elses-bucket/db/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /places its tables in s3:\/\/someone-elses-bucket\/db\/, which is not a resource of this stack/,
            },
            {
                title: "a resource link to another account's database",
                change: props("orders-db", (p) => {
                    p.targetDatabase = { catalogId: OUTSIDE_ACCOUNT, databaseName: "theirs" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /resource link to a database of account 999988887777/,
            },
            {
                title: "a resource link to a database in another region",
                change: props("orders-db", (p) => {
                    p.targetDatabase = { catalogId: ACCOUNT, databaseName: "theirs", region: "us-east-1" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /resource link to a database in region us-east-1/,
            },
            {
                title: "an unclassified database",
                change: props("orders-db", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [DB, "orders-db"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a table of a PII database located in a confidential bucket",
                change: props("orders-table", (p) => {
                    p.storageDescriptor.location = "s3://logs-abc/orders/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /classified confidential but holds pii data as a copy of orders-table/,
            },
            {
                title: "a PII table located outside the stack",
                change: props("orders-table", (p) => {
                    p.storageDescriptor.location = "s3://someone-elses-bucket/orders/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "orders-table"],
                message: /keeps its data in s3:\/\/someone-elses-bucket\/orders\/, which is not a resource of this stack/,
            },
            {
                title: "a table created in another account's catalog",
                change: props("orders-table", (p) => {
                    p.catalogId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "orders-table"],
                message: /Data Catalog of account 999988887777/,
            },
            {
                title: "a resource link to another account's table",
                change: props("orders-table", (p) => {
                    p.targetTable = { catalogId: OUTSIDE_ACCOUNT, databaseName: "theirs", name: "t" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "orders-table"],
                message: /resource link to a table of account 999988887777/,
            },
            {
                title: "a resource link to a table in another region",
                change: props("orders-table", (p) => {
                    p.targetTable = { catalogId: ACCOUNT, databaseName: "theirs", name: "t", region: "us-east-1" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TABLE, "orders-table"],
                message: /resource link to a table in region us-east-1/,
            },
            {
                title: "a PII partition located outside the stack",
                change: props("orders-2024", (p) => {
                    p.storageDescriptor.location = "s3://someone-elses-bucket/2024/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PARTITION, "orders-2024"],
                message: /keeps its data in s3:\/\/someone-elses-bucket\/2024\//,
            },
            {
                title: "snapshots kept 5 days (AWS's default)",
                change: props("orders-retention", (p) => {
                    delete p.configuration.retentionConfiguration.icebergConfiguration.snapshotRetentionPeriodInDays;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /keeps old snapshots, with rows deleted since 5 days \(AWS's default/,
            },
            {
                title: "snapshots kept 7 days",
                change: props("orders-retention", (p) => {
                    p.configuration.retentionConfiguration.icebergConfiguration.snapshotRetentionPeriodInDays = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /keeps old snapshots, with rows deleted since 7 days/,
            },
            {
                title: "expired snapshots' files not deleted",
                change: props("orders-retention", (p) => {
                    delete p.configuration.retentionConfiguration.icebergConfiguration.cleanExpiredFiles;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /needs the files of expired snapshots \(cleanExpiredFiles\)/,
            },
            {
                title: "orphan files kept 7 days",
                change: props("orders-orphans", (p) => {
                    p.configuration.orphanFileDeletionConfiguration.icebergConfiguration.orphanFileRetentionPeriodInDays = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TABLE, "orders-table"],
                message: /keeps orphan files 7 days/,
            },
            {
                title: "catalog managed storage under an AWS-owned key",
                change: props("lake", (p) => {
                    delete p.catalogProperties.dataLakeAccessProperties.kmsKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CATALOG, "lake"],
                message: /its Redshift managed storage: has no catalogProperties.dataLakeAccessProperties.kmsKey/,
            },
            {
                title: "a catalog linked to another account's Redshift catalog",
                change: props("lake", (p) => {
                    p.targetRedshiftCatalog = { catalogArn: `arn:aws:glue:eu-west-1:${OUTSIDE_ACCOUNT}:catalog/theirs` };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CATALOG, "lake"],
                message: /links to the Redshift catalog .* in account 999988887777/,
            },
            {
                title: "an unclassified catalog",
                change: props("lake", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CATALOG, "lake"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a catalog policy open to everyone",
                change: props("catalog-policy", (p) => {
                    p.policy = catalogPolicy("*");
                }),
                policy: datastoreAccessBlockPublic,
                at: [POLICY, "catalog-policy"],
                message: /the Data Catalog's resource policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "a catalog policy letting in another account",
                change: props("catalog-policy", (p) => {
                    p.policy = catalogPolicy(`arn:aws:iam::${OUTSIDE_ACCOUNT}:root`);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [POLICY, "catalog-policy"],
                message: /account 999988887777, which is neither/,
            },
        ],
        [
            {
                title: "a table whose database is outside the stack is judged as pii, not asked for tags it cannot carry",
                change: (stack) => {
                    props("orders-table", (p) => {
                        p.databaseName = "elsewhere";
                    })(stack);
                    stack.find((s) => s.name === "orders-table")!.propertyDependencies = {};
                },
            },
            {
                title: "a table optimizer of type compaction",
                change: add({
                    type: OPTIMIZER,
                    name: "orders-compaction",
                    props: {
                        catalogId: ACCOUNT,
                        databaseName: "orders_db",
                        tableName: "orders",
                        type: "compaction",
                        configuration: { enabled: true, roleArn: ROLE },
                    },
                    propertyDependencies: { tableName: ["orders-table"] },
                }),
            },
            {
                title: "snapshots kept 7 days on a confidential database",
                change: (stack) => {
                    props("orders-db", (p) => {
                        p.tags = { ...CONFIDENTIAL_TAGS, "retention-days": "30" };
                        p.locationUri = "s3://logs-abc/db/";
                    })(stack);
                    props("orders-table", (p) => {
                        p.storageDescriptor.location = "s3://logs-abc/orders/";
                    })(stack);
                    props("orders-2024", (p) => {
                        p.storageDescriptor.location = "s3://logs-abc/orders/2024/";
                    })(stack);
                    props("orders-retention", (p) => {
                        p.configuration.retentionConfiguration.icebergConfiguration.snapshotRetentionPeriodInDays = 7;
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "ETL: security configuration, connection, crawler, job, trigger, workflow, dev endpoint",
        etl,
        [
            {
                title: "S3 output under SSE-S3",
                change: props("etl-security", (p) => {
                    p.encryptionConfiguration.s3Encryption = { s3EncryptionMode: "SSE-S3" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "etl-security"],
                message: /S3 data its jobs write is not encrypted: .*s3EncryptionMode is "SSE-S3"/,
            },
            {
                title: "CloudWatch logs not encrypted (DISABLED by default)",
                change: props("etl-security", (p) => {
                    p.encryptionConfiguration.cloudwatchEncryption = {};
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "etl-security"],
                message: /CloudWatch logs of its jobs and crawlers is not encrypted: .*cloudwatchEncryptionMode is not set \(DISABLED\)/,
            },
            {
                title: "job bookmarks under the AWS-managed key",
                change: props("etl-security", (p) => {
                    delete p.encryptionConfiguration.jobBookmarksEncryption.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "etl-security"],
                message: /job bookmarks: has no encryptionConfiguration.jobBookmarksEncryption.kmsKeyArn/,
            },
            {
                title: "a password in connectionProperties",
                change: props("history-connection", (p) => {
                    p.connectionProperties.USERNAME = "etl";
                    p.connectionProperties.PASSWORD = "hunter2";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CONNECTION, "history-connection"],
                message: /keeps the password in connectionProperties.PASSWORD/,
            },
            {
                title: "inline credentials under the AWS-managed key",
                change: props("history-connection", (p) => {
                    p.authenticationConfiguration = {
                        authenticationType: "BASIC",
                        basicAuthenticationCredentials: { username: "etl", password: "hunter2" },
                    };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CONNECTION, "history-connection"],
                message: /its inline credentials: has no authenticationConfiguration.kmsKeyArn/,
            },
            {
                title: "a JDBC connection without JDBC_ENFORCE_SSL",
                change: props("history-connection", (p) => {
                    delete p.connectionProperties.JDBC_ENFORCE_SSL;
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTION, "history-connection"],
                message: /JDBC_ENFORCE_SSL is not set \(false by default\)/,
            },
            {
                title: "a JDBC connection (the default type) with JDBC_ENFORCE_SSL false",
                change: props("history-connection", (p) => {
                    delete p.connectionType;
                    p.connectionProperties.JDBC_ENFORCE_SSL = "false";
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTION, "history-connection"],
                message: /JDBC_ENFORCE_SSL is "false"/,
            },
            {
                title: "a Kafka connection with SSL off",
                change: props("history-connection", (p) => {
                    p.connectionType = "KAFKA";
                    p.connectionProperties = {
                        KAFKA_BOOTSTRAP_SERVERS: "b-1.orders.abc.c2.kafka.eu-west-1.amazonaws.com:9094",
                        KAFKA_SSL_ENABLED: "false",
                    };
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTION, "history-connection"],
                message: /KAFKA_SSL_ENABLED is "false"/,
            },
            {
                title: "connection properties unknown during preview",
                change: props("history-connection", (p) => {
                    p.connectionProperties = UNKNOWN;
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTION, "history-connection"],
                message: /not known during preview/,
            },
            {
                title: "a connection (fed by an unclassified job) to a database outside AWS",
                change: props("history-connection", (p) => {
                    p.connectionProperties.JDBC_CONNECTION_URL = "jdbc:postgresql://db.partner.example.com:5432/orders";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTION, "history-connection"],
                message: /reaches db.partner.example.com, outside AWS/,
            },
            {
                title: "a PII connection to Snowflake",
                change: props("history-connection", (p) => {
                    p.connectionType = "SNOWFLAKE";
                    p.connectionProperties = {};
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTION, "history-connection"],
                message: /connects to a SNOWFLAKE store, outside AWS/,
            },
            {
                title: "a connection whose security group is open to the internet",
                change: (stack) => {
                    add(openSg("conn-sg"))(stack);
                    stack.find((s) => s.name === "history-connection")!.propertyDependencies = {
                        physicalConnectionRequirements: ["conn-sg"],
                    };
                },
                policy: datastoreAccessBlockPublic,
                at: [CONNECTION, "history-connection"],
                message: /security group conn-sg is open to the internet/,
            },
            {
                title: "a connection in another account's catalog",
                change: props("history-connection", (p) => {
                    p.catalogId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTION, "history-connection"],
                message: /account 999988887777, outside this stack/,
            },
            {
                title: "a crawler without a security configuration",
                change: props("orders-crawler", (p) => {
                    delete p.securityConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CRAWLER, "orders-crawler"],
                message: /securityConfiguration is not set, so its logs are not encrypted/,
            },
            {
                title: "a crawler naming a security configuration outside the stack",
                change: (stack) => {
                    props("orders-crawler", (p) => {
                        p.securityConfiguration = "elsewhere";
                    })(stack);
                    stack.find((s) => s.name === "orders-crawler")!.propertyDependencies = { databaseName: ["orders-db"] };
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CRAWLER, "orders-crawler"],
                message: /securityConfiguration names "elsewhere", which is no security configuration of this stack/,
            },
            {
                title: "a crawler of a PII bucket writing into a confidential database",
                change: props("orders-db", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                }),
                policy: datastoreTagsRequireClassification,
                at: [DB, "orders-db"],
                message: /classified confidential but holds pii data as a copy of orders-crawler/,
            },
            {
                title: "a job without a security configuration",
                change: props("etl", (p) => {
                    delete p.securityConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [JOB, "etl"],
                message: /securityConfiguration is not set, so its S3 output, logs and bookmarks are not encrypted/,
            },
            {
                title: "a PII job with its temporary directory outside the stack",
                change: props("etl", (p) => {
                    p.tags = PII_TAGS;
                    p.defaultArguments["--TempDir"] = "s3://someone-elses-bucket/tmp/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [JOB, "etl"],
                message: /writes temporary files to s3:\/\/someone-elses-bucket\/tmp\/, which is not a resource of this stack/,
            },
            {
                title: "an unclassified job writing Spark logs into a confidential bucket",
                change: props("etl", (p) => {
                    p.defaultArguments["--spark-event-logs-path"] = "s3://logs-abc/spark/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /classified confidential but holds pii data as a copy of etl/,
            },
            {
                title: "a trigger overriding the job's security configuration with one outside the stack",
                change: props("nightly", (p) => {
                    p.actions[0].securityConfiguration = "elsewhere";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TRIGGER, "nightly"],
                message: /actions.securityConfiguration names "elsewhere"/,
            },
            {
                title: "a PII workflow with run properties",
                change: props("pipeline", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreAccessBlockPublic,
                at: [WORKFLOW, "pipeline"],
                message: /sets defaultRunProperties/,
            },
            {
                title: "a dev endpoint outside a VPC (public)",
                change: props("notebook", (p) => {
                    delete p.subnetId;
                }),
                policy: datastoreAccessBlockPublic,
                at: [DEV, "notebook"],
                message: /the dev endpoint is public: subnetId is not set/,
            },
            {
                title: "a dev endpoint without a security configuration",
                change: props("notebook", (p) => {
                    delete p.securityConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DEV, "notebook"],
                message: /securityConfiguration is not set/,
            },
            {
                title: "a dev endpoint whose security group is open",
                change: (stack) => {
                    add(openSg("dev-sg"))(stack);
                    stack.find((s) => s.name === "notebook")!.propertyDependencies = { securityGroupIds: ["dev-sg"] };
                },
                policy: datastoreAccessBlockPublic,
                at: [DEV, "notebook"],
                message: /security group dev-sg is open to the internet/,
            },
        ],
        [
            {
                title: "a confidential job's connection to a database outside AWS",
                change: (stack) => {
                    props("etl", (p) => {
                        p.tags = { ...CONFIDENTIAL_TAGS, "retention-days": "3" };
                    })(stack);
                    props("history-connection", (p) => {
                        p.connectionProperties.JDBC_CONNECTION_URL = "jdbc:postgresql://db.partner.example.com:5432/orders";
                    })(stack);
                },
            },
            {
                title: "a Kafka connection with SSL left at its default (on)",
                change: props("history-connection", (p) => {
                    p.connectionType = "KAFKA";
                    p.connectionProperties = { KAFKA_BOOTSTRAP_SERVERS: "b-1.orders.abc.c2.kafka.eu-west-1.amazonaws.com:9094" };
                }),
            },
            {
                title: "credentials from a secret, no inline credentials",
                change: props("history-connection", (p) => {
                    p.connectionProperties.SECRET_ID = "history";
                    delete p.authenticationConfiguration;
                }),
            },
        ],
    );

    describeEntry("ML transform", transform, [
        {
            title: "an ML transform over a PII table",
            change: props("products-db", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [TRANSFORM, "dedupe"],
            message: /the provider cannot set TransformEncryption/,
        },
    ]);
});
