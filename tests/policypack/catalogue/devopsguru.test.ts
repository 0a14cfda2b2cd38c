import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const INTEGRATION = "aws:devopsguru/serviceIntegration:ServiceIntegration";

/** The fixture without its (unclassified, so pii) purge function and log group: anomaly detection reads every log group. */
const guru = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: INTEGRATION,
            name: "guru",
            props: {
                kmsServerSideEncryption: { optInStatus: "ENABLED", type: "CUSTOMER_MANAGED_KEY", kmsKeyId: KEY_ARN },
                logsAnomalyDetection: { optInStatus: "ENABLED" },
                opsCenter: { optInStatus: "DISABLED" },
            },
        },
    ]).filter((spec) => spec.name !== "purge" && spec.name !== "purge-logs");

describe("catalogue: DevOps Guru", () => {
    describeEntry(
        "devopsguru service integration",
        guru,
        [
            {
                title: "insights under a key AWS owns",
                change: props("guru", (p) => {
                    p.kmsServerSideEncryption = { optInStatus: "ENABLED", type: "AWS_OWNED_KMS_KEY" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INTEGRATION, "guru"],
                message: /insights: has no kmsServerSideEncryption.kmsKeyId/,
            },
            {
                title: "log anomaly detection over a PII log group",
                change: add({
                    type: "aws:cloudwatch/logGroup:LogGroup",
                    name: "order-logs",
                    props: { name: "orders-app", kmsKeyId: KEY_ARN, retentionInDays: 1, tags: PII_TAGS },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [INTEGRATION, "guru"],
                message: /copies anomalous log lines of log groups that hold personal data .* into DevOps Guru insights/,
            },
        ],
        [
            {
                title: "log anomaly detection off, with a PII log group",
                change: (stack) => {
                    props("guru", (p) => {
                        p.logsAnomalyDetection.optInStatus = "DISABLED";
                        delete p.kmsServerSideEncryption.kmsKeyId;
                    })(stack);
                    add({
                        type: "aws:cloudwatch/logGroup:LogGroup",
                        name: "order-logs",
                        props: { name: "orders-app", kmsKeyId: KEY_ARN, retentionInDays: 1, tags: PII_TAGS },
                    })(stack);
                },
            },
        ],
    );
});
