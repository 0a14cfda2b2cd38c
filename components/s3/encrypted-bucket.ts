import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Classification } from "../../policypack/contract";
import { awsContext, PolicyStatement } from "../aws-context";
import { DataKey, KEY_RULE, StoreKey, checkAccountIds, isStoreKey } from "../kms/data-key";
import { dataStoreTags } from "../tags";
import { DataAccess, GrantableStore, GrantOptions, grantToRole, StoreGrantResources } from "../iam/grantable-store";
import { ArgumentChecker, DataStoreClassificationArgs, checkDataStoreClassification } from "../validation";
import { AccessLogBucket } from "./access-log-bucket";
import { createBucketControls, planBucketLifecycle } from "./bucket-controls";
import { hasPulumiType } from "../resource-type";

export interface EncryptedBucketArgs extends DataStoreClassificationArgs {
    /** What the bucket holds; `pii` needs `piiCategories` and `purposes`. (DP-1.1) */
    readonly classification: Classification;
    /**
     * The customer-managed key for SSE-KMS. (DP-2.1, DP-6.2)
     * @default a DataKey of its own
     */
    readonly kmsKey?: StoreKey;
    /**
     * Where server access logs go; one AccessLogBucket can serve many buckets. (DP-4.3)
     * @default an AccessLogBucket of its own, owned by `owner`
     */
    readonly accessLogBucket?: AccessLogBucket;
    /**
     * Days a version lives once noncurrent; the current version's expiration is what the
     * retention leaves after it and S3's one-day lag. (DP-5.3)
     * @default 1
     */
    readonly noncurrentVersionExpirationDays?: number;
    /** Let `pulumi destroy` delete a bucket that still holds objects. @default false */
    readonly forceDestroy?: boolean;
    /**
     * Other accounts (a shipping provider's) that may read objects under `prefix`, and
     * nothing else; their accounts must be on the pack's `shippingProviderAccountIds`. The
     * bucket's own key then lets them decrypt through S3. (DP-3.1)
     * @default none
     */
    readonly externalReaders?: ExternalReaders;
}

/** Outside accounts that may read a bucket's objects (`EncryptedBucket` `externalReaders`). */
export interface ExternalReaders {
    /** Their AWS account ids. */
    readonly accountIds: readonly string[];
    /** The key prefix they may read under. @default "" (every object) */
    readonly prefix?: string;
    /**
     * The Sids of the bucket-policy statement that lets them read and of the key-policy
     * statement that lets them decrypt, to name who they are (letters and digits).
     * @default { readObjects: "ExternalAccountsReadObjects", decryptThroughS3: "ExternalAccountsDecryptThroughS3" }
     */
    readonly statementIds?: { readonly readObjects?: string; readonly decryptThroughS3?: string };
}

/**
 * An S3 bucket that holds data the policy protects: SSE-KMS on a customer-managed key with
 * the bucket key on (DP-2.1, DP-6.1), all public access blocked and ACLs disabled (DP-2.2),
 * a policy that denies plain HTTP, TLS older than 1.2 and uploads asking for another
 * encryption (DP-2.3), versioning with a lifecycle that erases every copy within
 * `retentionDays` (DP-5.2, DP-5.3, DP-5.4), access logging (DP-4.3), and the contract tags.
 */
export class EncryptedBucket extends pulumi.ComponentResource implements GrantableStore {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:s3:EncryptedBucket";

    /** Whether `value` is a EncryptedBucket, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is EncryptedBucket {
        return hasPulumiType(value, EncryptedBucket.TYPE);
    }

    /** The object actions each access gives: nothing on the bucket itself, nothing wider. */
    static readonly ACTIONS: Readonly<Record<DataAccess, readonly string[]>> = {
        read: ["s3:GetObject"],
        write: ["s3:PutObject", "s3:DeleteObject"],
        "read-write": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
    };
    /** Access to objects can be limited to a key prefix. */
    readonly grantsByPrefix = true;
    /**
     * The S3 bucket; its encryption, versioning, lifecycle, public access block, policy and logging are side resources,
     * children of this component.
     */
    readonly bucket: aws.s3.Bucket;
    /** The bucket's name. */
    readonly bucketName: pulumi.Output<string>;
    /** The bucket's ARN (what `grantStatement` and the audit trail name). */
    readonly bucketArn: pulumi.Output<string>;
    /** The customer-managed key the objects are encrypted under (`args.kmsKey`, or one made for it). */
    readonly kmsKey: StoreKey;
    /** The store's classification and purposes, as its tags declare them. */
    readonly classification: Classification;
    /** The purposes its `pii-purpose` tag declares. */
    readonly purposes: readonly string[];
    /** The ARN of `kmsKey`. */
    readonly keyArn: pulumi.Output<string>;
    /** Where its access logs go (`args.accessLogBucket`, or one made for it). */
    readonly accessLogBucket: AccessLogBucket;
    /** The bucket policy: plain HTTP, TLS below 1.2 and other encryption denied; the external readers, if any. */
    readonly policy: aws.s3.BucketPolicy;
    /** The access-logging configuration. */
    readonly logging: aws.s3.BucketLogging;
    /** Days after creation at which an object's current version expires. */
    readonly expirationDays: number;
    /** Days after becoming noncurrent at which a version is deleted. */
    readonly noncurrentVersionExpirationDays: number;
    /** Days within which every copy of an object is gone, S3's lag included. */
    readonly deletionBoundDays: number;

    constructor(name: string, args: EncryptedBucketArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`EncryptedBucket "${name}"`);
        const store = checkDataStoreClassification(check, args, args.classification);
        const lifecycle = planBucketLifecycle(check, store.retentionDays, args.noncurrentVersionExpirationDays);
        const forceDestroy = check.optionalBoolean("forceDestroy", args.forceDestroy, false);
        if (args.kmsKey !== undefined && !isStoreKey(args.kmsKey)) check.fail("kmsKey", KEY_RULE, typeof args.kmsKey);
        if (args.accessLogBucket !== undefined && !AccessLogBucket.isInstance(args.accessLogBucket)) {
            check.fail("accessLogBucket", "must be an AccessLogBucket", typeof args.accessLogBucket);
        }
        const readers =
            args.externalReaders === undefined
                ? undefined
                : {
                      accountIds: checkAccountIds(check, "externalReaders.accountIds", args.externalReaders.accountIds),
                      prefix: args.externalReaders.prefix ?? "",
                      readSid: check.statementId(
                          "externalReaders.statementIds.readObjects",
                          args.externalReaders.statementIds?.readObjects ?? "ExternalAccountsReadObjects",
                      ),
                      decryptSid: check.statementId(
                          "externalReaders.statementIds.decryptThroughS3",
                          args.externalReaders.statementIds?.decryptThroughS3 ?? "ExternalAccountsDecryptThroughS3",
                      ),
                  };
        if (readers && (typeof readers.prefix !== "string" || /[*?]/.test(readers.prefix)))
            check.fail("externalReaders.prefix", "must be a key prefix without wildcards", readers.prefix);
        if (
            readers &&
            args.kmsKey !== undefined &&
            !readers.accountIds.every((id) => args.kmsKey!.externalS3DecryptAccounts.includes(id))
        ) {
            check.fail(
                "kmsKey",
                "must admit the external readers (DataKey externalS3DecryptAccounts)",
                args.kmsKey.externalS3DecryptAccounts,
            );
        }
        super(EncryptedBucket.TYPE, name, {}, opts);

        this.classification = store.classification;
        this.purposes = store.purposes;
        this.expirationDays = lifecycle.expirationDays;
        this.noncurrentVersionExpirationDays = lifecycle.noncurrentVersionExpirationDays;
        this.deletionBoundDays = lifecycle.deletionBoundDays;
        this.kmsKey =
            args.kmsKey ??
            new DataKey(
                `${name}-key`,
                {
                    description: `Objects in ${name}`,
                    owner: store.owner,
                    viaServices: ["s3"],
                    externalS3DecryptAccounts: readers?.accountIds,
                    externalS3DecryptStatementId: readers?.decryptSid,
                },
                { parent: this },
            );
        this.accessLogBucket =
            args.accessLogBucket ??
            new AccessLogBucket(
                `${name}-access-logs`,
                {
                    owner: store.owner,
                    tags: store.extraTags,
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
            accessLogs: this.accessLogBucket,
            extraStatements:
                readers === undefined || readers.accountIds.length === 0
                    ? undefined
                    : (bucketArn) => [
                          {
                              Sid: readers.readSid,
                              Effect: "Allow",
                              // The partition of the bucket's own ARN (aws, aws-cn, aws-us-gov), never a fixed one.
                              Principal: { AWS: readers.accountIds.map((id) => `arn:${bucketArn.split(":")[1]}:iam::${id}:root`) },
                              Action: "s3:GetObject",
                              Resource: `${bucketArn}/${readers.prefix}*`,
                          },
                      ],
        });
        this.bucket = controls.bucket;
        this.policy = controls.policy;
        this.logging = controls.logging!;
        this.bucketName = controls.bucket.bucket;
        this.bucketArn = controls.bucket.arn;
        this.keyArn = this.kmsKey.keyArn;
        this.registerOutputs({
            bucketName: this.bucketName,
            bucketArn: this.bucketArn,
            keyArn: this.keyArn,
            logBucketName: this.accessLogBucket.bucketName,
        });
    }

    /** The statement giving `access` to the objects (under `options.prefix`), Sid `Bucket<id>`. */
    grantStatement(access: DataAccess, id: string, options: GrantOptions = {}): pulumi.Output<PolicyStatement> {
        return this.bucketArn.apply((arn) => ({
            Sid: `Bucket${id}`,
            Effect: "Allow" as const,
            Action: [...EncryptedBucket.ACTIONS[access]],
            Resource: `${arn}/${options.prefix ?? ""}*`,
        }));
    }

    /** Lets `role` read the objects (under `options.prefix`): a role policy and a decrypt grant on the key, named after `id`. */
    grantRead(id: string, role: aws.iam.Role, options?: GrantOptions): StoreGrantResources {
        return grantToRole(this, `EncryptedBucket grantRead`, id, role, "read", options);
    }

    /** Lets `role` read, write and delete the objects (under `options.prefix`), and use the key both ways. */
    grantReadWrite(id: string, role: aws.iam.Role, options?: GrantOptions): StoreGrantResources {
        return grantToRole(this, `EncryptedBucket grantReadWrite`, id, role, "read-write", options);
    }
}
