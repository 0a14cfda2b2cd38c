import { S3_LIFECYCLE_LAG_DAYS } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { lifecycleRules, mayKeepVersions } from "../../../lib/s3";
import { BUCKET_TYPES } from "../../../lib/stack-index";

export const s3BucketRequireLifecycle = definePolicy({
    name: "s3-bucket-require-lifecycle",
    description: "A PII bucket has enabled lifecycle rules over the whole bucket that expire current objects, expire noncurrent versions and expired delete markers (when versions can exist) and abort incomplete multipart uploads, such that expiration + S3's one-day lag + noncurrent expiration fits both the bucket's retention-days and maxPiiRetentionDays.",
    clauses: ["DP-5.2", "DP-5.3", "DP-5.4"],
    severity: "critical",
    remediationSteps: "Add an aws.s3.BucketLifecycleConfiguration with, for the whole bucket (filter {}), an enabled rule with expiration.days, noncurrentVersionExpiration.noncurrentDays and abortIncompleteMultipartUpload.daysAfterInitiation, and a second rule with expiration.expiredObjectDeleteMarker true; days + 1 + noncurrent days must not exceed the retention.",
    config: ["maxPiiRetentionDays"],
    check({ index, config, report }) {
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            const store = index.store(bucket.urn);
            if (!store?.isPii) continue;
            const limit = Math.min(config.maxPiiRetentionDays, store.retentionDays ?? config.maxPiiRetentionDays);
            const rules = lifecycleRules(index, bucket);
            if (rules.some((rule) => rule.enabled === "unknown")) report(bucket, "the status of a lifecycle rule is not known during preview, so deletion cannot be verified");
            const active = rules.filter((rule) => rule.enabled === true && rule.wholeBucket);
            if (rules.some((rule) => rule.enabled === true && !rule.wholeBucket) && active.length === 0) {
                report(bucket, "its lifecycle rules are filtered (prefix or tags), so objects outside the filter are never deleted: use a rule over the whole bucket");
            }
            const expirations = active.map((r) => r.expirationDays).filter((d): d is number => d !== undefined);
            if (expirations.length === 0) {
                report(bucket, "has no enabled whole-bucket lifecycle rule that expires current objects");
                continue;
            }
            const expirationDays = Math.min(...expirations);
            let bound = expirationDays + S3_LIFECYCLE_LAG_DAYS;
            if (mayKeepVersions(index, bucket)) {
                const noncurrent = active.map((r) => r.noncurrentDays).filter((d): d is number => d !== undefined);
                if (noncurrent.length === 0) report(bucket, "keeps versions but no enabled whole-bucket rule expires noncurrent versions");
                else bound += Math.min(...noncurrent);
                if (!active.some((r) => r.expiredObjectDeleteMarker)) report(bucket, "keeps versions but no rule removes expired delete markers (expiration.expiredObjectDeleteMarker)");
            }
            if (!active.some((r) => r.abortMultipartDays !== undefined && r.abortMultipartDays <= limit)) {
                report(bucket, `no whole-bucket rule aborts incomplete multipart uploads within ${limit} days`);
            }
            if (bound > limit) {
                report(bucket, `copies may live ${bound} days (expiration ${expirationDays} + ${S3_LIFECYCLE_LAG_DAYS} day S3 lag${mayKeepVersions(index, bucket) ? " + noncurrent expiration" : ""}), more than the ${limit} allowed`);
            }
        }
    },
});
