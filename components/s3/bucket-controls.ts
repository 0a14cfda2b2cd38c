import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
    S3_LIFECYCLE_LAG_DAYS,
    S3_MIN_NONCURRENT_DAYS,
    S3_MIN_VERSIONED_RETENTION_DAYS,
    s3VersionedDeletionBoundDays,
} from "../../policypack/contract";
import { AwsContext, policyDocument, PolicyStatement } from "../aws-context";
import { StoreKey } from "../kms/data-key";
import { ArgumentChecker } from "../validation";

/** Lifecycle timings derived from a retention (see policypack/contract/retention.ts). */
export interface BucketLifecyclePlan {
    /** Days after creation at which the current version expires. */
    readonly expirationDays: number;
    /** Days after becoming noncurrent at which a version is deleted. */
    readonly noncurrentVersionExpirationDays: number;
    /** Days within which every copy is gone, S3's own lag included; never above the retention. */
    readonly deletionBoundDays: number;
}

/**
 * Splits a retention between current and noncurrent versions so that the end-to-end bound,
 * S3's midnight rounding included, equals the retention (DP-5.3, DP-5.4).
 */
export function planBucketLifecycle(check: ArgumentChecker, retentionDays: number, noncurrentDaysArg: unknown): BucketLifecyclePlan {
    const noncurrentVersionExpirationDays = check.optionalWholeNumber(
        "noncurrentVersionExpirationDays",
        noncurrentDaysArg,
        S3_MIN_NONCURRENT_DAYS,
        S3_MIN_NONCURRENT_DAYS,
    );
    const expirationDays = retentionDays - S3_LIFECYCLE_LAG_DAYS - noncurrentVersionExpirationDays;
    if (retentionDays < S3_MIN_VERSIONED_RETENTION_DAYS) {
        check.fail(
            "retentionDays",
            `must be at least ${S3_MIN_VERSIONED_RETENTION_DAYS} for a versioned bucket (1 day current + ${S3_LIFECYCLE_LAG_DAYS} day S3 lag + ${S3_MIN_NONCURRENT_DAYS} day noncurrent)`,
            retentionDays,
        );
    }
    if (expirationDays < 1) {
        check.fail(
            "noncurrentVersionExpirationDays",
            `must leave at least 1 day of current life within retentionDays (${retentionDays}) after S3's ${S3_LIFECYCLE_LAG_DAYS} day lag`,
            noncurrentVersionExpirationDays,
        );
    }
    return {
        expirationDays,
        noncurrentVersionExpirationDays,
        deletionBoundDays: s3VersionedDeletionBoundDays(expirationDays, noncurrentVersionExpirationDays),
    };
}

export interface BucketControlsOptions {
    readonly name: string;
    readonly parent: pulumi.Resource;
    readonly context: AwsContext;
    readonly key: StoreKey;
    readonly lifecycle: BucketLifecyclePlan;
    readonly tags: Record<string, string>;
    readonly forceDestroy: boolean;
    /** Extra statements of the bucket policy, given the bucket ARN. */
    readonly extraStatements?: (bucketArn: string, accountId: string) => PolicyStatement[];
    /** Where server access logs go (under `<name>/`); a log bucket itself has none. */
    readonly accessLogs?: { readonly bucket: aws.s3.Bucket; readonly policy: aws.s3.BucketPolicy };
}

export interface BucketControls {
    readonly bucket: aws.s3.Bucket;
    readonly encryption: aws.s3.BucketServerSideEncryptionConfiguration;
    readonly publicAccessBlock: aws.s3.BucketPublicAccessBlock;
    readonly ownershipControls: aws.s3.BucketOwnershipControls;
    readonly versioning: aws.s3.BucketVersioning;
    readonly lifecycleConfiguration: aws.s3.BucketLifecycleConfiguration;
    readonly policy: aws.s3.BucketPolicy;
    readonly logging?: aws.s3.BucketLogging;
}

/**
 * The statements every bucket's policy carries: TLS only, TLS 1.2 or newer, and no upload
 * that asks for an encryption other than SSE-KMS under the bucket's own key (DP-2.3, DP-6.1).
 */
export function baselineBucketStatements(bucketArn: string, keyArn: string): PolicyStatement[] {
    const everything = [bucketArn, `${bucketArn}/*`];
    return [
        {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: everything,
            Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
        {
            Sid: "DenyTlsOlderThan12",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: everything,
            Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } },
        },
        {
            Sid: "DenyUploadsAskingForOtherEncryption",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:PutObject",
            Resource: `${bucketArn}/*`,
            Condition: {
                Null: { "s3:x-amz-server-side-encryption": "false" },
                StringNotEquals: { "s3:x-amz-server-side-encryption": "aws:kms" },
            },
        },
        {
            Sid: "DenyUploadsAskingForOtherKey",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:PutObject",
            Resource: `${bucketArn}/*`,
            Condition: {
                Null: { "s3:x-amz-server-side-encryption-aws-kms-key-id": "false" },
                StringNotEquals: { "s3:x-amz-server-side-encryption-aws-kms-key-id": keyArn },
            },
        },
    ];
}

/** The bucket and the side resources that make it compliant, each a child of `parent`. */
export function createBucketControls(options: BucketControlsOptions): BucketControls {
    const { name, key, lifecycle } = options;
    const childOpts = { parent: options.parent };
    const bucket = new aws.s3.Bucket(`${name}-bucket`, { forceDestroy: options.forceDestroy, tags: options.tags }, childOpts);

    const encryption = new aws.s3.BucketServerSideEncryptionConfiguration(
        `${name}-encryption`,
        {
            bucket: bucket.id,
            rules: [
                {
                    applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.keyArn },
                    bucketKeyEnabled: true,
                    blockedEncryptionTypes: ["SSE-C"],
                },
            ],
        },
        childOpts,
    );

    const publicAccessBlock = new aws.s3.BucketPublicAccessBlock(
        `${name}-public-access-block`,
        {
            bucket: bucket.id,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        },
        childOpts,
    );

    const ownershipControls = new aws.s3.BucketOwnershipControls(
        `${name}-ownership`,
        {
            bucket: bucket.id,
            rule: { objectOwnership: "BucketOwnerEnforced" },
        },
        childOpts,
    );

    const versioning = new aws.s3.BucketVersioning(
        `${name}-versioning`,
        {
            bucket: bucket.id,
            versioningConfiguration: { status: "Enabled" },
        },
        childOpts,
    );

    // S3 rejects expiredObjectDeleteMarker together with days in one expiration: two rules.
    const lifecycleConfiguration = new aws.s3.BucketLifecycleConfiguration(
        `${name}-lifecycle`,
        {
            bucket: bucket.id,
            rules: [
                {
                    id: "expire-every-copy",
                    status: "Enabled",
                    filter: {},
                    expiration: { days: lifecycle.expirationDays },
                    noncurrentVersionExpiration: { noncurrentDays: lifecycle.noncurrentVersionExpirationDays },
                    abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
                },
                {
                    id: "remove-expired-delete-markers",
                    status: "Enabled",
                    filter: {},
                    expiration: { expiredObjectDeleteMarker: true },
                },
            ],
        },
        { ...childOpts, dependsOn: [versioning] },
    );

    const statements = pulumi
        .all([bucket.arn, key.keyArn, options.context.accountId])
        .apply(([bucketArn, keyArn, accountId]) => [
            ...baselineBucketStatements(bucketArn, keyArn),
            ...(options.extraStatements?.(bucketArn, accountId) ?? []),
        ]);
    // Attached once the public access block is in place, so the bucket is never open meanwhile.
    const policy = new aws.s3.BucketPolicy(
        `${name}-policy`,
        {
            bucket: bucket.id,
            policy: policyDocument(statements),
        },
        { ...childOpts, dependsOn: [publicAccessBlock] },
    );

    // Delivery starts once the log bucket's policy admits the S3 logging service.
    const logging =
        options.accessLogs &&
        new aws.s3.BucketLogging(
            `${name}-access-logging`,
            {
                bucket: bucket.id,
                targetBucket: options.accessLogs.bucket.id,
                targetPrefix: `${name}/`,
            },
            { ...childOpts, dependsOn: [options.accessLogs.policy] },
        );

    return { bucket, encryption, publicAccessBlock, ownershipControls, versioning, lifecycleConfiguration, policy, logging };
}
