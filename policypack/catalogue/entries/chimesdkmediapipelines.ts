/** Chime SDK media pipelines: call analytics configurations (transcripts, recordings and insights of calls). */
import type { MediaInsightsPipelineConfigurationArgs } from "@pulumi/aws/chimesdkmediapipelines/mediaInsightsPipelineConfiguration";
import { entry } from "../entry";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";
import { TOPIC_TYPES } from "./sns";
import { QUEUE_TYPES } from "./sqs";
import { S3_LOCATION, STREAM_TYPES, keyWhenSet } from "./streams-support";

const ELEMENTS = "elements";
const TRANSCRIBE = `${ELEMENTS}.amazonTranscribeCallAnalyticsProcessorConfiguration.postCallAnalyticsSettings`;

export const chimesdkmediapipelinesMediaInsightsPipelineConfiguration = entry<MediaInsightsPipelineConfigurationArgs>()({
    types: ["aws:chimesdkmediapipelines/mediaInsightsPipelineConfiguration:MediaInsightsPipelineConfiguration"],
    holds: "call transcripts, recordings and analytics of calls, sent to its sinks",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        keyWhenSet(
            "post-call analytics output",
            `${TRANSCRIBE}.outputEncryptionKmsKeyId`,
            "the bucket's default encryption, judged on the bucket",
        ),
    ],
    inTransit: { notOffered: "media pipelines deliver inside AWS over TLS" },
    retention: { notOffered: "a configuration stores nothing; its sinks are judged as copies" },
    destinations: [
        {
            what: "sends call insights to",
            store: true,
            path: `${ELEMENTS}.kinesisDataStreamSinkConfiguration.insightsTarget`,
            types: STREAM_TYPES,
        },
        {
            what: "sends call insights to",
            store: true,
            path: `${ELEMENTS}.lambdaFunctionSinkConfiguration.insightsTarget`,
            types: FUNCTION_TYPES,
        },
        { what: "sends call insights to", store: true, path: `${ELEMENTS}.snsTopicSinkConfiguration.insightsTarget`, types: TOPIC_TYPES },
        { what: "sends call insights to", store: true, path: `${ELEMENTS}.sqsQueueSinkConfiguration.insightsTarget`, types: QUEUE_TYPES },
        {
            what: "records calls to",
            store: true,
            path: `${ELEMENTS}.s3RecordingSinkConfiguration.destination`,
            types: BUCKET_TYPES,
            pattern: S3_LOCATION,
        },
        {
            what: "writes post-call analytics to",
            store: true,
            path: `${TRANSCRIBE}.outputLocation`,
            types: BUCKET_TYPES,
            pattern: S3_LOCATION,
        },
    ],
    notes: "Has the classification of the voice connectors that stream to it (judged as personal data when none is classified). Transcribe's content redaction (contentRedactionType) removes personal data from utterance events.",
});
