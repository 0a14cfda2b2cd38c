/**
 * Lightsail: instances, disks, databases and buckets, the firewall of instances, load balancers,
 * distributions and container services. Lightsail encrypts its disks, databases and buckets under
 * keys it manages and offers no customer-managed key.
 */
import type { BucketArgs } from "@pulumi/aws/lightsail/bucket";
import type { BucketResourceAccessArgs } from "@pulumi/aws/lightsail/bucketResourceAccess";
import type { ContainerServiceArgs } from "@pulumi/aws/lightsail/containerService";
import type { DatabaseArgs } from "@pulumi/aws/lightsail/database";
import type { DiskArgs } from "@pulumi/aws/lightsail/disk";
import type { DistributionArgs } from "@pulumi/aws/lightsail/distribution";
import type { InstanceArgs } from "@pulumi/aws/lightsail/instance";
import type { InstancePublicPortsArgs } from "@pulumi/aws/lightsail/instancePublicPorts";
import type { LbArgs } from "@pulumi/aws/lightsail/lb";
import { Res } from "../../lib/stack-index";
import { asList, isObject, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const INSTANCE_TYPES = ["aws:lightsail/instance:Instance"];
const BUCKET_TYPES = ["aws:lightsail/bucket:Bucket"];
const LB_TYPES = ["aws:lightsail/lb:Lb"];
const PORTS_TYPE = "aws:lightsail/instancePublicPorts:InstancePublicPorts";
const ANYWHERE = ["0.0.0.0/0", "::/0"];

const LIGHTSAIL_KEY = "Lightsail encrypts it under keys it manages; no customer-managed key is offered";
const NOTHING = { notOffered: "stores nothing" };

/** Resources of `type` whose `path` names `res` (by name, or through a dependency). */
function sidesNaming(context: StoreContext, type: string, path: string): Res[] {
    const { index, store } = context;
    const names = new Set([store.res.props.name, store.res.name, store.res.props.id].filter((n) => typeof n === "string" && !isUnknown(n)));
    return index
        .ofTypes([type])
        .filter(
            (side) =>
                names.has(side.props[path]) || (side.source.propertyDependencies?.[path] ?? []).some((dep) => dep.urn === store.res.urn),
        );
}

/** The ports a firewall opens to everyone (no CIDR given means everyone). */
function openPorts(ports: Res): string[] {
    return asList(ports.props.portInfos)
        .filter(isObject)
        .flatMap((info) => {
            const cidrs = [...asList(info.cidrs), ...asList(info.ipv6Cidrs)].map(String);
            const open = cidrs.filter((c) => ANYWHERE.includes(c));
            const unrestricted = cidrs.length === 0 && asList(info.cidrListAliases).length === 0;
            return unrestricted || open.length > 0
                ? [
                      `${info.protocol ?? "tcp"} ${info.fromPort}-${info.toPort} from ${unrestricted ? "anywhere (no cidrs)" : open.join(", ")}`,
                  ]
                : [];
        });
}

/**
 * A Lightsail instance always has a public address: its firewall decides who reaches it; without InstancePublicPorts
 * the blueprint's defaults open SSH and HTTP to everyone.
 */
function checkFirewall(context: StoreContext): void {
    const firewalls = sidesNaming(context, PORTS_TYPE, "instanceName");
    if (firewalls.length === 0)
        context.report(
            "has a public IP address and no aws.lightsail.InstancePublicPorts, so the blueprint's default firewall opens SSH (22) and HTTP (80) (RDP 3389 on Windows) to everyone",
        );
    for (const firewall of firewalls)
        for (const port of openPorts(firewall)) context.report(`its firewall ${firewall.name} opens ${port} on its public IP address`);
}

export const lightsailInstance = entry<InstanceArgs>()({
    types: ["aws:lightsail/instance:Instance"],
    holds: "a server: its system disk and its user data",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the system disk", customerKeyNotOffered: LIGHTSAIL_KEY }],
    inTransit: { notOffered: "Lightsail has no TLS setting for an instance: the software on it decides" },
    exposure: [
        {
            custom: checkFirewall,
            summary: "aws.lightsail.InstancePublicPorts opens no port to 0.0.0.0/0 or ::/0 (the default firewall opens SSH and HTTP)",
        },
        { what: "user data", plaintextWhenPii: "userData", why: "which is stored in plaintext with the instance" },
    ],
    retention: [
        { what: "automatic daily snapshots (the 7 most recent)", awsKeepsDays: 7, when: { path: "addOn.status", on: ["Enabled"] } },
    ],
    notes: "A carrier: its controls for personal data apply when it is tagged pii or reads a PII bucket (BucketResourceAccess).",
});

export const lightsailInstancePublicPorts = entry<InstancePublicPortsArgs>()({
    types: ["aws:lightsail/instancePublicPorts:InstancePublicPorts"],
    holds: "the firewall of an instance",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "instanceName", types: INSTANCE_TYPES }],
    atRest: NOTHING,
    inTransit: NOTHING,
    exposure: [
        {
            summary: "no port open to 0.0.0.0/0 or ::/0 (judged on the instance when it is in the stack)",
            custom: (context) => {
                if (context.store.sources.length > 0) return;
                const open = openPorts(context.store.res);
                for (const port of open)
                    context.report(
                        `opens ${port} on the public IP address of instance ${JSON.stringify(context.store.res.props.instanceName)}`,
                    );
            },
        },
    ],
    retention: NOTHING,
});

export const lightsailDisk = entry<DiskArgs>()({
    types: ["aws:lightsail/disk:Disk"],
    holds: "disk blocks: files of the instance it is attached to",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "the disk", customerKeyNotOffered: LIGHTSAIL_KEY }],
    inTransit: { notOffered: "Lightsail moves blocks inside AWS" },
    retention: { notOffered: "a disk keeps data until deleted; automatic snapshots are an add-on of its instance, judged there" },
});

export const lightsailDatabase = entry<DatabaseArgs>()({
    types: ["aws:lightsail/database:Database"],
    holds: "a managed MySQL or PostgreSQL database",
    tagging: "store",
    names: ["relationalDatabaseName"],
    atRest: [{ what: "the database", customerKeyNotOffered: LIGHTSAIL_KEY }],
    inTransit: { notOffered: "Lightsail databases accept TLS, but forcing it needs a database parameter the provider cannot set" },
    exposure: [{ what: "the database", publicWhen: { path: "publiclyAccessible", absent: false, absentMeans: "private" } }],
    retention: [
        {
            what: "automated backups and point-in-time restore (7 days)",
            awsKeepsDays: 7,
            when: { path: "backupRetentionEnabled", on: [false], not: true },
        },
        {
            what: "a final snapshot",
            keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "a final snapshot is taken" },
        },
    ],
});

export const lightsailBucket = entry<BucketArgs>()({
    types: ["aws:lightsail/bucket:Bucket"],
    holds: "objects",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "objects", customerKeyNotOffered: LIGHTSAIL_KEY }],
    inTransit: { notOffered: "Lightsail buckets have no setting that refuses plain HTTP" },
    retention: { notOffered: "Lightsail buckets offer no lifecycle expiration: the application must delete objects" },
    notes: "Public access and cross-account access are bucket settings the provider does not manage (access rules, resource access); judged only through BucketResourceAccess.",
});

export const lightsailBucketResourceAccess = entry<BucketResourceAccessArgs>()({
    types: ["aws:lightsail/bucketResourceAccess:BucketResourceAccess"],
    holds: "an instance's read and write access to a bucket",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "bucketName", types: BUCKET_TYPES }],
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "gives the bucket's objects to", store: true, path: "resourceName", types: INSTANCE_TYPES }],
});

/** Containers' environment variables are stored in plaintext with each deployment version. */
function checkContainerEnvironment(context: StoreContext): void {
    if (!context.store.isPii) return;
    for (const version of sidesNaming(
        context,
        "aws:lightsail/containerServiceDeploymentVersion:ContainerServiceDeploymentVersion",
        "serviceName",
    )) {
        const containers = version.props.containers;
        const unknown = isUnknown(containers) || asList(containers).some((c) => isUnknown(c) || (isObject(c) && isUnknown(c.environment)));
        const set = asList(containers).filter((c) => isObject(c) && isObject(c.environment) && Object.keys(c.environment).length > 0);
        if (unknown || set.length > 0)
            context.report(
                `holds personal data (${context.store.classifiedBy}) but its deployment ${version.name} sets containers.environment, which Lightsail stores in plaintext`,
                version,
            );
    }
}

export const lightsailContainerService = entry<ContainerServiceArgs>()({
    types: ["aws:lightsail/containerService:ContainerService"],
    holds: "containers serving requests, and their environment variables",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "Lightsail offers no key for a container service; its environment is checked as plaintext" },
    inTransit: { notOffered: "the public endpoint of a container service is HTTPS, with no setting" },
    exposure: [{ custom: checkContainerEnvironment, summary: "no containers.environment in the deployment versions of a PII service" }],
    retention: { notOffered: "containers keep no data between deployments" },
});

/** A Lightsail load balancer listens on HTTP; only an HTTPS redirection policy keeps requests off plain HTTP. */
function checkHttpsRedirection(context: StoreContext): void {
    const policies = sidesNaming(context, "aws:lightsail/lbHttpsRedirectionPolicy:LbHttpsRedirectionPolicy", "lbName");
    if (policies.length === 0)
        context.report("accepts requests over plain HTTP: no aws.lightsail.LbHttpsRedirectionPolicy redirects them to HTTPS");
    for (const policy of policies) {
        if (isUnknown(policy.props.enabled)) context.report(`its HTTPS redirection ${policy.name}: enabled is not known during preview`);
        else if (!isTrue(policy.props.enabled))
            context.report(
                `accepts requests over plain HTTP: its HTTPS redirection ${policy.name} has enabled ${JSON.stringify(policy.props.enabled ?? null)}`,
            );
    }
}

export const lightsailLb = entry<LbArgs>()({
    types: ["aws:lightsail/lb:Lb"],
    holds: "requests to its instances, in flight",
    tagging: "carrier",
    names: ["name"],
    atRest: NOTHING,
    inTransit: [{ custom: checkHttpsRedirection, summary: "an LbHttpsRedirectionPolicy with enabled true" }],
    retention: NOTHING,
});

/** A distribution serves its origin to anyone on the internet: Lightsail offers no viewer authentication. */
function checkPublicOrigin({ store, report }: StoreContext): void {
    if (store.isPii)
        report(
            `serves personal data (${store.classifiedBy}) to anyone on the internet: Lightsail distributions have no viewer authentication`,
        );
}

export const lightsailDistribution = entry<DistributionArgs>()({
    types: ["aws:lightsail/distribution:Distribution"],
    holds: "cached copies of its origin's responses at edge locations",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "origin.name", types: [...INSTANCE_TYPES, ...BUCKET_TYPES, ...LB_TYPES] }],
    atRest: { notOffered: "edge caches are managed by AWS with no key setting" },
    inTransit: [
        {
            what: "requests to the origin",
            setting: {
                path: "origin.protocolPolicy",
                on: ["https-only"],
                absent: false,
                absentMeans: "Lightsail's default, which the provider does not document",
            },
        },
    ],
    exposure: [{ custom: checkPublicOrigin, summary: "no PII origin (a distribution is public)" }],
    retention: [
        {
            what: "cached responses",
            period: "cacheBehaviorSettings.maximumTtl",
            unit: "seconds",
            absent: 31536000,
            when: { path: "defaultCacheBehavior.behavior", on: ["cache"] },
        },
    ],
    notes: "Without cacheBehaviorSettings.maximumTtl a response may stay cached up to a year (Lightsail's API default).",
});
