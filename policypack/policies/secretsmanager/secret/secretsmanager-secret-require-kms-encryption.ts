import { definePolicy } from "../../../lib/define";
import { customerKeyProblem } from "../../../lib/encryption";

export const secretsmanagerSecretRequireKmsEncryption = definePolicy({
    name: "secretsmanager-secret-require-kms-encryption",
    description: "Every Secrets Manager secret (such as the shipping provider's API credentials) is encrypted under a customer-managed KMS key (kmsKeyId), not the AWS-managed aws/secretsmanager key.",
    clauses: ["DP-2.3", "DP-3.1"],
    severity: "high",
    remediationSteps: "Set kmsKeyId to a customer-managed key whose use is granted only to the roles that read the secret.",
    check({ index, report }) {
        for (const secret of index.ofTypes(["aws:secretsmanager/secret:Secret"])) {
            const problem = customerKeyProblem(secret.props.kmsKeyId, "kmsKeyId");
            if (problem) report(secret, problem);
        }
    },
});
