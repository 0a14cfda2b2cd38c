/**
 * S3 general-purpose buckets. Their settings live on side resources (v7 and deprecated V2
 * tokens) or in the bucket's deprecated inline arguments, which `lib/s3.ts` reads in one
 * normalised form; the checks here are written as code because of that, the rest is data.
 */
import type { BucketArgs } from "@pulumi/aws/s3/bucket";
import type { BucketV2Args } from "@pulumi/aws/s3/bucketV2";
import type { input } from "@pulumi/aws/types";
import { S3_LIFECYCLE_LAG_DAYS } from "../../contract";
import { ownAccounts } from "../../lib/accounts";
import { customerKeyProblem } from "../../lib/encryption";
import { callerRestriction, parsePolicyDocument, principalAccount, Statement } from "../../lib/policy-document";
import { bucketPolicyDocuments, encryptionRules, lifecycleRules, mayKeepVersions, replicationDestinations } from "../../lib/s3";
import { deniesEverythingToEveryone, isInsecureTransportCondition, onlyCondition } from "../../lib/secure-transport";
import { BucketSideRole, Res, StackIndex, regionOf } from "../../lib/stack-index";
import { isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

/** AWS keeps one configuration of a kind per bucket (the last one applied): with two, the pack cannot tell which holds. */
function checkOneOfEachSide({ index, store, report }: StoreContext): void {
    const bucket = store.res;
    const inline: Partial<Record<BucketSideRole, unknown>> = {
        encryption: bucket.props.serverSideEncryptionConfiguration ?? bucket.props.serverSideEncryptionConfigurations,
        policy: bucket.props.policy,
        lifecycle: bucket.props.lifecycleRules,
        versioning: bucket.props.versioning ?? bucket.props.versionings,
        publicAccessBlock: undefined,
    };
    for (const role of ["encryption", "policy", "lifecycle", "versioning", "publicAccessBlock"] as const) {
        const count =
            index.sidesOf(bucket.urn, role).length +
            (inline[role] !== undefined && inline[role] !== "" && !(Array.isArray(inline[role]) && (inline[role] as unknown[]).length === 0)
                ? 1
                : 0);
        if (count > 1)
            report(`has ${count} ${role} configurations; AWS keeps only the last one applied, so which holds cannot be verified`);
    }
}

function checkEncryption({ index, config, store, report }: StoreContext): void {
    const bucket = store.res;
    const rules = encryptionRules(index, bucket);
    if (rules === undefined || rules.length === 0) {
        report("has no server-side encryption configuration: add one with SSE-KMS under a customer-managed key");
        return;
    }
    for (const rule of rules) {
        if (isUnknown(rule.algorithm)) report("its encryption algorithm is not known during preview, so SSE-KMS cannot be verified");
        else if (rule.algorithm !== "aws:kms" && rule.algorithm !== "aws:kms:dsse")
            report(`encrypts with ${JSON.stringify(rule.algorithm)}; use "aws:kms" under a customer-managed key`);
        else if (rule.keyId === undefined || rule.keyId === "")
            report(`uses ${rule.algorithm} without kmsMasterKeyId, i.e. the AWS-managed aws/s3 key; name a customer-managed key`);
        else if (customerKeyProblem(rule.keyId, "kmsMasterKeyId", { index, config, res: rule.source, path: rule.property }))
            report(
                `uses ${rule.algorithm}: ${customerKeyProblem(rule.keyId, "kmsMasterKeyId", { index, config, res: rule.source, path: rule.property })}`,
            );
        else if (rule.algorithm === "aws:kms" && !isTrue(rule.bucketKey) && !isUnknown(rule.bucketKey))
            report("uses SSE-KMS without the bucket key; set bucketKeyEnabled true");
    }
}

/**
 * What a TLS denial must cover: the bucket's ARN and every object ARN under it; when the
 * bucket's name is not known, every bucket (only `*` or `arn:aws:s3:::*` can be verified).
 */
function bucketTargets(index: StackIndex, bucket: Res): string[] {
    const arn =
        typeof bucket.props.arn === "string" && !isUnknown(bucket.props.arn) && bucket.props.arn.startsWith("arn:")
            ? (bucket.props.arn as string)
            : undefined;
    const region = regionOf(index, bucket) ?? "";
    const partition = arn?.split(":")[1] ?? (region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws");
    const name =
        typeof bucket.props.bucket === "string" && bucket.props.bucket !== "" && !isUnknown(bucket.props.bucket)
            ? (bucket.props.bucket as string)
            : arn?.split(":").pop();
    if (!name) return [`arn:${partition}:s3:::*`];
    return [`arn:${partition}:s3:::${name}`, `arn:${partition}:s3:::${name}/*`];
}

/**
 * Denies plain HTTP to everyone on the whole bucket: Bool aws:SecureTransport false (IfExists too, which only widens a
 * Deny) as the only condition.
 */
function deniesPlainHttp(statement: Statement, targets: readonly string[]): boolean {
    return deniesEverythingToEveryone(statement, targets, "s3") && isInsecureTransportCondition(onlyCondition(statement), true);
}

/** Denies TLS older than 1.2 to everyone on the whole bucket: NumericLessThan s3:TlsVersion 1.2 (or higher) as the only condition. */
function deniesOldTls(statement: Statement, targets: readonly string[]): boolean {
    const condition = onlyCondition(statement);
    return (
        deniesEverythingToEveryone(statement, targets, "s3") &&
        condition !== undefined &&
        condition.operator === "NumericLessThan" &&
        condition.key === "s3:tlsversion" &&
        !condition.ifExists &&
        condition.qualifier === undefined &&
        condition.values.some((v) => Number(v) >= 1.2)
    );
}

function checkTls({ index, store, report }: StoreContext): void {
    const documents = bucketPolicyDocuments(index, store.res);
    if (documents.length === 0) {
        report("has no bucket policy, so plain HTTP and TLS < 1.2 are not denied");
        return;
    }
    const statements: Statement[] = [];
    for (const { source, document } of documents) {
        const parsed = parsePolicyDocument(document);
        // A policy resource always has a document; a null or empty one denies nothing.
        if (parsed.kind === "absent")
            report(
                `its bucket policy ${source.name} has no document (${document === undefined ? "none" : JSON.stringify(document)}), so plain HTTP and TLS < 1.2 are not denied`,
            );
        else if (parsed.kind === "invalid") report(`its bucket policy cannot be parsed: ${parsed.reason}`);
        else if (parsed.kind === "unknown") report("its bucket policy is not known during preview, so the TLS denials cannot be verified");
        else if (parsed.kind === "parsed") statements.push(...parsed.statements);
    }
    if (documents.every(({ document }) => parsePolicyDocument(document).kind !== "parsed")) return;
    const targets = bucketTargets(index, store.res);
    const scope = `Deny of s3:* (or "*") to Principal "*" on ${targets.join(" and ")}, with no NotAction, NotPrincipal or NotResource`;
    if (!statements.some((s) => deniesPlainHttp(s, targets)))
        report(`its policy does not deny requests without TLS (${scope}, and Bool aws:SecureTransport "false" as its only condition)`);
    if (!statements.some((s) => deniesOldTls(s, targets)))
        report(`its policy does not deny TLS older than 1.2 (${scope}, and NumericLessThan s3:TlsVersion "1.2" as its only condition)`);
}

const BLOCK_SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

function checkPublicAccessBlock({ index, store, report }: StoreContext): void {
    const blocks = index.sidesOf(store.res.urn, "publicAccessBlock");
    if (blocks.length === 0) report("has no public access block: add one with all four settings true");
    for (const block of blocks) {
        const open = BLOCK_SETTINGS.filter((setting) => !isTrue(block.props[setting]));
        if (open.length > 0) report(`its public access block leaves ${open.join(", ")} not true`);
    }
}

function checkLifecycle({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const bucket = store.res;
    const rules = lifecycleRules(index, bucket);
    const lifecycleSides = index.sidesOf(bucket.urn, "lifecycle");
    if (
        isUnknown(bucket.props.lifecycleRules) ||
        lifecycleSides.some((side) => isUnknown(side.props.rules)) ||
        rules.some((rule) => rule.unknown)
    ) {
        report("its lifecycle rules are not known during preview, so the deletion of its objects cannot be verified");
        return;
    }
    const active = rules.filter((rule) => rule.enabled === true && rule.wholeBucket);
    if (rules.some((rule) => rule.enabled === true && !rule.wholeBucket) && active.length === 0) {
        report(
            "its lifecycle rules are filtered (prefix or tags), so objects outside the filter are never deleted: use a rule over the whole bucket",
        );
    }
    const expirations = active.map((r) => r.expirationDays).filter((d): d is number => d !== undefined);
    if (expirations.length === 0) {
        report("has no enabled whole-bucket lifecycle rule that expires current objects");
        return;
    }
    const expirationDays = Math.min(...expirations);
    let bound = expirationDays + S3_LIFECYCLE_LAG_DAYS;
    const versioned = mayKeepVersions(index, bucket);
    if (versioned) {
        const noncurrent = active.map((r) => r.noncurrentDays).filter((d): d is number => d !== undefined);
        if (noncurrent.length === 0) report("keeps versions but no enabled whole-bucket rule expires noncurrent versions");
        else bound += Math.min(...noncurrent);
        if (!active.some((r) => r.expiredObjectDeleteMarker))
            report("keeps versions but no rule removes expired delete markers (expiration.expiredObjectDeleteMarker)");
        const kept = active.filter((r) => (r.keptNoncurrentVersions ?? 0) > 0);
        if (kept.length > 0)
            report(
                `keeps the newest ${kept[0].keptNoncurrentVersions} noncurrent versions of every object whatever their age (noncurrentVersionExpiration.newerNoncurrentVersions)`,
            );
    }
    if (!active.some((r) => r.abortMultipartDays !== undefined && r.abortMultipartDays <= limit)) {
        report(`no whole-bucket rule aborts incomplete multipart uploads within ${limit} days`);
    }
    if (bound > limit) {
        report(
            `copies may live ${bound} days (expiration ${expirationDays} + ${S3_LIFECYCLE_LAG_DAYS} day S3 lag${versioned ? " + noncurrent expiration" : ""}), more than the ${limit} allowed`,
        );
    }
}

/** What the shipping provider may do with PII: read the label objects, nothing else. */
const PROVIDER_ACTIONS = ["s3:GetObject", "s3:GetObjectVersion"];

function checkProviderReadsOnly({ index, store, config, report }: StoreContext): void {
    if (!store.isPii) return;
    const own = ownAccounts(index, config);
    for (const { document } of bucketPolicyDocuments(index, store.res)) {
        const parsed = parsePolicyDocument(document);
        if (parsed.kind !== "parsed") continue;
        for (const statement of parsed.statements.filter((s) => s.effect === "Allow")) {
            const accounts = (statement.principals ?? []).map(principalAccount);
            // Principal "*" pinned by a condition to the provider's account lets the provider in as well.
            if (accounts.includes("*")) accounts.push(...callerRestriction(statement).pins.flatMap((pin) => pin.accounts));
            const providers = [
                ...new Set(
                    accounts.filter((a): a is string => a !== undefined && config.shippingProviderAccountIds.includes(a) && !own.has(a)),
                ),
            ];
            if (providers.length === 0) continue;
            const wider =
                statement.notAction ||
                statement.actions.some((action) => !PROVIDER_ACTIONS.some((allowed) => allowed.toLowerCase() === action.toLowerCase()));
            if (wider)
                report(
                    `the shipping provider (${providers.join(", ")}) may only read objects (s3:GetObject), but is granted ${statement.actions.join(", ")}`,
                );
        }
    }
}

function checkReplication({ index, store, config, report }: StoreContext): void {
    const own = ownAccounts(index, config);
    const bucket = store.res;
    const from = regionOf(index, bucket);
    for (const destination of replicationDestinations(index, bucket)) {
        const account = typeof destination.account === "string" && destination.account !== "" ? destination.account : undefined;
        if (isUnknown(destination.account)) report("replicates to an account not known during preview");
        else if (account && !own.has(account)) report(`replicates to account ${account}, outside this stack`);
        if (destination.unknown)
            report(
                "replicates to a bucket not known during preview that depends on no bucket of this stack, so its account cannot be verified",
            );
        if (destination.outside !== undefined && account === undefined && !isUnknown(destination.account)) {
            report(
                `replicates to ${destination.outside}, a bucket outside this stack, without a destination account: its account cannot be verified (name this stack's account in destination.account, or replicate to a bucket of this stack)`,
            );
        }
        for (const target of destination.targets) {
            const to = regionOf(index, target);
            if (to !== undefined && to !== from && !config.allowedRegions.includes(to))
                report(`replicates to region ${to}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
        }
    }
}

export const s3Bucket = entry<
    Omit<BucketArgs, "objectLockConfiguration"> &
        Pick<BucketV2Args, "replicationConfigurations" | "websites"> &
        // The v7 Bucket writes the Object Lock rule as a block, the deprecated v6 BucketV2 as lists.
        { objectLockConfiguration?: input.s3.BucketObjectLockConfiguration & input.s3.BucketV2ObjectLockConfiguration }
>()({
    types: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"],
    holds: "objects (labels, exports, logs)",
    tagging: "store",
    names: ["bucket"],
    atRest: [
        {
            custom: checkEncryption,
            summary:
                "default encryption SSE-KMS (bucket key on) or DSSE-KMS under a customer-managed key, from the side resource or the inline argument",
        },
        { custom: checkOneOfEachSide, summary: "one encryption, policy, lifecycle, versioning and public access block configuration each" },
    ],
    inTransit: [{ custom: checkTls, summary: "bucket policy denies aws:SecureTransport false and s3:TlsVersion < 1.2" }],
    exposure: [
        { custom: checkPublicAccessBlock, summary: "public access block with all four settings" },
        { what: "the bucket", acl: "acl" },
        { what: "the bucket", acl: "grants.uri" },
        { what: "its bucket policy", policyDocument: "policy" },
        { what: "the bucket", plaintextWhenPii: "website", why: "which serves its objects over plain HTTP" },
        { what: "the bucket", plaintextWhenPii: "websites", why: "which serves its objects over plain HTTP" },
    ],
    retention: [
        {
            custom: checkLifecycle,
            summary:
                "whole-bucket lifecycle: expiration + 1 day lag + noncurrent expiration within the retention; delete markers and multipart uploads cleaned",
        },
        {
            what: "every new object under Object Lock",
            period: "objectLockConfiguration.rule.defaultRetention.days",
            unit: "days",
            absent: 0,
        },
        {
            what: "every new object under Object Lock",
            period: "objectLockConfiguration.rule.defaultRetention.years",
            unit: "years",
            absent: 0,
        },
        // The deprecated BucketV2 of aws v6 writes the rule as lists (`rules`, `defaultRetentions`).
        {
            what: "every new object under Object Lock",
            period: "objectLockConfiguration.rules.defaultRetentions.days",
            unit: "days",
            absent: 0,
        },
        {
            what: "every new object under Object Lock",
            period: "objectLockConfiguration.rules.defaultRetentions.years",
            unit: "years",
            absent: 0,
        },
    ],
    destinations: [
        {
            custom: checkReplication,
            summary: "replication only to this account (a bucket outside the stack names it in destination.account) and allowed regions",
        },
        {
            what: "replicates objects to",
            store: true,
            path: "replicationConfiguration.rules.destination.bucket",
            types: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"],
        },
        {
            what: "replicates objects to",
            store: true,
            path: "replicationConfigurations.rules.destinations.bucket",
            types: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"],
        },
        { custom: checkProviderReadsOnly, summary: "the shipping provider may only read objects" },
    ],
    dataEvents: { resourceType: "AWS::S3::Object", basicSelectors: true, service: "s3", resource: (name) => `${name}/` },
});
