import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Classification } from "../../policypack/contract";
import { awsContext } from "../aws-context";
import { DataKey, StoreKey } from "../kms/data-key";
import { dataStoreTags } from "../tags";
import { ArgumentChecker, checkDataStoreClassification } from "../validation";
import { createBucketControls, planBucketLifecycle } from "./bucket-controls";
import { hasPulumiType } from "../resource-type";

export interface AccessLogBucketArgs {
    /** The team that answers for the logs, written to the `owner` tag. */
    readonly owner: string;
    /**
     * Classification of the logs. Access logs hold object keys and requester identities, not
     * object contents; keep personal data out of object keys, or classify the logs `pii`.
     * @default "confidential"
     */
    readonly classification?: Classification;
    /** Whole days within which every copy of a log record is erased. (DP-5.1) @default 90 */
    readonly retentionDays?: number;
    /** Needed when `classification` is `pii`. @default none */
    readonly piiCategories?: readonly string[];
    /** Needed when `classification` is `pii`. @default none */
    readonly purposes?: readonly string[];
    /** The policy's maximum retention for personal data. @default 3 */
    readonly maxPiiRetentionDays?: number;
    /**
     * The key the logs are encrypted under; it must admit `s3-server-access-logs`.
     * @default a DataKey of its own
     */
    readonly kmsKey?: StoreKey;
    /** Days a version lives once noncurrent. @default 1 */
    readonly noncurrentVersionExpirationDays?: number;
    /** Let `pulumi destroy` delete a bucket that still holds logs. @default false */
    readonly forceDestroy?: boolean;
    /** More tags; the contract tags cannot be set here. @default {} */
    readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The target of S3 server access logging, as compliant as the buckets it serves: SSE-KMS
 * under a customer-managed key, public access blocked, TLS-only policy, versioning and a
 * lifecycle that erases every copy within the retention. Being a log target is its access
 * log (a bucket cannot log to itself without a loop). One log bucket can serve many buckets.
 */
export class AccessLogBucket extends pulumi.ComponentResource {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:s3:AccessLogBucket";

    /** Whether `value` is a AccessLogBucket, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is AccessLogBucket {
        return hasPulumiType(value, AccessLogBucket.TYPE);
    }

    /** The log bucket: SSE-KMS, private, a retention lifecycle, writable by S3's logging service only. */
    readonly bucket: aws.s3.Bucket;
    /** The bucket's name (what a bucket's logging targets). */
    readonly bucketName: pulumi.Output<string>;
    /** The bucket's ARN. */
    readonly bucketArn: pulumi.Output<string>;
    /** The key the logs are encrypted under. */
    readonly kmsKey: StoreKey;
    /** The bucket policy: TLS required, writes from S3's logging service only. */
    readonly policy: aws.s3.BucketPolicy;

    constructor(name: string, args: AccessLogBucketArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`AccessLogBucket "${name}"`);
        const store = checkDataStoreClassification(
            check,
            { ...args, retentionDays: args.retentionDays ?? 90 },
            args.classification ?? "confidential",
        );
        const lifecycle = planBucketLifecycle(check, store.retentionDays, args.noncurrentVersionExpirationDays);
        const forceDestroy = check.optionalBoolean("forceDestroy", args.forceDestroy, false);
        if (args.kmsKey !== undefined && !args.kmsKey.servicePrincipals.includes("s3-server-access-logs")) {
            check.fail(
                "kmsKey",
                `must admit the S3 logging service (DataKey servicePrincipals: ["s3-server-access-logs"])`,
                args.kmsKey.servicePrincipals,
            );
        }
        super(AccessLogBucket.TYPE, name, {}, opts);

        this.kmsKey =
            args.kmsKey ??
            new DataKey(
                `${name}-key`,
                {
                    description: `Server access logs in ${name}`,
                    owner: store.owner,
                    servicePrincipals: ["s3-server-access-logs"],
                    viaServices: ["s3"],
                },
                { parent: this },
            );
        const controls = createBucketControls({
            name,
            parent: this,
            context: awsContext(this),
            key: this.kmsKey,
            lifecycle,
            tags: dataStoreTags(store),
            forceDestroy,
            extraStatements: (bucketArn, accountId) => [
                {
                    Sid: "S3ServerAccessLoggingDelivers",
                    Effect: "Allow",
                    Principal: { Service: "logging.s3.amazonaws.com" },
                    Action: "s3:PutObject",
                    Resource: `${bucketArn}/*`,
                    Condition: { StringEquals: { "aws:SourceAccount": accountId } },
                },
            ],
        });
        this.bucket = controls.bucket;
        this.policy = controls.policy;
        this.bucketName = controls.bucket.bucket;
        this.bucketArn = controls.bucket.arn;
        this.registerOutputs({ bucketName: this.bucketName, bucketArn: this.bucketArn, keyArn: this.kmsKey.keyArn });
    }
}
