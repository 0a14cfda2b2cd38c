import { definePolicy } from "../../../lib/define";
import { isAwsManagedKeyReference } from "../../../lib/encryption";
import { encryptionRules } from "../../../lib/s3";
import { BUCKET_TYPES } from "../../../lib/stack-index";
import { isTrue, isUnknown } from "../../../lib/values";

export const s3BucketRequireKmsEncryption = definePolicy({
    name: "s3-bucket-require-kms-encryption",
    description: "Every bucket encrypts by default with SSE-KMS under a customer-managed key and the bucket key on, or DSSE-KMS under a customer-managed key. SSE-S3 (AES256) and the AWS-managed aws/s3 key do not satisfy the policy. A bucket with no encryption configuration (side resource or inline) is a violation.",
    clauses: ["DP-2.1", "DP-6.1"],
    severity: "critical",
    remediationSteps: "Add an aws.s3.BucketServerSideEncryptionConfiguration with sseAlgorithm \"aws:kms\", kmsMasterKeyId set to a customer-managed key ARN and bucketKeyEnabled true (or use EncryptedBucket).",
    check({ index, report }) {
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            const rules = encryptionRules(index, bucket);
            if (rules === undefined || rules.length === 0) {
                report(bucket, "has no server-side encryption configuration: add one with SSE-KMS under a customer-managed key");
                continue;
            }
            for (const rule of rules) {
                if (isUnknown(rule.algorithm)) report(bucket, "its encryption algorithm is not known during preview, so SSE-KMS cannot be verified");
                else if (rule.algorithm !== "aws:kms" && rule.algorithm !== "aws:kms:dsse") report(bucket, `encrypts with ${JSON.stringify(rule.algorithm)}; use "aws:kms" under a customer-managed key`);
                else if (rule.keyId === undefined || rule.keyId === "") report(bucket, `uses ${rule.algorithm} without kmsMasterKeyId, i.e. the AWS-managed aws/s3 key; name a customer-managed key`);
                else if (typeof rule.keyId === "string" && isAwsManagedKeyReference(rule.keyId)) report(bucket, `uses the AWS-managed key ${rule.keyId}; name a customer-managed key`);
                else if (rule.algorithm === "aws:kms" && !isTrue(rule.bucketKey) && !isUnknown(rule.bucketKey)) report(bucket, "uses SSE-KMS without the bucket key; set bucketKeyEnabled true");
            }
        }
    },
});
