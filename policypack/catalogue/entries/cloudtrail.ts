/** CloudTrail trails: they carry access records to a bucket and a log group. */
import type { EventDataStoreArgs } from "@pulumi/aws/cloudtrail/eventDataStore";
import type { TrailArgs } from "@pulumi/aws/cloudtrail/trail";
import { entry } from "../entry";

export const cloudtrailTrail = entry<TrailArgs>()({
    types: ["aws:cloudtrail/trail:Trail"],
    holds: "records of API calls and data access",
    tagging: "carrier",
    inherent: {
        classification: "confidential",
        why: 'its records carry only the opaque keys of customer records (CLAUSES.md, "Keys of records are opaque")',
    },
    names: ["name"],
    atRest: [{ what: "log files", key: "kmsKeyId", keyAbsentMeans: "SSE-S3" }],
    inTransit: { notOffered: "CloudTrail delivers inside AWS over TLS" },
    retention: { notOffered: "the trail's bucket and log group keep its records and are judged on their own" },
    destinations: [
        { what: "delivers its records to", store: true, path: "s3BucketName", types: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] },
        { what: "delivers its records to", store: true, path: "cloudWatchLogsGroupArn", types: ["aws:cloudwatch/logGroup:LogGroup"] },
    ],
});

export const cloudtrailEventDataStore = entry<EventDataStoreArgs>()({
    types: ["aws:cloudtrail/eventDataStore:EventDataStore"],
    holds: "records of API calls and data access (CloudTrail Lake)",
    tagging: "store",
    inherent: {
        classification: "confidential",
        why: 'its records carry only the opaque keys of customer records (CLAUSES.md, "Keys of records are opaque")',
    },
    names: ["name"],
    atRest: [{ what: "events", key: "kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "CloudTrail delivers inside AWS over TLS" },
    retention: [{ what: "events", period: "retentionPeriod", unit: "days", absent: 2555 }],
});
