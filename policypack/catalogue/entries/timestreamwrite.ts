/** Timestream for LiveAnalytics: databases (their key) and tables (their retention). */
import type { DatabaseArgs } from "@pulumi/aws/timestreamwrite/database";
import type { TableArgs } from "@pulumi/aws/timestreamwrite/table";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

export const TIMESTREAM_DATABASE_TYPES = ["aws:timestreamwrite/database:Database"];
export const TIMESTREAM_TABLE_TYPES = ["aws:timestreamwrite/table:Table"];
const REJECTED = "magneticStoreWriteProperties.magneticStoreRejectedDataLocation.s3Configuration";

export const timestreamwriteDatabase = entry<DatabaseArgs>()({
    types: ["aws:timestreamwrite/database:Database"],
    holds: "the time-series tables of a database",
    tagging: "copy",
    names: ["databaseName"],
    atRest: [{ what: "the database", key: "kmsKeyId", keyAbsentMeans: "the AWS-managed aws/timestream key" }],
    inTransit: { notOffered: "Timestream's endpoints accept HTTPS only" },
    retention: { notOffered: "retention is each table's" },
    notes: "Its classification comes from the tables stored in it; a database without tables in the stack must carry the contract tags.",
});

export const timestreamwriteTable = entry<TableArgs>()({
    types: ["aws:timestreamwrite/table:Table"],
    holds: "time-series records (dimensions and measures, which may name customers)",
    tagging: "store",
    names: ["tableName"],
    atRest: [
        {
            what: "rejected-record reports",
            when: { path: `${REJECTED}.bucketName` },
            key: `${REJECTED}.kmsKeyId`,
            keyAbsentMeans: "SSE-S3",
        },
    ],
    inTransit: { notOffered: "Timestream's endpoints accept HTTPS only" },
    retention: [
        { what: "records in the memory store", period: "retentionProperties.memoryStoreRetentionPeriodInHours", unit: "hours", absent: 6 },
        {
            what: "records in the magnetic store",
            period: "retentionProperties.magneticStoreRetentionPeriodInDays",
            unit: "days",
            absent: 73000,
        },
    ],
    destinations: [
        { what: "stores its records in the database", store: true, path: "databaseName", types: TIMESTREAM_DATABASE_TYPES },
        { what: "writes rejected records to", store: true, path: `${REJECTED}.bucketName`, types: BUCKET_TYPES },
    ],
    notes: "Timestream cannot delete single records: they expire only with the table's retention, so a PII table keeps both stores within the retention. Encryption is the database's key. Its ARN needs the database name too, so no dataEvents are declared (AWS::Timestream::Table).",
});
