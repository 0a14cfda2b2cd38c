/** SNS: topics, their policies and subscriptions. */
import type { TopicArgs } from "@pulumi/aws/sns/topic";
import type { TopicPolicyArgs } from "@pulumi/aws/sns/topicPolicy";
import type { TopicSubscriptionArgs } from "@pulumi/aws/sns/topicSubscription";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

/** A FIFO topic's archive policy keeps every message for MessageRetentionPeriod days, for replay. */
function checkArchive({ store, retentionLimitDays: limit, report }: StoreContext): void {
    const policy = store.res.props.archivePolicy;
    if (limit === undefined || policy === undefined || policy === "") return;
    if (isUnknown(policy)) {
        report("archivePolicy is not known during preview");
        return;
    }
    let days: unknown;
    try {
        days = (typeof policy === "string" ? JSON.parse(policy) : policy)?.MessageRetentionPeriod;
    } catch {
        report(`archivePolicy is not valid JSON: ${JSON.stringify(policy)}`);
        return;
    }
    if (Number(days) > limit)
        report(`archives messages for ${days} days (archivePolicy), more than the ${limit}-day retention of personal data`);
}

export const TOPIC_TYPES = ["aws:sns/topic:Topic"];

export const snsTopic = entry<TopicArgs>()({
    types: ["aws:sns/topic:Topic"],
    holds: "messages in flight (and, for FIFO topics with an archive policy, archived messages)",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "messages", key: "kmsMasterKeyId", keyAbsentMeans: "no encryption at rest" }],
    inTransit: { notOffered: "SNS's endpoints take HTTPS; deliveries are judged on each subscription" },
    exposure: [{ what: "its topic policy", policyDocument: "policy" }],
    retention: [{ custom: checkArchive, summary: "a FIFO topic's archive policy keeps messages within the retention" }],
    dataEvents: { resourceType: "AWS::SNS::Topic", basicSelectors: false, service: "sns", resource: (name) => name },
    notes: "A standard topic keeps messages only while it retries delivery; a FIFO topic's archivePolicy (MessageRetentionPeriod, days) keeps them for replay.",
});

export const snsTopicPolicy = entry<TopicPolicyArgs>()({
    types: ["aws:sns/topicPolicy:TopicPolicy"],
    holds: "access to a topic",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "arn", types: TOPIC_TYPES }],
    atRest: { notOffered: "a policy holds no messages" },
    inTransit: { notOffered: "a policy holds no messages" },
    exposure: [{ what: "its topic policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no messages" },
});

/** The protocols SNS offers (Subscribe's `Protocol`); a subscription with any other cannot be told where it delivers. */
export const SNS_PROTOCOLS = ["http", "https", "email", "email-json", "sms", "sqs", "application", "lambda", "firehose"];

function checkProtocol({ store, report }: StoreContext): void {
    const protocol = store.res.props.protocol;
    if (isUnknown(protocol)) report("its protocol is not known during preview, so where it delivers cannot be verified");
    else if (typeof protocol !== "string" || !SNS_PROTOCOLS.includes(protocol))
        report(
            `its protocol ${JSON.stringify(protocol ?? null)} is not one SNS offers (${SNS_PROTOCOLS.join(", ")}), so where it delivers cannot be verified`,
        );
}

export const snsTopicSubscription = entry<TopicSubscriptionArgs>()({
    types: ["aws:sns/topicSubscription:TopicSubscription"],
    holds: "deliveries of a topic's messages",
    tagging: "copy",
    sources: [{ path: "topic", types: TOPIC_TYPES }],
    atRest: { notOffered: "a subscription stores nothing; undelivered messages go to its redrive queue" },
    inTransit: [
        {
            what: "the delivery",
            setting: {
                path: "protocol",
                on: ["https", "email-json", "email", "sqs", "lambda", "firehose", "application", "sms"],
                absent: false,
            },
        },
    ],
    retention: { notOffered: "a subscription stores nothing" },
    destinations: [
        { custom: checkProtocol, summary: "a protocol SNS offers, known during preview" },
        { what: "delivers to the mobile push endpoint of", account: "endpoint", when: { path: "protocol", on: ["application"] } },
        {
            what: "sends personal data to",
            endpoint: "endpoint",
            when: { path: "protocol", on: ["http", "https", "email", "email-json", "sms", "application"] },
        },
        {
            what: "delivers to",
            store: true,
            path: "endpoint",
            types: ["aws:sqs/queue:Queue", "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
            when: { path: "protocol", on: ["sqs", "firehose"] },
        },
        {
            what: "delivers to the function",
            store: true,
            path: "endpoint",
            types: ["aws:lambda/function:Function"],
            when: { path: "protocol", on: ["lambda"] },
        },
        {
            what: "moves undelivered messages to",
            store: true,
            path: "redrivePolicy",
            json: "deadLetterTargetArn",
            types: ["aws:sqs/queue:Queue"],
        },
    ],
});
