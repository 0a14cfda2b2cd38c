import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const INSTANCE = "aws:lightsail/instance:Instance";
const DATABASE = "aws:lightsail/database:Database";
const BUCKET = "aws:lightsail/bucket:Bucket";
const LB = "aws:lightsail/lb:Lb";
const DISTRIBUTION = "aws:lightsail/distribution:Distribution";
const SERVICE = "aws:lightsail/containerService:ContainerService";

/** A PII server behind a restricted firewall, a PII database and bucket, and a load balancer redirecting to HTTPS. */
const lightsail = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: INSTANCE,
            name: "shop",
            props: { name: "shop", availabilityZone: "eu-west-1a", blueprintId: "amazon_linux_2023", bundleId: "nano_3_0", tags: PII_TAGS },
        },
        {
            type: "aws:lightsail/instancePublicPorts:InstancePublicPorts",
            name: "shop-ports",
            props: { instanceName: "shop", portInfos: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrs: ["203.0.113.0/24"] }] },
            propertyDependencies: { instanceName: ["shop"] },
        },
        {
            type: DATABASE,
            name: "shop-db",
            props: {
                relationalDatabaseName: "shop-db",
                blueprintId: "mysql_8_0",
                bundleId: "micro_2_0",
                masterDatabaseName: "shop",
                masterUsername: "admin",
                masterPassword: "x",
                backupRetentionEnabled: false,
                skipFinalSnapshot: true,
                tags: PII_TAGS,
            },
        },
        { type: BUCKET, name: "shop-files", props: { name: "shop-files", bundleId: "small_1_0", tags: PII_TAGS } },
        { type: LB, name: "shop-lb", props: { name: "shop-lb", instancePort: 443 } },
        {
            type: "aws:lightsail/lbHttpsRedirectionPolicy:LbHttpsRedirectionPolicy",
            name: "shop-lb-https",
            props: { lbName: "shop-lb", enabled: true },
            propertyDependencies: { lbName: ["shop-lb"] },
        },
    ]);

const distribution = (origin: string, extra: object = {}): ResourceSpec => ({
    type: DISTRIBUTION,
    name: "cdn",
    props: {
        name: "cdn",
        bundleId: "small_1_0",
        origin: { name: origin, regionName: "eu-west-1", protocolPolicy: "https-only" },
        defaultCacheBehavior: { behavior: "cache" },
        cacheBehaviorSettings: { maximumTtl: 3600 },
        ...extra,
    },
    propertyDependencies: { origin: [origin] },
});

describe("catalogue: Lightsail", () => {
    describeEntry(
        "instances, disks, databases and buckets",
        lightsail,
        [
            {
                title: "an instance on the default firewall (SSH and HTTP open)",
                change: remove("shop-ports"),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "shop"],
                message:
                    /no aws.lightsail.InstancePublicPorts, so the blueprint's default firewall opens SSH \(22\) and HTTP \(80\) .*to everyone/,
            },
            {
                title: "a port open to everyone",
                change: props("shop-ports", (p) => {
                    p.portInfos.push({ protocol: "tcp", fromPort: 22, toPort: 22, cidrs: ["0.0.0.0/0"] });
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "shop"],
                message: /its firewall shop-ports opens tcp 22-22 from 0.0.0.0\/0/,
            },
            {
                title: "a port with no CIDR (everyone)",
                change: props("shop-ports", (p) => {
                    delete p.portInfos[0].cidrs;
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "shop"],
                message: /opens tcp 443-443 from anywhere \(no cidrs\)/,
            },
            {
                title: "user data on a PII instance",
                change: props("shop", (p) => {
                    p.userData = "echo Jane Doe";
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "shop"],
                message: /but sets userData/,
            },
            {
                title: "automatic snapshots of a PII instance (7 kept)",
                change: props("shop", (p) => {
                    p.addOn = { type: "AutoSnapshot", snapshotTime: "06:00", status: "Enabled" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [INSTANCE, "shop"],
                message: /AWS keeps automatic daily snapshots \(the 7 most recent\) for 7 days/,
            },
            {
                title: "a public database",
                change: props("shop-db", (p) => {
                    p.publiclyAccessible = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [DATABASE, "shop-db"],
                message: /the database is public: publiclyAccessible is true/,
            },
            {
                title: "database backups (7 days, on unless disabled)",
                change: props("shop-db", (p) => {
                    delete p.backupRetentionEnabled;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DATABASE, "shop-db"],
                message: /AWS keeps automated backups and point-in-time restore \(7 days\) for 7 days/,
            },
            {
                title: "a final database snapshot (taken unless skipped)",
                change: props("shop-db", (p) => {
                    delete p.skipFinalSnapshot;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DATABASE, "shop-db"],
                message: /keeps a final snapshot, a copy that never expires \(skipFinalSnapshot is not set: a final snapshot is taken\)/,
            },
            {
                title: "an unclassified bucket",
                change: props("shop-files", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [BUCKET, "shop-files"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "an untagged instance reading a PII bucket holds personal data",
                change: (stack) => {
                    add(
                        {
                            type: INSTANCE,
                            name: "worker",
                            props: {
                                name: "worker",
                                availabilityZone: "eu-west-1a",
                                blueprintId: "amazon_linux_2023",
                                bundleId: "nano_3_0",
                                userData: "echo start",
                            },
                        },
                        {
                            type: "aws:lightsail/instancePublicPorts:InstancePublicPorts",
                            name: "worker-ports",
                            props: { instanceName: "worker", portInfos: [] },
                        },
                        {
                            type: "aws:lightsail/bucketResourceAccess:BucketResourceAccess",
                            name: "worker-files",
                            props: { bucketName: "shop-files", resourceName: "worker" },
                        },
                    )(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "worker"],
                message: /holds personal data \(a copy of worker-files .*\) but sets userData/,
            },
        ],
        [
            {
                title: "a confidential instance with automatic snapshots",
                change: props("shop", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                    p.addOn = { type: "AutoSnapshot", snapshotTime: "06:00", status: "Enabled" };
                }),
            },
        ],
    );

    describeEntry(
        "load balancers, distributions and container services",
        lightsail,
        [
            {
                title: "a load balancer without HTTPS redirection",
                change: remove("shop-lb-https"),
                policy: datastoreTransitRequireTls,
                at: [LB, "shop-lb"],
                message: /accepts requests over plain HTTP: no aws.lightsail.LbHttpsRedirectionPolicy/,
            },
            {
                title: "HTTPS redirection switched off",
                change: props("shop-lb-https", (p) => {
                    p.enabled = false;
                }),
                policy: datastoreTransitRequireTls,
                at: [LB, "shop-lb"],
                message: /has enabled false/,
            },
            {
                title: "a distribution of a PII bucket is public",
                change: add(distribution("shop-files")),
                policy: datastoreAccessBlockPublic,
                at: [DISTRIBUTION, "cdn"],
                message: /serves personal data \(a copy of shop-files \(pii\)\) to anyone on the internet/,
            },
            {
                title: "a distribution caching PII responses up to a year",
                change: add(distribution("shop-files", { cacheBehaviorSettings: {} })),
                policy: datastoreRetentionLimitCopies,
                at: [DISTRIBUTION, "cdn"],
                message: /keeps cached responses 365 days \(AWS's default, cacheBehaviorSettings.maximumTtl is not set\)/,
            },
            {
                title: "a distribution fetching its origin over HTTP",
                change: add({
                    ...distribution("shop-lb"),
                    props: {
                        ...distribution("shop-lb").props,
                        origin: { name: "shop-lb", regionName: "eu-west-1", protocolPolicy: "http-only" },
                    },
                }),
                policy: datastoreTransitRequireTls,
                at: [DISTRIBUTION, "cdn"],
                message: /requests to the origin does not require TLS: origin.protocolPolicy is "http-only"/,
            },
            {
                title: "environment variables in a PII container service",
                change: add(
                    { type: SERVICE, name: "api", props: { name: "api", power: "nano", scale: 1, tags: PII_TAGS } },
                    {
                        type: "aws:lightsail/containerServiceDeploymentVersion:ContainerServiceDeploymentVersion",
                        name: "api-v1",
                        props: {
                            serviceName: "api",
                            containers: [{ containerName: "app", image: "nginx", environment: { CUSTOMER: "Jane Doe" } }],
                        },
                        propertyDependencies: { serviceName: ["api"] },
                    },
                ),
                policy: datastoreAccessBlockPublic,
                at: ["aws:lightsail/containerServiceDeploymentVersion:ContainerServiceDeploymentVersion", "api-v1"],
                message: /its deployment api-v1 sets containers.environment, which Lightsail stores in plaintext/,
            },
        ],
        [
            {
                title: "a distribution of a confidential load balancer",
                change: (stack) => {
                    props("shop-lb", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                    add(distribution("shop-lb"))(stack);
                },
            },
            {
                title: "environment variables in an untagged container service",
                change: add(
                    { type: SERVICE, name: "api", props: { name: "api", power: "nano", scale: 1 } },
                    {
                        type: "aws:lightsail/containerServiceDeploymentVersion:ContainerServiceDeploymentVersion",
                        name: "api-v1",
                        props: {
                            serviceName: "api",
                            containers: [{ containerName: "app", image: "nginx", environment: { LOG_LEVEL: "info" } }],
                        },
                    },
                ),
            },
        ],
    );
});
