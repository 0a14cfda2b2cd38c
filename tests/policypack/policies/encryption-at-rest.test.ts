import { cloudwatchLogGroupRequireRetention } from "../../../policypack/policies/cloudwatch/log-group/cloudwatch-log-group-require-retention";
import { lambdaFunctionRequireEnvEncryption } from "../../../policypack/policies/lambda/function/lambda-function-require-env-encryption";
import { secretsmanagerSecretRequireKmsEncryption } from "../../../policypack/policies/secretsmanager/secret/secretsmanager-secret-require-kms-encryption";
import { snsSubscriptionRequireEncryptedProtocol } from "../../../policypack/policies/sns/subscription/sns-subscription-require-encrypted-protocol";
import { snsTopicRequireKmsEncryption } from "../../../policypack/policies/sns/topic/sns-topic-require-kms-encryption";
import { sqsQueueRequireKmsEncryption } from "../../../policypack/policies/sqs/queue/sqs-queue-require-kms-encryption";
import { PII_TAGS, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const change = (name: string, fn: (props: any) => void) => () => withChange(compliantStack(), name, (s: ResourceSpec) => fn(s.props));
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

describe("policies: encryption of topics, queues, secrets, functions and logs", () => {
    describePolicy(snsTopicRequireKmsEncryption, [
        { title: "an unencrypted topic", stack: change("incidents", (p) => { delete p.kmsMasterKeyId; }), at: ["aws:sns/topic:Topic", "incidents"], message: /has no kmsMasterKeyId/ },
        { title: "alias/aws/sns", stack: change("incidents", (p) => { p.kmsMasterKeyId = "alias/aws/sns"; }), at: ["aws:sns/topic:Topic", "incidents"], message: /AWS-managed key alias\/aws\/sns/ },
    ]);
    describePolicy(snsSubscriptionRequireEncryptedProtocol, [
        { title: "plain http", stack: change("oncall", (p) => { p.protocol = "http"; p.endpoint = "http://hooks.example.com/x"; }), at: ["aws:sns/topicSubscription:TopicSubscription", "oncall"], message: /delivers over plain HTTP \(http:\/\/hooks.example.com\/x\)/ },
    ], [{ title: "https", stack: change("oncall", (p) => { p.protocol = "https"; p.endpoint = "https://hooks.example.com/x"; }) }]);
    describePolicy(sqsQueueRequireKmsEncryption, [
        { title: "SSE-SQS instead of a customer key", stack: change("label-jobs", (p) => { delete p.kmsMasterKeyId; p.sqsManagedSseEnabled = true; }), at: ["aws:sqs/queue:Queue", "label-jobs"], message: /has no kmsMasterKeyId/ },
    ]);
    describePolicy(secretsmanagerSecretRequireKmsEncryption, [
        { title: "the AWS-managed key", stack: change("provider-credentials", (p) => { delete p.kmsKeyId; }), at: ["aws:secretsmanager/secret:Secret", "provider-credentials"], message: /has no kmsKeyId/ },
    ]);
    describePolicy(lambdaFunctionRequireEnvEncryption, [
        { title: "environment without a key", stack: change("purge", (p) => { delete p.kmsKeyArn; }), at: ["aws:lambda/function:Function", "purge"], message: /has environment variables but no kmsKeyArn/ },
    ], [{ title: "no environment needs no key", stack: change("purge", (p) => { delete p.kmsKeyArn; delete p.environment; }) }]);
    describePolicy(cloudwatchLogGroupRequireRetention, [
        { title: "logs kept forever", stack: change("audit-logs", (p) => { delete p.retentionInDays; }), at: [LOG_GROUP, "audit-logs"], message: /keeps its logs forever/ },
        { title: "an unencrypted log group", stack: change("audit-logs", (p) => { delete p.kmsKeyId; }), at: [LOG_GROUP, "audit-logs"], message: /has no kmsKeyId/ },
        { title: "a PII-tagged log group kept 30 days", stack: change("audit-logs", (p) => { p.tags = { "data-classification": "pii" }; p.retentionInDays = 30; }), at: [LOG_GROUP, "audit-logs"], message: /may hold personal data but keeps it 30 days/ },
        {
            title: "a PII database's logs kept 14 days",
            stack: () => [...withChange(compliantStack(), "history", (s) => { s.props.tags = PII_TAGS; }), { type: LOG_GROUP, name: "history-log", props: { name: "/aws/rds/instance/history/audit", retentionInDays: 14, kmsKeyId: "k" } }],
            at: [LOG_GROUP, "history-log"], message: /may hold personal data but keeps it 14 days, more than maxPiiRetentionDays \(3\)/,
        },
    ]);
});
