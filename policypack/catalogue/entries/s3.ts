/** S3 beyond the bucket itself: its policy and ACL side resources, objects, object lock. */
import type { BucketAclArgs } from "@pulumi/aws/s3/bucketAcl";
import type { BucketObjectv2Args } from "@pulumi/aws/s3/bucketObjectv2";
import type { BucketObjectLockConfigurationArgs } from "@pulumi/aws/s3/bucketObjectLockConfiguration";
import type { BucketPolicyArgs } from "@pulumi/aws/s3/bucketPolicy";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];

const NOTHING_STORED = { notOffered: "a configuration stores no objects" };

export const s3BucketPolicy = entry<BucketPolicyArgs>()({
    types: ["aws:s3/bucketPolicy:BucketPolicy"],
    holds: "access to a bucket",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ what: "its bucket policy", policyDocument: "policy" }],
    retention: NOTHING_STORED,
});

export const s3BucketAcl = entry<BucketAclArgs>()({
    types: ["aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2"],
    holds: "access to a bucket",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [
        { what: "its ACL", acl: "acl" },
        { what: "its ACL", acl: "accessControlPolicy.grants.grantee.uri" },
    ],
    retention: NOTHING_STORED,
});

/** Object Lock and legal holds keep an object past any lifecycle rule. */
function checkObjectLock({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const { objectLockRetainUntilDate: until, objectLockLegalHoldStatus: hold } = store.res.props;
    if (isUnknown(until) || isUnknown(hold)) report("its object lock settings are not known during preview");
    if (typeof hold === "string" && hold.toUpperCase() === "ON")
        report("a legal hold keeps the object until someone lifts it, past the retention of personal data");
    const untilTime = typeof until === "string" ? Date.parse(until) : NaN;
    if (!Number.isNaN(untilTime) && untilTime > Date.now() + limit * 86_400_000)
        report(`Object Lock keeps the object until ${until}, more than ${limit} days from now`);
}

export const s3BucketObject = entry<BucketObjectv2Args>()({
    types: ["aws:s3/bucketObjectv2:BucketObjectv2", "aws:s3/bucketObject:BucketObject", "aws:s3/objectCopy:ObjectCopy"],
    holds: "an object's content",
    tagging: "copy",
    sources: [
        { path: "bucket", types: BUCKET_TYPES },
        // An ObjectCopy's `source` is `bucket/key`: a copy of that bucket's object.
        { path: "source", types: BUCKET_TYPES, pattern: /^([^/]+)\/./ },
    ],
    atRest: [
        {
            what: "the object",
            when: { path: "serverSideEncryption" },
            enabled: {
                path: "serverSideEncryption",
                on: ["aws:kms", "aws:kms:dsse"],
                absent: true,
                absentMeans: "the bucket's default encryption",
            },
            key: "kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/s3 key",
        },
    ],
    inTransit: { notOffered: "uploaded by the provider over HTTPS; reads are governed by the bucket's policy" },
    exposure: [{ what: "the object", acl: "acl" }],
    retention: [{ custom: checkObjectLock, summary: "no Object Lock retention or legal hold beyond the retention" }],
    // The bucket holds the object: an object copied from a PII bucket makes its bucket hold personal data.
    destinations: [{ what: "puts the object in", store: true, path: "bucket", types: BUCKET_TYPES }],
});

export const s3BucketObjectLockConfiguration = entry<BucketObjectLockConfigurationArgs>()({
    types: [
        "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
        "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
    ],
    holds: "the bucket's default Object Lock retention",
    tagging: "copy",
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    retention: [
        { what: "every new object under Object Lock", period: "rule.defaultRetention.days", unit: "days", absent: 0 },
        { what: "every new object under Object Lock", period: "rule.defaultRetention.years", unit: "years", absent: 0 },
    ],
});
