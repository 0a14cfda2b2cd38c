import { definePolicy } from "../../../lib/define";
import { customerKeyProblem } from "../../../lib/encryption";
import { TOPIC_TYPE } from "../../../lib/monitoring";

export const snsTopicRequireKmsEncryption = definePolicy({
    name: "sns-topic-require-kms-encryption",
    description: "Every SNS topic is encrypted at rest under a customer-managed KMS key (kmsMasterKeyId, not alias/aws/sns).",
    clauses: ["DP-2.3", "DP-6.1"],
    severity: "medium",
    remediationSteps: "Set kmsMasterKeyId to a customer-managed key whose policy lets the publishing services (e.g. cloudwatch.amazonaws.com) use it.",
    check({ index, report }) {
        for (const topic of index.ofTypes([TOPIC_TYPE])) {
            const problem = customerKeyProblem(topic.props.kmsMasterKeyId, "kmsMasterKeyId");
            if (problem) report(topic, problem);
        }
    },
});
