/**
 * Glue: the Data Catalog (catalogs, databases, tables, partitions, table optimizers, its
 * encryption settings and resource policy), connections, crawlers, jobs and their security
 * configurations, triggers, workflows, ML transforms and dev endpoints.
 *
 * A table describes data kept elsewhere: its location (`s3://bucket/prefix`) is a store it
 * writes to, and it has its database's classification. Catalog metadata is encrypted by one
 * account-wide setting (DataCatalogEncryptionSettings); jobs, crawlers and dev endpoints are
 * encrypted by the SecurityConfiguration they name.
 */
import type { CatalogArgs } from "@pulumi/aws/glue/catalog";
import type { CatalogDatabaseArgs } from "@pulumi/aws/glue/catalogDatabase";
import type { CatalogTableArgs } from "@pulumi/aws/glue/catalogTable";
import type { CatalogTableOptimizerArgs } from "@pulumi/aws/glue/catalogTableOptimizer";
import type { ConnectionArgs } from "@pulumi/aws/glue/connection";
import type { CrawlerArgs } from "@pulumi/aws/glue/crawler";
import type { DataCatalogEncryptionSettingsArgs } from "@pulumi/aws/glue/dataCatalogEncryptionSettings";
import type { DevEndpointArgs } from "@pulumi/aws/glue/devEndpoint";
import type { JobArgs } from "@pulumi/aws/glue/job";
import type { MLTransformArgs } from "@pulumi/aws/glue/mltransform";
import type { PartitionArgs } from "@pulumi/aws/glue/partition";
import type { ResourcePolicyArgs } from "@pulumi/aws/glue/resourcePolicy";
import type { SecurityConfigurationArgs } from "@pulumi/aws/glue/securityConfiguration";
import type { TriggerArgs } from "@pulumi/aws/glue/trigger";
import type { WorkflowArgs } from "@pulumi/aws/glue/workflow";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { resolveReference } from "../../lib/stores";
import { isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read } from "../read";
import { TABLE_TYPES as DYNAMODB_TABLE_TYPES } from "./dynamodb";

/** The bucket of an S3 URI (`s3://bucket/prefix`, also `s3a://`). */
export const S3_URI = /^s3[an]?:\/\/([^/]+)/i;

/**
 * A check that a resource names a settings resource (a security configuration) of this stack:
 * absent, it reports `absentMeans` (when given); a name that is not a resource of this stack
 * cannot be verified. The named resource's own entry judges what it sets.
 */
export function namedSettings(path: string, types: readonly string[], what: string, absentMeans?: string): CustomCheck {
    return {
        summary: `${path} names a ${what} of this stack`,
        custom: ({ index, store, report }: StoreContext) => {
            const readings = read(store.res.props, path);
            if (readings.every((r) => r.state === "absent" || (r.state === "known" && r.value === ""))) {
                if (absentMeans) report(`${path} is not set, so ${absentMeans}`);
                return;
            }
            const resolved = resolveReference(index, store.res, { path, types: [...types] });
            if (resolved.unknown) report(`${path} is not known during preview, so its ${what} cannot be verified`);
            for (const name of resolved.outside)
                report(`${path} names ${JSON.stringify(name)}, which is no ${what} of this stack, so its encryption cannot be verified`);
        },
    };
}

export const GLUE_SECURITY_CONFIGURATION_TYPES = ["aws:glue/securityConfiguration:SecurityConfiguration"];
export const GLUE_CATALOG_TYPES = ["aws:glue/catalog:Catalog"];
/** A Glue database: created by Glue, or by Athena (`CREATE DATABASE`). */
export const GLUE_DATABASE_TYPES = ["aws:glue/catalogDatabase:CatalogDatabase", "aws:athena/database:Database"];
export const GLUE_TABLE_TYPES = ["aws:glue/catalogTable:CatalogTable"];
export const GLUE_CONNECTION_TYPES = ["aws:glue/connection:Connection"];
const ENCRYPTION_SETTINGS_TYPE = "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings";

/**
 * Catalog metadata (table and column comments, partition values, parameters) is encrypted by
 * the account's DataCatalogEncryptionSettings, a singleton per account and region; its own
 * entry judges its mode and key. When this stack does not hold it, nothing shows the catalog
 * is encrypted (fail closed; a stack that relies on another stack's setting carries an
 * exemption tag).
 */
export const catalogEncryption: CustomCheck = {
    summary: "a glue.DataCatalogEncryptionSettings of this stack encrypts the Data Catalog (its entry judges mode and key)",
    custom: ({ index, store, report }: StoreContext) => {
        const catalog = store.res.props.catalogId;
        const settings = index.ofTypes([ENCRYPTION_SETTINGS_TYPE]).filter((s) => {
            const id = s.props.catalogId;
            return id === undefined || catalog === undefined || isUnknown(id) || isUnknown(catalog) || id === catalog;
        });
        if (settings.length === 0)
            report(
                "its metadata is encrypted by the Data Catalog's encryption settings, and no glue.DataCatalogEncryptionSettings in this stack sets them (AWS's default: catalogEncryptionMode DISABLED): add one with SSE-KMS under a customer-managed key",
            );
    },
};

const CATALOG_ONLY = { notOffered: "metadata in the Data Catalog; Glue's endpoints accept HTTPS only" };
const NO_DATA_KEPT = { notOffered: "keeps no data of its own" };

export const glueCatalog = entry<CatalogArgs>()({
    types: ["aws:glue/catalog:Catalog"],
    holds: "databases and tables of a catalog (S3 Tables, Redshift-federated), and with data lake access their Redshift managed storage",
    tagging: "store",
    names: ["name"],
    atRest: [
        catalogEncryption,
        {
            what: "its Redshift managed storage",
            when: { path: "catalogProperties.dataLakeAccessProperties.dataLakeAccess", on: [true] },
            key: "catalogProperties.dataLakeAccessProperties.kmsKey",
            keyAbsentMeans: "an AWS-owned key",
        },
    ],
    inTransit: CATALOG_ONLY,
    retention: { notOffered: "metadata lives until deleted; snapshot retention of its Iceberg tables is judged on CatalogTableOptimizer" },
    destinations: [{ what: "links to the Redshift catalog", store: true, path: "targetRedshiftCatalog.catalogArn", types: "any" }],
});

export const glueCatalogDatabase = entry<CatalogDatabaseArgs>()({
    types: ["aws:glue/catalogDatabase:CatalogDatabase"],
    holds: "definitions of tables of customer data (columns, locations, partition values); its tables have its classification",
    tagging: "store",
    names: ["name"],
    atRest: [catalogEncryption],
    inTransit: CATALOG_ONLY,
    retention: {
        notOffered: "a database keeps its table definitions until they are deleted; the data lives at its tables' locations, judged there",
    },
    destinations: [
        { what: "is created in the Data Catalog of", account: "catalogId" },
        { what: "places its tables in", store: true, path: "locationUri", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "is a resource link to a database of", account: "targetDatabase.catalogId" },
        { what: "is a resource link to a database in", region: "targetDatabase.region" },
    ],
});

export const glueCatalogTable = entry<CatalogTableArgs>()({
    types: ["aws:glue/catalogTable:CatalogTable"],
    holds: "a table's definition: columns, comments, parameters and the location of its data",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "databaseName", types: GLUE_DATABASE_TYPES }],
    atRest: {
        notOffered: "metadata is encrypted by the Data Catalog's settings (checked on its database); its data by the store at its location",
    },
    inTransit: CATALOG_ONLY,
    retention: {
        notOffered:
            "the definition lives until deleted (the retention argument is informational only); the data at its location follows that store's lifecycle",
    },
    destinations: [
        { what: "keeps its data in", store: true, path: "storageDescriptor.location", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "keeps its data in", store: true, path: "storageDescriptor.additionalLocations", types: BUCKET_TYPES, pattern: S3_URI },
        {
            what: "keeps its Iceberg data in",
            store: true,
            path: "openTableFormatInput.icebergInput.icebergTableInput.location",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        { what: "is created in the Data Catalog of", account: "catalogId" },
        { what: "is a resource link to a table of", account: "targetTable.catalogId" },
        { what: "is a resource link to a table in", region: "targetTable.region" },
    ],
});

export const gluePartition = entry<PartitionArgs>()({
    types: ["aws:glue/partition:Partition"],
    holds: "a partition's definition: its values and the location of a slice of a table's data",
    tagging: "copy",
    sources: [
        { path: "tableName", types: GLUE_TABLE_TYPES },
        { path: "databaseName", types: GLUE_DATABASE_TYPES },
    ],
    atRest: { notOffered: "metadata is encrypted by the Data Catalog's settings (checked on its database)" },
    inTransit: CATALOG_ONLY,
    retention: { notOffered: "the definition lives until deleted; the data at its location follows that store's lifecycle" },
    destinations: [
        { what: "keeps its data in", store: true, path: "storageDescriptor.location", types: BUCKET_TYPES, pattern: S3_URI },
        { what: "is created in the Data Catalog of", account: "catalogId" },
    ],
});

export const glueCatalogTableOptimizer = entry<CatalogTableOptimizerArgs>()({
    types: ["aws:glue/catalogTableOptimizer:CatalogTableOptimizer"],
    holds: "how long an Iceberg table keeps old snapshots (rows deleted since) and orphan files",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "tableName", types: GLUE_TABLE_TYPES }],
    atRest: { notOffered: "a setting of its table" },
    inTransit: { notOffered: "a setting of its table" },
    retention: [
        {
            what: "old snapshots, with rows deleted since",
            period: "configuration.retentionConfiguration.icebergConfiguration.snapshotRetentionPeriodInDays",
            unit: "days",
            absent: 5,
            when: { path: "type", on: ["retention"] },
        },
        {
            what: "the files of expired snapshots (cleanExpiredFiles)",
            required: { path: "configuration.retentionConfiguration.icebergConfiguration.cleanExpiredFiles", absent: false },
            when: { path: "type", on: ["retention"] },
        },
        {
            what: "orphan files",
            period: "configuration.orphanFileDeletionConfiguration.icebergConfiguration.orphanFileRetentionPeriodInDays",
            unit: "days",
            absent: 3,
            when: { path: "type", on: ["orphanFileDeletion"] },
        },
    ],
    notes: "Without cleanExpiredFiles (default false) expired snapshots leave the metadata only: their data files stay in S3 until the bucket's lifecycle removes them.",
});

export const glueDataCatalogEncryptionSettings = entry<DataCatalogEncryptionSettingsArgs>()({
    types: ["aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings"],
    holds: "the encryption of the account's Data Catalog metadata and connection passwords",
    tagging: "carrier",
    atRest: [
        {
            what: "the Data Catalog's metadata",
            enabled: {
                path: "dataCatalogEncryptionSettings.encryptionAtRest.catalogEncryptionMode",
                on: ["SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE"],
                absent: false,
                absentMeans: "DISABLED",
            },
            key: "dataCatalogEncryptionSettings.encryptionAtRest.sseAwsKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/glue key",
        },
        {
            what: "connection passwords",
            enabled: {
                path: "dataCatalogEncryptionSettings.connectionPasswordEncryption.returnConnectionPasswordEncrypted",
                absent: false,
                absentMeans: "passwords returned in plaintext",
            },
            key: "dataCatalogEncryptionSettings.connectionPasswordEncryption.awsKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/glue key",
        },
    ],
    inTransit: CATALOG_ONLY,
    retention: NO_DATA_KEPT,
    destinations: [{ what: "sets the encryption of the Data Catalog of", account: "catalogId" }],
});

export const glueResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:glue/resourcePolicy:ResourcePolicy"],
    holds: "who may read and change the account's Data Catalog (every database and table)",
    tagging: "carrier",
    atRest: NO_DATA_KEPT,
    inTransit: NO_DATA_KEPT,
    exposure: [{ what: "the Data Catalog's resource policy", policyDocument: "policy" }],
    retention: NO_DATA_KEPT,
});

export const glueSecurityConfiguration = entry<SecurityConfigurationArgs>()({
    types: ["aws:glue/securityConfiguration:SecurityConfiguration"],
    holds: "the encryption of what the jobs, crawlers and dev endpoints that name it write: S3 output, CloudWatch logs, job bookmarks",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "S3 data its jobs write",
            enabled: {
                path: "encryptionConfiguration.s3Encryption.s3EncryptionMode",
                on: ["SSE-KMS"],
                absent: false,
                absentMeans: "DISABLED",
            },
            key: "encryptionConfiguration.s3Encryption.kmsKeyArn",
        },
        {
            what: "CloudWatch logs of its jobs and crawlers",
            enabled: {
                path: "encryptionConfiguration.cloudwatchEncryption.cloudwatchEncryptionMode",
                on: ["SSE-KMS"],
                absent: false,
                absentMeans: "DISABLED",
            },
            key: "encryptionConfiguration.cloudwatchEncryption.kmsKeyArn",
        },
        {
            what: "job bookmarks",
            enabled: {
                path: "encryptionConfiguration.jobBookmarksEncryption.jobBookmarksEncryptionMode",
                on: ["CSE-KMS"],
                absent: false,
                absentMeans: "DISABLED",
            },
            key: "encryptionConfiguration.jobBookmarksEncryption.kmsKeyArn",
        },
    ],
    inTransit: { notOffered: "an encryption setting; its users' connections are judged on them" },
    retention: NO_DATA_KEPT,
});

const SECURITY_CONFIGURATION = "security configuration";

/** Connection types whose store is outside AWS by nature. */
const OUTSIDE_AWS_TYPES = ["SNOWFLAKE", "BIGQUERY", "AZURESQL", "AZURECOSMOS", "MARKETPLACE", "CUSTOM"];
const AWS_HOST = /\.amazonaws\.com(\.cn)?$/i;

function connectionProperty(props: Record<string, any>, key: string): unknown {
    const properties = props.connectionProperties;
    if (isUnknown(properties)) return properties;
    return isObject(properties) ? properties[key] : undefined;
}

function connectionType(props: Record<string, any>): unknown {
    const type = props.connectionType;
    return type === undefined || type === "" ? "JDBC" : type;
}

/** The hosts of a JDBC URL or of a Kafka bootstrap list. */
function hostsOf(value: string): string[] {
    const jdbc = /^jdbc:[^:]+(?::[^:]+)?:\/\/([^/:;?]+)/i.exec(value) ?? /@\/?\/?([^/:;?]+)/.exec(value);
    if (jdbc) return [jdbc[1]];
    return value
        .split(",")
        .map(
            (part) =>
                part
                    .trim()
                    .replace(/^[a-z]+:\/\//i, "")
                    .split(/[:/]/)[0],
        )
        .filter((h) => h !== "");
}

/** A password in connectionProperties lives in the Data Catalog as given (in plaintext unless connection password encryption is on). */
function checkConnectionPassword({ store, report }: StoreContext): void {
    const password = connectionProperty(store.res.props, "PASSWORD");
    if (password !== undefined && password !== "")
        report(
            "keeps the password in connectionProperties.PASSWORD: reference a Secrets Manager secret (connectionProperties.SECRET_ID or authenticationConfiguration.secretArn) encrypted under a customer-managed key",
        );
}

/** JDBC connections take TLS only with JDBC_ENFORCE_SSL "true" (default false); Kafka's KAFKA_SSL_ENABLED defaults to "true". */
function checkConnectionTls({ store, report }: StoreContext): void {
    const props = store.res.props;
    const type = connectionType(props);
    if (isUnknown(type) || isUnknown(props.connectionProperties)) {
        report("connectionType or connectionProperties is not known during preview, so TLS cannot be verified");
        return;
    }
    if (type === "JDBC") {
        const ssl = connectionProperty(props, "JDBC_ENFORCE_SSL");
        if (isUnknown(ssl)) report("connectionProperties.JDBC_ENFORCE_SSL is not known during preview, so TLS cannot be verified");
        else if (String(ssl).toLowerCase() !== "true")
            report(
                `the JDBC connection does not require TLS: connectionProperties.JDBC_ENFORCE_SSL is ${ssl === undefined ? "not set (false by default)" : JSON.stringify(ssl)}`,
            );
    } else if (type === "KAFKA") {
        const ssl = connectionProperty(props, "KAFKA_SSL_ENABLED");
        if (isUnknown(ssl)) report("connectionProperties.KAFKA_SSL_ENABLED is not known during preview, so TLS cannot be verified");
        else if (ssl !== undefined && String(ssl).toLowerCase() !== "true")
            report(`the Kafka connection does not use TLS: connectionProperties.KAFKA_SSL_ENABLED is ${JSON.stringify(ssl)}`);
    }
}

/** A connection that carries personal data may reach only AWS endpoints (*.amazonaws.com), not stores run elsewhere. */
function checkConnectionEndpoint({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const props = store.res.props;
    const type = connectionType(props);
    if (typeof type === "string" && OUTSIDE_AWS_TYPES.includes(type.toUpperCase())) {
        report(`connects to a ${type} store, outside AWS: personal data may go only to the shipping provider's account`);
        return;
    }
    for (const key of ["JDBC_CONNECTION_URL", "KAFKA_BOOTSTRAP_SERVERS", "HOST", "CONNECTION_URL"]) {
        const value = connectionProperty(props, key);
        if (value === undefined || value === "") continue;
        if (isUnknown(value) || typeof value !== "string") {
            report(`connectionProperties.${key} is not known during preview, so the endpoint cannot be verified`);
            continue;
        }
        const outside = hostsOf(value).filter((host) => !AWS_HOST.test(host));
        if (outside.length > 0)
            report(
                `connectionProperties.${key} reaches ${outside.join(", ")}, outside AWS: personal data may go only to the shipping provider's account`,
            );
    }
}

export const glueConnection = entry<ConnectionArgs>()({
    types: ["aws:glue/connection:Connection"],
    holds: "the way jobs and crawlers reach a store: its endpoint and credentials (records pass through it)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        { custom: checkConnectionPassword, summary: "no password in connectionProperties (a Secrets Manager secret instead)" },
        {
            what: "its inline credentials",
            when: { path: "authenticationConfiguration.basicAuthenticationCredentials" },
            key: "authenticationConfiguration.kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/glue key",
        },
        {
            what: "its inline credentials",
            when: { path: "authenticationConfiguration.customAuthenticationCredentials" },
            key: "authenticationConfiguration.kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/glue key",
        },
        {
            what: "its OAuth2 credentials",
            when: { path: "authenticationConfiguration.oauth2Properties" },
            key: "authenticationConfiguration.kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/glue key",
        },
    ],
    inTransit: [{ custom: checkConnectionTls, summary: 'JDBC_ENFORCE_SSL "true" on JDBC connections; KAFKA_SSL_ENABLED not "false"' }],
    exposure: [
        {
            what: "the connection's network interface",
            securityGroups: "physicalConnectionRequirements.securityGroupIdLists",
            when: { path: "physicalConnectionRequirements.subnetId" },
        },
    ],
    retention: { notOffered: "a connection stores no records" },
    destinations: [
        { custom: checkConnectionEndpoint, summary: "a PII connection reaches only *.amazonaws.com endpoints, no store run outside AWS" },
        { what: "is created in the Data Catalog of", account: "catalogId" },
    ],
});

export const glueCrawler = entry<CrawlerArgs>()({
    types: ["aws:glue/crawler:Crawler"],
    holds: "samples of the records it crawls (to infer schemas), written as tables into its database",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "s3Targets.path", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "dynamodbTargets.path", types: DYNAMODB_TABLE_TYPES },
        { path: "jdbcTargets.connectionName", types: GLUE_CONNECTION_TYPES },
        { path: "mongodbTargets.connectionName", types: GLUE_CONNECTION_TYPES },
        { path: "catalogTargets.databaseName", types: GLUE_DATABASE_TYPES },
        { path: "deltaTargets.deltaTables", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "icebergTargets.paths", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "hudiTargets.paths", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: [
        namedSettings(
            "securityConfiguration",
            GLUE_SECURITY_CONFIGURATION_TYPES,
            SECURITY_CONFIGURATION,
            "its logs are not encrypted under a customer-managed key (no Glue security configuration)",
        ),
    ],
    inTransit: { notOffered: "reads through its targets' connections, whose TLS is judged on them" },
    retention: { notOffered: "a crawler keeps no records; the tables it writes are judged with their database" },
    destinations: [{ what: "writes the tables it infers into", store: true, path: "databaseName", types: GLUE_DATABASE_TYPES }],
});

export const glueJob = entry<JobArgs>()({
    types: ["aws:glue/job:Job"],
    holds: "the records it reads and writes while it runs (its temporary files, Spark UI logs and bookmarks)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        namedSettings(
            "securityConfiguration",
            GLUE_SECURITY_CONFIGURATION_TYPES,
            SECURITY_CONFIGURATION,
            "its S3 output, logs and bookmarks are not encrypted under a customer-managed key (no Glue security configuration)",
        ),
    ],
    inTransit: { notOffered: "reads and writes through its connections, whose TLS is judged on them" },
    retention: { notOffered: "a job keeps no data between runs; its temporary directory and logs are judged where they are kept" },
    destinations: [
        { what: "reads and writes through", store: true, path: "connections", types: GLUE_CONNECTION_TYPES },
        { what: "writes temporary files to", store: true, path: "defaultArguments.--TempDir", types: BUCKET_TYPES, pattern: S3_URI },
        {
            what: "writes Spark UI logs to",
            store: true,
            path: "defaultArguments.--spark-event-logs-path",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

export const glueTrigger = entry<TriggerArgs>()({
    types: ["aws:glue/trigger:Trigger"],
    holds: "arguments passed to the jobs it starts (which may redirect their output)",
    tagging: "carrier",
    names: ["name"],
    atRest: [namedSettings("actions.securityConfiguration", GLUE_SECURITY_CONFIGURATION_TYPES, SECURITY_CONFIGURATION)],
    inTransit: { notOffered: "starts jobs and crawlers, judged on their own" },
    retention: NO_DATA_KEPT,
    destinations: [
        {
            what: "makes its jobs write temporary files to",
            store: true,
            path: "actions.arguments.--TempDir",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

export const glueWorkflow = entry<WorkflowArgs>()({
    types: ["aws:glue/workflow:Workflow"],
    holds: "run properties shared with every job of the workflow",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "run properties are kept by Glue under its own key" },
    inTransit: { notOffered: "Glue's endpoints accept HTTPS only" },
    exposure: [
        {
            what: "its run properties",
            plaintextWhenPii: "defaultRunProperties",
            why: "which every job and every reader of the workflow sees in plaintext",
        },
    ],
    retention: NO_DATA_KEPT,
});

/** Glue offers TransformEncryption (labels and task-run output under a customer key), but the provider cannot set it. */
function checkTransformEncryption({ store, report }: StoreContext): void {
    if (store.isPii)
        report(
            `reads personal data (${store.classifiedBy}), but its labels and match results are encrypted under an AWS-managed key: the provider cannot set TransformEncryption, so keep personal data out of ML transforms`,
        );
}

export const glueMLTransform = entry<MLTransformArgs>()({
    types: ["aws:glue/mLTransform:MLTransform"],
    holds: "labels and matches learnt from the records of its input tables (FindMatches deduplicates customer records)",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "inputRecordTables.tableName", types: GLUE_TABLE_TYPES }],
    atRest: [{ custom: checkTransformEncryption, summary: "no personal data: the provider cannot set TransformEncryption" }],
    inTransit: { notOffered: "runs inside Glue" },
    retention: { notOffered: "labels and the learnt model live until the transform is deleted" },
});

export const glueDevEndpoint = entry<DevEndpointArgs>()({
    types: ["aws:glue/devEndpoint:DevEndpoint"],
    holds: "data loaded into an interactive Spark session (legacy)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        namedSettings(
            "securityConfiguration",
            GLUE_SECURITY_CONFIGURATION_TYPES,
            SECURITY_CONFIGURATION,
            "its S3 output, logs and bookmarks are not encrypted under a customer-managed key (no Glue security configuration)",
        ),
    ],
    inTransit: { notOffered: "reached over SSH" },
    exposure: [
        {
            what: "the dev endpoint",
            publicWhen: { path: "subnetId", on: [""], absent: true, absentMeans: "no subnetId: a public address reachable over SSH" },
        },
        { what: "the dev endpoint", securityGroups: "securityGroupIds", when: { path: "subnetId" } },
    ],
    retention: { notOffered: "session data lives until the endpoint is deleted" },
});
