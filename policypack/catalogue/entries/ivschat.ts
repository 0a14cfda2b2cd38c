/** IVS Chat: rooms (user messages in flight, a review function) and the logging of every message. */
import type { LoggingConfigurationArgs } from "@pulumi/aws/ivschat/loggingConfiguration";
import type { RoomArgs } from "@pulumi/aws/ivschat/room";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

export const ivschatRoom = entry<RoomArgs>()({
    types: ["aws:ivschat/room:Room"],
    holds: "chat messages (free user text) in flight",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a room stores no messages; its logging configurations do" },
    inTransit: { notOffered: "chat connections are WebSocket over TLS, with no setting" },
    retention: { notOffered: "a room stores no messages" },
    destinations: [
        {
            what: "logs messages through",
            store: true,
            path: "loggingConfigurationIdentifiers",
            types: ["aws:ivschat/loggingConfiguration:LoggingConfiguration"],
        },
        {
            what: "sends every message for review to",
            store: true,
            path: "messageReviewHandler.uri",
            types: ["aws:lambda/function:Function"],
        },
    ],
});

export const ivschatLoggingConfiguration = entry<LoggingConfigurationArgs>()({
    types: ["aws:ivschat/loggingConfiguration:LoggingConfiguration"],
    holds: "every message of the rooms that use it",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "messages are encrypted by the destination, judged there" },
    inTransit: { notOffered: "IVS Chat delivers inside AWS" },
    retention: { notOffered: "messages are kept by the destination, judged there" },
    destinations: [
        { what: "logs messages to", store: true, path: "destinationConfiguration.s3.bucketName", types: BUCKET_TYPES },
        {
            what: "logs messages to",
            store: true,
            path: "destinationConfiguration.cloudwatchLogs.logGroupName",
            types: ["aws:cloudwatch/logGroup:LogGroup"],
        },
        {
            what: "logs messages to",
            store: true,
            path: "destinationConfiguration.firehose.deliveryStreamName",
            types: ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
        },
    ],
});
