/**
 * API Gateway REST APIs: the API (its default endpoint's TLS policy, resource policy and OpenAPI
 * body), its stages (response cache, access logs), method settings (cache encryption, full-body
 * data trace logs), custom domains (TLS policy) and integrations (where requests go).
 */
import type { DomainNameArgs } from "@pulumi/aws/apigateway/domainName";
import type { IntegrationArgs } from "@pulumi/aws/apigateway/integration";
import type { MethodSettingsArgs } from "@pulumi/aws/apigateway/methodSettings";
import type { RestApiArgs } from "@pulumi/aws/apigateway/restApi";
import type { RestApiPolicyArgs } from "@pulumi/aws/apigateway/restApiPolicy";
import type { RestApiPutArgs } from "@pulumi/aws/apigateway/restApiPut";
import type { StageArgs } from "@pulumi/aws/apigateway/stage";
import { ownAccounts } from "../../lib/accounts";
import { Res, StackIndex, regionOf } from "../../lib/stack-index";
import { resolveReference } from "../../lib/stores";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, Reference, entry } from "../entry";
import { readStrings } from "../read";

const REST_API_TYPES = ["aws:apigateway/restApi:RestApi"];
const STAGE_TYPE = "aws:apigateway/stage:Stage";
const METHOD_SETTINGS_TYPE = "aws:apigateway/methodSettings:MethodSettings";

// ---------------------------------------------------------------------------------------------
// Helpers shared with API Gateway v2 and AppSync.

/**
 * Security policies that refuse TLS older than 1.2: the legacy TLS_1_2 and the enhanced SecurityPolicy_TLS12_* /
 * SecurityPolicy_TLS13_*.
 */
export function acceptsOldTls(policy: string): boolean {
    return !/^(TLS_1_2|SecurityPolicy_TLS1[23](_.*)?)$/i.test(policy);
}

/**
 * Hosts of AWS service APIs (called with IAM signatures), which are not "outside AWS". Hosts
 * that AWS serves for any customer's application (API Gateway's execute-api, load balancers,
 * Lambda function URLs, S3 website endpoints) are not: they may belong to another account.
 */
export function isAwsHost(url: string): boolean {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
    if (host === undefined || /(\.execute-api\.|\.elb\.|\.lambda-url\.|\.s3-website[.-])/.test(host)) return false;
    return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn") || host.endsWith(".api.aws");
}

/** The http(s) URLs an OpenAPI body (JSON or YAML) names as integration URIs; "unknown" during preview. */
export function bodyUris(body: unknown): string[] | "unknown" {
    if (body === undefined || body === null || body === "") return [];
    if (isUnknown(body)) return "unknown";
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return [...text.matchAll(/["']?uri["']?\s*:\s*["']?(https?:\/\/[^"'\s,}]+)/gi)].map((m) => m[1]);
}

/** Accounts named in the ARNs inside a string (an integration URI, a request parameter). */
export function accountsIn(value: string): string[] {
    return [...value.matchAll(/arn:[^:\s"]+:[^:\s"]+:[^:\s"]*:(\d{12}):/g), ...value.matchAll(/https:\/\/sqs\.[^/]+\/(\d{12})\//g)].map(
        (m) => m[1],
    );
}

/** Reports the plain-HTTP backends among `uris`. */
export function reportPlainHttp(uris: readonly string[], where: string, report: (message: string) => void): void {
    for (const uri of uris.filter((u) => /^http:\/\//i.test(u)))
        report(`sends requests to its backend over plain HTTP: ${where} names ${JSON.stringify(uri)}`);
}

/** Reports, for a PII carrier, the backends outside AWS among `uris`. */
export function reportOutsideEndpoints(
    store: StoreContext["store"],
    uris: readonly string[],
    where: string,
    report: (message: string) => void,
): void {
    if (!store.isPii) return;
    for (const uri of uris.filter((u) => !isAwsHost(u)))
        report(
            `sends personal data (${store.classifiedBy}) to ${uri} (${where}), outside AWS: personal data may go only to the shipping provider's account`,
        );
}

/** Reports accounts outside this stack named by ARNs in `values`. */
export function reportOutsideAccounts({ index, config, report }: StoreContext, values: readonly string[], what: string): void {
    const own = ownAccounts(index, config);
    for (const value of values) {
        for (const account of accountsIn(value)) {
            if (!own.has(account) && !config.shippingProviderAccountIds.includes(account))
                report(`${what} ${value}, in account ${account}, outside this stack`);
        }
    }
}

/**
 * Where a front door delivers its access logs (request lines, client addresses, opaque keys):
 * a store of this stack, in this stack's accounts and an allowed region. Unlike a copy of the
 * data, the logs do not pass the front door's classification on to their destination: like S3
 * server access logs and CloudTrail records, they carry opaque keys, not records (CLAUSES.md,
 * "Keys of records are opaque"); the destination is judged by its own classification.
 */
export function accessLogDelivery(
    what: string,
    reference: Reference,
    enabled: (props: Record<string, any>) => boolean | "unknown" = () => true,
): CustomCheck {
    return {
        summary: `${what}: a store of this stack, in this stack's accounts and an allowed region`,
        custom: ({ index, store, config, report }) => {
            const on = enabled(store.res.props);
            if (on === "unknown") report(`${what}: whether logging is on is not known during preview`);
            if (on === false) return;
            const own = ownAccounts(index, config);
            const ownRegion = regionOf(index, store.res);
            const allowedRegion = (region: string) => region === ownRegion || config.allowedRegions.includes(region);
            const none = config.allowedRegions.join(", ") || "none";
            const resolved = resolveReference(index, store.res, reference);
            if (resolved.unknown && store.isPii) report(`${what}: the destination is not known during preview`);
            for (const target of resolved.outside) {
                const arn = /^arn:[^:]+:[^:]*:([^:]*):(\d{12})?:/.exec(target);
                if (arn?.[2] && !own.has(arn[2]) && !config.shippingProviderAccountIds.includes(arn[2]))
                    report(`${what} ${target}, in account ${arn[2]}, outside this stack`);
                else if (arn?.[1] && !allowedRegion(arn[1]))
                    report(`${what} ${target}, in region ${arn[1]}, not on allowedRegions (${none})`);
                else if (store.isPii && !arn?.[2])
                    report(
                        `${what} ${target}, which is not a resource of this stack, so its account, encryption and retention cannot be verified`,
                    );
            }
            for (const target of resolved.stores) {
                const region = regionOf(index, target.res);
                if (region !== undefined && !allowedRegion(region))
                    report(`${what} ${target.res.name}, in region ${region}, not on allowedRegions (${none})`);
            }
        },
    };
}

/** ARNs with an account inside a text (an OpenAPI body). */
export function arnsIn(text: string): string[] {
    return [...text.matchAll(/arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:[^\s"',}\]]+/g)].map((m) => m[0]);
}

/** Whether two resources name the same referenced resource in `property` (same dependency, or same known value). */
function sameTarget(a: Res, b: Res, property: string): boolean {
    const deps = (res: Res) => (res.source.propertyDependencies?.[property] ?? []).map((d) => d.urn);
    if (deps(a).some((urn) => deps(b).includes(urn))) return true;
    const [x, y] = [a.props[property], b.props[property]];
    return typeof x === "string" && !isUnknown(x) && x === y;
}

// ---------------------------------------------------------------------------------------------
// REST APIs.

function checkRestApiTls({ store, report }: StoreContext): void {
    const props = store.res.props;
    if (isUnknown(props.disableExecuteApiEndpoint))
        report("disableExecuteApiEndpoint is not known during preview, so the default endpoint's TLS cannot be verified");
    if (isTrue(props.disableExecuteApiEndpoint)) return;
    const policy = props.securityPolicy;
    if (isUnknown(policy)) report("securityPolicy is not known during preview, so the default endpoint's TLS cannot be verified");
    else if (policy === undefined || policy === null || policy === "") {
        const types = readStrings(props, "endpointConfiguration.types").map((t) => t.toUpperCase());
        if (!types.includes("PRIVATE"))
            report(
                `securityPolicy is not set, so the default execute-api endpoint of this ${types[0] ?? "EDGE"} API accepts TLS 1.0 (API Gateway's TLS-1-0 default): set securityPolicy "TLS_1_2" (or a SecurityPolicy_TLS13_* policy), or disableExecuteApiEndpoint`,
            );
    } else if (typeof policy === "string" && acceptsOldTls(policy))
        report(`securityPolicy ${JSON.stringify(policy)} accepts TLS older than 1.2`);
}

function checkBodyTls({ store, report }: StoreContext): void {
    const uris = bodyUris(store.res.props.body);
    if (uris === "unknown") report("body is not known during preview, so its integrations' TLS cannot be verified");
    else reportPlainHttp(uris, "an integration in body", report);
}

function checkBodyDestinations(context: StoreContext): void {
    const { store, report } = context;
    const uris = bodyUris(store.res.props.body);
    if (uris === "unknown") {
        if (store.isPii) report("body is not known during preview, so where its integrations send personal data cannot be verified");
        return;
    }
    reportOutsideEndpoints(store, uris, "an integration in body", report);
    const body = store.res.props.body;
    if (body !== undefined && body !== null)
        reportOutsideAccounts(context, arnsIn(typeof body === "string" ? body : JSON.stringify(body)), "an integration in body calls");
}

export const apigatewayRestApi = entry<RestApiArgs>()({
    types: ["aws:apigateway/restApi:RestApi"],
    holds: "requests and responses of a REST API (what its integrations read and write)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an API stores nothing; its response cache is judged on Stage and MethodSettings" },
    inTransit: [
        {
            custom: checkRestApiTls,
            summary:
                "the default endpoint refuses TLS older than 1.2 (securityPolicy TLS_1_2 or SecurityPolicy_TLS13_*; EDGE/REGIONAL default TLS-1-0), or is disabled",
        },
        { custom: checkBodyTls, summary: "no plain-HTTP integration URI in the OpenAPI body" },
    ],
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: { notOffered: "an API stores nothing" },
    destinations: [
        {
            custom: checkBodyDestinations,
            summary: "integrations in the OpenAPI body: no URL outside AWS for personal data, no ARN of another account",
        },
    ],
    notes: "An EDGE or REGIONAL API is reachable from the internet by design; who may call which route is decided by its methods' authorization and its resource policy.",
});

export const apigatewayRestApiPolicy = entry<RestApiPolicyArgs>()({
    types: ["aws:apigateway/restApiPolicy:RestApiPolicy"],
    holds: "who may invoke a REST API",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "restApiId", types: REST_API_TYPES }],
    atRest: { notOffered: "a policy stores nothing" },
    inTransit: { notOffered: "a policy stores nothing" },
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy stores nothing" },
});

export const apigatewayRestApiPut = entry<RestApiPutArgs>()({
    types: ["aws:apigateway/restApiPut:RestApiPut"],
    holds: "the OpenAPI definition (routes and integrations) of a REST API",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "restApiId", types: REST_API_TYPES }],
    atRest: { notOffered: "a definition stores nothing" },
    inTransit: [{ custom: checkBodyTls, summary: "no plain-HTTP integration URI in the OpenAPI body" }],
    retention: { notOffered: "a definition stores nothing" },
    destinations: [
        {
            custom: checkBodyDestinations,
            summary: "integrations in the OpenAPI body: no URL outside AWS for personal data, no ARN of another account",
        },
    ],
});

// ---------------------------------------------------------------------------------------------
// Stages and method settings.

function methodSettingsOf(index: StackIndex, stage: Res): Res[] {
    return index.ofTypes([METHOD_SETTINGS_TYPE]).filter((settings) => {
        const sameApi = sameTarget(settings, stage, "restApi");
        const sameStage =
            (settings.source.propertyDependencies?.stageName ?? []).some((d) => d.urn === stage.urn) ||
            (typeof settings.props.stageName === "string" && settings.props.stageName === stage.props.stageName);
        return sameApi && sameStage;
    });
}

/** A stage cache caches GET responses (unencrypted unless a "*\/*" method setting says cacheDataEncrypted). */
function checkStageCache({ index, store, report }: StoreContext): void {
    const enabled = store.res.props.cacheClusterEnabled;
    if (isUnknown(enabled)) {
        report("cacheClusterEnabled is not known during preview, so the encryption of cached responses cannot be verified");
        return;
    }
    if (!isTrue(enabled)) return;
    const all = methodSettingsOf(index, store.res)
        .filter((s) => s.props.methodPath === "*/*")
        .map((s) => asList(s.props.settings)[0]);
    if (all.some((s) => isUnknown(s) || isUnknown(s?.cacheDataEncrypted))) return; // judged (fail closed) on the MethodSettings
    if (!all.some((s) => isTrue(s?.cacheDataEncrypted) || s?.cachingEnabled === false)) {
        report(
            'caches responses (cacheClusterEnabled) but no MethodSettings for methodPath "*/*" of this stage sets settings.cacheDataEncrypted true, so cached responses are stored unencrypted (API Gateway caches GET responses by default)',
        );
    }
}

export const apigatewayStage = entry<StageArgs>()({
    types: [STAGE_TYPE],
    holds: "a deployed REST API: its response cache and access logs",
    tagging: "carrier",
    sources: [{ path: "restApi", types: REST_API_TYPES }],
    atRest: [
        {
            custom: checkStageCache,
            summary:
                'with a cache cluster, a "*/*" MethodSettings encrypting cached responses (cacheDataEncrypted; no customer-managed key offered)',
        },
    ],
    inTransit: {
        notOffered:
            "execute-api endpoints take HTTPS only (their TLS policy is judged on RestApi and DomainName); backend TLS is judged on each Integration",
    },
    retention: {
        notOffered:
            "cache entries live at most cacheTtlInSeconds (API Gateway allows up to 3600 s); access logs are judged on their destination",
    },
    destinations: [accessLogDelivery("writes its access logs to", { path: "accessLogSettings.destinationArn", types: "any" })],
    notes: "Access logs carry what accessLogSettings.format names from $context (request ids, paths, client addresses), not bodies. clientCertificateId is the certificate API Gateway presents to backends; it does not make a backend use TLS.",
});

function checkDataTrace({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const settings = asList(store.res.props.settings)[0];
    if (isUnknown(settings) || isUnknown(settings?.dataTraceEnabled)) report("settings.dataTraceEnabled is not known during preview");
    else if (isTrue(settings?.dataTraceEnabled)) {
        report(
            `holds personal data (${store.classifiedBy}) but sets settings.dataTraceEnabled, which writes full request and response bodies to the execution log group API-Gateway-Execution-Logs_<api id>/<stage>, created by API Gateway without a customer-managed key or expiry`,
        );
    }
}

export const apigatewayMethodSettings = entry<MethodSettingsArgs>()({
    types: [METHOD_SETTINGS_TYPE],
    holds: "cache and logging settings of a REST API's methods",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "restApi", types: REST_API_TYPES }],
    atRest: [
        {
            what: "cached responses",
            when: { path: "settings.cachingEnabled", on: [true] },
            enabled: { path: "settings.cacheDataEncrypted", absent: false, absentMeans: "unencrypted" },
            customerKeyNotOffered: "API Gateway encrypts its cache under a key it manages",
        },
    ],
    inTransit: { notOffered: "settings carry no data" },
    retention: { notOffered: "cache entries live at most settings.cacheTtlInSeconds (up to 3600 s)" },
    destinations: [{ custom: checkDataTrace, summary: "no data trace logging (full request and response bodies) for personal data" }],
});

// ---------------------------------------------------------------------------------------------
// Custom domains and integrations.

function checkDomainTls({ store, report }: StoreContext): void {
    const policy = store.res.props.securityPolicy;
    if (isUnknown(policy)) report("securityPolicy is not known during preview, so the domain's TLS cannot be verified");
    else if (policy === undefined || policy === null || policy === "")
        report(
            'securityPolicy is not set, so API Gateway may apply TLS_1_0 (TLS 1.0 accepted): set "TLS_1_2" or a SecurityPolicy_TLS13_* policy',
        );
    else if (typeof policy === "string" && acceptsOldTls(policy))
        report(`securityPolicy ${JSON.stringify(policy)} accepts TLS older than 1.2`);
}

export const apigatewayDomainName = entry<DomainNameArgs>()({
    types: ["aws:apigateway/domainName:DomainName"],
    holds: "a custom domain terminating TLS for REST API traffic",
    tagging: "carrier",
    names: ["domainName"],
    atRest: { notOffered: "a domain stores nothing" },
    inTransit: [{ custom: checkDomainTls, summary: "securityPolicy TLS_1_2 or SecurityPolicy_TLS13_* (set explicitly)" }],
    exposure: [{ what: "its domain policy", policyDocument: "policy" }],
    retention: { notOffered: "a domain stores nothing" },
});

const HTTP_TYPES = ["HTTP", "HTTP_PROXY"];

function checkIntegrationTls({ store, report }: StoreContext): void {
    const { type, uri, connectionType } = store.res.props;
    if (isUnknown(type) || isUnknown(uri)) {
        report("type or uri is not known during preview, so the backend's TLS cannot be verified");
        return;
    }
    if (!HTTP_TYPES.includes(String(type).toUpperCase()) || typeof uri !== "string" || !/^http:\/\//i.test(uri)) return;
    if (String(connectionType ?? "INTERNET").toUpperCase() === "VPC_LINK" && !store.isPii) return;
    report(
        `sends requests to its backend over plain HTTP: uri is ${JSON.stringify(uri)}${String(connectionType ?? "").toUpperCase() === "VPC_LINK" ? " (through a VPC link, unencrypted inside the network)" : ""}`,
    );
}

function checkIntegrationDestinations(context: StoreContext): void {
    const { index, store, config, report } = context;
    const { type, uri, connectionType } = store.res.props;
    if (isUnknown(uri) || isUnknown(type)) {
        if (store.isPii) report("uri is not known during preview, so where the integration sends personal data cannot be verified");
        return;
    }
    if (typeof uri !== "string") return;
    if (HTTP_TYPES.includes(String(type).toUpperCase()) && String(connectionType ?? "INTERNET").toUpperCase() !== "VPC_LINK")
        reportOutsideEndpoints(store, [uri], "uri", report);
    reportOutsideAccounts(context, [uri], "calls");
    const region = /^arn:[^:]+:apigateway:([^:]+):/.exec(uri)?.[1];
    const own = regionOf(index, store.res);
    if (region && region !== own && !config.allowedRegions.includes(region))
        report(`calls a service in region ${region} (uri ${uri}), not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
}

export const apigatewayIntegration = entry<IntegrationArgs>()({
    types: ["aws:apigateway/integration:Integration"],
    holds: "requests a REST API method forwards to its backend",
    tagging: "carrier",
    sources: [{ path: "restApi", types: REST_API_TYPES }],
    atRest: { notOffered: "an integration stores nothing" },
    inTransit: [
        {
            custom: checkIntegrationTls,
            summary: "no plain-HTTP backend (uri http://) over the internet, nor through a VPC link for personal data",
        },
    ],
    retention: { notOffered: "an integration stores nothing" },
    destinations: [
        {
            custom: checkIntegrationDestinations,
            summary: "personal data not sent to URLs outside AWS; service integrations in this stack's accounts and allowed regions",
        },
    ],
    notes: "tlsConfig.insecureSkipVerification still checks the certificate's host name and expiry; it is not judged.",
});
