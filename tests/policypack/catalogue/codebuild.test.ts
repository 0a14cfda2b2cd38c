import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { ACCOUNT, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const PROJECT = "aws:codebuild/project:Project";
const POLICY = "aws:codebuild/resourcePolicy:ResourcePolicy";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const PROJECT_ARN = `arn:aws:codebuild:eu-west-1:${ACCOUNT}:project/label-export`;

const policyFor = (principal: unknown) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: ["codebuild:BatchGetBuilds"], Resource: PROJECT_ARN }],
    });

const codebuild = (): ResourceSpec[] =>
    fixtureWith([
        { type: LOG_GROUP, name: "build-logs", props: { name: "/builds/label-export", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: PROJECT,
            name: "label-export",
            props: {
                name: "label-export",
                serviceRole: "arn:aws:iam::111122223333:role/build",
                tags: PII_TAGS,
                encryptionKey: KEY_ARN,
                artifacts: { type: "S3", location: "labels-abc" },
                environment: {
                    computeType: "BUILD_GENERAL1_SMALL",
                    image: "aws/codebuild/standard:7.0",
                    type: "LINUX_CONTAINER",
                    environmentVariables: [{ name: "TOKEN", value: "/label/token", type: "PARAMETER_STORE" }],
                },
                logsConfig: { cloudwatchLogs: { groupName: "/builds/label-export" } },
                source: { type: "NO_SOURCE", buildspec: "version: 0.2" },
            },
            propertyDependencies: { artifacts: ["labels"] },
        },
        {
            type: POLICY,
            name: "label-export-policy",
            props: { resourceArn: PROJECT_ARN, policy: policyFor({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
            propertyDependencies: { resourceArn: ["label-export"] },
        },
    ]);

describe("catalogue: CodeBuild", () => {
    describeEntry(
        "aws:codebuild/project:Project",
        codebuild,
        [
            {
                title: "publicly readable builds",
                change: props("label-export", (p) => {
                    p.projectVisibility = "PUBLIC_READ";
                }),
                policy: datastoreAccessBlockPublic,
                at: [PROJECT, "label-export"],
                message: /its builds \(logs and artefacts\) is public: projectVisibility is "PUBLIC_READ"/,
            },
            {
                title: "PLAINTEXT variables (the default type) on a PII project",
                change: props("label-export", (p) => {
                    p.environment.environmentVariables.push({ name: "CUSTOMER", value: "Jane Doe" });
                }),
                policy: datastoreAccessBlockPublic,
                at: [PROJECT, "label-export"],
                message: /sets PLAINTEXT environment.environmentVariables \(CUSTOMER\)/,
            },
            {
                title: "artefacts under the AWS-managed aws/s3 key",
                change: props("label-export", (p) => {
                    delete p.encryptionKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PROJECT, "label-export"],
                message: /build output artifacts: has no encryptionKey, so .* the AWS-managed aws\/s3 key/,
            },
            {
                title: "unencrypted artefacts",
                change: props("label-export", (p) => {
                    p.artifacts.encryptionDisabled = true;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PROJECT, "label-export"],
                message: /build output artifacts is not encrypted: artifacts.encryptionDisabled is true/,
            },
            {
                title: "unencrypted S3 logs",
                change: props("label-export", (p) => {
                    p.logsConfig.s3Logs = { status: "ENABLED", location: "logs-abc/builds", encryptionDisabled: true };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PROJECT, "label-export"],
                message: /build logs in S3 is not encrypted/,
            },
            {
                title: "build logs to CodeBuild's default log group (never expires)",
                change: props("label-export", (p) => {
                    delete p.logsConfig;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [PROJECT, "label-export"],
                message: /writes build logs to \/aws\/codebuild\/label-export .*no retention/,
            },
            {
                title: "build logs kept 30 days",
                change: props("build-logs", (p) => {
                    p.retentionInDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOG_GROUP, "build-logs"],
                message: /keeps its logs 30 days/,
            },
            {
                title: "artefacts to a bucket outside the stack",
                change: props("label-export", (p) => {
                    p.artifacts.location = "partner-bucket";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PROJECT, "label-export"],
                message: /writes build artifacts to partner-bucket, which is not a resource of this stack/,
            },
            {
                title: "artefacts to a confidential bucket",
                change: props("label-export", (p) => {
                    p.artifacts.location = "logs-abc";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data as a copy of label-export/,
            },
        ],
        [
            {
                title: "the default log group defined in the stack with a retention",
                change: (stack) => {
                    props("label-export", (p) => {
                        delete p.logsConfig;
                    })(stack);
                    remove("build-logs")(stack);
                    add({
                        type: LOG_GROUP,
                        name: "default-build-logs",
                        props: { name: "/aws/codebuild/label-export", retentionInDays: 1, kmsKeyId: KEY_ARN, tags: PII_TAGS },
                    })(stack);
                },
            },
            {
                title: "CloudWatch logs disabled",
                change: (stack) => {
                    props("label-export", (p) => {
                        p.logsConfig = { cloudwatchLogs: { status: "DISABLED" } };
                    })(stack);
                    remove("build-logs")(stack);
                },
            },
            {
                title: "PLAINTEXT variables on an unclassified project",
                change: props("label-export", (p) => {
                    delete p.tags;
                    p.artifacts = { type: "NO_ARTIFACTS" };
                    p.environment.environmentVariables.push({ name: "STAGE", value: "prod" });
                }),
            },
        ],
    );

    describeEntry("aws:codebuild/resourcePolicy:ResourcePolicy", codebuild, [
        {
            title: "shared with another account",
            change: props("label-export-policy", (p) => {
                p.policy = policyFor({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PROJECT, "label-export"],
            message: /its CodeBuild resource policy: .*account 999988887777/,
        },
        {
            title: "open to everyone",
            change: props("label-export-policy", (p) => {
                p.policy = policyFor("*");
            }),
            policy: datastoreAccessBlockPublic,
            at: [PROJECT, "label-export"],
            message: /its CodeBuild resource policy: a statement allows Principal "\*" with no condition/,
        },
    ]);
});
