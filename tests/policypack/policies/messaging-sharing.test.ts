import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { ACCOUNT, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const publish = (principal: object, condition?: object) =>
    identityPolicy([
        {
            Effect: "Allow",
            Principal: principal,
            Action: "sns:Publish",
            Resource: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`,
            ...(condition ? { Condition: condition } : {}),
        },
    ]);
const topicPolicy = (policy: string): ResourceSpec => ({
    type: "aws:sns/topicPolicy:TopicPolicy",
    name: "incidents-policy",
    props: { arn: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`, policy },
    propertyDependencies: { arn: ["incidents"] },
});
const queuePolicy = (policy: string): ResourceSpec => ({
    type: "aws:sqs/queuePolicy:QueuePolicy",
    name: "label-jobs-policy",
    props: { queueUrl: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-jobs`, policy },
});

describe("policies: topic and queue sharing", () => {
    describePolicy(datastoreAccessBlockPublic, [
        {
            title: "an inline topic policy open to everyone",
            stack: () =>
                compliantStack().map((s) => (s.name === "incidents" ? { ...s, props: { ...s.props, policy: publish({ AWS: "*" }) } } : s)),
            at: ["aws:sns/topic:Topic", "incidents"],
            message: /its topic policy: a statement allows Principal "\*" with no condition/,
        },
        {
            title: "a TopicPolicy open to everyone",
            stack: () => [...compliantStack(), topicPolicy(publish("*" as never))],
            at: ["aws:sns/topic:Topic", "incidents"],
            message: /its topic policy: a statement allows Principal "\*" with no condition/,
        },
        {
            title: "a TopicPolicy open to everyone on a topic outside the stack",
            stack: () => [
                ...compliantStack(),
                {
                    ...topicPolicy(publish({ AWS: "*" })),
                    propertyDependencies: {},
                    props: { arn: "arn:aws:sns:eu-west-1:111122223333:elsewhere", policy: publish({ AWS: "*" }) },
                },
            ],
            at: ["aws:sns/topicPolicy:TopicPolicy", "incidents-policy"],
            message: /its topic policy: a statement allows Principal "\*"/,
        },
    ]);

    describePolicy(
        datastoreSharingRestrictDestinations,
        [
            {
                title: "a TopicPolicy letting in another account",
                stack: () => [...compliantStack(), topicPolicy(publish({ AWS: "arn:aws:iam::999988887777:root" }))],
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /its topic policy: a statement allows arn:aws:iam::999988887777:root of account 999988887777/,
            },
            {
                title: "an unparsable topic policy",
                stack: () => [...compliantStack(), topicPolicy("[]")],
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /topic policy cannot be parsed: not a JSON object/,
            },
        ],
        [
            {
                title: "CloudWatch of this account publishing",
                stack: () => [
                    ...compliantStack(),
                    topicPolicy(publish({ Service: "cloudwatch.amazonaws.com" }, { StringEquals: { "aws:SourceAccount": ACCOUNT } })),
                ],
            },
        ],
    );

    describePolicy(datastoreSharingRestrictDestinations, [
        {
            title: "a QueuePolicy (joined by queue URL) letting in another account",
            stack: () => [
                ...compliantStack().map((s) => (s.name === "label-jobs" ? { ...s, props: { ...s.props, name: "label-jobs" } } : s)),
                queuePolicy(
                    identityPolicy([{ Effect: "Allow", Principal: { AWS: "999988887777" }, Action: "sqs:ReceiveMessage", Resource: "*" }]),
                ),
            ],
            at: ["aws:sqs/queue:Queue", "label-jobs"],
            message: /its queue policy: a statement allows 999988887777/,
        },
    ]);
});

// Issue 9: a QueuePolicy joined to its queue by `queueUrl: queue.url`; subscriptions.
const QUEUE = "aws:sqs/queue:Queue";
const SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const OUTSIDE = "999988887777";
const QUEUE_URL = `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-jobs-7d2c1f0`;
const letsInOutside = identityPolicy([
    { Sid: "Outsider", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${OUTSIDE}:root` }, Action: "sqs:ReceiveMessage", Resource: "*" },
]);
const letsInAnyone = identityPolicy([
    {
        Sid: "Anyone",
        Effect: "Allow",
        Principal: "*",
        Action: "sqs:SendMessage",
        Resource: "*",
        Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:eu-west-1:*:incidents" } },
    },
]);
/**
 * The fixture with its queue auto-named (no `name` argument: the provider generates `label-jobs-7d2c1f0`), as
 * `deployed` shows it or as a preview does.
 */
const autoNamedQueue = (deployed: boolean) =>
    withChange(compliantStack(), "label-jobs", (s) => {
        s.props.name = deployed ? "label-jobs-7d2c1f0" : UNKNOWN;
        if (deployed) Object.assign(s.props, { id: QUEUE_URL, url: QUEUE_URL, arn: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs-7d2c1f0` });
    });
/** A QueuePolicy given `queueUrl: queue.url`: unknown during preview (with its property dependency), the URL once deployed. */
const queuePolicyOf = (
    queueUrl: unknown,
    policy: string,
    dependencies: Record<string, string[]> = { queueUrl: ["label-jobs"] },
): ResourceSpec => ({
    type: "aws:sqs/queuePolicy:QueuePolicy",
    name: "label-jobs-policy",
    props: { ...(queueUrl === undefined ? {} : { queueUrl }), policy },
    propertyDependencies: dependencies,
});
/** A subscription to the incidents topic (confidential: alerts carry no personal data). */
const subscription = (props: Record<string, unknown>, dependencies: Record<string, string[]> = {}): ResourceSpec => ({
    type: SUBSCRIPTION,
    name: "relay",
    props: { topic: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`, ...props },
    propertyDependencies: { topic: ["incidents"], ...dependencies },
});

describe("policies: queue policies and subscriptions (issue 9)", () => {
    describePolicy(
        datastoreSharingRestrictDestinations,
        [
            {
                title: "a QueuePolicy given queue.url, unknown during preview, letting in another account",
                stack: () => [...autoNamedQueue(false), queuePolicyOf(UNKNOWN, letsInOutside)],
                at: [QUEUE, "label-jobs"],
                message: /its queue policy: statement "Outsider" allows arn:aws:iam::999988887777:root of account 999988887777/,
            },
            {
                title: "a QueuePolicy given queue.url of a deployed auto-named queue, letting in another account",
                stack: () => [...autoNamedQueue(true), queuePolicyOf(QUEUE_URL, letsInOutside)],
                at: [QUEUE, "label-jobs"],
                message: /its queue policy: statement "Outsider" allows arn:aws:iam::999988887777:root/,
            },
            {
                title: "a QueuePolicy given a deployed queue's URL without dependencies",
                stack: () => [...autoNamedQueue(true), queuePolicyOf(QUEUE_URL, letsInOutside, {})],
                at: [QUEUE, "label-jobs"],
                message: /its queue policy: statement "Outsider" allows/,
            },
            {
                title: "a QueuePolicy whose queue.url the offline mocks leave undefined (its dependency remains)",
                stack: () => [...autoNamedQueue(false), queuePolicyOf(undefined, letsInOutside)],
                at: [QUEUE, "label-jobs"],
                message: /its queue policy: statement "Outsider" allows/,
            },
            {
                title: "an unknown subscription protocol",
                stack: () => [...compliantStack(), subscription({ protocol: UNKNOWN, endpoint: "https://hooks.example.com/x" })],
                at: [SUBSCRIPTION, "relay"],
                message: /its protocol is not known during preview, so where it delivers cannot be verified/,
            },
            {
                title: "a protocol SNS does not offer",
                stack: () => [...compliantStack(), subscription({ protocol: "carrier-pigeon", endpoint: "loft 7" })],
                at: [SUBSCRIPTION, "relay"],
                message: /its protocol "carrier-pigeon" is not one SNS offers/,
            },
            {
                title: "a subscription without a protocol",
                stack: () => [...compliantStack(), subscription({ endpoint: "https://hooks.example.com/x" })],
                at: [SUBSCRIPTION, "relay"],
                message: /its protocol null is not one SNS offers/,
            },
            {
                title: "an alert topic delivering to another account's queue",
                stack: () => [...compliantStack(), subscription({ protocol: "sqs", endpoint: `arn:aws:sqs:eu-west-1:${OUTSIDE}:inbox` })],
                at: [SUBSCRIPTION, "relay"],
                message: /delivers to arn:aws:sqs:eu-west-1:999988887777:inbox, in account 999988887777, outside this stack/,
            },
            {
                title: "an alert topic delivering to another account's function",
                stack: () => [
                    ...compliantStack(),
                    subscription({ protocol: "lambda", endpoint: `arn:aws:lambda:eu-west-1:${OUTSIDE}:function:relay:live` }),
                ],
                at: [SUBSCRIPTION, "relay"],
                message: /delivers to the function arn:aws:lambda:eu-west-1:999988887777:function:relay:live, in account 999988887777/,
            },
            {
                title: "an alert topic delivering to another account's Firehose stream",
                stack: () => [
                    ...compliantStack(),
                    subscription({
                        protocol: "firehose",
                        endpoint: `arn:aws:firehose:eu-west-1:${OUTSIDE}:deliverystream/archive`,
                        subscriptionRoleArn: `arn:aws:iam::${ACCOUNT}:role/sns-firehose`,
                    }),
                ],
                at: [SUBSCRIPTION, "relay"],
                message: /delivers to arn:aws:firehose:eu-west-1:999988887777:deliverystream\/archive, in account 999988887777/,
            },
            {
                title: "an alert topic delivering to another account's mobile push endpoint",
                stack: () => [
                    ...compliantStack(),
                    subscription({ protocol: "application", endpoint: `arn:aws:sns:eu-west-1:${OUTSIDE}:endpoint/GCM/alerts/0a1b2c3d` }),
                ],
                at: [SUBSCRIPTION, "relay"],
                message: /delivers to the mobile push endpoint of account 999988887777, outside this stack/,
            },
            {
                title: "an unknown protocol with another account's queue as its endpoint",
                stack: () => [...compliantStack(), subscription({ protocol: UNKNOWN, endpoint: `arn:aws:sqs:eu-west-1:${OUTSIDE}:inbox` })],
                at: [SUBSCRIPTION, "relay"],
                message: /in account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "a subscription delivering to the stack's queue",
                stack: () => [
                    ...compliantStack(),
                    subscription(
                        { protocol: "sqs", endpoint: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs` },
                        { endpoint: ["label-jobs"] },
                    ),
                ],
            },
            {
                title: "a subscription to the stack's queue, its ARN unknown during preview",
                stack: () => [...compliantStack(), subscription({ protocol: "sqs", endpoint: UNKNOWN }, { endpoint: ["label-jobs"] })],
            },
        ],
    );

    describePolicy(
        datastoreAccessBlockPublic,
        [
            {
                title: "a QueuePolicy given queue.url, unknown during preview, open to any topic of any account",
                stack: () => [...autoNamedQueue(false), queuePolicyOf(UNKNOWN, letsInAnyone)],
                at: [QUEUE, "label-jobs"],
                message: /its queue policy: statement "Anyone" allows Principal "\*" with no condition tying it to an account/,
            },
            {
                title: "a TopicPolicy open to every role of any account by name",
                stack: () => [
                    ...compliantStack(),
                    topicPolicy(publish("*" as never, { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/alerts-publisher" } })),
                ],
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /its topic policy: a statement allows Principal "\*" with no condition tying it to an account/,
            },
        ],
        [
            {
                title: "a QueuePolicy letting the stack's topic send",
                stack: () => [
                    ...autoNamedQueue(false),
                    queuePolicyOf(
                        UNKNOWN,
                        identityPolicy([
                            {
                                Effect: "Allow",
                                Principal: { Service: "sns.amazonaws.com" },
                                Action: "sqs:SendMessage",
                                Resource: "*",
                                Condition: { ArnEquals: { "aws:SourceArn": `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents` } },
                            },
                        ]),
                    ),
                ],
            },
            {
                title: "a TopicPolicy open to this account's roles",
                stack: () => [
                    ...compliantStack(),
                    topicPolicy(publish("*" as never, { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/alerts-*` } })),
                ],
            },
        ],
    );

    describePolicy(datastoreTransitRequireTls, [
        {
            title: "an unknown subscription protocol (TLS)",
            stack: () => [...compliantStack(), subscription({ protocol: UNKNOWN, endpoint: "https://hooks.example.com/x" })],
            at: [SUBSCRIPTION, "relay"],
            message: /protocol is not known during preview, so TLS cannot be verified/,
        },
    ]);
});
