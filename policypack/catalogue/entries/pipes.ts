/** EventBridge Pipes: a pipe moves records from a source through an optional enrichment to a target. */
import type { PipeArgs } from "@pulumi/aws/pipes/pipe";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { BUCKET_TYPES } from "./s3";
import { FIREHOSE_TYPES, copiesWhen } from "./streams-support";

const EXECUTION_DATA = { path: "logConfiguration.includeExecutionDatas", on: ["ALL"] };
const WHY = "its log records then include each payload";

export const pipesPipe = entry<PipeArgs>()({
    types: ["aws:pipes/pipe:Pipe"],
    holds: "records in flight from its source (queue, stream, table stream, Kafka topic, broker) to its target",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "source", types: "any" }],
    atRest: [{ what: "pipe data (filter criteria, records in flight)", key: "kmsKeyIdentifier", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "EventBridge Pipes reads and writes over TLS; self-managed Kafka sources choose their own transport" },
    retention: { notOffered: "a pipe keeps no records: it retries until the source's own retention expires" },
    destinations: [
        { what: "delivers records to", store: true, path: "target", types: "any" },
        { what: "sends records for enrichment to", store: true, path: "enrichment", types: "any" },
        {
            what: "moves failed records to",
            store: true,
            path: "sourceParameters.kinesisStreamParameters.deadLetterConfig.arn",
            types: "any",
        },
        {
            what: "moves failed records to",
            store: true,
            path: "sourceParameters.dynamodbStreamParameters.deadLetterConfig.arn",
            types: "any",
        },
        copiesWhen(
            "logs records (includeExecutionDatas ALL) to",
            { path: "logConfiguration.cloudwatchLogsLogDestination.logGroupArn", types: LOG_GROUP_TYPES },
            EXECUTION_DATA,
            WHY,
        ),
        copiesWhen(
            "logs records (includeExecutionDatas ALL) to",
            { path: "logConfiguration.firehoseLogDestination.deliveryStreamArn", types: FIREHOSE_TYPES },
            EXECUTION_DATA,
            WHY,
        ),
        copiesWhen(
            "logs records (includeExecutionDatas ALL) to",
            { path: "logConfiguration.s3LogDestination.bucketName", types: BUCKET_TYPES },
            EXECUTION_DATA,
            WHY,
        ),
        { what: "writes its logs to a bucket of", account: "logConfiguration.s3LogDestination.bucketOwner" },
    ],
    notes: "A self-managed Kafka source (smk://) is outside AWS and the stack: the pipe is judged as carrying personal data unless tagged.",
});
