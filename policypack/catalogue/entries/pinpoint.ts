/**
 * AWS End User Messaging (Pinpoint): projects, their channels and event streams; SMS and voice v2 numbers, pools,
 * opt-out lists, event destinations and resource policies.
 */
import type { AdmChannelArgs } from "@pulumi/aws/pinpoint/admChannel";
import type { ApnsChannelArgs } from "@pulumi/aws/pinpoint/apnsChannel";
import type { AppArgs } from "@pulumi/aws/pinpoint/app";
import type { BaiduChannelArgs } from "@pulumi/aws/pinpoint/baiduChannel";
import type { EmailChannelArgs } from "@pulumi/aws/pinpoint/emailChannel";
import type { EventStreamArgs } from "@pulumi/aws/pinpoint/eventStream";
import type { GcmChannelArgs } from "@pulumi/aws/pinpoint/gcmChannel";
import type { SmsChannelArgs } from "@pulumi/aws/pinpoint/smsChannel";
import type { Smsvoicev2EventDestinationArgs } from "@pulumi/aws/pinpoint/smsvoicev2EventDestination";
import type { Smsvoicev2OptOutListArgs } from "@pulumi/aws/pinpoint/smsvoicev2OptOutList";
import type { Smsvoicev2PhoneNumberArgs } from "@pulumi/aws/pinpoint/smsvoicev2PhoneNumber";
import type { Smsvoicev2PoolArgs } from "@pulumi/aws/pinpoint/smsvoicev2Pool";
import type { Smsvoicev2ResourcePolicyArgs } from "@pulumi/aws/pinpoint/smsvoicev2ResourcePolicy";
import { isUnknown } from "../../lib/values";
import { CustomCheck, entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { FUNCTION_TYPES } from "./lambda";
import { TOPIC_TYPES } from "./sns";
import { FIREHOSE_TYPES, PINPOINT_APP_TYPES, STREAM_TYPES, mustStayInStack } from "./streams-support";

const APP_SOURCE = [{ path: "applicationId" as const, types: PINPOINT_APP_TYPES }];
const NO_STORE = { notOffered: "a channel stores nothing; its project holds the endpoints" };
const SMS_TYPES = [
    "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber",
    "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool",
    "aws:pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList",
];

/** A channel of a PII project hands its messages (and recipients' addresses) to a service outside AWS. */
function sendsThrough(service: string): CustomCheck {
    return {
        summary: `a channel of a PII project sends nothing through ${service}`,
        custom: ({ store, report }) => {
            const enabled = store.res.props.enabled;
            if (!store.isPii || enabled === false) return;
            report(
                `sends messages of a project that holds personal data (${store.classifiedBy}) through ${service}${isUnknown(enabled) ? " (enabled is not known during preview)" : ""}, outside AWS: personal data may go only to the shipping provider's account`,
            );
        },
    };
}

function channel(service: string, holds: string) {
    return {
        holds,
        tagging: "carrier" as const,
        sources: APP_SOURCE,
        atRest: NO_STORE,
        inTransit: { notOffered: `End User Messaging reaches ${service} over TLS` },
        retention: NO_STORE,
        destinations: [sendsThrough(service)],
    };
}

export const pinpointApp = entry<AppArgs>()({
    types: ["aws:pinpoint/app:App"],
    holds: "endpoints (addresses, device tokens, phone numbers) and user attributes, segments and campaigns",
    tagging: "store",
    names: ["name"],
    atRest: { notOffered: "End User Messaging encrypts projects under a key AWS owns; a project takes no customer-managed key" },
    inTransit: { notOffered: "End User Messaging's endpoints accept HTTPS only" },
    retention: { notOffered: "endpoints and their attributes stay until the application deletes them" },
    destinations: [
        { what: "passes campaign segments to", store: true, path: "campaignHook.lambdaFunctionName", types: FUNCTION_TYPES },
        { what: "passes campaign segments to", endpoint: "campaignHook.webUrl" },
    ],
});

export const pinpointApnsChannel = entry<ApnsChannelArgs>()({
    types: [
        "aws:pinpoint/apnsChannel:ApnsChannel",
        "aws:pinpoint/apnsSandboxChannel:ApnsSandboxChannel",
        "aws:pinpoint/apnsVoipChannel:ApnsVoipChannel",
        "aws:pinpoint/apnsVoipSandboxChannel:ApnsVoipSandboxChannel",
    ],
    ...channel("Apple Push Notification service", "push messages of a project, sent through Apple"),
});

export const pinpointGcmChannel = entry<GcmChannelArgs>()({
    types: ["aws:pinpoint/gcmChannel:GcmChannel"],
    ...channel("Firebase Cloud Messaging (Google)", "push messages of a project, sent through Google"),
});

export const pinpointAdmChannel = entry<AdmChannelArgs>()({
    types: ["aws:pinpoint/admChannel:AdmChannel"],
    ...channel("Amazon Device Messaging", "push messages of a project, sent through Amazon Device Messaging"),
});

export const pinpointBaiduChannel = entry<BaiduChannelArgs>()({
    types: ["aws:pinpoint/baiduChannel:BaiduChannel"],
    ...channel("Baidu Cloud Push", "push messages of a project, sent through Baidu"),
});

export const pinpointEmailChannel = entry<EmailChannelArgs>()({
    types: ["aws:pinpoint/emailChannel:EmailChannel"],
    ...channel("e-mail to the recipients' mail servers", "e-mail of a project, sent through SES"),
});

export const pinpointSmsChannel = entry<SmsChannelArgs>()({
    types: ["aws:pinpoint/smsChannel:SmsChannel"],
    ...channel("SMS over telephone carriers", "text messages of a project, sent over telephone carriers"),
});

export const pinpointEventStream = entry<EventStreamArgs>()({
    types: ["aws:pinpoint/eventStream:EventStream"],
    holds: "every event of a project (with endpoint addresses and attributes)",
    tagging: "carrier",
    sources: APP_SOURCE,
    atRest: { notOffered: "an event stream stores nothing; its Kinesis or Firehose stream is judged as a copy" },
    inTransit: { notOffered: "published inside AWS over TLS" },
    retention: { notOffered: "an event stream stores nothing" },
    destinations: [
        {
            what: "publishes the project's events to",
            store: true,
            path: "destinationStreamArn",
            types: [...STREAM_TYPES, ...FIREHOSE_TYPES],
        },
    ],
});

const SMS_EVENTS = "SMS and voice events name the destination phone numbers";

export const pinpointSmsvoicev2EventDestination = entry<Smsvoicev2EventDestinationArgs>()({
    types: ["aws:pinpoint/smsvoicev2EventDestination:Smsvoicev2EventDestination"],
    holds: "SMS and voice events (destination phone numbers, message status)",
    tagging: "carrier",
    names: ["eventDestinationName"],
    atRest: { notOffered: "an event destination stores nothing; its log group, stream or topic is judged as a copy" },
    inTransit: { notOffered: "published inside AWS over TLS" },
    retention: { notOffered: "an event destination stores nothing" },
    destinations: [
        { what: "publishes SMS events to", store: true, path: "cloudwatchLogsDestination.logGroupArn", types: LOG_GROUP_TYPES },
        { what: "publishes SMS events to", store: true, path: "kinesisFirehoseDestination.deliveryStreamArn", types: FIREHOSE_TYPES },
        { what: "publishes SMS events to", store: true, path: "snsDestination.topicArn", types: TOPIC_TYPES },
        mustStayInStack("publishes SMS events to", { path: "cloudwatchLogsDestination.logGroupArn", types: LOG_GROUP_TYPES }, SMS_EVENTS),
        mustStayInStack(
            "publishes SMS events to",
            { path: "kinesisFirehoseDestination.deliveryStreamArn", types: FIREHOSE_TYPES },
            SMS_EVENTS,
        ),
        mustStayInStack("publishes SMS events to", { path: "snsDestination.topicArn", types: TOPIC_TYPES }, SMS_EVENTS),
    ],
    notes: "Its configuration set carries no data and cannot classify it: its events are judged as personal data.",
});

export const pinpointSmsvoicev2OptOutList = entry<Smsvoicev2OptOutListArgs>()({
    types: ["aws:pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList"],
    holds: "phone numbers of customers who opted out of messages",
    tagging: "store",
    names: ["name"],
    atRest: { notOffered: "End User Messaging keeps opt-out lists under a key AWS owns" },
    inTransit: { notOffered: "End User Messaging's endpoints accept HTTPS only" },
    retention: { notOffered: "a number stays on the list until removed (an opt-out is honoured for as long as it is kept)" },
});

const TWO_WAY = "inbound messages from customers";

export const pinpointSmsvoicev2PhoneNumber = entry<Smsvoicev2PhoneNumberArgs>()({
    types: ["aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber"],
    holds: "messages sent from the number and, with two-way messaging, customers' replies",
    tagging: "carrier",
    atRest: { notOffered: "a phone number stores no messages" },
    inTransit: { notOffered: "SMS and voice travel over telephone carriers, which offer no TLS" },
    retention: { notOffered: "a phone number stores no messages" },
    destinations: [{ what: `routes ${TWO_WAY} to`, store: true, path: "twoWayChannelArn", types: "any" }],
});

export const pinpointSmsvoicev2Pool = entry<Smsvoicev2PoolArgs>()({
    types: ["aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool"],
    holds: "messages sent from the pool's numbers and, with two-way messaging, customers' replies",
    tagging: "carrier",
    atRest: { notOffered: "a pool stores no messages" },
    inTransit: { notOffered: "SMS and voice travel over telephone carriers, which offer no TLS" },
    retention: { notOffered: "a pool stores no messages" },
    destinations: [{ what: `routes ${TWO_WAY} to`, store: true, path: "twoWayChannelArn", types: "any" }],
});

export const pinpointSmsvoicev2ResourcePolicy = entry<Smsvoicev2ResourcePolicyArgs>()({
    types: ["aws:pinpoint/smsvoicev2ResourcePolicy:Smsvoicev2ResourcePolicy"],
    holds: "other accounts' use of a phone number, pool, opt-out list or sender ID",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: SMS_TYPES }],
    atRest: { notOffered: "a policy stores nothing" },
    inTransit: { notOffered: "a policy stores nothing" },
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy stores nothing" },
});
