import { definePolicy } from "../../../lib/define";
import { RDS_CLUSTER_TYPES, RDS_INSTANCE_TYPES } from "../../../lib/stack-index";
import { isTrue } from "../../../lib/values";
import { isAwsManagedKeyReference } from "../../../lib/encryption";

export const rdsDatabaseRequireKmsEncryption = definePolicy({
    name: "rds-database-require-kms-encryption",
    description: "Every RDS instance and cluster has storage encrypted under a customer-managed key (storageEncrypted and kmsKeyId; without kmsKeyId RDS uses the AWS-managed aws/rds key), and Performance Insights, when on, under a customer-managed key too.",
    clauses: ["DP-2.1", "DP-2.3", "DP-6.1"],
    severity: "critical",
    remediationSteps: "Set storageEncrypted true, kmsKeyId and performanceInsightsKmsKeyId to a customer-managed key ARN, and manageMasterUserPassword true with masterUserSecretKmsKeyId instead of password (AuditedRdsInstance does).",
    check({ index, report }) {
        for (const db of index.ofTypes([...RDS_INSTANCE_TYPES, ...RDS_CLUSTER_TYPES])) {
            const replica = typeof db.props.replicateSourceDb === "string" && db.props.replicateSourceDb !== "";
            if (!isTrue(db.props.storageEncrypted) && !replica) report(db, "storage is not encrypted (storageEncrypted is not true)");
            else if (db.props.kmsKeyId === undefined || db.props.kmsKeyId === "") report(db, "storage is encrypted with the AWS-managed aws/rds key: set kmsKeyId to a customer-managed key");
            else if (typeof db.props.kmsKeyId === "string" && isAwsManagedKeyReference(db.props.kmsKeyId)) report(db, `storage uses the AWS-managed key ${db.props.kmsKeyId}`);
            if (isTrue(db.props.performanceInsightsEnabled) && (db.props.performanceInsightsKmsKeyId === undefined || db.props.performanceInsightsKmsKeyId === "")) {
                report(db, "Performance Insights is on without performanceInsightsKmsKeyId, i.e. under the AWS-managed key");
            }
        }
    },
});
