/** S3 Tables: table buckets, Iceberg tables, their policies and replication. */
import type { TableArgs } from "@pulumi/aws/s3tables/table";
import type { TableBucketArgs } from "@pulumi/aws/s3tables/tableBucket";
import type { TableBucketPolicyArgs } from "@pulumi/aws/s3tables/tableBucketPolicy";
import type { TableBucketReplicationArgs } from "@pulumi/aws/s3tables/tableBucketReplication";
import type { TablePolicyArgs } from "@pulumi/aws/s3tables/tablePolicy";
import type { TableReplicationArgs } from "@pulumi/aws/s3tables/tableReplication";
import { Store } from "../../lib/stores";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { sseKmsProblem } from "./s3-access";

const TABLE_BUCKET_TYPE = "aws:s3tables/tableBucket:TableBucket";
const TABLE_TYPE = "aws:s3tables/table:Table";

/** AWS's defaults (S3 User Guide, "Maintenance for table buckets" and "S3 Tables maintenance"). */
const DEFAULT_UNREFERENCED_DAYS = 3;
const DEFAULT_NONCURRENT_DAYS = 10;
const DEFAULT_MAX_SNAPSHOT_AGE_HOURS = 120;

const NO_DATA = { notOffered: "a policy or replication rule stores no rows" };

function checkEncryption(what: string, optional: boolean) {
    return ({ index, config, store, report }: StoreContext): void => {
        const encryption = store.res.props.encryptionConfiguration;
        if (optional && (encryption === undefined || encryption === null)) return;
        if (isUnknown(encryption)) {
            report(`${what}: encryptionConfiguration is not known during preview`);
            return;
        }
        const block = asList(encryption)[0];
        const problem = sseKmsProblem(
            block?.sseAlgorithm,
            block?.kmsKeyArn,
            "encryptionConfiguration.sseAlgorithm",
            "encryptionConfiguration.kmsKeyArn",
            "SSE-S3 (AES256)",
            { index, config, res: store.res, path: "encryptionConfiguration" },
        );
        if (problem) report(`${what}: ${problem}`);
    };
}

/**
 * Days after which a file no table snapshot references is gone: unreferencedDays until it is marked noncurrent, then
 * nonCurrentDays; undefined = never.
 */
function unreferencedFileDays(bucket: Record<string, any> | undefined): { days?: number; unknown: boolean; why: string } {
    const removal = asList(asList(bucket?.maintenanceConfiguration)[0]?.icebergUnreferencedFileRemoval)[0];
    if (isUnknown(bucket?.maintenanceConfiguration) || isUnknown(removal))
        return { unknown: true, why: "maintenanceConfiguration is not known during preview" };
    if (removal === undefined)
        return {
            days: DEFAULT_UNREFERENCED_DAYS + DEFAULT_NONCURRENT_DAYS,
            unknown: false,
            why: `AWS's default unreferencedDays ${DEFAULT_UNREFERENCED_DAYS} + nonCurrentDays ${DEFAULT_NONCURRENT_DAYS}`,
        };
    if (isUnknown(removal.status)) return { unknown: true, why: "icebergUnreferencedFileRemoval.status is not known during preview" };
    if (String(removal.status ?? "enabled").toLowerCase() !== "enabled")
        return { unknown: false, why: `icebergUnreferencedFileRemoval.status is ${JSON.stringify(removal.status)}` };
    const settings = asList(removal.settings)[0];
    const unreferenced = Number(settings?.unreferencedDays ?? DEFAULT_UNREFERENCED_DAYS);
    const noncurrent = Number(settings?.nonCurrentDays ?? DEFAULT_NONCURRENT_DAYS);
    if (Number.isNaN(unreferenced) || Number.isNaN(noncurrent))
        return { unknown: true, why: "icebergUnreferencedFileRemoval.settings are not known during preview" };
    return { days: unreferenced + noncurrent, unknown: false, why: `unreferencedDays ${unreferenced} + nonCurrentDays ${noncurrent}` };
}

function checkUnreferencedFileRemoval({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const removal = unreferencedFileDays(store.res.props);
    if (removal.unknown) report(`${removal.why}, so the removal of deleted data files cannot be verified`);
    else if (removal.days === undefined) report(`never removes data files that no snapshot references any more (${removal.why})`);
    else if (removal.days > limit)
        report(
            `removes unreferenced data files only after ${removal.days} days (${removal.why}), more than the ${limit}-day retention of personal data`,
        );
}

export const s3tablesTableBucket = entry<TableBucketArgs>()({
    types: [TABLE_BUCKET_TYPE],
    holds: "Iceberg tables (rows, their data files and snapshots)",
    tagging: "store",
    names: ["name"],
    atRest: [
        {
            custom: checkEncryption("tables", false),
            summary: "encryptionConfiguration aws:kms under a customer-managed key (the default is AES256)",
        },
    ],
    inTransit: { notOffered: "S3 Tables' endpoints accept HTTPS only" },
    retention: [
        {
            custom: checkUnreferencedFileRemoval,
            summary: "unreferenced file removal enabled, unreferencedDays + nonCurrentDays within the retention (AWS defaults 3 + 10)",
        },
    ],
});

function bucketOf(store: Store): Record<string, any> | undefined {
    return store.sources.find((source) => source.res.type === TABLE_BUCKET_TYPE)?.res.props;
}

/** A deleted row's data file lives until its last snapshot expires and the bucket's unreferenced file removal deletes it. */
function checkSnapshotExpiry({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const snapshots = asList(asList(store.res.props.maintenanceConfiguration)[0]?.icebergSnapshotManagement)[0];
    if (isUnknown(store.res.props.maintenanceConfiguration) || isUnknown(snapshots) || isUnknown(snapshots?.status)) {
        report("maintenanceConfiguration.icebergSnapshotManagement is not known during preview, so snapshot expiry cannot be verified");
        return;
    }
    if (snapshots !== undefined && String(snapshots.status ?? "enabled").toLowerCase() !== "enabled") {
        report(
            `keeps every snapshot, with the rows deleted since, forever (icebergSnapshotManagement.status is ${JSON.stringify(snapshots.status)})`,
        );
        return;
    }
    const settings = asList(snapshots?.settings)[0];
    const hours = Number(settings?.maxSnapshotAgeHours ?? DEFAULT_MAX_SNAPSHOT_AGE_HOURS);
    const minimum = Number(settings?.minSnapshotsToKeep ?? 1);
    if (Number.isNaN(hours) || Number.isNaN(minimum)) {
        report("icebergSnapshotManagement.settings are not known during preview");
        return;
    }
    if (minimum > 1)
        report(
            `keeps at least ${minimum} snapshots whatever their age (icebergSnapshotManagement.settings.minSnapshotsToKeep), and with them rows deleted since: keep 1`,
        );
    const removal = unreferencedFileDays(bucketOf(store));
    if (removal.unknown || removal.days === undefined) {
        if (hours / 24 > limit)
            report(
                `keeps snapshots ${hours} hours (maxSnapshotAgeHours${settings?.maxSnapshotAgeHours === undefined ? ", AWS's default" : ""}), more than the ${limit}-day retention of personal data`,
            );
        return;
    }
    const bound = hours / 24 + removal.days;
    if (bound > limit)
        report(
            `a deleted row's data file may live ${Number(bound.toFixed(2))} days: snapshots kept ${hours} hours (maxSnapshotAgeHours${settings?.maxSnapshotAgeHours === undefined ? ", AWS's default" : ""}) + ${removal.days} days of unreferenced file removal (${removal.why}${bucketOf(store) ? "" : ", its table bucket not in this stack"}), more than the ${limit}-day retention of personal data`,
        );
}

export const s3tablesTable = entry<TableArgs>()({
    types: [TABLE_TYPE],
    holds: "rows of an Iceberg table, with its snapshots",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "tableBucketArn", types: [TABLE_BUCKET_TYPE] }],
    atRest: [
        {
            custom: checkEncryption("the table", true),
            summary:
                "its own encryptionConfiguration, when given, aws:kms under a customer-managed key (otherwise its bucket's, judged there)",
        },
    ],
    inTransit: { notOffered: "S3 Tables' endpoints accept HTTPS only" },
    retention: [
        {
            custom: checkSnapshotExpiry,
            summary:
                "snapshot expiry (maxSnapshotAgeHours, AWS default 120) + the bucket's unreferenced file removal within the retention; minSnapshotsToKeep 1",
        },
    ],
    notes: "A table is a copy of its table bucket (its classification and retention). Rows removed by merge-on-read deletes stay in their data file until compaction rewrites it, for which AWS gives no deadline: a PII table needs the application to rewrite (or compaction to run) within the retention. No data-event selector is required: table ARNs carry the table id, which no argument names.",
});

export const s3tablesTableBucketPolicy = entry<TableBucketPolicyArgs>()({
    types: ["aws:s3tables/tableBucketPolicy:TableBucketPolicy"],
    holds: "access to a table bucket's tables",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "tableBucketArn", types: [TABLE_BUCKET_TYPE] }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its table bucket policy", policyDocument: "resourcePolicy" }],
    retention: NO_DATA,
});

export const s3tablesTablePolicy = entry<TablePolicyArgs>()({
    types: ["aws:s3tables/tablePolicy:TablePolicy"],
    holds: "access to a table",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "name", types: [TABLE_TYPE] }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its table policy", policyDocument: "resourcePolicy" }],
    retention: NO_DATA,
});

export const s3tablesTableBucketReplication = entry<TableBucketReplicationArgs>()({
    types: ["aws:s3tables/tableBucketReplication:TableBucketReplication"],
    holds: "replicas of every table of a table bucket in other table buckets",
    tagging: "copy",
    sources: [{ path: "tableBucketArn", types: [TABLE_BUCKET_TYPE] }],
    atRest: { notOffered: "replicas take the destination table bucket's encryption, judged there" },
    inTransit: { notOffered: "replicated by S3 inside AWS" },
    retention: {
        notOffered:
            "replicas live in the destination table bucket, which becomes a copy and is judged through its own maintenance settings",
    },
    destinations: [
        { what: "replicates tables to", store: true, path: "rule.destinations.destinationTableBucketArn", types: [TABLE_BUCKET_TYPE] },
    ],
});

export const s3tablesTableReplication = entry<TableReplicationArgs>()({
    types: ["aws:s3tables/tableReplication:TableReplication"],
    holds: "replicas of a table in other table buckets",
    tagging: "copy",
    sources: [{ path: "tableArn", types: [TABLE_TYPE] }],
    atRest: { notOffered: "replicas take the destination table bucket's encryption, judged there" },
    inTransit: { notOffered: "replicated by S3 inside AWS" },
    retention: {
        notOffered:
            "replicas live in the destination table bucket, which becomes a copy and is judged through its own maintenance settings",
    },
    destinations: [
        { what: "replicates the table to", store: true, path: "rule.destinations.destinationTableBucketArn", types: [TABLE_BUCKET_TYPE] },
    ],
});
