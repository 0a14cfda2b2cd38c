/**
 * DynamoDB copies and sides: exports, streaming destinations, legacy global tables, items written from code, resource
 * policies, indexes.
 */
import type { GlobalSecondaryIndexArgs } from "@pulumi/aws/dynamodb/globalSecondaryIndex";
import type { GlobalTableArgs } from "@pulumi/aws/dynamodb/globalTable";
import type { KinesisStreamingDestinationArgs } from "@pulumi/aws/dynamodb/kinesisStreamingDestination";
import type { ResourcePolicyArgs } from "@pulumi/aws/dynamodb/resourcePolicy";
import type { TableExportArgs } from "@pulumi/aws/dynamodb/tableExport";
import type { TableItemArgs } from "@pulumi/aws/dynamodb/tableItem";
import { entry } from "../entry";
import { TABLE_TYPES } from "./dynamodb";
import { BUCKET_TYPES } from "./s3";

const INSIDE_AWS = { notOffered: "copied by DynamoDB inside AWS" };

export const dynamodbTableExport = entry<TableExportArgs>()({
    types: ["aws:dynamodb/tableExport:TableExport"],
    holds: "every item of a table, exported to S3",
    tagging: "copy",
    sources: [{ path: "tableArn", types: TABLE_TYPES }],
    atRest: [
        {
            what: "the exported files",
            when: { path: "s3SseAlgorithm" },
            enabled: { path: "s3SseAlgorithm", on: ["KMS"], absent: true, absentMeans: "the bucket's default encryption" },
            key: "s3SseKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/s3 key",
        },
    ],
    inTransit: INSIDE_AWS,
    retention: { notOffered: "the files live in the destination bucket, judged as a copy of the table through its lifecycle" },
    destinations: [
        { what: "exports the table to", store: true, path: "s3Bucket", types: BUCKET_TYPES },
        { what: "exports the table to a bucket of", account: "s3BucketOwner" },
    ],
});

export const dynamodbKinesisStreamingDestination = entry<KinesisStreamingDestinationArgs>()({
    types: ["aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination"],
    holds: "every change of a table's items, streamed to Kinesis",
    tagging: "copy",
    sources: [{ path: "tableName", types: TABLE_TYPES }],
    atRest: { notOffered: "the records sit in the Kinesis stream, judged as a copy of the table" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "the stream's retention applies, judged on the stream" },
    destinations: [{ what: "streams the table's changes to", store: true, path: "streamArn", types: ["aws:kinesis/stream:Stream"] }],
});

export const dynamodbGlobalTable = entry<GlobalTableArgs>()({
    types: ["aws:dynamodb/globalTable:GlobalTable"],
    holds: "a table replicated to other regions (2017 global tables)",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "name", types: TABLE_TYPES }],
    atRest: { notOffered: "each regional table carries its own encryption, judged on the table" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "each regional table's retention applies" },
    destinations: [{ what: "replicates the table to", region: "replicas.regionName" }],
});

export const dynamodbTableItem = entry<TableItemArgs>()({
    types: ["aws:dynamodb/tableItem:TableItem"],
    holds: "one item, written from the program",
    tagging: "copy",
    sources: [{ path: "tableName", types: TABLE_TYPES }],
    atRest: { notOffered: "the item is encrypted under its table's key, judged on the table" },
    inTransit: INSIDE_AWS,
    exposure: [
        {
            what: "the item",
            plaintextWhenPii: "item",
            why: "which also sits in the program's source and in the Pulumi state, where nothing erases it",
        },
    ],
    retention: { notOffered: "the item lives until the program removes it" },
});

export const dynamodbResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:dynamodb/resourcePolicy:ResourcePolicy"],
    holds: "access to a table or its stream",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: TABLE_TYPES }],
    atRest: { notOffered: "a policy holds no items" },
    inTransit: { notOffered: "a policy holds no items" },
    exposure: [{ what: "its table policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no items" },
});

export const dynamodbGlobalSecondaryIndex = entry<GlobalSecondaryIndexArgs>()({
    types: ["aws:dynamodb/globalSecondaryIndex:GlobalSecondaryIndex"],
    holds: "a second copy of a table's items (keys and projected attributes)",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "tableName", types: TABLE_TYPES }],
    atRest: { notOffered: "encrypted under its table's key" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "items leave the index when they leave the table" },
});
