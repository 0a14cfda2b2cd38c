/**
 * CloudFront: distributions (viewer and origin TLS, edge cache lifetimes, access logs), real-time
 * log configurations, VPC origins and key value stores.
 */
import type { DistributionArgs } from "@pulumi/aws/cloudfront/distribution";
import type { KeyValueStoreArgs } from "@pulumi/aws/cloudfront/keyValueStore";
import type { KeyvaluestoreKeyArgs } from "@pulumi/aws/cloudfront/keyvaluestoreKey";
import type { KeyvaluestoreKeysExclusiveArgs } from "@pulumi/aws/cloudfront/keyvaluestoreKeysExclusive";
import type { MultitenantDistributionArgs } from "@pulumi/aws/cloudfront/multitenantDistribution";
import type { RealtimeLogConfigArgs } from "@pulumi/aws/cloudfront/realtimeLogConfig";
import type { VpcOriginArgs } from "@pulumi/aws/cloudfront/vpcOrigin";
import { Res } from "../../lib/stack-index";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { accessLogDelivery } from "./apigateway";

const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const CACHE_POLICY_TYPE = "aws:cloudfront/cachePolicy:CachePolicy";
const REALTIME_LOG_TYPE = "aws:cloudfront/realtimeLogConfig:RealtimeLogConfig";
const KEY_VALUE_STORE_TYPE = "aws:cloudfront/keyValueStore:KeyValueStore";
/**
 * A bucket's REST or website endpoint as an origin or log bucket: `name.s3.amazonaws.com`,
 * `name.s3.eu-west-1.amazonaws.com`, `name.s3-website-eu-west-1.amazonaws.com`.
 */
const BUCKET_DOMAIN = /^(.+?)\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;
/** AWS's managed CachingDisabled cache policy. */
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
/** The provider's (and CloudFront's legacy) defaults when a behaviour sets TTLs itself: 1 day, 1 year. */
const LEGACY_DEFAULT_TTL = 86400;
const LEGACY_MAX_TTL = 31536000;
const OLD_PROTOCOLS = ["SSLv3", "TLSv1", "TLSv1.1"];
const SECURE_VIEWER_POLICIES = ["https-only", "redirect-to-https"];

type Kind = "distribution" | "multitenant";

function behaviours(props: Record<string, any>, kind: Kind): [string, any][] {
    const ordered = kind === "distribution" ? "orderedCacheBehaviors" : "cacheBehaviors";
    return [
        ["defaultCacheBehavior", asList(props.defaultCacheBehavior)[0]] as [string, any],
        ...asList(props[ordered]).map(
            (b: any, i: number) =>
                [`${ordered}[${i}]${typeof b?.pathPattern === "string" ? ` (${b.pathPattern})` : ""}`, b] as [string, any],
        ),
    ].filter(([, b]) => b !== undefined);
}

function checkTls(kind: Kind) {
    return ({ store, report }: StoreContext): void => {
        const props = store.res.props;
        for (const [where, behaviour] of behaviours(props, kind)) {
            const policy = behaviour?.viewerProtocolPolicy;
            if (isUnknown(behaviour) || isUnknown(policy)) report(`${where}.viewerProtocolPolicy is not known during preview`);
            else if (!SECURE_VIEWER_POLICIES.includes(String(policy)))
                report(
                    `${where}.viewerProtocolPolicy is ${JSON.stringify(policy)}, so viewers may use plain HTTP: use "redirect-to-https" or "https-only"`,
                );
        }
        const certificate = asList(props.viewerCertificate)[0];
        if (
            isUnknown(certificate) ||
            isUnknown(certificate?.cloudfrontDefaultCertificate) ||
            isUnknown(certificate?.minimumProtocolVersion)
        )
            report("viewerCertificate is not known during preview, so the minimum TLS version cannot be verified");
        else if (isTrue(certificate?.cloudfrontDefaultCertificate))
            report(
                "uses the default *.cloudfront.net certificate, for which CloudFront accepts TLS 1.0 (its security policy is always TLSv1): use a custom certificate with minimumProtocolVersion TLSv1.2_2021 or later",
            );
        else {
            const minimum = certificate?.minimumProtocolVersion;
            if (minimum === undefined || minimum === null || minimum === "")
                report(
                    "viewerCertificate.minimumProtocolVersion is not set, so CloudFront accepts TLS 1.0 (the default TLSv1): set TLSv1.2_2021 or later",
                );
            else if (!/^TLSv1\.[23]_/.test(String(minimum)))
                report(`viewerCertificate.minimumProtocolVersion ${JSON.stringify(minimum)} accepts TLS older than 1.2`);
        }
        for (const origin of asList(props.origins)) {
            const name = origin?.originId ?? origin?.id ?? origin?.domainName;
            const custom = asList(kind === "distribution" ? origin?.customOriginConfig : origin?.customOriginConfigs)[0];
            if (custom === undefined) continue;
            if (isUnknown(custom) || isUnknown(custom.originProtocolPolicy))
                report(`origin ${name}: customOriginConfig is not known during preview`);
            else if (String(custom.originProtocolPolicy) === "http-only")
                report(`origin ${name}: originProtocolPolicy "http-only" sends requests to the origin over plain HTTP`);
            const old = asList(custom?.originSslProtocols).filter((p) => OLD_PROTOCOLS.includes(String(p)));
            if (old.length > 0) report(`origin ${name}: originSslProtocols allows ${old.join(", ")}, older than TLS 1.2`);
        }
    };
}

/** The cache policies of the stack a behaviour may use: by property dependency of its block, else by name. */
function cachePoliciesFor(context: StoreContext, property: string, id: string): Res[] {
    const { index, store } = context;
    const policies = index.ofTypes([CACHE_POLICY_TYPE]);
    const deps = (store.res.source.propertyDependencies?.[property] ?? []).map((d) => d.urn);
    const byDependency = policies.filter((p) => deps.includes(p.urn));
    const byName = policies.filter((p) => p.props.id === id || p.props.name === id || p.name === id);
    return byName.length > 0 ? byName : byDependency;
}

/** How long edge locations may keep a response: the cache policy's (or the behaviour's legacy) maximum TTL. */
function checkEdgeCache(kind: Kind) {
    return (context: StoreContext): void => {
        const { store, retentionLimitDays: limit, report } = context;
        if (limit === undefined) return;
        const limitSeconds = limit * 86400;
        for (const [where, behaviour] of behaviours(store.res.props, kind)) {
            const property = where.startsWith("defaultCacheBehavior")
                ? "defaultCacheBehavior"
                : kind === "distribution"
                  ? "orderedCacheBehaviors"
                  : "cacheBehaviors";
            const id = behaviour?.cachePolicyId;
            if (isUnknown(id)) {
                const policies = cachePoliciesFor(context, property, "");
                if (policies.length === 0)
                    report(
                        `${where}.cachePolicyId is not known during preview, so how long edge locations keep responses cannot be verified`,
                    );
                for (const policy of policies) checkPolicy(where, policy);
                continue;
            }
            if (id === CACHING_DISABLED) continue;
            if (typeof id === "string" && id !== "") {
                const policies = cachePoliciesFor(context, property, id);
                if (policies.length === 0)
                    report(
                        `${where}.cachePolicyId ${JSON.stringify(id)} is not a cache policy of this stack (nor CachingDisabled), so how long edge locations keep personal data cannot be verified (AWS's managed CachingOptimized keeps responses up to a year)`,
                    );
                for (const policy of policies) checkPolicy(where, policy);
                continue;
            }
            const ttl = Math.max(Number(behaviour?.maxTtl ?? LEGACY_MAX_TTL), Number(behaviour?.defaultTtl ?? LEGACY_DEFAULT_TTL));
            if (!(ttl <= limitSeconds))
                report(
                    `${where} lets edge locations keep responses ${ttl} seconds (maxTtl${behaviour?.maxTtl === undefined ? ", default 1 year" : ""}), more than the ${limit}-day retention of personal data: set maxTtl and defaultTtl within it, or use the CachingDisabled policy`,
                );
        }

        function checkPolicy(where: string, policy: Res): void {
            const maxTtl = policy.props.maxTtl;
            if (isUnknown(maxTtl) || isUnknown(policy.props.defaultTtl)) {
                report(`${where}: the TTLs of cache policy ${policy.name} are not known during preview`);
                return;
            }
            const ttl = Math.max(Number(maxTtl ?? LEGACY_MAX_TTL), Number(policy.props.defaultTtl ?? LEGACY_DEFAULT_TTL));
            if (!(ttl <= limitSeconds))
                report(
                    `${where}: cache policy ${policy.name} lets edge locations keep responses ${ttl} seconds (maxTtl${maxTtl === undefined ? ", default 1 year" : ""}), more than the ${limit}-day retention of personal data`,
                );
        }
    };
}

const EDGE_CACHE_AT_REST = {
    notOffered: "edge caches are encrypted by CloudFront under keys it manages; no customer-managed key is offered",
};

export const cloudfrontDistribution = entry<DistributionArgs>()({
    types: ["aws:cloudfront/distribution:Distribution"],
    holds: "requests and responses served through edge locations, and responses cached there",
    tagging: "carrier",
    sources: [{ path: "origins.domainName", types: BUCKET_TYPES, pattern: BUCKET_DOMAIN }],
    atRest: EDGE_CACHE_AT_REST,
    inTransit: [
        {
            custom: checkTls("distribution"),
            summary:
                "viewers redirected to or required to use HTTPS, a custom certificate with minimumProtocolVersion TLSv1.2_* or later, origins over HTTPS with TLS 1.2",
        },
    ],
    retention: [
        {
            custom: checkEdgeCache("distribution"),
            summary:
                "for personal data, edge cache lifetimes (cache policy or legacy maxTtl/defaultTtl) within the retention, or CachingDisabled",
        },
    ],
    destinations: [
        accessLogDelivery("writes its access logs to", { path: "loggingConfig.bucket", types: BUCKET_TYPES, pattern: BUCKET_DOMAIN }),
        {
            what: "streams request logs through",
            store: true,
            path: "defaultCacheBehavior.realtimeLogConfigArn",
            types: [REALTIME_LOG_TYPE],
        },
        {
            what: "streams request logs through",
            store: true,
            path: "orderedCacheBehaviors.realtimeLogConfigArn",
            types: [REALTIME_LOG_TYPE],
        },
        {
            what: "shields its origin from",
            region: "origins.originShield.originShieldRegion",
            when: { path: "origins.originShield.enabled", on: [true] },
        },
        { what: "reaches a VPC origin of", account: "origins.vpcOriginConfig.ownerAccountId" },
    ],
    notes: "A distribution serving a bucket (an origin on the bucket's S3 domain) carries that bucket's classification. Edge locations are worldwide by design: a response is cached only for its TTL. Field-level encryption (fieldLevelEncryptionId) adds protection to chosen fields and is not required. Lambda@Edge functions with includeBody see request bodies in every region.",
});

export const cloudfrontMultitenantDistribution = entry<MultitenantDistributionArgs>()({
    types: ["aws:cloudfront/multitenantDistribution:MultitenantDistribution"],
    holds: "requests and responses of many tenant domains served through edge locations, and responses cached there",
    tagging: "carrier",
    sources: [{ path: "origins.domainName", types: BUCKET_TYPES, pattern: BUCKET_DOMAIN }],
    atRest: EDGE_CACHE_AT_REST,
    inTransit: [
        {
            custom: checkTls("multitenant"),
            summary:
                "viewers redirected to or required to use HTTPS, a custom certificate with minimumProtocolVersion TLSv1.2_* or later, origins over HTTPS with TLS 1.2",
        },
    ],
    retention: [
        {
            custom: checkEdgeCache("multitenant"),
            summary: "for personal data, edge cache lifetimes (cache policy) within the retention, or CachingDisabled",
        },
    ],
    destinations: [
        {
            what: "streams request logs through",
            store: true,
            path: "defaultCacheBehavior.realtimeLogConfigArn",
            types: [REALTIME_LOG_TYPE],
        },
        { what: "streams request logs through", store: true, path: "cacheBehaviors.realtimeLogConfigArn", types: [REALTIME_LOG_TYPE] },
        {
            what: "shields its origin from",
            region: "origins.originShields.originShieldRegion",
            when: { path: "origins.originShields.enabled", on: [true] },
        },
    ],
    notes: "Its tenants (DistributionTenant) choose domains, certificates and parameter values; access logs are set up through CloudWatch log delivery, judged there.",
});

export const cloudfrontRealtimeLogConfig = entry<RealtimeLogConfigArgs>()({
    types: [REALTIME_LOG_TYPE],
    holds: "per-request log records (client address, URL, query string, cookies as chosen in fields) streamed to Kinesis",
    tagging: "carrier",
    inherent: {
        classification: "confidential",
        why: 'request records carry client addresses and the opaque keys in URLs, like S3 server access logs and CloudTrail records (CLAUSES.md, "Keys of records are opaque")',
    },
    names: ["name"],
    atRest: { notOffered: "records are held by the Kinesis stream, judged on its own" },
    inTransit: { notOffered: "delivered by CloudFront inside AWS" },
    retention: { notOffered: "records are held by the Kinesis stream, judged on its own" },
    destinations: [{ what: "streams request records to", store: true, path: "endpoint.kinesisStreamConfig.streamArn", types: "any" }],
});

function checkVpcOriginTls({ store, report }: StoreContext): void {
    const config = asList(store.res.props.vpcOriginEndpointConfig)[0];
    if (isUnknown(config) || isUnknown(config?.originProtocolPolicy)) {
        report("vpcOriginEndpointConfig is not known during preview, so the origin's TLS cannot be verified");
        return;
    }
    if (String(config?.originProtocolPolicy) === "http-only")
        report('vpcOriginEndpointConfig.originProtocolPolicy "http-only" sends requests to the VPC origin over plain HTTP');
    const old = asList(asList(config?.originSslProtocols)[0]?.items).filter((p) => OLD_PROTOCOLS.includes(String(p)));
    if (old.length > 0) report(`vpcOriginEndpointConfig.originSslProtocols allows ${old.join(", ")}, older than TLS 1.2`);
}

export const cloudfrontVpcOrigin = entry<VpcOriginArgs>()({
    types: ["aws:cloudfront/vpcOrigin:VpcOrigin"],
    holds: "requests CloudFront forwards to a load balancer or instance in a VPC",
    tagging: "carrier",
    atRest: { notOffered: "a VPC origin stores nothing" },
    inTransit: [{ custom: checkVpcOriginTls, summary: "originProtocolPolicy not http-only, originSslProtocols TLS 1.2 only" }],
    retention: { notOffered: "a VPC origin stores nothing" },
});

function checkKeyValueStoreRegions({ store, report }: StoreContext): void {
    if (store.isPii)
        report(
            `holds personal data (${store.classifiedBy}), which CloudFront replicates to every edge location worldwide, outside any region allow-list: keep personal data out of key value stores`,
        );
}

export const cloudfrontKeyValueStore = entry<KeyValueStoreArgs>()({
    types: [KEY_VALUE_STORE_TYPE],
    holds: "key-value pairs read by CloudFront Functions at every edge location",
    tagging: "store",
    names: ["name"],
    atRest: { notOffered: "CloudFront encrypts key value stores under keys it manages; no customer-managed key is offered" },
    inTransit: { notOffered: "values are read inside CloudFront; the API accepts HTTPS only" },
    retention: { notOffered: "values live until they are deleted; CloudFront offers no expiry" },
    destinations: [{ custom: checkKeyValueStoreRegions, summary: "no personal data (replicated to every edge location)" }],
});

const KEY_VALUE_SIDE = { notOffered: "a key is part of its store" };

export const cloudfrontKeyvaluestoreKey = entry<KeyvaluestoreKeyArgs>()({
    types: ["aws:cloudfront/keyvaluestoreKey:KeyvaluestoreKey"],
    holds: "one key and value of a key value store",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "keyValueStoreArn", types: [KEY_VALUE_STORE_TYPE] }],
    atRest: KEY_VALUE_SIDE,
    inTransit: KEY_VALUE_SIDE,
    exposure: [
        {
            what: "the key",
            plaintextWhenPii: "value",
            why: "which is replicated to every edge location and kept in plain text in the Pulumi state",
        },
    ],
    retention: KEY_VALUE_SIDE,
});

export const cloudfrontKeyvaluestoreKeysExclusive = entry<KeyvaluestoreKeysExclusiveArgs>()({
    types: ["aws:cloudfront/keyvaluestoreKeysExclusive:KeyvaluestoreKeysExclusive"],
    holds: "all keys and values of a key value store",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "keyValueStoreArn", types: [KEY_VALUE_STORE_TYPE] }],
    atRest: KEY_VALUE_SIDE,
    inTransit: KEY_VALUE_SIDE,
    exposure: [
        {
            what: "the keys",
            plaintextWhenPii: "resourceKeyValuePairs.value",
            why: "which are replicated to every edge location and kept in plain text in the Pulumi state",
        },
    ],
    retention: KEY_VALUE_SIDE,
});
