import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const change = (name: string, fn: (props: any) => void) => () => withChange(compliantStack(), name, (s: ResourceSpec) => fn(s.props));
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

describe("policies: encryption of topics, queues, secrets, functions and logs", () => {
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        {
            title: "an unencrypted log group",
            stack: change("audit-logs", (p) => {
                delete p.kmsKeyId;
            }),
            at: [LOG_GROUP, "audit-logs"],
            message: /log events: has no kmsKeyId/,
        },
    ]);
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        {
            title: "an unencrypted topic",
            stack: change("incidents", (p) => {
                delete p.kmsMasterKeyId;
            }),
            at: ["aws:sns/topic:Topic", "incidents"],
            message: /has no kmsMasterKeyId/,
        },
        {
            title: "alias/aws/sns",
            stack: change("incidents", (p) => {
                p.kmsMasterKeyId = "alias/aws/sns";
            }),
            at: ["aws:sns/topic:Topic", "incidents"],
            message: /AWS-managed key alias\/aws\/sns/,
        },
    ]);
    describePolicy(
        datastoreTransitRequireTls,
        [
            {
                title: "plain http",
                stack: change("oncall", (p) => {
                    p.protocol = "http";
                    p.endpoint = "http://hooks.example.com/x";
                }),
                at: ["aws:sns/topicSubscription:TopicSubscription", "oncall"],
                message: /the delivery does not require TLS: protocol is "http"/,
            },
        ],
        [
            {
                title: "https",
                stack: change("oncall", (p) => {
                    p.protocol = "https";
                    p.endpoint = "https://hooks.example.com/x";
                }),
            },
        ],
    );
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        {
            title: "SSE-SQS instead of a customer key",
            stack: change("label-jobs", (p) => {
                delete p.kmsMasterKeyId;
                p.sqsManagedSseEnabled = true;
            }),
            at: ["aws:sqs/queue:Queue", "label-jobs"],
            message: /has no kmsMasterKeyId/,
        },
    ]);
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        {
            title: "the AWS-managed key",
            stack: change("provider-credentials", (p) => {
                delete p.kmsKeyId;
            }),
            at: ["aws:secretsmanager/secret:Secret", "provider-credentials"],
            message: /has no kmsKeyId/,
        },
    ]);
    describePolicy(
        datastoreEncryptionRequireCustomerKey,
        [
            {
                title: "environment without a key",
                stack: change("purge", (p) => {
                    delete p.kmsKeyArn;
                }),
                at: ["aws:lambda/function:Function", "purge"],
                message:
                    /environment variables: has no kmsKeyArn, so environment variables is encrypted under the AWS-managed aws\/lambda key/,
            },
        ],
        [
            {
                title: "no environment needs no key",
                stack: change("purge", (p) => {
                    delete p.kmsKeyArn;
                    delete p.environment;
                }),
            },
        ],
    );
    describePolicy(datastoreRetentionLimitCopies, [
        {
            title: "logs kept forever",
            stack: change("audit-logs", (p) => {
                delete p.retentionInDays;
            }),
            at: [LOG_GROUP, "audit-logs"],
            message: /keeps its logs forever \(retentionInDays is not set\)/,
        },
        {
            title: "logs kept forever (0)",
            stack: change("audit-logs", (p) => {
                p.retentionInDays = 0;
            }),
            at: [LOG_GROUP, "audit-logs"],
            message: /keeps its logs forever \(retentionInDays is 0\)/,
        },
        {
            title: "a PII-tagged log group kept 30 days",
            stack: change("audit-logs", (p) => {
                p.tags = { "data-classification": "pii" };
                p.retentionInDays = 30;
            }),
            at: [LOG_GROUP, "audit-logs"],
            message: /keeps its logs 30 days, more than the 3-day retention of personal data/,
        },
        {
            title: "a PII database's logs kept 14 days",
            stack: () => [
                ...withChange(compliantStack(), "history", (s) => {
                    s.props.tags = PII_TAGS;
                }),
                {
                    type: LOG_GROUP,
                    name: "history-log",
                    props: { name: "/aws/rds/instance/history/audit", retentionInDays: 14, kmsKeyId: "k" },
                },
            ],
            at: [LOG_GROUP, "history-log"],
            message: /keeps its logs 14 days, more than the 3-day retention of personal data/,
        },
    ]);
});
