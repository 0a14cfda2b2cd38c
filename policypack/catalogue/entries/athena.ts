/**
 * Athena: workgroups (where query results, full copies of the rows a query selects, are
 * written and under which key), databases (Glue databases created by DDL) and data catalogs.
 */
import type { DataCatalogArgs } from "@pulumi/aws/athena/dataCatalog";
import type { DatabaseArgs } from "@pulumi/aws/athena/database";
import type { WorkgroupArgs } from "@pulumi/aws/athena/workgroup";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { read } from "../read";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { S3_URI, catalogEncryption } from "./glue";

const HTTPS_ONLY = { notOffered: "Athena's endpoints accept HTTPS only; results are written to S3 over TLS" };
const KMS_OPTIONS = ["SSE_KMS", "CSE_KMS"];
const MANAGED_RESULTS = { path: "configuration.managedQueryResultsConfiguration.enabled", on: [true] } as const;

/** With enforceWorkgroupConfiguration false (AWS's default is true) a client chooses its own result location and encryption. */
function checkEnforced({ store, report }: StoreContext): void {
    for (const reading of read(store.res.props, "configuration.enforceWorkgroupConfiguration")) {
        if (reading.state === "unknown")
            report("configuration.enforceWorkgroupConfiguration is not known during preview, so the result encryption cannot be verified");
        else if (reading.value === false || reading.value === "false")
            report(
                "configuration.enforceWorkgroupConfiguration is false, so clients may override the workgroup's result location and encryption",
            );
    }
}

export const athenaWorkgroup = entry<WorkgroupArgs>()({
    types: ["aws:athena/workgroup:Workgroup"],
    holds: "query results: full copies of the rows its queries select (and Spark notebook data and logs)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "query results",
            when: { ...MANAGED_RESULTS, not: true },
            enabled: {
                path: "configuration.resultConfiguration.encryptionConfiguration.encryptionOption",
                on: KMS_OPTIONS,
                absent: false,
                absentMeans: "Athena does not encrypt results; the bucket's default applies",
            },
            key: "configuration.resultConfiguration.encryptionConfiguration.kmsKeyArn",
        },
        {
            custom: checkEnforced,
            summary: "configuration.enforceWorkgroupConfiguration not false (clients cannot override result encryption)",
        },
        {
            what: "query results in Athena-managed storage",
            when: MANAGED_RESULTS,
            key: "configuration.managedQueryResultsConfiguration.encryptionConfiguration.kmsKey",
            keyAbsentMeans: "an Athena-owned key",
        },
        {
            what: "Spark notebook data",
            when: { path: "configuration.engineVersion.selectedEngineVersion", on: ["PySpark engine version 3"] },
            key: "configuration.customerContentEncryptionConfiguration.kmsKey",
            keyAbsentMeans: "an AWS-owned key",
        },
        {
            what: "Spark logs in S3",
            when: { path: "configuration.monitoringConfiguration.s3LoggingConfiguration.enabled", on: [true] },
            key: "configuration.monitoringConfiguration.s3LoggingConfiguration.kmsKey",
            keyAbsentMeans: "the bucket's default encryption",
        },
        {
            what: "Spark logs in managed persistence",
            when: { path: "configuration.monitoringConfiguration.managedLoggingConfiguration.enabled", on: [true] },
            key: "configuration.monitoringConfiguration.managedLoggingConfiguration.kmsKey",
            keyAbsentMeans: "an AWS-owned key",
        },
    ],
    inTransit: HTTPS_ONLY,
    retention: [{ what: "query results in Athena-managed storage (24 hours)", awsKeepsDays: 1, when: MANAGED_RESULTS }],
    destinations: [
        {
            what: "writes query results to",
            store: true,
            path: "configuration.resultConfiguration.outputLocation",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        { what: "expects its result bucket to belong to", account: "configuration.resultConfiguration.expectedBucketOwner" },
        {
            what: "writes Spark logs to",
            store: true,
            path: "configuration.monitoringConfiguration.s3LoggingConfiguration.logLocation",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "writes Spark logs to",
            store: true,
            path: "configuration.monitoringConfiguration.cloudWatchLoggingConfiguration.logGroup",
            types: LOG_GROUP_TYPES,
        },
    ],
    notes: "Results in the output location are judged as a copy on that bucket (its lifecycle must expire them within the retention).",
});

export const athenaDatabase = entry<DatabaseArgs>()({
    types: ["aws:athena/database:Database"],
    holds: "a Glue database created by Athena DDL (its tables have its classification); the DDL's results in S3",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        catalogEncryption,
        {
            what: "the results of its DDL queries",
            when: { path: "bucket" },
            enabled: {
                path: "encryptionConfiguration.encryptionOption",
                on: KMS_OPTIONS,
                absent: false,
                absentMeans: "Athena does not encrypt results; the bucket's default applies",
            },
            key: "encryptionConfiguration.kmsKey",
        },
    ],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "the database keeps table definitions until deleted; the data lives at its tables' locations, judged there" },
    destinations: [
        { what: "writes query results to", store: true, path: "bucket", types: BUCKET_TYPES },
        { what: "expects its result bucket to belong to", account: "expectedBucketOwner" },
    ],
    notes: "Untaggable: its tables are judged as pii unless the provider's default tags classify it.",
});

export const athenaDataCatalog = entry<DataCatalogArgs>()({
    types: ["aws:athena/dataCatalog:DataCatalog"],
    holds: "a registered catalog (Glue, Hive metastore, Lambda connector) that queries read and write through",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a registration; the data stays in the catalog's stores" },
    inTransit: { notOffered: "queries reach the catalog's stores through their connectors" },
    retention: { notOffered: "a registration keeps no data" },
    destinations: [{ what: "reads and writes the Glue Data Catalog of", account: "parameters.catalog-id" }],
});
