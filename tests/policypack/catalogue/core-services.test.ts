/** The entries of the services the platform itself uses: SQS, SNS, Secrets Manager, Lambda, CloudWatch Logs, CloudTrail, Chatbot. */
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const QUEUE = "aws:sqs/queue:Queue";
const TOPIC = "aws:sns/topic:Topic";
const SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const PII_QUEUE_TAGS = { ...PII_TAGS, "retention-days": "1" };

describe("catalogue: the platform's own services", () => {
    describeEntry(
        "a PII queue with a dead-letter queue",
        () =>
            fixtureWith(
                [
                    {
                        type: QUEUE,
                        name: "jobs",
                        props: {
                            name: "jobs",
                            kmsMasterKeyId: KEY_ARN,
                            messageRetentionSeconds: 86400,
                            redrivePolicy: JSON.stringify({
                                deadLetterTargetArn: `arn:aws:sqs:eu-west-1:${ACCOUNT}:jobs-dlq`,
                                maxReceiveCount: 3,
                            }),
                            tags: PII_QUEUE_TAGS,
                        },
                    },
                    {
                        type: QUEUE,
                        name: "jobs-dlq",
                        props: { name: "jobs-dlq", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: PII_QUEUE_TAGS },
                    },
                ],
                ["AWS::SQS::Queue"],
            ),
        [
            {
                title: "messages kept 14 days",
                change: props("jobs", (p) => {
                    p.messageRetentionSeconds = 1209600;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [QUEUE, "jobs"],
                message: /keeps messages 14 days, more than the 1-day retention/,
            },
            {
                title: "SQS's default retention (4 days)",
                change: props("jobs", (p) => {
                    delete p.messageRetentionSeconds;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [QUEUE, "jobs"],
                message: /keeps messages 4 days \(AWS's default, messageRetentionSeconds is not set\)/,
            },
            {
                title: "a dead-letter queue tagged internal that keeps copies 14 days",
                change: props("jobs-dlq", (p) => {
                    p.tags = { "data-classification": "internal", "retention-days": "14", owner: "x" };
                    p.messageRetentionSeconds = 1209600;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [QUEUE, "jobs-dlq"],
                message: /keeps messages 14 days/,
            },
            {
                title: "a dead-letter queue in another account",
                change: props("jobs", (p) => {
                    p.redrivePolicy = JSON.stringify({
                        deadLetterTargetArn: `arn:aws:sqs:eu-west-1:${OUTSIDE_ACCOUNT}:theirs`,
                        maxReceiveCount: 3,
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [QUEUE, "jobs"],
                message: /moves failed messages to arn:aws:sqs:eu-west-1:999988887777:theirs, in account 999988887777/,
            },
            {
                title: "SSE-SQS",
                change: props("jobs", (p) => {
                    delete p.kmsMasterKeyId;
                    p.sqsManagedSseEnabled = true;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [QUEUE, "jobs"],
                message: /has no kmsMasterKeyId/,
            },
        ],
    );

    describeEntry(
        "a PII topic delivering to a queue of the stack",
        () =>
            fixtureWith(
                [
                    { type: TOPIC, name: "orders-topic", props: { name: "orders-topic", kmsMasterKeyId: KEY_ARN, tags: PII_QUEUE_TAGS } },
                    {
                        type: QUEUE,
                        name: "orders-queue",
                        props: { name: "orders-queue", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 3600, tags: PII_QUEUE_TAGS },
                    },
                    {
                        type: SUBSCRIPTION,
                        name: "orders-to-queue",
                        props: {
                            topic: `arn:aws:sns:eu-west-1:${ACCOUNT}:orders-topic`,
                            protocol: "sqs",
                            endpoint: `arn:aws:sqs:eu-west-1:${ACCOUNT}:orders-queue`,
                        },
                        propertyDependencies: { topic: ["orders-topic"], endpoint: ["orders-queue"] },
                    },
                ],
                ["AWS::SNS::Topic", "AWS::SQS::Queue"],
            ),
        [
            {
                title: "an e-mail subscription sends personal data outside AWS",
                change: add({
                    type: SUBSCRIPTION,
                    name: "orders-mail",
                    props: { topic: `arn:aws:sns:eu-west-1:${ACCOUNT}:orders-topic`, protocol: "email", endpoint: "someone@example.com" },
                    propertyDependencies: { topic: ["orders-topic"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SUBSCRIPTION, "orders-mail"],
                message: /sends personal data to "someone@example.com", outside AWS/,
            },
            {
                title: "a queue subscriber classified public",
                change: props("orders-queue", (p) => {
                    p.tags = { "data-classification": "public", "retention-days": "1", owner: "x" };
                }),
                policy: datastoreTagsRequireClassification,
                at: [QUEUE, "orders-queue"],
                message: /is classified public but holds pii data as a copy of orders-to-queue/,
            },
            {
                title: "a FIFO archive keeping messages 30 days",
                change: props("orders-topic", (p) => {
                    p.fifoTopic = true;
                    p.archivePolicy = JSON.stringify({ MessageRetentionPeriod: "30" });
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TOPIC, "orders-topic"],
                message: /archives messages for 30 days \(archivePolicy\)/,
            },
            {
                title: "a Slack channel receiving the topic",
                change: add({
                    type: "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration",
                    name: "orders-slack",
                    props: {
                        configurationName: "orders",
                        iamRoleArn: "arn:aws:iam::111122223333:role/chatbot",
                        slackChannelId: "C123",
                        slackTeamId: "T123",
                        snsTopicArns: [`arn:aws:sns:eu-west-1:${ACCOUNT}:orders-topic`],
                    },
                    propertyDependencies: { snsTopicArns: ["orders-topic"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration", "orders-slack"],
                message: /posts messages to the Slack channel "C123", outside AWS/,
            },
        ],
        [
            {
                title: "the team's e-mail on an alert topic (no personal data)",
                change: add({
                    type: SUBSCRIPTION,
                    name: "alerts-mail",
                    props: { topic: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`, protocol: "email", endpoint: "oncall@example.com" },
                    propertyDependencies: { topic: ["incidents"] },
                }),
            },
        ],
    );

    describeEntry(
        "a PII secret",
        () =>
            fixtureWith([
                {
                    type: "aws:secretsmanager/secret:Secret",
                    name: "customer-secret",
                    props: { name: "customer", kmsKeyId: KEY_ARN, recoveryWindowInDays: 0, tags: PII_TAGS },
                },
                {
                    type: "aws:secretsmanager/secretVersion:SecretVersion",
                    name: "customer-secret-v1",
                    props: { secretId: "customer", secretString: "Ada Lovelace" },
                    propertyDependencies: { secretId: ["customer-secret"] },
                },
            ]),
        [
            {
                title: "kept recoverable 30 days after deletion",
                change: props("customer-secret", (p) => {
                    delete p.recoveryWindowInDays;
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:secretsmanager/secret:Secret", "customer-secret"],
                message: /keeps the deleted secret for recovery 30 days/,
            },
            {
                title: "replicated to another region",
                change: props("customer-secret", (p) => {
                    p.replicas = [{ region: "us-east-1", kmsKeyId: KEY_ARN }];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:secretsmanager/secret:Secret", "customer-secret"],
                message: /replicates the secret to region us-east-1/,
            },
            {
                title: "a replica under the AWS-managed key",
                change: props("customer-secret", (p) => {
                    p.replicas = [{ region: "eu-west-1" }];
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:secretsmanager/secret:Secret", "customer-secret"],
                message: /its replicas: has no replicas.kmsKeyId/,
            },
            {
                title: "a secret policy that lets public policies in",
                change: add({
                    type: "aws:secretsmanager/secretPolicy:SecretPolicy",
                    name: "customer-policy",
                    props: {
                        secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:customer",
                        blockPublicPolicy: false,
                        policy: JSON.stringify({
                            Statement: [
                                {
                                    Effect: "Deny",
                                    Principal: "*",
                                    Action: "*",
                                    Resource: "*",
                                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                                },
                            ],
                        }),
                    },
                    propertyDependencies: { secretArn: ["customer-secret"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:secretsmanager/secret:Secret", "customer-secret"],
                message: /its secret policy is public: blockPublicPolicy is false/,
            },
        ],
    );

    describeEntry(
        "Lambda URLs and permissions",
        () =>
            fixtureWith([
                {
                    type: "aws:lambda/functionUrl:FunctionUrl",
                    name: "purge-url",
                    props: { functionName: "purge", authorizationType: "AWS_IAM" },
                    propertyDependencies: { functionName: ["purge"] },
                },
                {
                    type: "aws:lambda/permission:Permission",
                    name: "purge-invoke",
                    props: {
                        function: "purge",
                        action: "lambda:InvokeFunction",
                        principal: "events.amazonaws.com",
                        sourceArn: `arn:aws:events:eu-west-1:${ACCOUNT}:rule/purge`,
                    },
                    propertyDependencies: { function: ["purge"] },
                },
            ]),
        [
            {
                title: "a function URL anyone may call",
                change: props("purge-url", (p) => {
                    p.authorizationType = "NONE";
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:lambda/functionUrl:FunctionUrl", "purge-url"],
                message: /the function URL is public: authorizationType is "NONE"/,
            },
            {
                title: "anyone may invoke",
                change: props("purge-invoke", (p) => {
                    p.principal = "*";
                    delete p.sourceArn;
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:lambda/permission:Permission", "purge-invoke"],
                message: /lets anyone invoke the function/,
            },
            {
                title: "another account may invoke",
                change: props("purge-invoke", (p) => {
                    p.principal = OUTSIDE_ACCOUNT;
                    delete p.sourceArn;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:lambda/permission:Permission", "purge-invoke"],
                message: /lets account 999988887777, outside this stack, invoke the function/,
            },
        ],
        [
            {
                title: "a public function's URL may be open (the function is classified public)",
                change: (stack) => {
                    props("purge-url", (p) => {
                        p.authorizationType = "NONE";
                    })(stack);
                    props("purge", (p) => {
                        p.tags = { "data-classification": "public", "retention-days": "1", owner: "web" };
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "log groups are logs of their producers",
        () =>
            fixtureWith([
                {
                    type: "aws:lambda/function:Function",
                    name: "labeller",
                    props: {
                        name: "labeller",
                        runtime: "nodejs22.x",
                        tags: { "data-classification": "confidential", "retention-days": "30", owner: "x" },
                    },
                },
                { type: LOG_GROUP, name: "labeller-logs", props: { name: "/aws/lambda/labeller", retentionInDays: 30, kmsKeyId: KEY_ARN } },
            ]),
        [
            {
                title: "an unclassified producer makes its logs pii",
                change: props("labeller", (p) => {
                    delete p.tags;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOG_GROUP, "labeller-logs"],
                message: /keeps its logs 30 days, more than the 3-day retention/,
            },
            {
                title: "a log group with no producer in the stack is judged as pii",
                change: props("labeller-logs", (p) => {
                    p.name = "/app/elsewhere";
                }),
                policy: datastoreTagsRequireClassification,
                at: [LOG_GROUP, "labeller-logs"],
                message: /data-classification/,
            },
            {
                title: "a function whose log group the stack does not declare (AWS creates it, kept forever)",
                change: remove("labeller-logs"),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:lambda/function:Function", "labeller"],
                message: /writes its logs to \/aws\/lambda\/labeller, which is not a log group of this stack/,
            },
            {
                title: "forwarded to another account's destination",
                change: add({
                    type: "aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter",
                    name: "forward",
                    props: {
                        logGroup: "/aws/lambda/labeller",
                        filterPattern: "",
                        destinationArn: `arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:destination:central`,
                    },
                    propertyDependencies: { logGroup: ["labeller-logs"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter", "forward"],
                message: /forwards log events to arn:aws:logs:eu-west-1:999988887777:destination:central, in account 999988887777/,
            },
        ],
        [
            {
                title: "a log group tagged confidential with no producer",
                change: add({
                    type: LOG_GROUP,
                    name: "other-logs",
                    props: {
                        name: "/app/elsewhere",
                        retentionInDays: 30,
                        kmsKeyId: KEY_ARN,
                        tags: { "data-classification": "confidential", "retention-days": "30", owner: "x" },
                    },
                }),
            },
        ],
    );
});
