import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const CANARY = "aws:synthetics/canary:Canary";

const synthetics = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CANARY,
            name: "checkout-check",
            props: {
                name: "checkout-check",
                handler: "index.handler",
                runtimeVersion: "syn-nodejs-puppeteer-9.1",
                executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/canary`,
                artifactS3Location: "s3://labels-abc/canary/",
                artifactConfig: { s3Encryption: { encryptionMode: "SSE_KMS", kmsKeyArn: KEY_ARN } },
                schedule: { expression: "rate(1 hour)" },
                successRetentionPeriod: 2,
                failureRetentionPeriod: 2,
                tags: PII_TAGS,
            },
            propertyDependencies: { artifactS3Location: ["labels"] },
        },
    ]);

describe("catalogue: CloudWatch Synthetics", () => {
    describeEntry(
        "synthetics canaries",
        synthetics,
        [
            {
                title: "artifacts under SSE-S3 (default)",
                change: props("checkout-check", (p) => {
                    delete p.artifactConfig;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CANARY, "checkout-check"],
                message: /canary artifacts: has no artifactConfig.s3Encryption.kmsKeyArn, so canary artifacts is encrypted under SSE-S3/,
            },
            {
                title: "environment variables under a key AWS owns",
                change: props("checkout-check", (p) => {
                    p.runConfig = { environmentVariables: { SHOP_URL: "https://shop.example.com" } };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CANARY, "checkout-check"],
                message: /environment variables: has no kmsKeyArn/,
            },
            {
                title: "run data of a PII canary kept 31 days (default)",
                change: props("checkout-check", (p) => {
                    delete p.successRetentionPeriod;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CANARY, "checkout-check"],
                message: /keeps data about successful runs 31 days \(AWS's default, successRetentionPeriod is not set\)/,
            },
            {
                title: "artifacts of a PII canary in a bucket outside the stack",
                change: (stack) => {
                    props("checkout-check", (p) => {
                        p.artifactS3Location = "s3://canary-artifacts-elsewhere/run";
                    })(stack);
                    stack.find((s) => s.name === "checkout-check")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [CANARY, "checkout-check"],
                message: /writes run artifacts to s3:\/\/canary-artifacts-elsewhere\/run, which is not a resource of this stack/,
            },
        ],
        [
            {
                title: "artifact location given without the s3:// prefix",
                change: props("checkout-check", (p) => {
                    p.artifactS3Location = "labels-abc/canary";
                }),
            },
        ],
    );
});
