/**
 * OpenSearch Service: domains and what opens them (access policies, VPC endpoints, cross-cluster
 * connections), OpenSearch Serverless collections (read with their encryption, network and
 * lifecycle policies) and their data access policies, and OpenSearch UI applications.
 * The domain checks are shared with the legacy Elasticsearch domains (elasticsearch.ts).
 */
import type { ApplicationArgs } from "@pulumi/aws/opensearch/application";
import type { AuthorizeVpcEndpointAccessArgs } from "@pulumi/aws/opensearch/authorizeVpcEndpointAccess";
import type { DomainArgs } from "@pulumi/aws/opensearch/domain";
import type { DomainPolicyArgs } from "@pulumi/aws/opensearch/domainPolicy";
import type { InboundConnectionAccepterArgs } from "@pulumi/aws/opensearch/inboundConnectionAccepter";
import type { OutboundConnectionArgs } from "@pulumi/aws/opensearch/outboundConnection";
import type { ServerlessAccessPolicyArgs } from "@pulumi/aws/opensearch/serverlessAccessPolicy";
import type { ServerlessCollectionArgs } from "@pulumi/aws/opensearch/serverlessCollection";
import type { ServerlessVpcEndpointArgs } from "@pulumi/aws/opensearch/serverlessVpcEndpoint";
import type { VpcEndpointArgs } from "@pulumi/aws/opensearch/vpcEndpoint";
import { ownAccounts } from "../../lib/accounts";
import { customerKeyProblem } from "../../lib/encryption";
import { Res } from "../../lib/stack-index";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { read, shown } from "../read";

export const DOMAIN_TYPES = ["aws:opensearch/domain:Domain"];
const COLLECTION_TYPES = ["aws:opensearch/serverlessCollection:ServerlessCollection"];
const SECURITY_POLICY_TYPE = "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy";
const LIFECYCLE_POLICY_TYPE = "aws:opensearch/serverlessLifecyclePolicy:ServerlessLifecyclePolicy";
const OUTBOUND_CONNECTION_TYPE = "aws:opensearch/outboundConnection:OutboundConnection";
export const LOG_GROUP_TYPES = ["aws:cloudwatch/logGroup:LogGroup"];

// ---------------------------------------------------------------------------------------------
// Domains (shared with Elasticsearch)
// ---------------------------------------------------------------------------------------------

/** TLS policies that admit TLS 1.2 and later only (Policy-Min-TLS-1-2-..., and any later minimum). */
const MODERN_TLS_POLICY = /^Policy-Min-TLS-1-([2-9]|\d\d)/;

/** The HTTPS endpoint's TLS security policy must set a minimum of TLS 1.2 (DP-2.3: no TLS older than 1.2). */
export function checkTlsPolicy({ store, report }: StoreContext): void {
    for (const reading of read(store.res.props, "domainEndpointOptions.tlsSecurityPolicy")) {
        if (reading.state === "unknown") report("its HTTPS endpoint: domainEndpointOptions.tlsSecurityPolicy is not known during preview");
        else if (reading.state === "absent")
            report(
                "its HTTPS endpoint does not require TLS 1.2: domainEndpointOptions.tlsSecurityPolicy is not set (older domains default to Policy-Min-TLS-1-0-2019-07, which admits TLS 1.0)",
            );
        else if (!MODERN_TLS_POLICY.test(String(reading.value)))
            report(`its HTTPS endpoint does not require TLS 1.2: domainEndpointOptions.tlsSecurityPolicy is ${shown(reading.value)}`);
    }
}

/** A domain outside a VPC has an internet endpoint, guarded by its access policy alone. */
export function checkPublicEndpoint({ store, report }: StoreContext): void {
    const readings = read(store.res.props, "vpcOptions.subnetIds");
    if (readings.some((r) => r.state === "unknown")) return;
    const subnets = readings.flatMap((r) => (r.state === "known" ? asList(r.value) : []));
    if (subnets.length === 0)
        report(
            "has a public endpoint: no vpcOptions.subnetIds, so the domain is reachable from the internet and guarded only by its access policy; place it in a VPC",
        );
}

const IN_VPC = { path: "vpcOptions.subnetIds" } as const;

/** The controls of a search domain, as the OpenSearch and Elasticsearch domain types name them alike. */
export const DOMAIN_CONTROLS = {
    atRest: [
        {
            what: "indexed documents",
            enabled: { path: "encryptAtRest.enabled", absent: false, absentMeans: "unencrypted" },
            key: "encryptAtRest.kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/es key",
        },
    ],
    inTransit: [
        {
            what: "its endpoint",
            when: { path: "domainEndpointOptions" },
            setting: { path: "domainEndpointOptions.enforceHttps", absent: true, absentMeans: "the provider sends true" },
        },
        {
            what: "its endpoint",
            when: { path: "domainEndpointOptions", not: true },
            setting: {
                path: "domainEndpointOptions.enforceHttps",
                absent: false,
                absentMeans: "no domainEndpointOptions block: AWS's default admits plain HTTP",
            },
        },
        { custom: checkTlsPolicy, summary: "domainEndpointOptions.tlsSecurityPolicy Policy-Min-TLS-1-2 or later" },
        {
            what: "traffic between nodes",
            setting: { path: "nodeToNodeEncryption.enabled", absent: false, absentMeans: "plain text between nodes" },
        },
    ],
    exposure: [
        { what: "its access policy", policyDocument: "accessPolicies" },
        { custom: checkPublicEndpoint, summary: "in a VPC (vpcOptions.subnetIds), not an internet endpoint" },
        { what: "the domain", when: IN_VPC, securityGroups: "vpcOptions.securityGroupIds" },
    ],
    retention: [{ what: "automated snapshots (hourly, in a repository AWS manages; none can be turned off)", awsKeepsDays: 14 }],
    destinations: [
        { what: "publishes its logs to", store: true, path: "logPublishingOptions.cloudwatchLogGroupArn", types: LOG_GROUP_TYPES },
    ],
} as const;

export const opensearchDomain = entry<DomainArgs>()({
    types: ["aws:opensearch/domain:Domain"],
    holds: "indexed documents (full copies of the records it searches)",
    tagging: "store",
    names: ["domainName"],
    atRest: [...DOMAIN_CONTROLS.atRest],
    inTransit: [...DOMAIN_CONTROLS.inTransit],
    exposure: [
        ...DOMAIN_CONTROLS.exposure,
        { what: "the domain (anonymous access)", publicWhen: { path: "advancedSecurityOptions.anonymousAuthEnabled", absent: false } },
    ],
    retention: [...DOMAIN_CONTROLS.retention],
    destinations: [...DOMAIN_CONTROLS.destinations],
    notes: "AWS keeps automated snapshots of every domain for 14 days in a repository it manages, whatever the settings (snapshotOptions only picks the hour on old engines): a PII domain cannot meet a 3-day bound. Slow and audit logs quote queries and documents.",
});

const DOMAIN_SIDE = { notOffered: "stores no documents; the domain is judged" };

export const opensearchDomainPolicy = entry<DomainPolicyArgs>()({
    types: ["aws:opensearch/domainPolicy:DomainPolicy"],
    holds: "who (including other accounts) may read and write a domain's indexes",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "domainName", types: DOMAIN_TYPES }],
    atRest: DOMAIN_SIDE,
    inTransit: DOMAIN_SIDE,
    exposure: [{ what: "its access policy", policyDocument: "accessPolicies" }],
    retention: DOMAIN_SIDE,
});

export const opensearchVpcEndpoint = entry<VpcEndpointArgs>()({
    types: ["aws:opensearch/vpcEndpoint:VpcEndpoint"],
    holds: "a network path from a VPC (possibly of another account) to a domain",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "domainArn", types: DOMAIN_TYPES }],
    atRest: DOMAIN_SIDE,
    inTransit: DOMAIN_SIDE,
    exposure: [{ what: "its VPC endpoint", securityGroups: "vpcOptions.securityGroupIds" }],
    retention: DOMAIN_SIDE,
});

/** `account` is an account id or a service principal; an account must be this stack's or the shipping provider's. */
function checkEndpointAccount({ index, store, config, report }: StoreContext): void {
    const account = store.res.props.account;
    if (isUnknown(account)) report("lets VPC endpoints in from an account not known during preview");
    else if (
        typeof account === "string" &&
        /^\d{12}$/.test(account) &&
        !ownAccounts(index, config).has(account) &&
        !config.shippingProviderAccountIds.includes(account)
    )
        report(`lets VPC endpoints in from account ${account}, outside this stack`);
    else if (typeof account === "string" && !/^\d{12}$/.test(account) && !/\.amazonaws\.com$/.test(account))
        report(`lets VPC endpoints in from ${JSON.stringify(account)}, which is neither an account of this stack nor an AWS service`);
}

export const opensearchAuthorizeVpcEndpointAccess = entry<AuthorizeVpcEndpointAccessArgs>()({
    types: ["aws:opensearch/authorizeVpcEndpointAccess:AuthorizeVpcEndpointAccess"],
    holds: "the right of an account to open VPC endpoints to a domain",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "domainName", types: DOMAIN_TYPES }],
    atRest: DOMAIN_SIDE,
    inTransit: DOMAIN_SIDE,
    retention: DOMAIN_SIDE,
    destinations: [{ custom: checkEndpointAccount, summary: "account is this stack's (or the shipping provider's) or an AWS service" }],
});

export const opensearchOutboundConnection = entry<OutboundConnectionArgs>()({
    types: ["aws:opensearch/outboundConnection:OutboundConnection"],
    holds: "a cross-cluster search or replication link between a local and a remote domain",
    tagging: "copy",
    sources: [
        { path: "localDomainInfo.domainName", types: DOMAIN_TYPES },
        { path: "remoteDomainInfo.domainName", types: DOMAIN_TYPES },
    ],
    atRest: { notOffered: "a connection stores nothing" },
    inTransit: { notOffered: "cross-cluster traffic stays inside OpenSearch Service over TLS" },
    retention: { notOffered: "a connection stores nothing; replicated indexes live in the follower domain" },
    destinations: [
        { what: "connects the domain to a domain of", account: "remoteDomainInfo.ownerId" },
        { what: "connects the domain to a domain in", region: "remoteDomainInfo.region" },
    ],
    notes: "Queries (and their terms) go to the remote domain, and with cross-cluster replication its indexes come back as copies: both ends must be this stack's accounts in allowed regions.",
});

/** Accepting an inbound connection lets a remote domain search this one; only a connection of this stack can be verified. */
function checkInboundConnection({ index, store, report }: StoreContext): void {
    const id = store.res.props.connectionId;
    const fromDeps = (store.res.source.propertyDependencies?.connectionId ?? []).some(
        (dep) => index.byUrn.get(dep.urn)?.type === OUTBOUND_CONNECTION_TYPE,
    );
    if (fromDeps) return;
    if (isUnknown(id)) {
        report("accepts a cross-cluster connection not known during preview, so the remote domain's account cannot be verified");
        return;
    }
    const known = index.ofTypes([OUTBOUND_CONNECTION_TYPE]).some((c) => c.props.id === id || c.name === id);
    if (!known)
        report(
            `accepts cross-cluster connection ${shown(id)} from a domain outside this stack: another account's domain may search this domain`,
        );
}

export const opensearchInboundConnectionAccepter = entry<InboundConnectionAccepterArgs>()({
    types: ["aws:opensearch/inboundConnectionAccepter:InboundConnectionAccepter"],
    holds: "another domain's right to search (or replicate) this account's domain",
    tagging: "carrier",
    atRest: { notOffered: "an accepter stores nothing" },
    inTransit: { notOffered: "cross-cluster traffic stays inside OpenSearch Service over TLS" },
    retention: { notOffered: "an accepter stores nothing" },
    destinations: [{ custom: checkInboundConnection, summary: "only connections requested by a domain of this stack" }],
});

// ---------------------------------------------------------------------------------------------
// OpenSearch Serverless
// ---------------------------------------------------------------------------------------------

interface PolicyRule {
    ResourceType?: string;
    Resource?: string[];
}

/** A policy document of OpenSearch Serverless: one object or a list of them, each with Rules. */
function policyDocuments(value: unknown): Record<string, any>[] | "unknown" | "invalid" {
    if (isUnknown(value)) return "unknown";
    let parsed: unknown = value;
    if (typeof value === "string") {
        try {
            parsed = JSON.parse(value);
        } catch {
            return "invalid";
        }
    }
    return asList(parsed).filter(isObject);
}

const glob = (pattern: string) =>
    new RegExp(
        `^${pattern
            .split("*")
            .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
            .join(".*")}$`,
        "i",
    );

function ruleCovers(rules: unknown, resourceType: string, resource: string): boolean {
    return asList<PolicyRule>(rules).some(
        (rule) =>
            String(rule?.ResourceType ?? "").toLowerCase() === resourceType &&
            asList<string>(rule?.Resource).some((r) => typeof r === "string" && glob(r).test(resource)),
    );
}

/** The documents of security or lifecycle policies of `type` whose rules cover `resource`. */
function coveringPolicies(
    policies: Res[],
    type: string,
    resourceType: string,
    resource: string,
): { policy: Res; document: Record<string, any> | "unknown" | "invalid" }[] {
    const found: { policy: Res; document: Record<string, any> | "unknown" | "invalid" }[] = [];
    for (const policy of policies.filter((p) => isUnknown(p.props.type) || String(p.props.type).toLowerCase() === type)) {
        const documents = policyDocuments(policy.props.policy);
        if (documents === "unknown" || documents === "invalid") found.push({ policy, document: documents });
        else for (const document of documents) if (ruleCovers(document.Rules, resourceType, resource)) found.push({ policy, document });
    }
    return found;
}

function collectionName(context: StoreContext): string | undefined {
    const name = context.store.res.props.name;
    if (typeof name === "string" && !isUnknown(name)) return name;
    context.report("its name is not known during preview, so the policies that cover it cannot be found");
    return undefined;
}

/**
 * A collection is encrypted under its encryptionConfigs, else under the encryption policy whose rules match it (the
 * AWS-owned key by default).
 */
function checkCollectionKey(context: StoreContext): void {
    const { index, store, report } = context;
    const configs = read(store.res.props, "encryptionConfigs");
    if (configs.some((c) => c.state === "known")) {
        for (const config of configs.flatMap((c) => (c.state === "known" ? asList(c.value) : []))) {
            if (config?.awsOwnedKey === true || config?.awsOwnedKey === "true")
                report("indexed documents: encryptionConfigs.awsOwnedKey is true, an AWS-owned key: name a customer-managed KMS key");
            else {
                const problem = customerKeyProblem(config?.kmsKeyArn, "encryptionConfigs.kmsKeyArn", {
                    index: context.index,
                    config: context.config,
                    res: context.store.res,
                    path: "encryptionConfigs",
                });
                if (problem) report(`indexed documents: ${problem}`);
            }
        }
        return;
    }
    const name = collectionName(context);
    if (name === undefined) return;
    const covering = coveringPolicies(index.ofTypes([SECURITY_POLICY_TYPE]), "encryption", "collection", `collection/${name}`);
    if (covering.length === 0) {
        report(
            `indexed documents: no encryption policy of this stack covers collection/${name}, so its key cannot be verified (OpenSearch Serverless uses an AWS-owned key unless a policy names a KMS key)`,
        );
        return;
    }
    for (const { policy, document } of covering) {
        if (document === "unknown") report(`indexed documents: the encryption policy ${policy.name} is not known during preview`);
        else if (document === "invalid") report(`indexed documents: the encryption policy ${policy.name} is not valid JSON`);
        else if (document.AWSOwnedKey === true)
            report(
                `indexed documents: its encryption policy ${policy.name} sets AWSOwnedKey true, an AWS-owned key: name a customer-managed KMS key (KmsARN)`,
            );
        else {
            const problem = customerKeyProblem(document.KmsARN, `KmsARN of its encryption policy ${policy.name}`, {
                index: context.index,
                config: context.config,
            });
            if (problem) report(`indexed documents: ${problem}`);
        }
    }
}

/** A network policy with AllowFromPublic opens the collection's endpoint to the internet. */
function checkCollectionNetwork(context: StoreContext): void {
    const { index, report } = context;
    const name = collectionName(context);
    if (name === undefined) return;
    const covering = coveringPolicies(index.ofTypes([SECURITY_POLICY_TYPE]), "network", "collection", `collection/${name}`);
    if (covering.length === 0) report(`no network policy of this stack covers collection/${name}, so public access cannot be ruled out`);
    for (const { policy, document } of covering) {
        if (document === "unknown") report(`its network policy ${policy.name} is not known during preview`);
        else if (document === "invalid") report(`its network policy ${policy.name} is not valid JSON`);
        else if (document.AllowFromPublic === true)
            report(`is public: its network policy ${policy.name} sets AllowFromPublic true for collection/${name}`);
    }
}

const DURATION = /^(\d+)\s*([dh])$/i;

/** Lifecycle policies delete indexes older than MinIndexRetention; NoMinIndexRetention keeps them forever. */
function checkCollectionLifecycle(context: StoreContext): void {
    const { index, retentionLimitDays: limit, report } = context;
    if (limit === undefined) return;
    const name = collectionName(context);
    if (name === undefined) return;
    for (const { policy, document } of coveringPolicies(index.ofTypes([LIFECYCLE_POLICY_TYPE]), "retention", "index", `index/${name}/*`)) {
        if (document === "unknown" || document === "invalid") {
            report(`its lifecycle policy ${policy.name} is ${document === "unknown" ? "not known during preview" : "not valid JSON"}`);
            continue;
        }
        for (const rule of asList(document.Rules).filter((r) => ruleCovers([r], "index", `index/${name}/*`))) {
            if (rule?.NoMinIndexRetention === true)
                report(`keeps indexed documents forever: its lifecycle policy ${policy.name} sets NoMinIndexRetention`);
            const duration = DURATION.exec(String(rule?.MinIndexRetention ?? ""));
            const days = duration ? Number(duration[1]) / (duration[2].toLowerCase() === "h" ? 24 : 1) : undefined;
            if (days !== undefined && days > limit)
                report(
                    `keeps indexed documents ${rule.MinIndexRetention} (its lifecycle policy ${policy.name}), more than the ${limit}-day retention of personal data`,
                );
        }
    }
}

export const opensearchServerlessCollection = entry<ServerlessCollectionArgs>()({
    types: ["aws:opensearch/serverlessCollection:ServerlessCollection"],
    holds: "indexed documents (full copies of the records it searches) and vectors",
    tagging: "store",
    names: ["name"],
    atRest: [
        { custom: checkCollectionKey, summary: "encryptionConfigs, or the encryption policy covering it, names a customer-managed key" },
    ],
    inTransit: { notOffered: "OpenSearch Serverless endpoints accept HTTPS only" },
    exposure: [{ custom: checkCollectionNetwork, summary: "a network policy of the stack covers it, without AllowFromPublic" }],
    retention: [
        { custom: checkCollectionLifecycle, summary: "lifecycle policies covering its indexes keep them within the retention" },
        { what: "automatic hourly snapshots (kept by AWS, none can be turned off)", awsKeepsDays: 14 },
    ],
    notes: "Encryption, network access and index retention live in ServerlessSecurityPolicy and ServerlessLifecyclePolicy documents, matched to the collection by their Rules. Without a lifecycle policy, documents stay until the application deletes them. AWS takes hourly snapshots of every collection; their retention (14 days assumed) is not configurable.",
});

/** Principals of a data access policy: accounts must be this stack's or the shipping provider's. */
function checkAccessPolicyPrincipals({ index, store, config, report }: StoreContext): void {
    const documents = policyDocuments(store.res.props.policy);
    if (documents === "unknown") {
        report("its data access policy is not known during preview, so its principals cannot be verified");
        return;
    }
    if (documents === "invalid") {
        report("its data access policy is not valid JSON");
        return;
    }
    const own = ownAccounts(index, config);
    for (const principal of documents.flatMap((d) => asList(d.Principal))) {
        if (typeof principal !== "string" || isUnknown(principal)) continue;
        if (principal === "*") {
            report('its data access policy grants Principal "*"');
            continue;
        }
        const account = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1] ?? (/^\d{12}$/.test(principal) ? principal : undefined);
        if (account && !own.has(account) && !config.shippingProviderAccountIds.includes(account))
            report(
                `its data access policy grants ${principal} of account ${account}, which is neither this stack's nor a shipping provider's`,
            );
    }
}

export const opensearchServerlessAccessPolicy = entry<ServerlessAccessPolicyArgs>()({
    types: ["aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy"],
    holds: "who (including other accounts and SAML users) may read and write serverless collections and indexes",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a policy stores no documents" },
    inTransit: { notOffered: "a policy stores no documents" },
    retention: { notOffered: "a policy stores no documents" },
    destinations: [
        { custom: checkAccessPolicyPrincipals, summary: "principals of this stack's accounts (or the shipping provider's), never \"*\"" },
    ],
});

export const opensearchServerlessVpcEndpoint = entry<ServerlessVpcEndpointArgs>()({
    types: ["aws:opensearch/serverlessVpcEndpoint:ServerlessVpcEndpoint"],
    holds: "a network path from a VPC to the serverless collections its network policies admit",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an endpoint stores nothing" },
    inTransit: { notOffered: "OpenSearch Serverless endpoints accept HTTPS only" },
    exposure: [{ what: "the OpenSearch Serverless VPC endpoint", securityGroups: "securityGroupIds" }],
    retention: { notOffered: "an endpoint stores nothing" },
});

// ---------------------------------------------------------------------------------------------
// OpenSearch UI applications
// ---------------------------------------------------------------------------------------------

export const opensearchApplication = entry<ApplicationArgs>()({
    types: ["aws:opensearch/application:Application"],
    holds: "saved objects (dashboards, queries, visualisations) over the domains and collections it reads",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "dataSources.dataSourceArn", types: [...DOMAIN_TYPES, ...COLLECTION_TYPES, "aws:elasticsearch/domain:Domain"] }],
    atRest: [{ what: "saved objects", key: "kmsKeyArn", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "OpenSearch UI is served over HTTPS only" },
    retention: { notOffered: "saved objects live until deleted; the documents stay in their domains and collections" },
});
