import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const RULE = "aws:ses/receiptRule:ReceiptRule";
const EVENTS = "aws:ses/eventDestination:EventDestination";
const TOPIC_ARN = `arn:aws:sns:eu-west-1:${ACCOUNT}:mail-events`;

const ses = (): ResourceSpec[] =>
    fixtureWith(
        [
            { type: "aws:sns/topic:Topic", name: "mail-events", props: { name: "mail-events", kmsMasterKeyId: KEY_ARN, tags: PII_TAGS } },
            {
                type: RULE,
                name: "inbound",
                props: {
                    name: "inbound",
                    ruleSetName: "main",
                    enabled: true,
                    tlsPolicy: "Require",
                    scanEnabled: true,
                    s3Actions: [{ bucketName: "labels-abc", position: 1, kmsKeyArn: KEY_ARN }],
                },
                propertyDependencies: { s3Actions: ["labels", "data-key"] },
            },
            {
                type: "aws:ses/configurationSet:ConfigurationSet",
                name: "outbound",
                props: { name: "outbound", deliveryOptions: { tlsPolicy: "Require" } },
            },
            {
                type: EVENTS,
                name: "outbound-events",
                props: {
                    name: "outbound-events",
                    configurationSetName: "outbound",
                    enabled: true,
                    matchingTypes: ["bounce", "delivery"],
                    snsDestination: { topicArn: TOPIC_ARN },
                },
                propertyDependencies: { configurationSetName: ["outbound"], snsDestination: ["mail-events"] },
            },
            {
                type: "aws:ses/identityNotificationTopic:IdentityNotificationTopic",
                name: "bounces",
                props: { identity: "example.com", notificationType: "Bounce", topicArn: TOPIC_ARN },
                propertyDependencies: { topicArn: ["mail-events"] },
            },
        ],
        ["AWS::SNS::Topic"],
    );

describe("catalogue: SES", () => {
    describeEntry(
        "ses receipt rules, configuration sets, event destinations, identity notifications",
        ses,
        [
            {
                title: "mail accepted without TLS (AWS default Optional)",
                change: props("inbound", (p) => {
                    delete p.tlsPolicy;
                }),
                policy: datastoreTransitRequireTls,
                at: [RULE, "inbound"],
                message: /receiving e-mail does not require TLS: tlsPolicy is not set \(Optional: mail is accepted without TLS\)/,
            },
            {
                title: "mail encrypted under the AWS-managed SES key",
                change: props("inbound", (p) => {
                    p.s3Actions[0].kmsKeyArn = `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/aws/ses`;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RULE, "inbound"],
                message: /received e-mail: s3Actions.kmsKeyArn names the AWS-managed key/,
            },
            {
                title: "mail stored in a bucket outside the stack",
                change: (stack) => {
                    const r = stack.find((s) => s.name === "inbound")!;
                    r.props.s3Actions[0].bucketName = "mail-drop";
                    r.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [RULE, "inbound"],
                message: /stores received e-mail in mail-drop, which is not a resource of this stack/,
            },
            {
                title: "mail stored in the confidential log bucket",
                change: (stack) => {
                    const r = stack.find((s) => s.name === "inbound")!;
                    r.props.s3Actions[0].bucketName = "logs-abc";
                    r.propertyDependencies = { s3Actions: ["logs"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data as a copy of inbound/,
            },
            {
                title: "mail passed to a function of another account",
                change: props("inbound", (p) => {
                    p.lambdaActions = [{ functionArn: `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:parse`, position: 2 }];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [RULE, "inbound"],
                message: /passes received e-mail to arn:aws:lambda:eu-west-1:999988887777:function:parse, in account 999988887777/,
            },
            {
                title: "delivery without TLS",
                change: props("outbound", (p) => {
                    delete p.deliveryOptions;
                }),
                policy: datastoreTransitRequireTls,
                at: ["aws:ses/configurationSet:ConfigurationSet", "outbound"],
                message: /delivering e-mail does not require TLS: deliveryOptions.tlsPolicy is not set/,
            },
            {
                title: "e-mail events to a topic outside the stack",
                change: (stack) => {
                    const e = stack.find((s) => s.name === "outbound-events")!;
                    e.props.snsDestination.topicArn = `arn:aws:sns:eu-west-1:${OUTSIDE_ACCOUNT}:elsewhere`;
                    e.propertyDependencies = { configurationSetName: ["outbound"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [EVENTS, "outbound-events"],
                message:
                    /publishes e-mail events to arn:aws:sns:eu-west-1:999988887777:elsewhere, in account 999988887777, outside this stack/,
            },
            {
                title: "bounce notifications into the confidential incident topic",
                change: (stack) => {
                    const n = stack.find((s) => s.name === "bounces")!;
                    n.props.topicArn = `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`;
                    n.propertyDependencies = { topicArn: ["incidents"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /is classified confidential but holds pii data as a copy of bounces/,
            },
        ],
        [
            {
                title: "mail encrypted by the bucket's default encryption",
                change: props("inbound", (p) => {
                    delete p.s3Actions[0].kmsKeyArn;
                }),
            },
        ],
    );
});
