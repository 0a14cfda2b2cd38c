import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const PIPE = "aws:pipes/pipe:Pipe";
const OPS_TAGS = { "data-classification": "confidential", "retention-days": "30", owner: "platform" };

const pipes = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: "aws:sqs/queue:Queue",
                name: "order-events",
                props: { name: "order-events", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: PII_TAGS },
            },
            {
                type: "aws:cloudwatch/logGroup:LogGroup",
                name: "pipe-logs",
                props: { name: "pipe-logs", kmsKeyId: KEY_ARN, retentionInDays: 30, tags: OPS_TAGS },
            },
            {
                type: PIPE,
                name: "orders-pipe",
                props: {
                    name: "orders-pipe",
                    roleArn: `arn:aws:iam::${ACCOUNT}:role/pipe`,
                    kmsKeyIdentifier: KEY_ARN,
                    source: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc/stream/2024-01-01T00:00:00.000`,
                    sourceParameters: { dynamodbStreamParameters: { startingPosition: "LATEST" } },
                    target: `arn:aws:sqs:eu-west-1:${ACCOUNT}:order-events`,
                    logConfiguration: {
                        level: "ERROR",
                        cloudwatchLogsLogDestination: { logGroupArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:pipe-logs` },
                    },
                },
                propertyDependencies: { source: ["orders"], target: ["order-events"], logConfiguration: ["pipe-logs"] },
            },
        ],
        ["AWS::SQS::Queue"],
    );

describe("catalogue: EventBridge Pipes", () => {
    describeEntry(
        "pipes",
        pipes,
        [
            {
                title: "pipe data under an AWS-owned key",
                change: props("orders-pipe", (p) => {
                    delete p.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PIPE, "orders-pipe"],
                message: /has no kmsKeyIdentifier, so pipe data .* is encrypted under an AWS-owned key/,
            },
            {
                title: "target in another account",
                change: (stack) => {
                    const p = stack.find((s) => s.name === "orders-pipe")!;
                    p.props.target = `arn:aws:events:eu-west-1:${OUTSIDE_ACCOUNT}:event-bus/theirs`;
                    delete p.propertyDependencies!.target;
                },
                policy: datastoreSharingRestrictDestinations,
                at: [PIPE, "orders-pipe"],
                message: /delivers records to arn:aws:events:eu-west-1:999988887777:event-bus\/theirs, in account 999988887777/,
            },
            {
                title: "enrichment through a function outside the stack",
                change: props("orders-pipe", (p) => {
                    p.enrichment = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:enrich`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPE, "orders-pipe"],
                message: /sends records for enrichment to arn:aws:lambda:eu-west-1:999988887777:function:enrich/,
            },
            {
                title: "execution data logged into a confidential log group",
                change: props("orders-pipe", (p) => {
                    p.logConfiguration.includeExecutionDatas = ["ALL"];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPE, "orders-pipe"],
                message:
                    /logs records \(includeExecutionDatas ALL\) to pipe-logs, classified confidential \(its log records then include each payload\): classify it pii/,
            },
            {
                title: "logs to another account's bucket",
                change: props("orders-pipe", (p) => {
                    p.logConfiguration.s3LogDestination = { bucketName: "their-logs", bucketOwner: OUTSIDE_ACCOUNT };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPE, "orders-pipe"],
                message: /writes its logs to a bucket of account 999988887777, outside this stack/,
            },
            {
                title: "self-managed Kafka source, unclassified",
                change: (stack) => {
                    const p = stack.find((s) => s.name === "orders-pipe")!;
                    p.props.source = "smk://broker.example.com:9092";
                    p.props.sourceParameters = { selfManagedKafkaParameters: { topicName: "orders" } };
                    delete p.propertyDependencies!.source;
                },
                policy: datastoreTagsRequireClassification,
                at: [PIPE, "orders-pipe"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "self-managed Kafka source, classified",
                change: (stack) => {
                    const p = stack.find((s) => s.name === "orders-pipe")!;
                    p.props.source = "smk://broker.example.com:9092";
                    p.props.tags = PII_TAGS;
                    delete p.propertyDependencies!.source;
                },
            },
        ],
    );
});
