import { definePolicy } from "../../../lib/define";
import { customerKeyProblem } from "../../../lib/encryption";

export const sqsQueueRequireKmsEncryption = definePolicy({
    name: "sqs-queue-require-kms-encryption",
    description: "Every SQS queue is encrypted at rest under a customer-managed KMS key (kmsMasterKeyId); SSE-SQS (sqsManagedSseEnabled) and alias/aws/sqs do not satisfy the policy.",
    clauses: ["DP-2.3", "DP-6.1"],
    severity: "medium",
    remediationSteps: "Set kmsMasterKeyId to a customer-managed key.",
    check({ index, report }) {
        for (const queue of index.ofTypes(["aws:sqs/queue:Queue"])) {
            const problem = customerKeyProblem(queue.props.kmsMasterKeyId, "kmsMasterKeyId");
            if (problem) report(queue, problem);
        }
    },
});
