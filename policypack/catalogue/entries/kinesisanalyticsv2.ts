/** Managed Service for Apache Flink (Kinesis Analytics v2): applications and their snapshots. */
import type { ApplicationArgs } from "@pulumi/aws/kinesisanalyticsv2/application";
import type { ApplicationSnapshotArgs } from "@pulumi/aws/kinesisanalyticsv2/applicationSnapshot";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { FUNCTION_TYPES } from "./lambda";
import { FIREHOSE_TYPES, STREAM_TYPES } from "./streams-support";

const APPLICATION_TYPES = ["aws:kinesisanalyticsv2/application:Application"];
const SQL = "applicationConfiguration.sqlApplicationConfiguration";
const FLINK = { path: "runtimeEnvironment", on: ["SQL-1_0"], not: true } as const;

export const kinesisanalyticsv2Application = entry<ApplicationArgs>()({
    types: ["aws:kinesisanalyticsv2/application:Application"],
    holds: "records in flight and the application's state (running state, checkpoints, snapshots), which holds records it has not finished with",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: `${SQL}.input.kinesisStreamsInput.resourceArn`, types: STREAM_TYPES },
        { path: `${SQL}.input.kinesisFirehoseInput.resourceArn`, types: FIREHOSE_TYPES },
    ],
    atRest: [
        {
            what: "application state (running state, checkpoints and snapshots)",
            when: FLINK,
            key: "applicationConfiguration.applicationEncryptionConfiguration.keyId",
            keyAbsentMeans: "an AWS-owned key (keyType AWS_OWNED_KEY)",
        },
    ],
    inTransit: { notOffered: "the service reads and writes over TLS; connectors in the application's code choose their own transport" },
    retention: [
        {
            what: "snapshots of the application's state, kept until deleted",
            when: FLINK,
            // The provider computes the block and AWS documents no default for API-created applications: read as on (fail closed).
            keepsForever: {
                path: "applicationConfiguration.applicationSnapshotConfiguration.snapshotsEnabled",
                absent: true,
                absentMeans: "no default documented, treated as on",
            },
        },
    ],
    destinations: [
        { what: "writes results to", store: true, path: `${SQL}.outputs.kinesisStreamsOutput.resourceArn`, types: STREAM_TYPES },
        { what: "writes results to", store: true, path: `${SQL}.outputs.kinesisFirehoseOutput.resourceArn`, types: FIREHOSE_TYPES },
        { what: "writes results to", store: true, path: `${SQL}.outputs.lambdaOutput.resourceArn`, types: FUNCTION_TYPES },
        { what: "writes its logs to", store: true, path: "cloudwatchLoggingOptions.logStreamArn", types: LOG_GROUP_TYPES },
    ],
    notes: "A Flink application's sources and sinks are in its code, not in its arguments: classify the application (tags) to classify what it writes. Its state is encrypted under applicationEncryptionConfiguration.",
});

export const kinesisanalyticsv2ApplicationSnapshot = entry<ApplicationSnapshotArgs>()({
    types: ["aws:kinesisanalyticsv2/applicationSnapshot:ApplicationSnapshot"],
    holds: "a snapshot of a Flink application's state (records it had not finished with)",
    tagging: "carrier",
    sources: [{ path: "applicationName", types: APPLICATION_TYPES }],
    atRest: { notOffered: "encrypted under its application's key, judged on the application" },
    inTransit: { notOffered: "taken by the service inside AWS" },
    retention: [{ what: "a manual snapshot of application state", neverExpires: true }],
});
