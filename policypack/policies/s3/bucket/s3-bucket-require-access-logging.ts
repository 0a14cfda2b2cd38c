import { definePolicy } from "../../../lib/define";
import { parsePolicyDocument } from "../../../lib/policy-document";
import { bucketNames, bucketPolicyDocuments, logTargets, loggingTargets } from "../../../lib/s3";
import { BUCKET_TYPES, Res, StackIndex } from "../../../lib/stack-index";

/** A log target: another bucket logs to it, or its policy lets S3 server access logging write. */
function isLogTarget(index: StackIndex, bucket: Res, targets: Set<string>): boolean {
    if (bucketNames(bucket).some((name) => targets.has(name))) return true;
    return bucketPolicyDocuments(index, bucket).some(({ document }) => {
        const parsed = parsePolicyDocument(document);
        return parsed.kind === "parsed" && parsed.statements.some((s) => s.effect === "Allow" && (s.principals ?? []).some((p) => p.type === "Service" && p.value === "logging.s3.amazonaws.com"));
    });
}

export const s3BucketRequireAccessLogging = definePolicy({
    name: "s3-bucket-require-access-logging",
    description: "Every bucket logs its requests with S3 server access logging, except a bucket that is itself an access-log target (logging it to itself would loop). Object-level CloudTrail data events for PII buckets are checked by cloudtrail-trail-require-data-events.",
    clauses: ["DP-4.3"],
    severity: "medium",
    remediationSteps: "Add an aws.s3.BucketLogging that sends the bucket's access logs to a compliant log bucket (AccessLogBucket).",
    check({ index, report }) {
        const targets = logTargets(index);
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            if (loggingTargets(index, bucket).length > 0) continue;
            if (isLogTarget(index, bucket, targets)) continue;
            report(bucket, "has no server access logging and is not an access-log target");
        }
    },
});
