/** DynamoDB: tables, their replicas, exports, streaming destinations, items and resource policies. */
import type { TableArgs } from "@pulumi/aws/dynamodb/table";
import type { TableReplicaArgs } from "@pulumi/aws/dynamodb/tableReplica";
import { dynamoDbDeletionBoundHours } from "../../contract";
import { asList, isTrue, isUnknown, wholeNumber } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const TABLE_TYPES = ["aws:dynamodb/table:Table"];

/** DynamoDB's point-in-time-recovery window when none is given. */
const DEFAULT_PITR_DAYS = 35;

/** PITR keeps deleted items for its window; with at least an hour of purge lag it must fit the retention. */
function checkPointInTimeRecovery({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const pitr = asList(store.res.props.pointInTimeRecovery)[0];
    if (isUnknown(pitr) || (pitr && isUnknown(pitr.enabled))) report("pointInTimeRecovery.enabled is not known during preview");
    else if (pitr && isTrue(pitr.enabled)) {
        if (isUnknown(pitr.recoveryPeriodInDays)) {
            report("pointInTimeRecovery.recoveryPeriodInDays is not known during preview, so how long deleted items stay recoverable cannot be verified");
            return;
        }
        const days = wholeNumber(pitr.recoveryPeriodInDays) ?? DEFAULT_PITR_DAYS;
        if (dynamoDbDeletionBoundHours(1, 0, days) > limit * 24) {
            report(`point-in-time recovery keeps deleted items for ${days} days, which leaves no time within the ${limit}-day retention`);
        }
    }
}

export const dynamodbTable = entry<TableArgs>()({
    types: ["aws:dynamodb/table:Table"],
    holds: "items (orders, addresses)",
    tagging: "store",
    names: ["name"],
    sources: [
        { path: "restoreSourceTableArn", types: TABLE_TYPES },
        { path: "restoreSourceName", types: TABLE_TYPES },
    ],
    atRest: [
        { what: "the table", enabled: { path: "serverSideEncryption.enabled", absent: false, absentMeans: "the AWS-owned key" }, key: "serverSideEncryption.kmsKeyArn", keyAbsentMeans: "the AWS-managed aws/dynamodb key" },
        { what: "its replicas", when: { path: "replicas" }, key: "replicas.kmsKeyArn", keyAbsentMeans: "the AWS-managed aws/dynamodb key of the replica's region" },
    ],
    inTransit: { notOffered: "DynamoDB's endpoints accept HTTPS only" },
    retention: [
        { what: "TTL", required: { path: "ttl.enabled", absent: false } },
        { what: "a TTL attribute", required: { path: "ttl.attributeName", on: [], absent: false }, when: { path: "ttl.enabled", on: [true] } },
        { custom: checkPointInTimeRecovery, summary: "point-in-time recovery window + purge lag within the retention" },
        { what: "stream records", awsKeepsDays: 1, when: { path: "streamEnabled", on: [true] } },
        { what: "point-in-time recovery copies of its replicas", awsKeepsDays: 35, when: { path: "replicas.pointInTimeRecovery", on: [true] } },
    ],
    destinations: [{ what: "is replicated to", region: "replicas.regionName" }],
    dataEvents: { resourceType: "AWS::DynamoDB::Table", basicSelectors: true, service: "dynamodb", resource: (name) => `table/${name}` },
    notes: "TTL deletes expired items only \"within a few days\": a PII table needs a scheduled purge (PiiTable runs one).",
});

export const dynamodbTableReplica = entry<TableReplicaArgs>()({
    types: ["aws:dynamodb/tableReplica:TableReplica"],
    holds: "a replica of a table in another region",
    tagging: "copy",
    sources: [{ path: "globalTableArn", types: TABLE_TYPES }],
    atRest: [{ what: "the replica", key: "kmsKeyArn", keyAbsentMeans: "the AWS-managed aws/dynamodb key" }],
    inTransit: { notOffered: "DynamoDB's endpoints accept HTTPS only" },
    retention: [{ what: "point-in-time recovery copies (35 days on a replica)", awsKeepsDays: 35, when: { path: "pointInTimeRecovery", on: [true] } }],
    destinations: [{ what: "replicates a table to", ownRegion: true }],
});
