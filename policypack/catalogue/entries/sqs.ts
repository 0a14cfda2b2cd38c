/** SQS: queues and their policies. */
import type { QueueArgs } from "@pulumi/aws/sqs/queue";
import type { QueuePolicyArgs } from "@pulumi/aws/sqs/queuePolicy";
import { entry } from "../entry";

export const QUEUE_TYPES = ["aws:sqs/queue:Queue"];

export const sqsQueue = entry<QueueArgs>()({
    types: ["aws:sqs/queue:Queue"],
    holds: "messages",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "messages", key: "kmsMasterKeyId", keyAbsentMeans: "SSE-SQS (an SQS-owned key) or none" }],
    inTransit: {
        notOffered: "SQS's endpoints take HTTPS; a queue policy may deny aws:SecureTransport false, which the pack does not require",
    },
    exposure: [{ what: "its queue policy", policyDocument: "policy" }],
    retention: [{ what: "messages", period: "messageRetentionSeconds", unit: "seconds", absent: 345600 }],
    destinations: [
        { what: "moves failed messages to", store: true, path: "redrivePolicy", json: "deadLetterTargetArn", types: QUEUE_TYPES },
    ],
    dataEvents: { resourceType: "AWS::SQS::Queue", basicSelectors: false, service: "sqs", resource: (name) => name },
});

export const sqsQueuePolicy = entry<QueuePolicyArgs>()({
    types: ["aws:sqs/queuePolicy:QueuePolicy"],
    holds: "access to a queue",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "queueUrl", types: QUEUE_TYPES }],
    atRest: { notOffered: "a policy holds no messages" },
    inTransit: { notOffered: "a policy holds no messages" },
    exposure: [{ what: "its queue policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no messages" },
});
