import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const MACHINE = "aws:sfn/stateMachine:StateMachine";
const definition = JSON.stringify({
    StartAt: "Label",
    States: { Label: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } },
});

const machines = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "labeling-logs",
            props: {
                name: "labeling-logs",
                kmsKeyId: KEY_ARN,
                retentionInDays: 30,
                tags: { "data-classification": "confidential", "retention-days": "30", owner: "platform" },
            },
        },
        {
            type: MACHINE,
            name: "labeling",
            props: {
                name: "labeling",
                type: "EXPRESS",
                definition,
                roleArn: `arn:aws:iam::${ACCOUNT}:role/sfn`,
                tags: PII_TAGS,
                encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: KEY_ARN },
                loggingConfiguration: {
                    level: "ERROR",
                    includeExecutionData: false,
                    logDestination: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:labeling-logs:*`,
                },
            },
            propertyDependencies: { loggingConfiguration: ["labeling-logs"], encryptionConfiguration: ["data-key"] },
        },
        {
            type: "aws:sfn/activity:Activity",
            name: "manual-check",
            props: { name: "manual-check", encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: KEY_ARN } },
        },
    ]);

describe("catalogue: Step Functions", () => {
    describeEntry(
        "sfn state machines and activities",
        machines,
        [
            {
                title: "execution data under an AWS-owned key",
                change: props("labeling", (p) => {
                    delete p.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [MACHINE, "labeling"],
                message: /execution data: has no encryptionConfiguration.kmsKeyId, so execution data is encrypted under an AWS-owned key/,
            },
            {
                title: "a Standard workflow of personal data (history kept 90 days)",
                change: props("labeling", (p) => {
                    p.type = "STANDARD";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [MACHINE, "labeling"],
                message: /AWS keeps the execution history, with every state's input and output .* for 90 days/,
            },
            {
                title: "type not set (AWS default STANDARD)",
                change: props("labeling", (p) => {
                    delete p.type;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [MACHINE, "labeling"],
                message: /for 90 days/,
            },
            {
                title: "execution data logged into a confidential log group",
                change: props("labeling", (p) => {
                    p.loggingConfiguration.includeExecutionData = true;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [MACHINE, "labeling"],
                message: /logs execution data to labeling-logs, classified confidential .*: classify it pii/,
            },
            {
                title: "activity tasks under an AWS-owned key",
                change: props("manual-check", (p) => {
                    delete p.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:sfn/activity:Activity", "manual-check"],
                message: /task inputs: has no encryptionConfiguration.kmsKeyId/,
            },
        ],
        [
            {
                title: "a Standard workflow of confidential data",
                change: props("labeling", (p) => {
                    p.type = "STANDARD";
                    p.tags = { "data-classification": "confidential", "retention-days": "90", owner: "x" };
                }),
            },
        ],
    );
});
