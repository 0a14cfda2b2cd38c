import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const APP = "aws:pinpoint/app:App";
const NUMBER_ARN = `arn:aws:sms-voice:eu-west-1:${ACCOUNT}:phone-number/phone-1`;
const CONFIDENTIAL = { "data-classification": "confidential", "retention-days": "30", owner: "marketing" };
const numberPolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "sms-voice:SendTextMessage", Resource: NUMBER_ARN }],
    });

const pinpoint = (): ResourceSpec[] =>
    fixtureWith(
        [
            { type: APP, name: "customers", props: { name: "customers", tags: PII_TAGS } },
            {
                type: "aws:kinesis/stream:Stream",
                name: "engagement",
                props: { name: "engagement", encryptionType: "KMS", kmsKeyId: KEY_ARN, tags: PII_TAGS },
            },
            {
                type: "aws:pinpoint/eventStream:EventStream",
                name: "customers-events",
                props: {
                    applicationId: "app-1",
                    destinationStreamArn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/engagement`,
                    roleArn: `arn:aws:iam::${ACCOUNT}:role/pinpoint`,
                },
                propertyDependencies: { applicationId: ["customers"], destinationStreamArn: ["engagement"] },
            },
            { type: APP, name: "ops-alerts", props: { name: "ops-alerts", tags: CONFIDENTIAL } },
            {
                type: "aws:pinpoint/apnsChannel:ApnsChannel",
                name: "ops-push",
                props: { applicationId: "app-2", bundleId: "com.example.ops", teamId: "T1", tokenKey: "k", tokenKeyId: "kid" },
                propertyDependencies: { applicationId: ["ops-alerts"] },
            },
            {
                type: "aws:pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList",
                name: "opt-outs",
                props: { name: "opt-outs", tags: PII_TAGS },
            },
            {
                type: "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber",
                name: "phone-1",
                props: {
                    isoCountryCode: "GB",
                    messageType: "TRANSACTIONAL",
                    numberCapabilities: ["SMS"],
                    numberType: "LONG_CODE",
                    optOutListName: "opt-outs",
                    tags: CONFIDENTIAL,
                },
            },
            {
                type: "aws:pinpoint/smsvoicev2ResourcePolicy:Smsvoicev2ResourcePolicy",
                name: "phone-1-policy",
                props: { resourceArn: NUMBER_ARN, policy: numberPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
                propertyDependencies: { resourceArn: ["phone-1"] },
            },
            { type: "aws:sns/topic:Topic", name: "sms-events", props: { name: "sms-events", kmsMasterKeyId: KEY_ARN, tags: PII_TAGS } },
            {
                type: "aws:pinpoint/smsvoicev2EventDestination:Smsvoicev2EventDestination",
                name: "sms-delivery",
                props: {
                    configurationSetName: "sms",
                    eventDestinationName: "sms-delivery",
                    matchingEventTypes: ["ALL"],
                    snsDestination: { topicArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:sms-events` },
                },
                propertyDependencies: { snsDestination: ["sms-events"] },
            },
        ],
        ["AWS::Kinesis::Stream", "AWS::SNS::Topic"],
    );

describe("catalogue: End User Messaging (Pinpoint)", () => {
    describeEntry(
        "pinpoint projects, channels, event streams, SMS v2",
        pinpoint,
        [
            {
                title: "project unclassified",
                change: props("customers", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [APP, "customers"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "campaign hook to a web URL",
                change: props("customers", (p) => {
                    p.campaignHook = { webUrl: "https://segments.example.com/hook", mode: "FILTER" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [APP, "customers"],
                message: /passes campaign segments to "https:\/\/segments.example.com\/hook", outside AWS/,
            },
            {
                title: "push channel of a PII project",
                change: add({
                    type: "aws:pinpoint/gcmChannel:GcmChannel",
                    name: "customers-push",
                    props: { applicationId: "app-1", serviceJson: "{}", defaultAuthenticationMethod: "TOKEN" },
                    propertyDependencies: { applicationId: ["customers"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:pinpoint/gcmChannel:GcmChannel", "customers-push"],
                message: /sends messages of a project that holds personal data .* through Firebase Cloud Messaging \(Google\), outside AWS/,
            },
            {
                title: "SMS channel of a PII project",
                change: add({
                    type: "aws:pinpoint/smsChannel:SmsChannel",
                    name: "customers-sms",
                    props: { applicationId: "app-1" },
                    propertyDependencies: { applicationId: ["customers"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:pinpoint/smsChannel:SmsChannel", "customers-sms"],
                message: /through SMS over telephone carriers/,
            },
            {
                title: "project events into another account's stream",
                change: (stack) => {
                    const e = stack.find((s) => s.name === "customers-events")!;
                    e.props.destinationStreamArn = `arn:aws:firehose:eu-west-1:${OUTSIDE_ACCOUNT}:deliverystream/theirs`;
                    e.propertyDependencies = { applicationId: ["customers"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:pinpoint/eventStream:EventStream", "customers-events"],
                message: /in account 999988887777, outside this stack/,
            },
            {
                title: "SMS events (phone numbers) into the confidential incident topic",
                change: (stack) => {
                    const e = stack.find((s) => s.name === "sms-delivery")!;
                    e.props.snsDestination.topicArn = `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`;
                    e.propertyDependencies = { snsDestination: ["incidents"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /is classified confidential but holds pii data as a copy of sms-delivery/,
            },
            {
                title: "SMS events to a log group outside the stack",
                change: (stack) => {
                    const e = stack.find((s) => s.name === "sms-delivery")!;
                    delete e.props.snsDestination;
                    e.props.cloudwatchLogsDestination = {
                        logGroupArn: `arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:log-group:sms`,
                        iamRoleArn: "r",
                    };
                    e.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:pinpoint/smsvoicev2EventDestination:Smsvoicev2EventDestination", "sms-delivery"],
                message: /publishes SMS events to arn:aws:logs:eu-west-1:999988887777:log-group:sms, in account 999988887777/,
            },
            {
                title: "phone number shared with everyone",
                change: props("phone-1-policy", (p) => {
                    p.policy = numberPolicy({ AWS: "*" });
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber", "phone-1"],
                message: /its resource policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "phone number shared with another account",
                change: props("phone-1-policy", (p) => {
                    p.policy = numberPolicy({ AWS: OUTSIDE_ACCOUNT });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber", "phone-1"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "replies routed to a topic outside the stack",
                change: props("phone-1", (p) => {
                    p.tags = PII_TAGS;
                    p.twoWayChannelEnabled = true;
                    p.twoWayChannelArn = `arn:aws:sns:eu-west-1:${OUTSIDE_ACCOUNT}:replies`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber", "phone-1"],
                message: /routes inbound messages from customers to arn:aws:sns:eu-west-1:999988887777:replies, in account 999988887777/,
            },
            {
                title: "opt-out list unclassified",
                change: props("opt-outs", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList", "opt-outs"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "a disabled push channel of a PII project",
                change: add({
                    type: "aws:pinpoint/gcmChannel:GcmChannel",
                    name: "customers-push",
                    props: { applicationId: "app-1", serviceJson: "{}", enabled: false },
                    propertyDependencies: { applicationId: ["customers"] },
                }),
            },
        ],
    );
});
