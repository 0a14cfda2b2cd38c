/**
 * S3 beyond the general-purpose bucket and its own settings: access points, the account-wide
 * public access block, exports and event feeds of a bucket (inventory, analytics, metadata
 * tables, notifications), replication and website hosting as sides of their bucket, directory
 * buckets (S3 Express), S3 Files file systems and S3 Vectors.
 */
import type { AccessPointArgs } from "@pulumi/aws/s3/accessPoint";
import type { AccountPublicAccessBlockArgs } from "@pulumi/aws/s3/accountPublicAccessBlock";
import type { AnalyticsConfigurationArgs } from "@pulumi/aws/s3/analyticsConfiguration";
import type { BucketMetadataConfigurationArgs } from "@pulumi/aws/s3/bucketMetadataConfiguration";
import type { BucketNotificationArgs } from "@pulumi/aws/s3/bucketNotification";
import type { BucketReplicationConfigArgs } from "@pulumi/aws/s3/bucketReplicationConfig";
import type { BucketWebsiteConfigurationArgs } from "@pulumi/aws/s3/bucketWebsiteConfiguration";
import type { DirectoryBucketArgs } from "@pulumi/aws/s3/directoryBucket";
import type { FilesFileSystemArgs } from "@pulumi/aws/s3/filesFileSystem";
import type { FilesFileSystemPolicyArgs } from "@pulumi/aws/s3/filesFileSystemPolicy";
import type { FilesMountTargetArgs } from "@pulumi/aws/s3/filesMountTarget";
import type { FilesSynchronizationConfigurationArgs } from "@pulumi/aws/s3/filesSynchronizationConfiguration";
import type { InventoryArgs } from "@pulumi/aws/s3/inventory";
import type { VectorsIndexArgs } from "@pulumi/aws/s3/vectorsIndex";
import type { VectorsVectorBucketArgs } from "@pulumi/aws/s3/vectorsVectorBucket";
import type { VectorsVectorBucketPolicyArgs } from "@pulumi/aws/s3/vectorsVectorBucketPolicy";
import { S3_LIFECYCLE_LAG_DAYS } from "../../contract";
import { ownAccounts } from "../../lib/accounts";
import { KeyScope, customerKeyProblem } from "../../lib/encryption";
import { replicationRuleDestinations } from "../../lib/s3";
import { BUCKET_SIDE_TYPES, Res, StackIndex } from "../../lib/stack-index";
import { asList, isObject, isTrue, isUnknown, wholeNumber } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const DIRECTORY_BUCKET_TYPE = "aws:s3/directoryBucket:DirectoryBucket";
const OUTPOSTS_BUCKET_TYPE = "aws:s3control/bucket:Bucket";
const ACCESS_POINT_TYPE = "aws:s3/accessPoint:AccessPoint";
const QUEUE_TYPES = ["aws:sqs/queue:Queue"];
const TOPIC_TYPES = ["aws:sns/topic:Topic"];
const FUNCTION_TYPES = ["aws:lambda/function:Function"];
const FILES_FILE_SYSTEM_TYPE = "aws:s3/filesFileSystem:FilesFileSystem";
const VECTOR_BUCKET_TYPE = "aws:s3/vectorsVectorBucket:VectorsVectorBucket";

const NOTHING_STORED = { notOffered: "a configuration stores no objects" };
const PUBLIC_BLOCK_FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/**
 * Why an encryption setting given as an algorithm and a key argument (S3 Tables, S3 Vectors,
 * S3 Metadata, S3 Files) is not SSE-KMS under a customer-managed key; undefined when it is.
 */
export function sseKmsProblem(
    algorithm: unknown,
    key: unknown,
    algorithmPath: string,
    keyPath: string,
    absentMeans: string,
    scope: KeyScope,
): string | undefined {
    if (isUnknown(algorithm)) return `${algorithmPath} is not known during preview, so SSE-KMS cannot be verified`;
    if (algorithm === undefined || algorithm === null || algorithm === "")
        return `${algorithmPath} is not set, so it is encrypted with ${absentMeans}: set "aws:kms" with a customer-managed key in ${keyPath}`;
    if (String(algorithm).toLowerCase() !== "aws:kms")
        return `${algorithmPath} is ${JSON.stringify(algorithm)} (${absentMeans}), not "aws:kms" under a customer-managed key`;
    return customerKeyProblem(key, keyPath, scope);
}

/** The bucket name in a bucket reference: a plain name or an s3 / s3express ARN. */
function bucketName(reference: string): string {
    return reference.replace(/^arn:[^:]+:s3(?:express)?:[^:]*:[^:]*:(?:bucket\/)?/, "");
}

/** Side resources of `types` whose `bucket` argument names `bucket` (by property dependency or by name). */
export function sidesNaming(index: StackIndex, bucket: Res, types: readonly string[]): Res[] {
    const names = [bucket.props.bucket, bucket.name].filter((n): n is string => typeof n === "string" && !isUnknown(n));
    return index
        .ofTypes(types)
        .filter(
            (side) =>
                (side.source.propertyDependencies?.bucket ?? []).some((dep) => dep.urn === bucket.urn) ||
                (typeof side.props.bucket === "string" && !isUnknown(side.props.bucket) && names.includes(bucketName(side.props.bucket))),
        );
}

// ---------------------------------------------------------------------------------------------
// Access points and the account-wide public access block.

export const s3AccessPoint = entry<AccessPointArgs>()({
    types: [ACCESS_POINT_TYPE],
    holds: "a named entry point to a bucket's objects, with its own policy and public access block",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "bucket", types: [...BUCKET_TYPES, DIRECTORY_BUCKET_TYPE, OUTPOSTS_BUCKET_TYPE] }],
    atRest: {
        notOffered: "objects reached through the access point are encrypted by their bucket's default encryption, judged on the bucket",
    },
    inTransit: {
        notOffered:
            "requests through an access point are also authorised by the bucket policy, whose TLS denials the bucket's entry requires",
    },
    exposure: [
        { what: "the access point", publicWhen: { path: "publicAccessBlockConfiguration.blockPublicAcls", on: [false], absent: false } },
        { what: "the access point", publicWhen: { path: "publicAccessBlockConfiguration.blockPublicPolicy", on: [false], absent: false } },
        { what: "the access point", publicWhen: { path: "publicAccessBlockConfiguration.ignorePublicAcls", on: [false], absent: false } },
        {
            what: "the access point",
            publicWhen: { path: "publicAccessBlockConfiguration.restrictPublicBuckets", on: [false], absent: false },
        },
        { what: "its access point policy", policyDocument: "policy" },
    ],
    retention: { notOffered: "an access point stores nothing; the objects live in its bucket" },
    destinations: [
        { what: "opens the bucket of", account: "bucketAccountId" },
        { what: "is an access point owned by", account: "accountId" },
    ],
    notes: "Each of the four publicAccessBlockConfiguration settings defaults to true. An access point without vpcConfiguration has the internet as its network origin: requests still need a signature and a grant, so it is not public by itself; a VPC origin narrows it further.",
});

function checkAccountPublicAccessBlock({ store, report }: StoreContext): void {
    const props = store.res.props;
    const unknown = PUBLIC_BLOCK_FLAGS.filter((flag) => isUnknown(props[flag]));
    if (unknown.length > 0)
        report(`${unknown.join(", ")} not known during preview, so the account-wide block of public S3 access cannot be verified`);
    const open = PUBLIC_BLOCK_FLAGS.filter((flag) => !isUnknown(props[flag]) && !isTrue(props[flag]));
    if (open.length > 0)
        report(
            `leaves ${open.join(", ")} not true (this resource's default is false), which lifts the account-wide block of public access to every bucket and access point`,
        );
}

export const s3AccountPublicAccessBlock = entry<AccountPublicAccessBlockArgs>()({
    types: ["aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"],
    holds: "the account-wide block of public access to every bucket and access point",
    tagging: "carrier",
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ custom: checkAccountPublicAccessBlock, summary: "all four settings true (each defaults to false on this resource)" }],
    retention: NOTHING_STORED,
    destinations: [{ what: "configures the public access block of", account: "accountId" }],
});

// ---------------------------------------------------------------------------------------------
// Exports and event feeds of a bucket.

export const s3AnalyticsConfiguration = entry<AnalyticsConfigurationArgs>()({
    types: ["aws:s3/analyticsConfiguration:AnalyticsConfiguration"],
    holds: "storage-class analysis exported daily as CSV to a bucket",
    tagging: "carrier",
    inherent: {
        classification: "internal",
        why: "storage-class analysis exports aggregate counts and sizes per filter, no object keys or contents",
    },
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: { notOffered: "the export is encrypted by the destination bucket's default encryption, judged on that bucket" },
    inTransit: { notOffered: "written by S3 inside AWS" },
    retention: { notOffered: "the exported files live in the destination bucket, judged through its lifecycle" },
    destinations: [
        {
            what: "exports its analysis to a bucket of",
            account: "storageClassAnalysis.dataExport.destination.s3BucketDestination.bucketAccountId",
        },
        {
            what: "exports its analysis to",
            store: true,
            path: "storageClassAnalysis.dataExport.destination.s3BucketDestination.bucketArn",
            types: BUCKET_TYPES,
        },
    ],
});

export const s3Inventory = entry<InventoryArgs>()({
    types: ["aws:s3/inventory:Inventory"],
    holds: "daily or weekly lists of a bucket's objects (keys, sizes, dates, encryption and lock status)",
    tagging: "carrier",
    inherent: {
        classification: "confidential",
        why: 'an inventory lists the opaque keys and metadata of objects, never their contents (CLAUSES.md, "Keys of records are opaque")',
    },
    sources: [{ path: "bucket", types: [...BUCKET_TYPES, DIRECTORY_BUCKET_TYPE] }],
    atRest: [
        {
            what: "the inventory lists",
            when: { path: "destination.bucket.encryption" },
            key: "destination.bucket.encryption.sseKms.keyId",
            keyAbsentMeans: "SSE-S3 (destination.bucket.encryption.sseS3)",
        },
    ],
    inTransit: { notOffered: "written by S3 inside AWS" },
    retention: { notOffered: "the lists live in the destination bucket, judged through its lifecycle" },
    destinations: [
        { what: "publishes the inventory to a bucket of", account: "destination.bucket.accountId" },
        { what: "publishes the inventory to", store: true, path: "destination.bucket.bucketArn", types: BUCKET_TYPES },
    ],
    notes: "Without destination.bucket.encryption the lists take the destination bucket's default encryption, which that bucket's entry judges.",
});

function checkJournalExpiry({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const journal = asList(store.res.props.metadataConfiguration)[0]?.journalTableConfiguration;
    const expiration = asList(asList(journal)[0]?.recordExpiration)[0];
    const path = "metadataConfiguration.journalTableConfiguration.recordExpiration";
    if (isUnknown(journal) || isUnknown(expiration) || isUnknown(expiration?.expiration) || isUnknown(expiration?.days)) {
        report(`${path} is not known during preview, so the journal's retention cannot be verified`);
        return;
    }
    if (String(expiration?.expiration ?? "").toUpperCase() !== "ENABLED") {
        report(
            `keeps journal records of every object change forever (${path}.expiration is ${JSON.stringify(expiration?.expiration ?? null)}): enable record expiration`,
        );
        return;
    }
    const days = wholeNumber(expiration?.days);
    if (days === undefined) report(`${path}.days is not set, so the journal's retention cannot be verified`);
    else if (days > limit)
        report(`keeps journal records ${days} days (${path}.days), more than the ${limit}-day retention of personal data`);
}

function checkMetadataTables({ index, config, store, report }: StoreContext): void {
    const configuration = asList(store.res.props.metadataConfiguration)[0];
    const tables: [string, any][] = [["journalTableConfiguration", asList(configuration?.journalTableConfiguration)[0]]];
    const inventory = asList(configuration?.inventoryTableConfiguration)[0];
    if (isUnknown(inventory?.configurationState) || String(inventory?.configurationState ?? "").toUpperCase() === "ENABLED")
        tables.push(["inventoryTableConfiguration", inventory]);
    for (const [name, table] of tables) {
        const encryption = asList(table?.encryptionConfiguration)[0];
        const base = `metadataConfiguration.${name}.encryptionConfiguration`;
        const problem =
            isUnknown(table) || isUnknown(encryption)
                ? `${base} is not known during preview`
                : sseKmsProblem(
                      encryption?.sseAlgorithm,
                      encryption?.kmsKeyArn,
                      `${base}.sseAlgorithm`,
                      `${base}.kmsKeyArn`,
                      "SSE-S3 (AES256)",
                      { index, config, res: store.res, path: "metadataConfiguration" },
                  );
        if (problem) report(`its ${name === "journalTableConfiguration" ? "journal" : "inventory"} table: ${problem}`);
    }
}

export const s3BucketMetadataConfiguration = entry<BucketMetadataConfigurationArgs>()({
    types: ["aws:s3/bucketMetadataConfiguration:BucketMetadataConfiguration"],
    holds: "S3 Metadata tables: a journal of every object change and an inventory of objects, with their user metadata and tags",
    tagging: "copy",
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: [
        {
            custom: checkMetadataTables,
            summary: "journal (and enabled inventory) table encrypted with aws:kms under a customer-managed key",
        },
    ],
    inTransit: { notOffered: "written by S3 inside AWS into its managed table bucket" },
    retention: [{ custom: checkJournalExpiry, summary: "journal record expiration enabled within the retention" }],
    notes: "User metadata and object tags may carry anything the writer put there, so the tables are judged as copies of the bucket.",
});

export const s3BucketNotification = entry<BucketNotificationArgs>()({
    types: ["aws:s3/bucketNotification:BucketNotification"],
    holds: "object events (bucket, object key, size, requester) sent to functions, queues and topics",
    tagging: "carrier",
    inherent: {
        classification: "confidential",
        why: 'an event names the object by its opaque key and carries no content (CLAUSES.md, "Keys of records are opaque")',
    },
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: { notOffered: "events are held by their destinations, judged on their own" },
    inTransit: { notOffered: "delivered by S3 inside AWS" },
    retention: { notOffered: "events are held by their destinations, judged on their own" },
    destinations: [
        { what: "sends object events to", store: true, path: "queues.queueArn", types: QUEUE_TYPES },
        { what: "sends object events to", store: true, path: "topics.topicArn", types: TOPIC_TYPES },
        { what: "sends object events to", store: true, path: "lambdaFunctions.lambdaFunctionArn", types: FUNCTION_TYPES },
    ],
    notes: "eventbridge sends the events to the account's default event bus, in the bucket's account and region.",
});

// ---------------------------------------------------------------------------------------------
// Replication and website hosting, judged with their bucket.

/**
 * The bucket's own check reads destination accounts and buckets when the bucket is in the
 * stack; this covers a configuration whose bucket is not. A destination bucket outside the stack
 * without `account` is a violation whatever the classification: nothing shows whose it is.
 */
function checkOrphanReplicationAccount({ index, store, config, report }: StoreContext): void {
    if (store.sources.length > 0) return;
    const own = ownAccounts(index, config);
    for (const destination of replicationRuleDestinations(index, store.res, asList(store.res.props.rules), "rules")) {
        const account = typeof destination.account === "string" && destination.account !== "" ? destination.account : undefined;
        if (isUnknown(destination.account)) report("replicates to an account not known during preview");
        else if (account !== undefined && !own.has(account) && !config.shippingProviderAccountIds.includes(account))
            report(`replicates to account ${account}, outside this stack`);
        if (destination.unknown)
            report(
                "replicates to a bucket not known during preview that depends on no bucket of this stack, so its account cannot be verified",
            );
        if (destination.outside !== undefined && account === undefined && !isUnknown(destination.account)) {
            report(
                `replicates to ${destination.outside}, a bucket outside this stack, without a destination account: its account cannot be verified (name this stack's account in destination.account, or replicate to a bucket of this stack)`,
            );
        }
    }
}

export const s3BucketReplicationConfig = entry<BucketReplicationConfigArgs>()({
    types: ["aws:s3/bucketReplicationConfig:BucketReplicationConfig"],
    holds: "replication of a bucket's new objects to other buckets",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: [
        {
            what: "replicas",
            when: { path: "rules.destination.encryptionConfiguration.replicaKmsKeyId" },
            key: "rules.destination.encryptionConfiguration.replicaKmsKeyId",
            keyAbsentMeans: "the destination bucket's default encryption",
        },
    ],
    inTransit: { notOffered: "replicated by S3 inside AWS" },
    retention: {
        notOffered: "replicas live in the destination bucket, which becomes a copy of this bucket and is judged through its own lifecycle",
    },
    destinations: [
        { what: "replicates objects to", store: true, path: "rules.destination.bucket", types: BUCKET_TYPES },
        {
            custom: checkOrphanReplicationAccount,
            summary:
                "destination accounts, and no bucket outside the stack without one (when the bucket is not in the stack; otherwise the bucket's entry reads them)",
        },
    ],
    notes: "Without replicaKmsKeyId S3 does not replicate SSE-KMS objects; replicas of other objects take the destination bucket's default encryption.",
});

function checkWebsiteTls({ store, report }: StoreContext): void {
    if (store.classification === "public") return;
    const redirect = store.res.props.redirectAllRequestsTo;
    if (isUnknown(redirect)) {
        report("redirectAllRequestsTo is not known during preview, so it cannot be verified that the website serves no objects");
        return;
    }
    if (isObject(asList(redirect)[0]) && Object.keys(asList(redirect)[0]).length > 0) return;
    report(
        `serves the bucket's objects on the S3 website endpoint, which speaks plain HTTP only: a bucket holding ${store.classification} data (${store.classifiedBy}) must not be a website; serve it through CloudFront over HTTPS instead`,
    );
}

export const s3BucketWebsiteConfiguration = entry<BucketWebsiteConfigurationArgs>()({
    types: [
        "aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration",
        "aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2",
    ],
    holds: "website hosting of a bucket's objects on its HTTP-only website endpoint",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: [
        {
            custom: checkWebsiteTls,
            summary: "no website endpoint (plain HTTP) on a bucket that is not classified public, unless it only redirects",
        },
    ],
    retention: NOTHING_STORED,
    notes: "A website that only redirects (redirectAllRequestsTo) serves no objects.",
});

// ---------------------------------------------------------------------------------------------
// Directory buckets (S3 Express One Zone, Local Zones).

function checkDirectoryEncryption({ index, config, store, report }: StoreContext): void {
    const sides = sidesNaming(index, store.res, BUCKET_SIDE_TYPES.encryption);
    if (sides.length === 0) {
        report(
            'has no server-side encryption configuration, so its objects are encrypted with SSE-S3 (the directory bucket default): add a BucketServerSideEncryptionConfiguration with "aws:kms" and a customer-managed key',
        );
        return;
    }
    for (const side of sides) {
        for (const rule of asList(side.props.rules ?? side.props.rule)) {
            const byDefault = asList(rule?.applyServerSideEncryptionByDefault ?? rule?.applyServerSideEncryptionByDefaults)[0];
            const problem =
                isUnknown(rule) || isUnknown(byDefault)
                    ? "its encryption configuration is not known during preview"
                    : sseKmsProblem(
                          byDefault?.sseAlgorithm,
                          byDefault?.kmsMasterKeyId,
                          "applyServerSideEncryptionByDefault.sseAlgorithm",
                          "applyServerSideEncryptionByDefault.kmsMasterKeyId",
                          "SSE-S3",
                          { index, config, res: side, path: "rules" },
                      );
            if (problem) report(`its default encryption (${side.name}): ${problem}`);
        }
    }
}

function wholeBucket(rule: any): boolean {
    if (rule?.prefix !== undefined && rule?.prefix !== "") return false;
    const filter = asList(rule?.filter)[0];
    if (filter === undefined) return true;
    if (!isObject(filter)) return false;
    return Object.entries(filter).every(([key, value]) =>
        key === "prefix"
            ? value === "" || value === undefined
            : value === undefined || (isObject(value) && Object.keys(value).length === 0 && key !== "and" && key !== "tag"),
    );
}

function checkDirectoryLifecycle({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const rules = sidesNaming(index, store.res, BUCKET_SIDE_TYPES.lifecycle).flatMap((side) => asList(side.props.rules));
    if (rules.some((rule) => isUnknown(rule) || isUnknown(rule?.status)))
        report("the status of a lifecycle rule is not known during preview, so deletion cannot be verified");
    const active = rules.filter((rule) => !isUnknown(rule) && (rule?.status ?? "Enabled") === "Enabled" && wholeBucket(rule));
    const expirations = active.map((rule) => wholeNumber(asList(rule?.expiration)[0]?.days)).filter((d): d is number => d !== undefined);
    if (expirations.length === 0) report("has no enabled whole-bucket lifecycle rule that expires objects");
    else if (Math.min(...expirations) + S3_LIFECYCLE_LAG_DAYS > limit) {
        report(
            `objects may live ${Math.min(...expirations) + S3_LIFECYCLE_LAG_DAYS} days (expiration ${Math.min(...expirations)} + ${S3_LIFECYCLE_LAG_DAYS} day S3 lag), more than the ${limit} allowed`,
        );
    }
    const aborts = active
        .map((rule) => wholeNumber(asList(rule?.abortIncompleteMultipartUpload)[0]?.daysAfterInitiation))
        .filter((d): d is number => d !== undefined);
    if (!aborts.some((days) => days <= limit)) report(`no whole-bucket rule aborts incomplete multipart uploads within ${limit} days`);
}

export const s3DirectoryBucket = entry<DirectoryBucketArgs>()({
    types: [DIRECTORY_BUCKET_TYPE],
    holds: "objects in a single Availability Zone or Local Zone (S3 Express One Zone)",
    tagging: "store",
    names: ["bucket"],
    atRest: [
        {
            custom: checkDirectoryEncryption,
            summary:
                "a BucketServerSideEncryptionConfiguration with aws:kms under a customer-managed key (the default is SSE-S3; S3 Bucket Keys are always on)",
        },
    ],
    inTransit: {
        notOffered:
            "objects are reached through zonal endpoints with CreateSession credentials; a bucket policy may deny aws:SecureTransport false or s3express:TlsVersion below 1.2, but the pack cannot yet attach a BucketPolicy to a directory bucket (see notes)",
    },
    exposure: { notOffered: "S3 Block Public Access is always on for directory buckets and cannot be turned off" },
    retention: [
        {
            custom: checkDirectoryLifecycle,
            summary:
                "a whole-bucket lifecycle expiration (+1 day lag) within the retention, and incomplete multipart uploads aborted (directory buckets keep no versions)",
        },
    ],
    dataEvents: {
        resourceType: "AWS::S3Express::Object",
        basicSelectors: false,
        service: "s3express",
        resource: (name) => `bucket/${name}/`,
    },
    notes: "Its encryption and lifecycle are the general side resources (BucketServerSideEncryptionConfiguration, BucketLifecycleConfiguration) naming the directory bucket. A BucketPolicy on a directory bucket is judged on its own (its entry's sources name general-purpose buckets only).",
});

// ---------------------------------------------------------------------------------------------
// S3 Files: NFS file systems over a bucket (built on EFS).

const FILES_SIDE = { notOffered: "a setting of its file system" };

export const s3FilesFileSystem = entry<FilesFileSystemArgs>()({
    types: [FILES_FILE_SYSTEM_TYPE],
    holds: "files: a bucket's objects presented over NFS, with recently used data cached on file-system storage",
    tagging: "copy",
    sources: [{ path: "bucket", types: BUCKET_TYPES }],
    atRest: [{ what: "the file system", key: "kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: {
        notOffered:
            "S3 Files mounts always use TLS with IAM authentication (the s3files mount helper applies both; unlike EFS, TLS is not a mount option)",
    },
    retention: {
        notOffered:
            "the file system presents its bucket's objects, erased by the bucket's lifecycle; cached data expiry is judged on FilesSynchronizationConfiguration",
    },
});

export const s3FilesFileSystemPolicy = entry<FilesFileSystemPolicyArgs>()({
    types: ["aws:s3/filesFileSystemPolicy:FilesFileSystemPolicy"],
    holds: "access to an S3 Files file system",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "fileSystemId", types: [FILES_FILE_SYSTEM_TYPE] }],
    atRest: FILES_SIDE,
    inTransit: FILES_SIDE,
    exposure: [{ what: "its file system policy", policyDocument: "policy" }],
    retention: FILES_SIDE,
});

export const s3FilesMountTarget = entry<FilesMountTargetArgs>()({
    types: ["aws:s3/filesMountTarget:FilesMountTarget"],
    holds: "a network endpoint of an S3 Files file system",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "fileSystemId", types: [FILES_FILE_SYSTEM_TYPE] }],
    atRest: FILES_SIDE,
    inTransit: FILES_SIDE,
    exposure: [{ what: "its mount target", securityGroups: "securityGroups" }],
    retention: FILES_SIDE,
});

export const s3FilesSynchronizationConfiguration = entry<FilesSynchronizationConfigurationArgs>()({
    types: ["aws:s3/filesSynchronizationConfiguration:FilesSynchronizationConfiguration"],
    holds: "which objects an S3 Files file system caches and when cached data expires",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "fileSystemId", types: [FILES_FILE_SYSTEM_TYPE] }],
    atRest: FILES_SIDE,
    inTransit: FILES_SIDE,
    retention: [
        {
            what: "cached file data after its last access",
            period: "expirationDataRules.daysAfterLastAccess",
            unit: "days",
            absent: 0,
            when: { path: "expirationDataRules" },
        },
    ],
});

// ---------------------------------------------------------------------------------------------
// S3 Vectors.

function vectorEncryption(path: "encryptionConfigurations", what: string) {
    return ({ index, config, store, report }: StoreContext): void => {
        const configurations = store.res.props[path];
        if (isUnknown(configurations)) {
            report(`${what}: ${path} is not known during preview`);
            return;
        }
        const list = asList(configurations);
        if (list.length === 0) {
            if (store.res.type === VECTOR_BUCKET_TYPE)
                report(
                    `${what}: ${path} is not set, so vectors are encrypted with SSE-S3 (AES256): set sseType "aws:kms" with a customer-managed key`,
                );
            return;
        }
        for (const configuration of list) {
            const problem = sseKmsProblem(
                configuration?.sseType,
                configuration?.kmsKeyArn,
                `${path}.sseType`,
                `${path}.kmsKeyArn`,
                "SSE-S3 (AES256)",
                { index, config, res: store.res, path },
            );
            if (problem) report(`${what}: ${problem}`);
        }
    };
}

export const s3VectorsVectorBucket = entry<VectorsVectorBucketArgs>()({
    types: [VECTOR_BUCKET_TYPE],
    holds: "vector indexes: embeddings of records and their metadata (often source text)",
    tagging: "store",
    names: ["vectorBucketName"],
    atRest: [
        {
            custom: vectorEncryption("encryptionConfigurations", "vectors"),
            summary: "encryptionConfigurations sseType aws:kms under a customer-managed key (the default is AES256)",
        },
    ],
    inTransit: { notOffered: "S3 Vectors' endpoints accept HTTPS only" },
    retention: { notOffered: "S3 Vectors never expires vectors: the application deletes them" },
});

export const s3VectorsIndex = entry<VectorsIndexArgs>()({
    types: ["aws:s3/vectorsIndex:VectorsIndex"],
    holds: "embeddings and their metadata",
    tagging: "copy",
    names: ["indexName"],
    sources: [{ path: "vectorBucketName", types: [VECTOR_BUCKET_TYPE] }],
    atRest: [
        {
            custom: vectorEncryption("encryptionConfigurations", "the index"),
            summary:
                "an index's own encryptionConfigurations, when given, aws:kms under a customer-managed key (otherwise its bucket's, judged there)",
        },
    ],
    inTransit: { notOffered: "S3 Vectors' endpoints accept HTTPS only" },
    retention: { notOffered: "S3 Vectors never expires vectors: the application deletes them" },
});

export const s3VectorsVectorBucketPolicy = entry<VectorsVectorBucketPolicyArgs>()({
    types: ["aws:s3/vectorsVectorBucketPolicy:VectorsVectorBucketPolicy"],
    holds: "access to a vector bucket",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "vectorBucketArn", types: [VECTOR_BUCKET_TYPE] }],
    atRest: { notOffered: "a policy holds no vectors" },
    inTransit: { notOffered: "a policy holds no vectors" },
    exposure: [{ what: "its vector bucket policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no vectors" },
});
