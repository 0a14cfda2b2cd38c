/**
 * A bucket's effective settings, from its side resources (v7 and deprecated V2 tokens alike)
 * and from the deprecated inline bucket arguments, in one normalised form.
 */
import { Res, StackIndex, BUCKET_SIDE_TYPES, BUCKET_TYPES } from "./stack-index";
import { asList, isObject, isTrue, isUnknown, wholeNumber } from "./values";

export interface EncryptionRule {
    readonly algorithm: unknown;
    readonly keyId: unknown;
    readonly bucketKey: unknown;
    /** The resource the rule is an argument of (a side resource or the bucket), and that argument. */
    readonly source: Res;
    readonly property: string;
}

/** Default-encryption rules; `undefined` when the bucket has no encryption configuration. */
export function encryptionRules(index: StackIndex, bucket: Res): EncryptionRule[] | undefined {
    const inlineProperty =
        bucket.props.serverSideEncryptionConfiguration !== undefined
            ? "serverSideEncryptionConfiguration"
            : "serverSideEncryptionConfigurations";
    const blocks: { block: any; source: Res; property: string }[] = [
        ...index.sidesOf(bucket.urn, "encryption").map((side) => ({ block: side.props, source: side, property: "rules" })),
        ...asList(bucket.props[inlineProperty]).map((block) => ({ block, source: bucket, property: inlineProperty })),
    ];
    if (blocks.length === 0) return undefined;
    return blocks.flatMap(({ block, source, property }) =>
        (isUnknown(block) ? [block] : asList(block?.rules ?? block?.rule)).map((rule) => {
            if (isUnknown(rule)) return { algorithm: rule, keyId: undefined, bucketKey: undefined, source, property };
            const byDefault = asList(rule?.applyServerSideEncryptionByDefault ?? rule?.applyServerSideEncryptionByDefaults)[0];
            return {
                algorithm: byDefault?.sseAlgorithm,
                keyId: byDefault?.kmsMasterKeyId,
                bucketKey: rule?.bucketKeyEnabled,
                source,
                property,
            };
        }),
    );
}

export interface LifecycleRule {
    readonly id: string;
    readonly enabled: boolean | "unknown";
    readonly wholeBucket: boolean;
    readonly expirationDays?: number;
    readonly expiredObjectDeleteMarker: boolean;
    readonly noncurrentDays?: number;
    /** Noncurrent versions kept whatever their age (newerNoncurrentVersions). */
    readonly keptNoncurrentVersions?: number;
    /** Some of its settings are not known during preview. */
    readonly unknown: boolean;
    readonly abortMultipartDays?: number;
}

function isWholeBucketFilter(filter: unknown): boolean {
    const only = asList(filter)[0];
    if (only === undefined) return true;
    if (!isObject(only)) return false;
    return Object.entries(only).every(([key, value]) =>
        key === "prefix"
            ? value === "" || value === undefined
            : value === undefined || (isObject(value) && Object.keys(value).length === 0 && key !== "and" && key !== "tag"),
    );
}

function containsUnknown(value: unknown): boolean {
    if (isUnknown(value)) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    return isObject(value) && Object.values(value).some(containsUnknown);
}

/** Lifecycle rules of the bucket, side resource or inline. */
export function lifecycleRules(index: StackIndex, bucket: Res): LifecycleRule[] {
    const rules: LifecycleRule[] = [];
    for (const side of index.sidesOf(bucket.urn, "lifecycle")) {
        for (const [i, rule] of asList(side.props.rules).entries()) {
            const status = rule?.status;
            const expiration = asList(rule?.expiration)[0];
            rules.push({
                id: String(rule?.id ?? i),
                enabled: isUnknown(status) ? "unknown" : status === "Enabled",
                wholeBucket: (rule?.prefix === undefined || rule?.prefix === "") && isWholeBucketFilter(rule?.filter),
                expirationDays: wholeNumber(expiration?.days),
                expiredObjectDeleteMarker: isTrue(expiration?.expiredObjectDeleteMarker),
                noncurrentDays: wholeNumber(asList(rule?.noncurrentVersionExpiration)[0]?.noncurrentDays),
                keptNoncurrentVersions: wholeNumber(asList(rule?.noncurrentVersionExpiration)[0]?.newerNoncurrentVersions),
                unknown: containsUnknown(rule),
                abortMultipartDays: wholeNumber(asList(rule?.abortIncompleteMultipartUpload)[0]?.daysAfterInitiation),
            });
        }
    }
    // Inline rules; the deprecated BucketV2 of aws v6 wrote the nested blocks as lists (`expirations`).
    for (const [i, rule] of asList(bucket.props.lifecycleRules).entries()) {
        const expiration = asList(rule?.expiration ?? rule?.expirations)[0];
        const tags = rule?.tags;
        rules.push({
            id: String(rule?.id ?? `inline-${i}`),
            enabled: isUnknown(rule?.enabled) ? "unknown" : isTrue(rule?.enabled),
            wholeBucket: (rule?.prefix === undefined || rule?.prefix === "") && (!isObject(tags) || Object.keys(tags).length === 0),
            expirationDays: wholeNumber(expiration?.days),
            expiredObjectDeleteMarker: isTrue(expiration?.expiredObjectDeleteMarker),
            noncurrentDays: wholeNumber(asList(rule?.noncurrentVersionExpiration ?? rule?.noncurrentVersionExpirations)[0]?.days),
            abortMultipartDays: wholeNumber(rule?.abortIncompleteMultipartUploadDays),
            unknown: containsUnknown(rule),
        });
    }
    return rules;
}

export const OBJECT_LOCK_TYPES = [
    "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
];

/** The BucketObjectLockConfiguration resources of each bucket, joined as the other side resources are. */
export function objectLockSides(index: StackIndex, bucket: Res): Res[] {
    const byBucket = index.memo("object-lock-sides", () => {
        const byName = new Map<string, Res>();
        for (const candidate of index.ofTypes(BUCKET_TYPES)) {
            for (const name of [candidate.props.bucket, candidate.props.id])
                if (typeof name === "string" && !isUnknown(name) && !byName.has(name)) byName.set(name, candidate);
        }
        const map = new Map<string, Res[]>();
        for (const side of index.ofTypes(OBJECT_LOCK_TYPES)) {
            const target = index.bucketOf(side, byName);
            if (target) map.set(target.urn, [...(map.get(target.urn) ?? []), side]);
        }
        return map;
    });
    return byBucket.get(bucket.urn) ?? [];
}

/**
 * Whether Object Lock is, or may be, on: `objectLockEnabled` true or unknown, the deprecated
 * inline `objectLockConfiguration.objectLockEnabled` "Enabled", or a BucketObjectLockConfiguration
 * for the bucket. Object Lock turns versioning on for good (it cannot be suspended).
 */
export function objectLockMayBeOn(index: StackIndex, bucket: Res): boolean {
    const flag = bucket.props.objectLockEnabled;
    if (isTrue(flag) || isUnknown(flag)) return true;
    for (const inline of asList(bucket.props.objectLockConfiguration)) {
        if (isUnknown(inline) || isUnknown(inline?.objectLockEnabled)) return true;
        if (typeof inline?.objectLockEnabled === "string" && inline.objectLockEnabled.toLowerCase() === "enabled") return true;
    }
    return objectLockSides(index, bucket).length > 0;
}

/** Whether versions may pile up: versioning enabled or suspended, or not known, or Object Lock on (which versions every object). */
export function mayKeepVersions(index: StackIndex, bucket: Res): boolean {
    if (objectLockMayBeOn(index, bucket)) return true;
    const sides = index.sidesOf(bucket.urn, "versioning");
    const inline = asList(bucket.props.versioning ?? bucket.props.versionings);
    if (sides.length === 0 && inline.length === 0) return false;
    const sideStates = sides.map((side) => asList(side.props.versioningConfiguration)[0]?.status);
    const inlineStates = inline.map((v) =>
        isTrue(v?.enabled) ? "Enabled" : v?.enabled === false || v?.enabled === "false" ? "Disabled" : "unknown",
    );
    return [...sideStates, ...inlineStates].some((state) => state !== "Disabled");
}

/** Bucket policy documents that apply to the bucket (side resources and the inline argument). */
export function bucketPolicyDocuments(index: StackIndex, bucket: Res): { source: Res; document: unknown }[] {
    const documents = index.sidesOf(bucket.urn, "policy").map((side) => ({ source: side, document: side.props.policy }));
    if (bucket.props.policy !== undefined && bucket.props.policy !== "") documents.push({ source: bucket, document: bucket.props.policy });
    return documents;
}

/**
 * Where the bucket sends its access logs, if anywhere: target bucket names, or values not known during preview (a
 * logging configuration without a target logs nothing).
 */
export function loggingTargets(index: StackIndex, bucket: Res): unknown[] {
    return [
        ...index.sidesOf(bucket.urn, "logging").map((side) => side.props.targetBucket),
        ...asList(bucket.props.logging ?? bucket.props.loggings).map((logging) => logging?.targetBucket),
    ].filter((target) => isUnknown(target) || (typeof target === "string" && target.trim() !== ""));
}

/** Buckets that some bucket of the stack names as its access-log target. */
export function logTargets(index: StackIndex): Set<string> {
    const targets = new Set<string>();
    for (const side of index.ofTypes(BUCKET_SIDE_TYPES.logging)) {
        for (const dep of side.source.propertyDependencies?.targetBucket ?? []) targets.add(dep.urn);
        if (typeof side.props.targetBucket === "string") targets.add(side.props.targetBucket);
    }
    for (const bucket of index.ofTypes(["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"])) {
        for (const logging of asList(bucket.props.logging ?? bucket.props.loggings)) {
            if (typeof logging?.targetBucket === "string") targets.add(logging.targetBucket);
        }
    }
    return targets;
}

/** Names by which other resources may refer to a bucket. */
export function bucketNames(bucket: Res): string[] {
    return [bucket.urn, bucket.name, bucket.props.bucket, bucket.props.id].filter(
        (n): n is string => typeof n === "string" && !isUnknown(n),
    );
}

export interface ReplicationDestination {
    readonly source: Res;
    /** The destination bucket as written (an ARN, or a value unknown during preview). */
    readonly bucket: unknown;
    readonly account: unknown;
    /** Buckets of the stack it names: by name or ARN, else through the property dependencies of the rules. */
    readonly targets: Res[];
    /** A known bucket reference that names no bucket of the stack. */
    readonly outside?: string;
    /** The bucket is not known during preview and the rules depend on no bucket of the stack. */
    readonly unknown: boolean;
}

/** The bucket name in an S3 bucket reference (an ARN or a plain name). */
function bucketNameOf(reference: string): string {
    return reference.replace(/^arn:[^:]+:s3:::/, "").replace(/\/.*$/, "");
}

/** Buckets of the stack by physical name and ARN (not by logical name: an ARN names the physical bucket). */
function bucketsByPhysicalName(index: StackIndex): Map<string, Res> {
    return index.memo("buckets-by-physical-name", () => {
        const map = new Map<string, Res>();
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            for (const name of [
                bucket.props.bucket,
                bucket.props.id,
                typeof bucket.props.arn === "string" ? bucketNameOf(bucket.props.arn) : undefined,
            ]) {
                if (typeof name === "string" && name !== "" && !isUnknown(name) && !map.has(name)) map.set(name, bucket);
            }
        }
        return map;
    });
}

/**
 * The destinations of replication rules given as `property` of `source` (a bucket's inline
 * configuration or a BucketReplicationConfig), each resolved to the stack's buckets: by name or
 * ARN; a value unknown during preview (or a deployed output naming a bucket whose name the
 * stack does not show) through the property dependencies of `property`.
 */
export function replicationRuleDestinations(
    index: StackIndex,
    source: Res,
    rules: readonly unknown[],
    property: string,
    from?: Res,
): ReplicationDestination[] {
    const byName = bucketsByPhysicalName(index);
    const dependencies = (source.source.propertyDependencies?.[property] ?? [])
        .map((dep) => index.byUrn.get(dep.urn))
        .filter((res): res is Res => res !== undefined && BUCKET_TYPES.includes(res.type) && res !== from);
    return rules.map((rule: any) => {
        const destination = asList(rule?.destination ?? rule?.destinations)[0];
        const bucket = isUnknown(rule) || isUnknown(destination) ? rule : destination?.bucket;
        const account = destination?.accountId ?? destination?.account;
        if (isUnknown(bucket)) return { source, bucket, account, targets: dependencies, unknown: dependencies.length === 0 };
        if (typeof bucket !== "string" || bucket === "") return { source, bucket, account, targets: [], unknown: false };
        const named = byName.get(bucketNameOf(bucket));
        if (named) return { source, bucket, account, targets: [named], unknown: false };
        // A deployed stack's inputs hold resolved ARNs: a dependency whose name the stack does not show may be the one named.
        const nameless = dependencies.filter((dep) => typeof dep.props.bucket !== "string" || isUnknown(dep.props.bucket));
        if (nameless.length > 0) return { source, bucket, account, targets: nameless, unknown: false };
        return { source, bucket, account, targets: [], outside: bucket, unknown: false };
    });
}

export function replicationDestinations(index: StackIndex, bucket: Res): ReplicationDestination[] {
    const fromSides = index
        .sidesOf(bucket.urn, "replication")
        .flatMap((side) => replicationRuleDestinations(index, side, asList(side.props.rules), "rules", bucket));
    const property = bucket.props.replicationConfiguration !== undefined ? "replicationConfiguration" : "replicationConfigurations";
    const inline = asList(bucket.props[property]).flatMap((config) =>
        replicationRuleDestinations(index, bucket, isUnknown(config) ? [config] : asList(config?.rules), property, bucket),
    );
    return [...fromSides, ...inline];
}
