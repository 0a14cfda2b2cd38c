/** SES (v1): receipt rules (where received e-mail goes), configuration sets, event destinations and identity notifications. */
import type { ConfigurationSetArgs } from "@pulumi/aws/ses/configurationSet";
import type { EventDestinationArgs } from "@pulumi/aws/ses/eventDestination";
import type { IdentityNotificationTopicArgs } from "@pulumi/aws/ses/identityNotificationTopic";
import type { ReceiptRuleArgs } from "@pulumi/aws/ses/receiptRule";
import { entry } from "../entry";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";
import { TOPIC_TYPES } from "./sns";
import { FIREHOSE_TYPES, SES_CONFIGURATION_SET_TYPES, keyWhenSet, mustStayInStack } from "./streams-support";

const MAIL = "received e-mail is customer data";
const EVENTS = "e-mail events name their recipients";

export const sesReceiptRule = entry<ReceiptRuleArgs>()({
    types: ["aws:ses/receiptRule:ReceiptRule"],
    holds: "received e-mail (from customers), stored in S3 or passed to SNS, Lambda or WorkMail",
    tagging: "carrier",
    names: ["name"],
    atRest: [keyWhenSet("received e-mail", "s3Actions.kmsKeyArn", "the bucket's default encryption, judged on the bucket")],
    inTransit: [
        {
            what: "receiving e-mail",
            setting: { path: "tlsPolicy", on: ["Require"], absent: false, absentMeans: "Optional: mail is accepted without TLS" },
        },
    ],
    retention: { notOffered: "a rule stores nothing; the bucket, topic or function it writes to is judged as a copy" },
    destinations: [
        { what: "stores received e-mail in", store: true, path: "s3Actions.bucketName", types: BUCKET_TYPES },
        { what: "publishes received e-mail to", store: true, path: "snsActions.topicArn", types: TOPIC_TYPES },
        { what: "passes received e-mail to", store: true, path: "lambdaActions.functionArn", types: FUNCTION_TYPES },
        { what: "delivers received e-mail to", store: true, path: "workmailActions.organizationArn", types: "any" },
        { what: "notifies (with senders, recipients and subject)", store: true, path: "s3Actions.topicArn", types: TOPIC_TYPES },
        { what: "notifies (with senders, recipients and subject)", store: true, path: "lambdaActions.topicArn", types: TOPIC_TYPES },
        mustStayInStack("stores received e-mail in", { path: "s3Actions.bucketName", types: BUCKET_TYPES }, MAIL),
        mustStayInStack("publishes received e-mail to", { path: "snsActions.topicArn", types: TOPIC_TYPES }, MAIL),
        mustStayInStack("passes received e-mail to", { path: "lambdaActions.functionArn", types: FUNCTION_TYPES }, MAIL),
    ],
    notes: "A receipt rule cannot carry tags: what it receives is judged as personal data, so its bucket, topic and function hold personal data and must be stores of this stack.",
});

export const sesConfigurationSet = entry<ConfigurationSetArgs>()({
    types: ["aws:ses/configurationSet:ConfigurationSet"],
    holds: "settings of outgoing e-mail (TLS, tracking); its event destinations receive e-mail events",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a configuration set stores no e-mail" },
    inTransit: [
        {
            what: "delivering e-mail",
            setting: {
                path: "deliveryOptions.tlsPolicy",
                on: ["Require"],
                absent: false,
                absentMeans: "Optional: delivered without TLS when the receiver does not offer it",
            },
        },
    ],
    retention: { notOffered: "a configuration set stores no e-mail" },
});

export const sesEventDestination = entry<EventDestinationArgs>()({
    types: ["aws:ses/eventDestination:EventDestination"],
    holds: "e-mail events (recipients, headers, opens and clicks), published to Firehose or SNS",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "configurationSetName", types: SES_CONFIGURATION_SET_TYPES }],
    atRest: { notOffered: "an event destination stores nothing; its stream or topic is judged as a copy" },
    inTransit: { notOffered: "published inside AWS over TLS" },
    retention: { notOffered: "an event destination stores nothing" },
    destinations: [
        { what: "publishes e-mail events to", store: true, path: "kinesisDestination.streamArn", types: FIREHOSE_TYPES },
        { what: "publishes e-mail events to", store: true, path: "snsDestination.topicArn", types: TOPIC_TYPES },
        mustStayInStack("publishes e-mail events to", { path: "kinesisDestination.streamArn", types: FIREHOSE_TYPES }, EVENTS),
        mustStayInStack("publishes e-mail events to", { path: "snsDestination.topicArn", types: TOPIC_TYPES }, EVENTS),
    ],
    notes: "CloudWatch destinations turn message tags or headers into metric dimensions (kept 15 months): they must not carry personal data.",
});

export const sesIdentityNotificationTopic = entry<IdentityNotificationTopicArgs>()({
    types: ["aws:ses/identityNotificationTopic:IdentityNotificationTopic"],
    holds: "bounce, complaint and delivery notifications of an identity (recipient addresses, optionally the original headers)",
    tagging: "carrier",
    atRest: { notOffered: "a notification setting stores nothing; its topic is judged as a copy" },
    inTransit: { notOffered: "published inside AWS over TLS" },
    retention: { notOffered: "a notification setting stores nothing" },
    destinations: [
        { what: "publishes notifications to", store: true, path: "topicArn", types: TOPIC_TYPES },
        mustStayInStack("publishes notifications to", { path: "topicArn", types: TOPIC_TYPES }, EVENTS),
    ],
});
