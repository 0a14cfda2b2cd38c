/** Bedrock model invocation: the region-wide invocation log (every prompt and response) and batch inference jobs. */
import type { InvocationJobArgs } from "@pulumi/aws/bedrockmodel/invocationJob";
import type { InvocationLoggingConfigurationArgs } from "@pulumi/aws/bedrockmodel/invocationLoggingConfiguration";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { resolveReference } from "../../lib/stores";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { crossRegionInference } from "./bedrock";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { S3_URI } from "./glue";

const LOG_DESTINATIONS = [
    { path: "loggingConfig.cloudwatchConfig.logGroupName", types: LOG_GROUP_TYPES },
    { path: "loggingConfig.cloudwatchConfig.largeDataDeliveryS3Config.bucketName", types: BUCKET_TYPES },
    { path: "loggingConfig.s3Config.bucketName", types: BUCKET_TYPES },
];

/** The log carries every prompt, so (untaggable as it is) its destinations must be stores of this stack, whatever its classification. */
function checkLogDestinations({ index, store, report }: StoreContext): void {
    for (const destination of LOG_DESTINATIONS) {
        const resolved = resolveReference(index, store.res, destination);
        if (resolved.unknown) report(`${destination.path} is not known during preview, so where every prompt is logged cannot be verified`);
        for (const target of resolved.outside)
            report(
                `logs every prompt and response to ${target} (${destination.path}), which is not a resource of this stack, so its encryption and retention cannot be verified`,
            );
    }
}

export const bedrockmodelInvocationLoggingConfiguration = entry<InvocationLoggingConfigurationArgs>()({
    types: ["aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration"],
    holds: "every model invocation of the region: full prompts and responses (text, images, embeddings, video)",
    tagging: "carrier",
    atRest: { notOffered: "the logs are encrypted by the log group and buckets they go to, judged there" },
    inTransit: { notOffered: "Bedrock delivers logs inside AWS over TLS" },
    retention: { notOffered: "the log group's retention and the buckets' lifecycles keep the logs, judged there" },
    destinations: [
        { custom: checkLogDestinations, summary: "every destination is a log group or bucket of this stack" },
        {
            what: "logs every prompt and response to",
            store: true,
            path: "loggingConfig.cloudwatchConfig.logGroupName",
            types: LOG_GROUP_TYPES,
        },
        {
            what: "logs large prompts and responses to",
            store: true,
            path: "loggingConfig.cloudwatchConfig.largeDataDeliveryS3Config.bucketName",
            types: BUCKET_TYPES,
        },
        { what: "logs every prompt and response to", store: true, path: "loggingConfig.s3Config.bucketName", types: BUCKET_TYPES },
    ],
    notes: "Untaggable: what it logs is judged as pii, so its log group and buckets must meet the PII controls (retention within 3 days).",
});

export const bedrockmodelInvocationJob = entry<InvocationJobArgs>()({
    types: ["aws:bedrockmodel/invocationJob:InvocationJob"],
    holds: "prompt records it reads and the model outputs it writes",
    tagging: "carrier",
    names: ["jobName"],
    sources: [{ path: "inputDataConfig.s3InputDataConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI }],
    atRest: [
        {
            what: "its outputs",
            key: "outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId",
            keyAbsentMeans: "the bucket's default encryption",
        },
    ],
    inTransit: { notOffered: "Bedrock's endpoints accept HTTPS only" },
    exposure: [{ what: "the job", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } }],
    retention: { notOffered: "outputs live in the output bucket, judged there" },
    destinations: [
        {
            what: "writes model outputs to",
            store: true,
            path: "outputDataConfig.s3OutputDataConfig.s3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        { what: "writes model outputs to a bucket of", account: "outputDataConfig.s3OutputDataConfig.s3BucketOwner" },
        { what: "reads prompts from a bucket of", account: "inputDataConfig.s3InputDataConfig.s3BucketOwner" },
        crossRegionInference("modelId"),
    ],
});
