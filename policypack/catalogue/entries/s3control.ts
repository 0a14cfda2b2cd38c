/**
 * S3 Control: access grants, access point and multi-region access point policies, Object Lambda
 * access points, S3 on Outposts buckets and Storage Lens exports.
 */
import type { AccessGrantArgs } from "@pulumi/aws/s3control/accessGrant";
import type { AccessGrantsInstanceResourcePolicyArgs } from "@pulumi/aws/s3control/accessGrantsInstanceResourcePolicy";
import type { AccessGrantsLocationArgs } from "@pulumi/aws/s3control/accessGrantsLocation";
import type { AccessPointPolicyArgs } from "@pulumi/aws/s3control/accessPointPolicy";
import type { BucketArgs } from "@pulumi/aws/s3control/bucket";
import type { BucketPolicyArgs } from "@pulumi/aws/s3control/bucketPolicy";
import type { MultiRegionAccessPointArgs } from "@pulumi/aws/s3control/multiRegionAccessPoint";
import type { MultiRegionAccessPointPolicyArgs } from "@pulumi/aws/s3control/multiRegionAccessPointPolicy";
import type { ObjectLambdaAccessPointArgs } from "@pulumi/aws/s3control/objectLambdaAccessPoint";
import type { ObjectLambdaAccessPointPolicyArgs } from "@pulumi/aws/s3control/objectLambdaAccessPointPolicy";
import type { StorageLensConfigurationArgs } from "@pulumi/aws/s3control/storageLensConfiguration";
import { S3_LIFECYCLE_LAG_DAYS } from "../../contract";
import { ownAccounts } from "../../lib/accounts";
import { customerKeyProblem } from "../../lib/encryption";
import { secureTransportProblem } from "../../lib/secure-transport";
import { sidesOf } from "../../lib/stores";
import type { Res } from "../../lib/stack-index";
import { asList, isObject, isUnknown, wholeNumber } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const ACCESS_POINT_TYPES = ["aws:s3/accessPoint:AccessPoint"];
const FUNCTION_TYPES = ["aws:lambda/function:Function"];
const OUTPOSTS_BUCKET_TYPE = "aws:s3control/bucket:Bucket";
const OUTPOSTS_POLICY_TYPE = "aws:s3control/bucketPolicy:BucketPolicy";
const OUTPOSTS_LIFECYCLE_TYPE = "aws:s3control/bucketLifecycleConfiguration:BucketLifecycleConfiguration";
const GRANTS_LOCATION_TYPE = "aws:s3control/accessGrantsLocation:AccessGrantsLocation";
const MRAP_TYPE = "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint";
const OLAP_TYPE = "aws:s3control/objectLambdaAccessPoint:ObjectLambdaAccessPoint";

const NO_DATA = { notOffered: "a policy or grant stores no objects" };

// ---------------------------------------------------------------------------------------------
// S3 Access Grants.

export const s3controlAccessGrantsLocation = entry<AccessGrantsLocationArgs>()({
    types: [GRANTS_LOCATION_TYPE],
    holds: "an S3 location (all of S3, a bucket or a prefix) that access grants may hand out",
    tagging: "carrier",
    sources: [{ path: "locationScope", types: BUCKET_TYPES, pattern: /^s3:\/\/([^/*]+)/ }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    retention: NO_DATA,
    destinations: [{ what: "registers a location of", account: "accountId" }],
    notes: 'locationScope "s3://" registers every bucket its role can reach; the grants on it are judged on AccessGrant.',
});

/**
 * An IAM grantee is an ARN (or account id); directory users and groups belong to the instance's Identity Center, which
 * has no account in its ARN.
 */
function checkGrantee({ index, store, config, report }: StoreContext): void {
    const grantee = asList(store.res.props.grantee)[0];
    const type = grantee?.granteeType;
    const identifier = grantee?.granteeIdentifier;
    if (isUnknown(type) || isUnknown(identifier)) {
        report("grantee is not known during preview, so the account it grants access to cannot be verified");
        return;
    }
    if (String(type).toUpperCase() !== "IAM" || typeof identifier !== "string") return;
    const match = /^(\d{12})$|^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(identifier);
    const account = match?.[1] ?? match?.[2];
    const own = ownAccounts(index, config);
    if (account && !own.has(account) && !config.shippingProviderAccountIds.includes(account)) {
        report(
            `grants ${store.res.props.permission ?? "access"} on its location to ${identifier} of account ${account}, which is neither this stack's nor a shipping provider's`,
        );
    }
}

export const s3controlAccessGrant = entry<AccessGrantArgs>()({
    types: ["aws:s3control/accessGrant:AccessGrant"],
    holds: "read or write access to an S3 location for an IAM principal or an Identity Center user or group",
    tagging: "carrier",
    sources: [{ path: "accessGrantsLocationId", types: [GRANTS_LOCATION_TYPE] }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    retention: NO_DATA,
    destinations: [
        { custom: checkGrantee, summary: "an IAM grantee only of this stack's accounts or the shipping provider's" },
        { what: "grants access to a location of", account: "accountId" },
    ],
    notes: "Directory users and groups belong to the Identity Center instance the grants instance is associated with; the pack cannot read its account.",
});

export const s3controlAccessGrantsInstanceResourcePolicy = entry<AccessGrantsInstanceResourcePolicyArgs>()({
    types: ["aws:s3control/accessGrantsInstanceResourcePolicy:AccessGrantsInstanceResourcePolicy"],
    holds: "who may create and use grants of the account's access grants instance",
    tagging: "carrier",
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its access grants instance policy", policyDocument: "policy" }],
    retention: NO_DATA,
});

// ---------------------------------------------------------------------------------------------
// Access point policies.

export const s3controlAccessPointPolicy = entry<AccessPointPolicyArgs>()({
    types: ["aws:s3control/accessPointPolicy:AccessPointPolicy"],
    holds: "access to a bucket through an access point",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "accessPointArn", types: ACCESS_POINT_TYPES }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its access point policy", policyDocument: "policy" }],
    retention: NO_DATA,
});

export const s3controlMultiRegionAccessPoint = entry<MultiRegionAccessPointArgs>()({
    types: [MRAP_TYPE],
    holds: "one global endpoint over buckets in several regions (and accounts)",
    tagging: "copy",
    names: ["details.name"],
    sources: [{ path: "details.regions.bucket", types: BUCKET_TYPES }],
    atRest: { notOffered: "objects are encrypted by each bucket's default encryption, judged on the buckets" },
    inTransit: { notOffered: "requests are also authorised by each bucket's policy, whose TLS denials the bucket's entry requires" },
    exposure: [
        {
            what: "the multi-region access point",
            publicWhen: { path: "details.publicAccessBlock.blockPublicAcls", on: [false], absent: false },
        },
        {
            what: "the multi-region access point",
            publicWhen: { path: "details.publicAccessBlock.blockPublicPolicy", on: [false], absent: false },
        },
        {
            what: "the multi-region access point",
            publicWhen: { path: "details.publicAccessBlock.ignorePublicAcls", on: [false], absent: false },
        },
        {
            what: "the multi-region access point",
            publicWhen: { path: "details.publicAccessBlock.restrictPublicBuckets", on: [false], absent: false },
        },
    ],
    retention: { notOffered: "an access point stores nothing; the objects live in its buckets" },
    destinations: [
        { what: "routes requests to a bucket in", region: "details.regions.region" },
        { what: "routes requests to a bucket of", account: "details.regions.bucketAccountId" },
        { what: "is owned by", account: "accountId" },
    ],
    notes: "Each publicAccessBlock setting defaults to true. The regions are where copies of the data live (usually kept in step by replication).",
});

export const s3controlMultiRegionAccessPointPolicy = entry<MultiRegionAccessPointPolicyArgs>()({
    types: ["aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy"],
    holds: "access to the buckets behind a multi-region access point",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "details.name", types: [MRAP_TYPE] }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its multi-region access point policy", policyDocument: "details.policy" }],
    retention: NO_DATA,
    notes: "A multi-region access point policy can be edited but never deleted.",
});

// ---------------------------------------------------------------------------------------------
// Object Lambda access points.

export const s3controlObjectLambdaAccessPoint = entry<ObjectLambdaAccessPointArgs>()({
    types: [OLAP_TYPE],
    holds: "object reads passed through a Lambda function that transforms their content",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "configuration.supportingAccessPoint", types: ACCESS_POINT_TYPES }],
    atRest: { notOffered: "an Object Lambda access point stores nothing; objects stay in the bucket" },
    inTransit: { notOffered: "Object Lambda endpoints accept HTTPS only" },
    retention: { notOffered: "an Object Lambda access point stores nothing" },
    destinations: [
        {
            what: "hands object contents to",
            store: true,
            path: "configuration.transformationConfigurations.contentTransformation.awsLambda.functionArn",
            types: FUNCTION_TYPES,
        },
        { what: "is owned by", account: "accountId" },
    ],
    dataEvents: {
        resourceType: "AWS::S3ObjectLambda::AccessPoint",
        basicSelectors: false,
        service: "s3-object-lambda",
        resource: (name) => `accesspoint/${name}`,
    },
});

export const s3controlObjectLambdaAccessPointPolicy = entry<ObjectLambdaAccessPointPolicyArgs>()({
    types: ["aws:s3control/objectLambdaAccessPointPolicy:ObjectLambdaAccessPointPolicy"],
    holds: "access to an Object Lambda access point",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "name", types: [OLAP_TYPE] }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its Object Lambda access point policy", policyDocument: "policy" }],
    retention: NO_DATA,
});

// ---------------------------------------------------------------------------------------------
// S3 on Outposts buckets.

function checkOutpostsTls({ index, store, report }: StoreContext): void {
    const what = "bucket policy (aws.s3control.BucketPolicy)";
    const policies = sidesOf(index, store)
        .filter((side) => side.res.type === OUTPOSTS_POLICY_TYPE)
        .map((side) => side.res);
    if (policies.length === 0) {
        report(secureTransportProblem([], what) as string);
        return;
    }
    // The denial must cover the bucket and its objects; the policy's `bucket` is the bucket's ARN.
    const targetsOf = (policy: Res): readonly string[] => {
        const arn = policy.props.bucket;
        return typeof arn === "string" && arn.startsWith("arn:") && !isUnknown(arn) ? [arn, `${arn}/*`] : ["*"];
    };
    const problems = policies.map((policy) => secureTransportProblem([policy.props.policy], what, "s3-outposts", targetsOf(policy)));
    if (problems.every((problem) => problem !== undefined)) report(problems[0] as string);
}

function wholeBucket(rule: any): boolean {
    const filter = asList(rule?.filter)[0];
    if (filter === undefined) return true;
    if (!isObject(filter)) return false;
    return (filter.prefix === undefined || filter.prefix === "") && (!isObject(filter.tags) || Object.keys(filter.tags).length === 0);
}

function checkOutpostsLifecycle({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const rules = index
        .ofTypes([OUTPOSTS_LIFECYCLE_TYPE])
        .filter(
            (side) =>
                (side.source.propertyDependencies?.bucket ?? []).some((dep) => dep.urn === store.res.urn) ||
                (typeof side.props.bucket === "string" &&
                    typeof store.res.props.bucket === "string" &&
                    side.props.bucket.endsWith(`/bucket/${store.res.props.bucket}`)),
        )
        .flatMap((side) => asList(side.props.rules));
    if (rules.some((rule) => isUnknown(rule) || isUnknown(rule?.status)))
        report("the status of a lifecycle rule is not known during preview, so deletion cannot be verified");
    const active = rules.filter((rule) => !isUnknown(rule) && (rule?.status ?? "Enabled") === "Enabled" && wholeBucket(rule));
    const expirations = active.map((rule) => wholeNumber(asList(rule?.expiration)[0]?.days)).filter((d): d is number => d !== undefined);
    if (expirations.length === 0) {
        report("has no enabled whole-bucket lifecycle rule (aws.s3control.BucketLifecycleConfiguration) that expires objects");
        return;
    }
    const days = Math.min(...expirations);
    if (days + S3_LIFECYCLE_LAG_DAYS > limit)
        report(
            `objects may live ${days + S3_LIFECYCLE_LAG_DAYS} days (expiration ${days} + ${S3_LIFECYCLE_LAG_DAYS} day S3 lag), more than the ${limit} allowed`,
        );
    const aborts = active
        .map((rule) => wholeNumber(asList(rule?.abortIncompleteMultipartUpload)[0]?.daysAfterInitiation))
        .filter((d): d is number => d !== undefined);
    if (!aborts.some((d) => d <= limit)) report(`no whole-bucket rule aborts incomplete multipart uploads within ${limit} days`);
}

export const s3controlBucket = entry<BucketArgs>()({
    types: [OUTPOSTS_BUCKET_TYPE],
    holds: "objects on an Outpost (hardware on the company's premises)",
    tagging: "store",
    names: ["bucket"],
    atRest: { notOffered: "S3 on Outposts encrypts objects with SSE-S3 (or a key the client sends, SSE-C); it offers no KMS keys" },
    inTransit: [{ custom: checkOutpostsTls, summary: "an aws.s3control.BucketPolicy denies aws:SecureTransport false" }],
    retention: [
        {
            custom: checkOutpostsLifecycle,
            summary:
                "an aws.s3control.BucketLifecycleConfiguration expiring objects (+1 day lag) within the retention, and aborting multipart uploads",
        },
    ],
    notes: "S3 on Outposts buckets cannot be made public. Versioning, when someone turns it on outside the stack, keeps noncurrent versions the lifecycle rules here do not expire.",
});

export const s3controlBucketPolicy = entry<BucketPolicyArgs>()({
    types: [OUTPOSTS_POLICY_TYPE],
    holds: "access to an S3 on Outposts bucket",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "bucket", types: [OUTPOSTS_BUCKET_TYPE] }],
    atRest: NO_DATA,
    inTransit: NO_DATA,
    exposure: [{ what: "its bucket policy", policyDocument: "policy" }],
    retention: NO_DATA,
});

// ---------------------------------------------------------------------------------------------
// Storage Lens.

function checkLensExportKey({ index, config, store, report }: StoreContext): void {
    const lens = asList(store.res.props.storageLensConfiguration)[0];
    for (const exportName of ["dataExport", "expandedPrefixesDataExport"]) {
        const destination = asList(asList(lens?.[exportName])[0]?.s3BucketDestination)[0];
        if (destination === undefined) continue;
        const base = `storageLensConfiguration.${exportName}.s3BucketDestination.encryption`;
        const encryption = asList(destination?.encryption)[0];
        if (isUnknown(destination) || isUnknown(encryption)) {
            report(`${base} is not known during preview`);
            continue;
        }
        const sseKms = asList(encryption?.sseKms)[0];
        if (sseKms === undefined)
            report(`the metrics export: ${base} does not name sseKms, so the export is encrypted with SSE-S3: name a customer-managed key`);
        else {
            const problem = customerKeyProblem(sseKms?.keyId, `${base}.sseKms.keyId`, {
                index,
                config,
                res: store.res,
                path: "storageLensConfiguration",
            });
            if (problem) report(`the metrics export: ${problem}`);
        }
    }
}

export const s3controlStorageLensConfiguration = entry<StorageLensConfigurationArgs>()({
    types: ["aws:s3control/storageLensConfiguration:StorageLensConfiguration"],
    holds: "usage and activity metrics per bucket and prefix, exported daily to a bucket",
    tagging: "carrier",
    inherent: {
        classification: "internal",
        why: "Storage Lens exports counts and sizes per account, bucket and prefix, no object keys or contents",
    },
    atRest: [{ custom: checkLensExportKey, summary: "metrics exports to S3 encrypted with sseKms under a customer-managed key" }],
    inTransit: { notOffered: "written by S3 inside AWS" },
    retention: {
        notOffered:
            "exports live in the destination bucket, judged through its lifecycle; the dashboard's own metrics are AWS's (14 days, 15 months with advanced metrics)",
    },
    destinations: [
        { what: "exports metrics to a bucket of", account: "storageLensConfiguration.dataExport.s3BucketDestination.accountId" },
        {
            what: "exports metrics to",
            store: true,
            path: "storageLensConfiguration.dataExport.s3BucketDestination.arn",
            types: BUCKET_TYPES,
        },
        {
            what: "exports prefix metrics to a bucket of",
            account: "storageLensConfiguration.expandedPrefixesDataExport.s3BucketDestination.accountId",
        },
        {
            what: "exports prefix metrics to",
            store: true,
            path: "storageLensConfiguration.expandedPrefixesDataExport.s3BucketDestination.arn",
            types: BUCKET_TYPES,
        },
    ],
});
