/**
 * Amazon Connect: instances (contact records kept by Connect), storage configs (recordings,
 * transcripts, contact records and media streams written to S3 or Kinesis), and the paths that
 * send contact data on: Lambda functions, Lex bots and quick connects to outside numbers.
 * Contact flows (routing logic), queues, routing and security profiles, agents, hierarchies,
 * hours, phone numbers and vocabularies hold no customer records.
 */
import type { BotAssociationArgs } from "@pulumi/aws/connect/botAssociation";
import type { InstanceArgs } from "@pulumi/aws/connect/instance";
import type { InstanceStorageConfigArgs } from "@pulumi/aws/connect/instanceStorageConfig";
import type { LambdaFunctionAssociationArgs } from "@pulumi/aws/connect/lambdaFunctionAssociation";
import type { QuickConnectArgs } from "@pulumi/aws/connect/quickConnect";
import { entry } from "../entry";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";

const INSTANCE_TYPES = ["aws:connect/instance:Instance"];
const INSTANCE_SOURCE = [{ path: "instanceId", types: INSTANCE_TYPES }] as const;
const NOTHING_STORED = { notOffered: "an association stores nothing; its target is judged as a store" };

export const connectInstance = entry<InstanceArgs>()({
    types: ["aws:connect/instance:Instance"],
    holds: "contact records (callers' numbers, names, contact attributes), chats and agents' work on customer contacts",
    tagging: "store",
    names: ["instanceAlias"],
    atRest: {
        notOffered:
            "Connect encrypts contact records in the instance under AWS-owned keys; recordings and transcripts written out are judged on their storage configs",
    },
    inTransit: { notOffered: "voice travels over the telephone network; agents and chats connect over TLS, which is not a setting" },
    retention: [{ what: "contact records (searchable in Connect for 24 months, then deleted)", awsKeepsDays: 730 }],
    notes: "contactFlowLogsEnabled writes flow logs, with contact attributes, to the /aws/connect/<alias> log group; define that group in the stack to judge its retention.",
});

export const connectInstanceStorageConfig = entry<InstanceStorageConfigArgs>()({
    types: ["aws:connect/instanceStorageConfig:InstanceStorageConfig"],
    holds: "where an instance writes call recordings, chat transcripts, contact records, attachments or media streams",
    tagging: "carrier",
    sources: [...INSTANCE_SOURCE],
    atRest: [
        {
            what: "objects Connect writes to S3",
            when: { path: "storageConfig.s3Config.encryptionConfig" },
            key: "storageConfig.s3Config.encryptionConfig.keyId",
        },
        {
            what: "media streams",
            when: { path: "storageConfig.kinesisVideoStreamConfig" },
            key: "storageConfig.kinesisVideoStreamConfig.encryptionConfig.keyId",
        },
    ],
    inTransit: { notOffered: "Connect writes inside AWS" },
    retention: [
        {
            what: "media streams in Kinesis Video Streams",
            when: { path: "storageConfig.kinesisVideoStreamConfig" },
            period: "storageConfig.kinesisVideoStreamConfig.retentionPeriodHours",
            unit: "hours",
            absent: "forever",
        },
    ],
    destinations: [
        { what: "writes contact data to", store: true, path: "storageConfig.s3Config.bucketName", types: BUCKET_TYPES },
        {
            what: "streams contact data to",
            store: true,
            path: "storageConfig.kinesisStreamConfig.streamArn",
            types: ["aws:kinesis/stream:Stream"],
        },
        {
            what: "streams contact data to",
            store: true,
            path: "storageConfig.kinesisFirehoseConfig.firehoseArn",
            types: ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
        },
    ],
    notes: "Without storageConfig.s3Config.encryptionConfig, objects take the bucket's default encryption, judged on the bucket. The Kinesis video streams Connect creates are not resources of the stack.",
});

export const connectLambdaFunctionAssociation = entry<LambdaFunctionAssociationArgs>()({
    types: ["aws:connect/lambdaFunctionAssociation:LambdaFunctionAssociation"],
    holds: "contact data (caller number, attributes, input) passed to a Lambda function by contact flows",
    tagging: "carrier",
    sources: [...INSTANCE_SOURCE],
    atRest: NOTHING_STORED,
    inTransit: { notOffered: "invoked inside AWS" },
    retention: NOTHING_STORED,
    destinations: [{ what: "passes contact data to", store: true, path: "functionArn", types: FUNCTION_TYPES }],
});

export const connectBotAssociation = entry<BotAssociationArgs>()({
    types: ["aws:connect/botAssociation:BotAssociation"],
    holds: "callers' and chatters' utterances passed to a Lex bot",
    tagging: "carrier",
    sources: [...INSTANCE_SOURCE],
    atRest: NOTHING_STORED,
    inTransit: { notOffered: "sent inside AWS" },
    retention: NOTHING_STORED,
    destinations: [
        { what: "passes utterances to a Lex bot in", region: "lexBot.lexRegion" },
        { what: "passes utterances to", store: true, path: "lexBot.name", types: ["aws:lex/bot:Bot"] },
    ],
});

export const connectQuickConnect = entry<QuickConnectArgs>()({
    types: ["aws:connect/quickConnect:QuickConnect"],
    holds: "transfers of customer calls to queues, agents or outside phone numbers",
    tagging: "carrier",
    sources: [...INSTANCE_SOURCE],
    atRest: { notOffered: "a quick connect stores nothing" },
    inTransit: { notOffered: "calls to outside numbers travel over the telephone network" },
    retention: { notOffered: "a quick connect stores nothing" },
    destinations: [{ what: "transfers customer calls to", endpoint: "quickConnectConfig.phoneConfigs.phoneNumber" }],
});
