/** Timestream scheduled queries: periodic queries that write their results into another table. */
import type { ScheduledQueryArgs } from "@pulumi/aws/timestreamquery/scheduledQuery";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { read } from "../read";
import { BUCKET_TYPES } from "./s3";
import { TIMESTREAM_TABLE_TYPES } from "./timestreamwrite";

/** Error reports are SSE-S3 unless encryptionOption is SSE_KMS, which uses the scheduled query's kmsKeyId (checked by the key control). */
function checkErrorReportEncryption({ store, report }: StoreContext): void {
    const props = store.res.props;
    if (read(props, "errorReportConfiguration.s3Configuration.bucketName").every((r) => r.state === "absent")) return;
    for (const option of read(props, "errorReportConfiguration.s3Configuration.encryptionOption")) {
        if (option.state === "unknown")
            report("error reports: errorReportConfiguration.s3Configuration.encryptionOption is not known during preview");
        else if (String(option.value ?? "SSE_S3").toUpperCase() !== "SSE_KMS")
            report(
                `error reports: errorReportConfiguration.s3Configuration.encryptionOption is ${option.state === "absent" ? "not set (SSE_S3)" : JSON.stringify(option.value)}, so error reports are encrypted under an S3-managed key: set SSE_KMS to use the scheduled query's kmsKeyId`,
            );
    }
}

export const timestreamqueryScheduledQuery = entry<ScheduledQueryArgs>()({
    types: ["aws:timestreamquery/scheduledQuery:ScheduledQuery"],
    holds: "query results copied into a target table, and error reports",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "queryString", types: TIMESTREAM_TABLE_TYPES, pattern: /\bFROM\s+"?[^"\s.]+"?\s*\.\s*"?([^"\s;,)]+)"?/i }],
    atRest: [
        { what: "the scheduled query", key: "kmsKeyId", keyAbsentMeans: "a Timestream-owned key" },
        { custom: checkErrorReportEncryption, summary: "error reports SSE_KMS (under kmsKeyId)" },
    ],
    inTransit: { notOffered: "runs inside Timestream" },
    retention: { notOffered: "results live in the target table, judged as a store" },
    destinations: [
        {
            what: "writes query results to",
            store: true,
            path: "targetConfiguration.timestreamConfiguration.tableName",
            types: TIMESTREAM_TABLE_TYPES,
        },
        { what: "writes error reports to", store: true, path: "errorReportConfiguration.s3Configuration.bucketName", types: BUCKET_TYPES },
    ],
    notes: 'Error reports use the scheduled query\'s kmsKeyId when encryptionOption is SSE_KMS. The first table named in queryString (FROM "db"."table") is read as its source; an unclassified scheduled query passes pii to its target.',
});
