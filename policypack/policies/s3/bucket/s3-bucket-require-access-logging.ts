import { definePolicy } from "../../../lib/define";
import { TRAIL_TYPE } from "../../../lib/monitoring";
import { parsePolicyDocument } from "../../../lib/policy-document";
import { bucketNames, bucketPolicyDocuments, logTargets, loggingTargets } from "../../../lib/s3";
import { BUCKET_TYPES, Res, StackIndex } from "../../../lib/stack-index";
import { storeOf } from "../../../lib/stores";

/** A log target: another bucket logs to it, or its policy lets S3 server access logging write. */
function isLogTarget(index: StackIndex, bucket: Res, targets: Set<string>): boolean {
    if (bucketNames(bucket).some((name) => targets.has(name))) return true;
    return bucketPolicyDocuments(index, bucket).some(({ document }) => {
        const parsed = parsePolicyDocument(document);
        return (
            parsed.kind === "parsed" &&
            parsed.statements.some(
                (s) =>
                    s.effect === "Allow" &&
                    (s.principals ?? []).some((p) => p.type === "Service" && p.value === "logging.s3.amazonaws.com"),
            )
        );
    });
}

/** The buckets CloudTrail trails of the stack deliver to (their s3BucketName, by dependency or name). */
function trailBuckets(index: StackIndex): Set<string> {
    return index.memo("s3:trail-buckets", () => {
        const names = new Set<string>();
        for (const trail of index.ofTypes([TRAIL_TYPE])) {
            for (const dep of trail.source.propertyDependencies?.s3BucketName ?? []) names.add(dep.urn);
            if (typeof trail.props.s3BucketName === "string") names.add(trail.props.s3BucketName);
        }
        return names;
    });
}

export interface BucketWithoutLogging {
    readonly bucket: Res;
    /** DP-4.3 requires it: a `pii` or `confidential` bucket (or one the pack must treat as such), or a trail's own bucket. */
    readonly mandatory: boolean;
    /** Why, for the message. */
    readonly why: string;
}

/**
 * The buckets without S3 server access logging, with whether DP-4.3 requires it (a `pii` or
 * `confidential` bucket, an unclassified one, treated as pii, and the bucket a trail of the
 * stack writes to) or only recommends it (`internal` and `public` buckets). Log targets are
 * exempt: logging a log bucket to itself would loop.
 */
export function bucketsWithoutAccessLogging(index: StackIndex): BucketWithoutLogging[] {
    return index.memo("s3:buckets-without-access-logging", () => {
        const targets = logTargets(index);
        const trails = trailBuckets(index);
        const found: BucketWithoutLogging[] = [];
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            if (loggingTargets(index, bucket).length > 0) continue;
            if (isLogTarget(index, bucket, targets)) continue;
            const store = storeOf(index, bucket.urn);
            const classification = store?.classification ?? "unclassified";
            const classified =
                store?.declared === classification
                    ? `it is classified ${classification}`
                    : classification === "unclassified" ||
                        (store?.declared === undefined && store?.classifiedBy.startsWith("no classification"))
                      ? "it has no classification (treated as pii)"
                      : `it is treated as ${classification} (${store?.classifiedBy})`;
            if (bucketNames(bucket).some((name) => trails.has(name)))
                found.push({ bucket, mandatory: true, why: "it is the bucket a CloudTrail trail of the stack writes to" });
            else if (classification === "internal" || classification === "public")
                found.push({ bucket, mandatory: false, why: classified });
            else found.push({ bucket, mandatory: true, why: classified });
        }
        return found;
    });
}

export const s3BucketRequireAccessLogging = definePolicy({
    name: "s3-bucket-require-access-logging",
    description:
        "Every bucket classified pii or confidential (or unclassified, treated as pii), and the bucket a CloudTrail trail of the stack writes to, logs its requests with S3 server access logging, except a bucket that is itself an access-log target (logging it to itself would loop). Internal and public buckets are checked by the advisory s3-bucket-recommend-access-logging; object-level CloudTrail data events for PII buckets by cloudtrail-trail-require-data-events.",
    clauses: ["DP-4.3"],
    severity: "medium",
    remediationSteps: "Add an aws.s3.BucketLogging that sends the bucket's access logs to a compliant log bucket (AccessLogBucket).",
    judges: { types: BUCKET_TYPES },
    check({ index, report }) {
        for (const { bucket, mandatory, why } of bucketsWithoutAccessLogging(index)) {
            if (mandatory)
                report(bucket, `has no server access logging and is not an access-log target; DP-4.3 requires it because ${why}`);
        }
    },
});
