/** SQS beyond the queue and its policy: dead-letter redrive as a side resource. */
import type { RedrivePolicyArgs } from "@pulumi/aws/sqs/redrivePolicy";
import { entry } from "../entry";

const QUEUE_TYPES = ["aws:sqs/queue:Queue"];

export const sqsRedrivePolicy = entry<RedrivePolicyArgs>()({
    types: ["aws:sqs/redrivePolicy:RedrivePolicy"],
    holds: "the dead-letter queue a queue moves failed messages to",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "queueUrl", types: QUEUE_TYPES }],
    atRest: { notOffered: "a redrive policy holds no messages; its dead-letter queue is judged as a copy" },
    inTransit: { notOffered: "a redrive policy holds no messages" },
    retention: { notOffered: "failed messages live in the dead-letter queue, judged through its messageRetentionSeconds" },
    destinations: [
        { what: "moves failed messages to", store: true, path: "redrivePolicy", json: "deadLetterTargetArn", types: QUEUE_TYPES },
    ],
});
