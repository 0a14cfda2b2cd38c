import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
const MULTITENANT = "aws:cloudfront/multitenantDistribution:MultitenantDistribution";
const REALTIME = "aws:cloudfront/realtimeLogConfig:RealtimeLogConfig";
const KVS = "aws:cloudfront/keyValueStore:KeyValueStore";
const VPC_ORIGIN = "aws:cloudfront/vpcOrigin:VpcOrigin";
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const STREAM_ARN = `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/cdn-requests`;
const REALTIME_ARN = `arn:aws:cloudfront::${ACCOUNT}:realtime-log-config/cdn-requests`;
const KVS_ARN = `arn:aws:cloudfront::${ACCOUNT}:key-value-store/edge-config`;
const customOrigin = { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] };
const behaviour = { allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], viewerProtocolPolicy: "redirect-to-https" };

const cdn = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:cloudfront/cachePolicy:CachePolicy",
            name: "short-cache",
            props: {
                name: "short-cache",
                minTtl: 0,
                defaultTtl: 60,
                maxTtl: 3600,
                parametersInCacheKeyAndForwardedToOrigin: {
                    cookiesConfig: { cookieBehavior: "none" },
                    headersConfig: { headerBehavior: "none" },
                    queryStringsConfig: { queryStringBehavior: "none" },
                },
            },
        },
        {
            type: "aws:kinesis/stream:Stream",
            name: "cdn-requests",
            props: { name: "cdn-requests", encryptionType: "KMS", kmsKeyId: KEY_ARN, retentionPeriod: 24, tags: CONFIDENTIAL_TAGS },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: REALTIME,
            name: "cdn-requests-log",
            props: {
                name: "cdn-requests",
                samplingRate: 100,
                fields: ["timestamp", "c-ip", "cs-uri-stem"],
                endpoint: {
                    streamType: "Kinesis",
                    kinesisStreamConfig: { roleArn: `arn:aws:iam::${ACCOUNT}:role/cdn-logs`, streamArn: STREAM_ARN },
                },
            },
            propertyDependencies: { endpoint: ["cdn-requests"] },
        },
        {
            type: DISTRIBUTION,
            name: "cdn",
            props: {
                enabled: true,
                restrictions: { geoRestriction: { restrictionType: "none" } },
                origins: [
                    { originId: "labels", domainName: "labels-abc.s3.eu-west-1.amazonaws.com", originAccessControlId: "oac-1" },
                    { originId: "api", domainName: "api.example.com", customOriginConfig: customOrigin },
                ],
                defaultCacheBehavior: {
                    ...behaviour,
                    targetOriginId: "labels",
                    cachePolicyId: CACHING_DISABLED,
                    realtimeLogConfigArn: REALTIME_ARN,
                },
                orderedCacheBehaviors: [{ ...behaviour, pathPattern: "/api/*", targetOriginId: "api", cachePolicyId: "short-cache-id" }],
                viewerCertificate: {
                    acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1`,
                    sslSupportMethod: "sni-only",
                    minimumProtocolVersion: "TLSv1.2_2021",
                },
                loggingConfig: { bucket: "logs-abc.s3.amazonaws.com", prefix: "cdn/" },
            },
            propertyDependencies: {
                origins: ["labels"],
                defaultCacheBehavior: ["cdn-requests-log"],
                orderedCacheBehaviors: ["short-cache"],
                loggingConfig: ["logs"],
            },
        },
        {
            type: VPC_ORIGIN,
            name: "private-alb",
            props: {
                vpcOriginEndpointConfig: {
                    name: "private-alb",
                    arn: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/private/1`,
                    httpPort: 80,
                    httpsPort: 443,
                    originProtocolPolicy: "https-only",
                    originSslProtocols: { items: ["TLSv1.2"], quantity: 1 },
                },
            },
        },
        {
            type: KVS,
            name: "edge-config",
            props: { name: "edge-config", tags: { "data-classification": "internal", "retention-days": "30", owner: "web" } },
        },
        {
            type: "aws:cloudfront/keyvaluestoreKey:KeyvaluestoreKey",
            name: "edge-config-flag",
            props: { keyValueStoreArn: KVS_ARN, key: "new-checkout", value: "on" },
            propertyDependencies: { keyValueStoreArn: ["edge-config"] },
        },
    ]);

const multitenant = (change: (p: any) => void = () => undefined): ResourceSpec => {
    const spec: ResourceSpec = {
        type: MULTITENANT,
        name: "shops",
        props: {
            comment: "shops",
            enabled: true,
            tenantConfig: {},
            origins: [{ id: "api", domainName: "api.example.com", customOriginConfigs: [customOrigin] }],
            defaultCacheBehavior: {
                targetOriginId: "api",
                viewerProtocolPolicy: "https-only",
                cachePolicyId: CACHING_DISABLED,
                allowedMethods: { items: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
            },
            viewerCertificate: {
                acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1`,
                sslSupportMethod: "sni-only",
                minimumProtocolVersion: "TLSv1.2_2021",
            },
            tags: PII_TAGS,
        },
    };
    change(spec.props);
    return spec;
};

describe("catalogue: CloudFront", () => {
    describeEntry(
        "distributions",
        cdn,
        [
            {
                title: "viewers allowed plain HTTP",
                change: props("cdn", (p) => {
                    p.defaultCacheBehavior.viewerProtocolPolicy = "allow-all";
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /defaultCacheBehavior.viewerProtocolPolicy is "allow-all", so viewers may use plain HTTP/,
            },
            {
                title: "an ordered behaviour allowing plain HTTP",
                change: props("cdn", (p) => {
                    p.orderedCacheBehaviors[0].viewerProtocolPolicy = "allow-all";
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /orderedCacheBehaviors\[0\] \(\/api\/\*\).viewerProtocolPolicy is "allow-all"/,
            },
            {
                title: "the default certificate (TLS 1.0 accepted)",
                change: props("cdn", (p) => {
                    p.viewerCertificate = { cloudfrontDefaultCertificate: true };
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /uses the default \*.cloudfront.net certificate, for which CloudFront accepts TLS 1.0/,
            },
            {
                title: "minimumProtocolVersion TLSv1.1_2016",
                change: props("cdn", (p) => {
                    p.viewerCertificate.minimumProtocolVersion = "TLSv1.1_2016";
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /minimumProtocolVersion "TLSv1.1_2016" accepts TLS older than 1.2/,
            },
            {
                title: "minimumProtocolVersion not set (TLSv1)",
                change: props("cdn", (p) => {
                    delete p.viewerCertificate.minimumProtocolVersion;
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /minimumProtocolVersion is not set, so CloudFront accepts TLS 1.0/,
            },
            {
                title: "an origin over plain HTTP",
                change: props("cdn", (p) => {
                    p.origins[1].customOriginConfig.originProtocolPolicy = "http-only";
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /origin api: originProtocolPolicy "http-only" sends requests to the origin over plain HTTP/,
            },
            {
                title: "an origin allowing TLS 1.0",
                change: props("cdn", (p) => {
                    p.origins[1].customOriginConfig.originSslProtocols = ["TLSv1", "TLSv1.2"];
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /origin api: originSslProtocols allows TLSv1, older than TLS 1.2/,
            },
            {
                title: "personal data cached with the legacy default TTLs (a year)",
                change: props("cdn", (p) => {
                    delete p.defaultCacheBehavior.cachePolicyId;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DISTRIBUTION, "cdn"],
                message: /defaultCacheBehavior lets edge locations keep responses 31536000 seconds \(maxTtl, default 1 year\)/,
            },
            {
                title: "personal data cached a year by a cache policy of the stack",
                change: props("short-cache", (p) => {
                    p.maxTtl = 31536000;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DISTRIBUTION, "cdn"],
                message: /cache policy short-cache lets edge locations keep responses 31536000 seconds/,
            },
            {
                title: "personal data cached by a managed cache policy",
                change: props("cdn", (p) => {
                    p.defaultCacheBehavior.cachePolicyId = CACHING_OPTIMIZED;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DISTRIBUTION, "cdn"],
                message: /cachePolicyId "658327ea-f89d-4fab-a63d-7e88639e58f6" is not a cache policy of this stack/,
            },
            {
                title: "access logs of personal data to a bucket outside the stack",
                change: (stack) => {
                    props("cdn", (p) => {
                        p.loggingConfig.bucket = "other-logs.s3.amazonaws.com";
                    })(stack);
                    delete stack.find((s) => s.name === "cdn")!.propertyDependencies!.loggingConfig;
                },
                policy: datastoreSharingRestrictDestinations,
                at: [DISTRIBUTION, "cdn"],
                message: /writes its access logs to other-logs.s3.amazonaws.com, which is not a resource of this stack/,
            },
            {
                title: "an origin shield in another region",
                change: props("cdn", (p) => {
                    p.origins[1].originShield = { enabled: true, originShieldRegion: "us-east-1" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DISTRIBUTION, "cdn"],
                message: /shields its origin from region us-east-1/,
            },
            {
                title: "a VPC origin of another account",
                change: props("cdn", (p) => {
                    p.origins.push({
                        originId: "private",
                        domainName: "private.internal",
                        vpcOriginConfig: { vpcOriginId: "vo-1", ownerAccountId: OUTSIDE_ACCOUNT },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DISTRIBUTION, "cdn"],
                message: /reaches a VPC origin of account 999988887777/,
            },
            {
                title: "real-time logs streamed to another account",
                change: props("cdn-requests-log", (p) => {
                    p.endpoint.kinesisStreamConfig.streamArn = `arn:aws:kinesis:eu-west-1:${OUTSIDE_ACCOUNT}:stream/theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [REALTIME, "cdn-requests-log"],
                message: /streams request records to arn:aws:kinesis:eu-west-1:999988887777:stream\/theirs, in account 999988887777/,
            },
            {
                title: "real-time logs streamed into a stream classified public",
                change: props("cdn-requests", (p) => {
                    p.tags = { ...p.tags, "data-classification": "public" };
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:kinesis/stream:Stream", "cdn-requests"],
                message: /is classified public but holds confidential data/,
            },
            {
                title: "a VPC origin over plain HTTP",
                change: props("private-alb", (p) => {
                    p.vpcOriginEndpointConfig.originProtocolPolicy = "http-only";
                }),
                policy: datastoreTransitRequireTls,
                at: [VPC_ORIGIN, "private-alb"],
                message: /originProtocolPolicy "http-only" sends requests to the VPC origin over plain HTTP/,
            },
            {
                title: "a VPC origin allowing TLS 1.1",
                change: props("private-alb", (p) => {
                    p.vpcOriginEndpointConfig.originSslProtocols = { items: ["TLSv1.1", "TLSv1.2"], quantity: 2 };
                }),
                policy: datastoreTransitRequireTls,
                at: [VPC_ORIGIN, "private-alb"],
                message: /originSslProtocols allows TLSv1.1/,
            },
            {
                title: "a multi-tenant distribution allowing plain HTTP on the default certificate",
                change: add(
                    multitenant((p) => {
                        p.defaultCacheBehavior.viewerProtocolPolicy = "allow-all";
                        p.viewerCertificate = { cloudfrontDefaultCertificate: true };
                    }),
                ),
                policy: datastoreTransitRequireTls,
                at: [MULTITENANT, "shops"],
                message: /viewerProtocolPolicy is "allow-all"/,
            },
            {
                title: "a multi-tenant distribution caching personal data a year",
                change: add(
                    multitenant((p) => {
                        delete p.defaultCacheBehavior.cachePolicyId;
                    }),
                ),
                policy: datastoreRetentionLimitCopies,
                at: [MULTITENANT, "shops"],
                message: /lets edge locations keep responses 31536000 seconds/,
            },
        ],
        [
            {
                title: "a confidential distribution of an API with the legacy default TTLs",
                change: (stack) => {
                    props("cdn", (p) => {
                        p.origins = [p.origins[1]];
                        p.defaultCacheBehavior.targetOriginId = "api";
                        delete p.defaultCacheBehavior.cachePolicyId;
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                    delete stack.find((s) => s.name === "cdn")!.propertyDependencies!.origins;
                },
            },
            { title: "a compliant multi-tenant distribution", change: add(multitenant()) },
        ],
    );

    describeEntry("key value stores", cdn, [
        {
            title: "a key value store holding personal data",
            change: props("edge-config", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [KVS, "edge-config"],
            message: /which CloudFront replicates to every edge location worldwide/,
        },
        {
            title: "a key's value in a PII key value store",
            change: props("edge-config", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreAccessBlockPublic,
            at: [KVS, "edge-config"],
            message: /holds personal data .* but sets value, which is replicated to every edge location/,
        },
        {
            title: "an unclassified key value store",
            change: props("edge-config", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [KVS, "edge-config"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "keys managed exclusively in a PII key value store",
            change: (stack) => {
                props("edge-config", (p) => {
                    p.tags = PII_TAGS;
                })(stack);
                add({
                    type: "aws:cloudfront/keyvaluestoreKeysExclusive:KeyvaluestoreKeysExclusive",
                    name: "edge-config-all",
                    props: { keyValueStoreArn: KVS_ARN, resourceKeyValuePairs: [{ key: "a", value: "b" }] },
                    propertyDependencies: { keyValueStoreArn: ["edge-config"] },
                })(stack);
            },
            policy: datastoreAccessBlockPublic,
            at: [KVS, "edge-config"],
            message: /sets resourceKeyValuePairs.value/,
        },
    ]);
});
