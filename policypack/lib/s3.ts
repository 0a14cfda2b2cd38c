/**
 * A bucket's effective settings, from its side resources (v7 and deprecated V2 tokens alike)
 * and from the deprecated inline bucket arguments, in one normalised form.
 */
import { Res, StackIndex, BUCKET_SIDE_TYPES } from "./stack-index";
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
    const inlineProperty = bucket.props.serverSideEncryptionConfiguration !== undefined ? "serverSideEncryptionConfiguration" : "serverSideEncryptionConfigurations";
    const blocks: { block: any; source: Res; property: string }[] = [
        ...index.sidesOf(bucket.urn, "encryption").map((side) => ({ block: side.props, source: side, property: "rules" })),
        ...asList(bucket.props[inlineProperty]).map((block) => ({ block, source: bucket, property: inlineProperty })),
    ];
    if (blocks.length === 0) return undefined;
    return blocks.flatMap(({ block, source, property }) => (isUnknown(block) ? [block] : asList(block?.rules ?? block?.rule)).map((rule) => {
        if (isUnknown(rule)) return { algorithm: rule, keyId: undefined, bucketKey: undefined, source, property };
        const byDefault = asList(rule?.applyServerSideEncryptionByDefault ?? rule?.applyServerSideEncryptionByDefaults)[0];
        return { algorithm: byDefault?.sseAlgorithm, keyId: byDefault?.kmsMasterKeyId, bucketKey: rule?.bucketKeyEnabled, source, property };
    }));
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
    return Object.entries(only).every(([key, value]) => (key === "prefix" ? value === "" || value === undefined : value === undefined || (isObject(value) && Object.keys(value).length === 0 && key !== "and" && key !== "tag")));
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

/** Whether versions may pile up: versioning enabled or suspended, or not known. */
export function mayKeepVersions(index: StackIndex, bucket: Res): boolean {
    const sides = index.sidesOf(bucket.urn, "versioning");
    const inline = asList(bucket.props.versioning ?? bucket.props.versionings);
    if (sides.length === 0 && inline.length === 0) return false;
    const sideStates = sides.map((side) => asList(side.props.versioningConfiguration)[0]?.status);
    const inlineStates = inline.map((v) => (isTrue(v?.enabled) ? "Enabled" : v?.enabled === false || v?.enabled === "false" ? "Disabled" : "unknown"));
    return [...sideStates, ...inlineStates].some((state) => state !== "Disabled");
}

/** Bucket policy documents that apply to the bucket (side resources and the inline argument). */
export function bucketPolicyDocuments(index: StackIndex, bucket: Res): { source: Res; document: unknown }[] {
    const documents = index.sidesOf(bucket.urn, "policy").map((side) => ({ source: side, document: side.props.policy }));
    if (bucket.props.policy !== undefined && bucket.props.policy !== "") documents.push({ source: bucket, document: bucket.props.policy });
    return documents;
}

/** Where the bucket sends its access logs, if anywhere (`"unknown"` for an unknown target). */
export function loggingTargets(index: StackIndex, bucket: Res): unknown[] {
    return [
        ...index.sidesOf(bucket.urn, "logging").map((side) => side.props.targetBucket),
        ...asList(bucket.props.logging ?? bucket.props.loggings).map((logging) => logging?.targetBucket),
    ];
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
    return [bucket.urn, bucket.name, bucket.props.bucket, bucket.props.id].filter((n): n is string => typeof n === "string" && !isUnknown(n));
}

export interface ReplicationDestination {
    readonly source: Res;
    readonly bucket: unknown;
    readonly account: unknown;
}

export function replicationDestinations(index: StackIndex, bucket: Res): ReplicationDestination[] {
    const fromSides = index.sidesOf(bucket.urn, "replication").flatMap((side) => asList(side.props.rules).map((rule) => ({ source: side, rule })));
    const inline = asList(bucket.props.replicationConfiguration ?? bucket.props.replicationConfigurations).flatMap((config) => asList(config?.rules).map((rule) => ({ source: bucket, rule })));
    return [...fromSides, ...inline].map(({ source, rule }) => {
        const destination = asList(rule?.destination ?? rule?.destinations)[0];
        return { source, bucket: destination?.bucket, account: destination?.accountId ?? destination?.account };
    });
}
