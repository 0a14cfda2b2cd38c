import { definePolicy } from "../../../lib/define";
import { BUCKET_TYPES } from "../../../lib/stack-index";
import { bucketsWithoutAccessLogging } from "./s3-bucket-require-access-logging";

export const s3BucketRecommendAccessLogging = definePolicy({
    name: "s3-bucket-recommend-access-logging",
    description:
        "Buckets classified internal or public log their requests with S3 server access logging, unless they are access-log targets. This policy is advisory because DP-4.3 makes server access logging mandatory only on pii and confidential buckets and on the trail's own bucket: on buckets that hold no personal or confidential data the logs help an investigation but are not a control the policy requires.",
    clauses: ["DP-4.3"],
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
        "Add an aws.s3.BucketLogging that sends the bucket's access logs to a compliant log bucket (AccessLogBucket), or leave it without logs if the bucket's requests need no record.",
    judges: { types: BUCKET_TYPES },
    check({ index, report }) {
        for (const { bucket, mandatory, why } of bucketsWithoutAccessLogging(index)) {
            if (!mandatory)
                report(bucket, `has no server access logging and is not an access-log target; recommended (advisory) since ${why}`);
        }
    },
});
