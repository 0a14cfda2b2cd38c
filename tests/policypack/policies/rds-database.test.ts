import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange, without } from "../support/harness";

const RDS = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";
const history = (fn: (props: any) => void) => () => withChange(compliantStack(), "history", (s: ResourceSpec) => fn(s.props));
const piiHistory = (fn: (props: any) => void) =>
    history((p) => {
        p.tags = { ...PII_TAGS };
        p.backupRetentionPeriod = 1;
        p.skipFinalSnapshot = true;
        delete p.finalSnapshotIdentifier;
        fn(p);
    });
const cluster = (props: object): ResourceSpec[] => [
    ...compliantStack(),
    {
        type: CLUSTER,
        name: "aurora",
        props: {
            engine: "aurora-postgresql",
            engineVersion: "16.4",
            storageEncrypted: true,
            kmsKeyId: KEY_ARN,
            dbClusterParameterGroupName: "aurora-params",
            tags: { "data-classification": "confidential", "retention-days": "35", owner: "x" },
            ...props,
        },
    },
];

const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const SG = "aws:ec2/securityGroup:SecurityGroup";
const INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
/** An ingress rule resource of the database's security group. */
const ingressRule = (name: string, props: object): ResourceSpec => ({
    type: INGRESS_RULE,
    name,
    props: { securityGroupId: "sg-0123", ipProtocol: "tcp", fromPort: 3306, toPort: 3306, ...props },
    propertyDependencies: { securityGroupId: ["history-sg"] },
});
const inlineIngress = (...cidrs: string[]) => ({
    ingress: [
        {
            protocol: "tcp",
            fromPort: 3306,
            toPort: 3306,
            cidrBlocks: cidrs.filter((c) => !c.includes(":")),
            ipv6CidrBlocks: cidrs.filter((c) => c.includes(":")),
        },
    ],
});
/** A PII Aurora cluster exporting its logs, with the log groups RDS writes to declared in the stack. */
const piiAurora = (retentionInDays: number): ResourceSpec[] => [
    ...cluster({
        clusterIdentifier: "aurora",
        tags: { ...PII_TAGS },
        backupRetentionPeriod: 1,
        skipFinalSnapshot: true,
        enabledCloudwatchLogsExports: ["postgresql"],
        vpcSecurityGroupIds: ["sg-0123"],
    }),
    {
        type: "aws:rds/clusterParameterGroup:ClusterParameterGroup",
        name: "aurora-params",
        props: { name: "aurora-params", family: "aurora-postgresql16", parameters: [{ name: "rds.force_ssl", value: "1" }] },
    },
    {
        type: LOG_GROUP,
        name: "aurora-postgresql-logs",
        props: { name: "/aws/rds/cluster/aurora/postgresql", retentionInDays, kmsKeyId: KEY_ARN },
    },
];
/** The database on PostgreSQL `version`, its parameter group of family `family` with `parameters`. */
const postgres = (version: string, family: string, parameters: object[]) => () =>
    withChange(
        history((p) => {
            p.engine = "postgres";
            p.engineVersion = version;
        })(),
        "history-params",
        (s) => {
            s.props.family = family;
            s.props.parameters = parameters;
        },
    );

/** The fixture with the database's security group in the stack, with `props`. */
const withSecurityGroup = (props: object): ResourceSpec[] => [
    ...withChange(compliantStack(), "history", (s) => {
        s.propertyDependencies!.vpcSecurityGroupIds = ["history-sg"];
    }),
    { type: "aws:ec2/securityGroup:SecurityGroup", name: "history-sg", props: { vpcId: "vpc-1", ...props } },
];

describe("policies: RDS", () => {
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        {
            title: "unencrypted storage",
            stack: history((p) => {
                p.storageEncrypted = false;
            }),
            at: [RDS, "history"],
            message: /storage is not encrypted/,
        },
        {
            title: "encrypted with aws/rds",
            stack: history((p) => {
                delete p.kmsKeyId;
            }),
            at: [RDS, "history"],
            message: /AWS-managed aws\/rds key/,
        },
        {
            title: "Performance Insights under the AWS-managed key",
            stack: history((p) => {
                delete p.performanceInsightsKmsKeyId;
            }),
            at: [RDS, "history"],
            message:
                /Performance Insights: has no performanceInsightsKmsKeyId, so Performance Insights is encrypted under the AWS-managed aws\/rds key/,
        },
        {
            title: "an unencrypted cluster",
            stack: () => cluster({ storageEncrypted: false }),
            at: [CLUSTER, "aurora"],
            message: /storage is not encrypted/,
        },
    ]);

    describePolicy(
        datastoreAccessBlockPublic,
        [
            {
                title: "a public instance",
                stack: history((p) => {
                    p.publiclyAccessible = true;
                }),
                at: [RDS, "history"],
                message: /the database is public: publiclyAccessible is true/,
            },
            {
                title: "no security groups",
                stack: history((p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                at: [RDS, "history"],
                message: /names no vpcSecurityGroupIds/,
            },
            {
                title: "its security group open to 0.0.0.0/0 inline",
                stack: () => withSecurityGroup({ ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }] }),
                at: [RDS, "history"],
                message: /its security group history-sg is open to the internet: inline ingress from 0.0.0.0\/0/,
            },
            {
                title: "an ingress rule resource open to ::/0",
                stack: () => [
                    ...withSecurityGroup({}),
                    {
                        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                        name: "history-open",
                        props: { securityGroupId: "sg-0123", cidrIpv6: "::/0", ipProtocol: "tcp", fromPort: 3306, toPort: 3306 },
                        propertyDependencies: { securityGroupId: ["history-sg"] },
                    },
                ],
                at: [RDS, "history"],
                message: /history-open admits ::\/0/,
            },
            {
                title: "a cluster without security groups",
                stack: () => cluster({}),
                at: [CLUSTER, "aurora"],
                message: /names no vpcSecurityGroupIds/,
            },
            // DP-2.2: CIDRs that together are the internet.
            {
                title: "inline ingress from 0.0.0.0/1 plus 128.0.0.0/1",
                stack: () => withSecurityGroup(inlineIngress("0.0.0.0/1", "128.0.0.0/1")),
                at: [RDS, "history"],
                message:
                    /history-sg is open to the internet: inline ingress from 0.0.0.0\/1, inline ingress from 128.0.0.0\/1: together they admit every IPv4 address/,
            },
            {
                title: "IPv4 quarters split between inline ingress and a rule resource",
                stack: () => [
                    ...withSecurityGroup(inlineIngress("0.0.0.0/2", "64.0.0.0/2")),
                    ingressRule("history-upper", { cidrIpv4: "128.0.0.0/1" }),
                ],
                at: [RDS, "history"],
                message: /history-upper admits 128.0.0.0\/1: together they admit every IPv4 address/,
            },
            {
                title: "IPv6 ::/1 plus 8000::/1 in two rule resources",
                stack: () => [
                    ...withSecurityGroup({}),
                    ingressRule("history-low6", { cidrIpv6: "::/1" }),
                    ingressRule("history-high6", { cidrIpv6: "8000::/1" }),
                ],
                at: [RDS, "history"],
                message: /history-low6 admits ::\/1, history-high6 admits 8000::\/1: together they admit every IPv6 address/,
            },
            {
                title: "a public /16 (wider than a partner's /24)",
                stack: () => withSecurityGroup(inlineIngress("198.51.0.0/16")),
                at: [RDS, "history"],
                message:
                    /inline ingress from 198.51.0.0\/16: admits a public range the size of a \/16 \(65,536 addresses\), wider than the \/24 the pack accepts as a partner's address, so it is treated as the internet/,
            },
            {
                title: "two adjacent public /24s that make a /23",
                stack: () => withSecurityGroup(inlineIngress("203.0.112.0/24", "203.0.113.0/24")),
                at: [RDS, "history"],
                message: /together they admit a public range the size of a \/23/,
            },
            {
                title: "a public IPv6 /32 (wider than a partner's /48)",
                stack: () => withSecurityGroup(inlineIngress("2001:db8::/32")),
                at: [RDS, "history"],
                message: /admits a public range the size of a \/32, wider than the \/48/,
            },
            {
                title: "an old SecurityGroupRule whose three CIDRs cover every IPv4 address",
                stack: () => [
                    ...withSecurityGroup({}),
                    {
                        type: "aws:ec2/securityGroupRule:SecurityGroupRule",
                        name: "history-legacy",
                        props: {
                            type: "ingress",
                            securityGroupId: "sg-0123",
                            protocol: "tcp",
                            fromPort: 3306,
                            toPort: 3306,
                            cidrBlocks: ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2"],
                        },
                        propertyDependencies: { securityGroupId: ["history-sg"] },
                    },
                ],
                at: [RDS, "history"],
                message: /together they admit every IPv4 address/,
            },
            {
                title: "an Aurora cluster whose group is split open",
                stack: () => [
                    ...cluster({ vpcSecurityGroupIds: ["sg-0123"] }).map((s) =>
                        s.name === "aurora" ? { ...s, propertyDependencies: { vpcSecurityGroupIds: ["aurora-sg"] } } : s,
                    ),
                    { type: SG, name: "aurora-sg", props: { vpcId: "vpc-1", ...inlineIngress("::/1", "8000::/1") } },
                ],
                at: [CLUSTER, "aurora"],
                message: /the cluster: its security group aurora-sg is open to the internet: .*every IPv6 address/,
            },
            {
                title: "a public Aurora cluster member",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: "aws:rds/clusterInstance:ClusterInstance",
                        name: "aurora-1",
                        props: { clusterIdentifier: "aurora", publiclyAccessible: true },
                    },
                ],
                at: ["aws:rds/clusterInstance:ClusterInstance", "aurora-1"],
                message: /the cluster member is public: publiclyAccessible is true/,
            },
        ],
        [
            {
                title: "a security group admitting only another group",
                stack: () => [
                    ...withSecurityGroup({}),
                    {
                        type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                        name: "history-app",
                        props: {
                            securityGroupId: "sg-0123",
                            referencedSecurityGroupId: "sg-app",
                            ipProtocol: "tcp",
                            fromPort: 3306,
                            toPort: 3306,
                        },
                        propertyDependencies: { securityGroupId: ["history-sg"] },
                    },
                ],
            },
            {
                title: "a partner's public /24, its /48 and the private ranges (RFC 1918, CGNAT, ULA)",
                stack: () =>
                    withSecurityGroup(
                        inlineIngress(
                            "203.0.113.0/24",
                            "10.0.0.0/8",
                            "172.16.0.0/12",
                            "192.168.0.0/16",
                            "100.64.0.0/10",
                            "2001:db8:1::/48",
                            "fc00::/7",
                        ),
                    ),
            },
            {
                title: "two partners' /24s that are not adjacent",
                stack: () => [
                    ...withSecurityGroup(inlineIngress("203.0.113.0/24")),
                    ingressRule("history-partner2", { cidrIpv4: "198.51.100.0/24" }),
                ],
            },
        ],
    );

    describePolicy(
        datastoreTransitRequireTls,
        [
            {
                title: "MySQL on the default parameter group",
                stack: () =>
                    without(
                        history((p) => {
                            delete p.parameterGroupName;
                        })(),
                        "history-params",
                    ),
                at: [RDS, "history"],
                message: /uses the default parameter group, which does not force TLS for mysql 8.4/,
            },
            {
                title: "a parameter group without require_secure_transport",
                stack: () =>
                    withChange(compliantStack(), "history-params", (s) => {
                        s.props.parameters = [{ name: "max_connections", value: "100" }];
                    }),
                at: [RDS, "history"],
                message: /does not set rds.force_ssl = 1 or require_secure_transport = 1/,
            },
            {
                title: "require_secure_transport OFF",
                stack: () =>
                    withChange(compliantStack(), "history-params", (s) => {
                        s.props.parameters[0].value = "OFF";
                    }),
                at: [RDS, "history"],
                message: /does not set/,
            },
            {
                title: "a parameter group from outside the stack",
                stack: () =>
                    withChange(compliantStack(), "history", (s) => {
                        s.props.parameterGroupName = "shared-params";
                        delete s.propertyDependencies!.parameterGroupName;
                    }),
                at: [RDS, "history"],
                message: /parameter group "shared-params" is not in this stack/,
            },
            {
                title: "PostgreSQL 14 on the default group",
                stack: history((p) => {
                    p.engine = "postgres";
                    p.engineVersion = "14.9";
                    delete p.parameterGroupName;
                }),
                at: [RDS, "history"],
                message: /default parameter group, which does not force TLS for postgres 14.9/,
            },
            {
                title: "a cluster group that does not force TLS",
                stack: () => [
                    ...cluster({}),
                    {
                        type: "aws:rds/clusterParameterGroup:ClusterParameterGroup",
                        name: "aurora-params",
                        props: { name: "aurora-params", parameters: [] },
                    },
                ],
                at: [CLUSTER, "aurora"],
                message: /does not set rds.force_ssl/,
            },
            // Each engine family's own default (DP-2.3).
            {
                title: "the default Aurora PostgreSQL 16 cluster parameter group (rds.force_ssl defaults to 0)",
                stack: () => cluster({ dbClusterParameterGroupName: undefined }),
                at: [CLUSTER, "aurora"],
                message:
                    /uses the default cluster parameter group, which does not force TLS for aurora-postgresql 16.4 \(rds.force_ssl defaults to 0 in every Aurora PostgreSQL version\)/,
            },
            {
                title: "default.aurora-postgresql16 named explicitly",
                stack: () => cluster({ dbClusterParameterGroupName: "default.aurora-postgresql16" }),
                at: [CLUSTER, "aurora"],
                message: /does not force TLS for aurora-postgresql16/,
            },
            {
                title: "a custom Aurora PostgreSQL 16 group leaving rds.force_ssl unset",
                stack: () => [
                    ...cluster({}),
                    {
                        type: "aws:rds/clusterParameterGroup:ClusterParameterGroup",
                        name: "aurora-params",
                        props: {
                            name: "aurora-params",
                            family: "aurora-postgresql16",
                            parameters: [{ name: "log_connections", value: "1" }],
                        },
                    },
                ],
                at: [CLUSTER, "aurora"],
                message:
                    /its cluster parameter group aurora-params does not set rds.force_ssl = 1 or require_secure_transport = 1 \(and the aurora-postgresql16 default leaves it off\)/,
            },
            {
                title: "the default Aurora MySQL cluster parameter group",
                stack: () =>
                    cluster({ engine: "aurora-mysql", engineVersion: "8.0.mysql_aurora.3.08.0", dbClusterParameterGroupName: undefined }),
                at: [CLUSTER, "aurora"],
                message: /does not force TLS for aurora-mysql 8.0.mysql_aurora.3.08.0/,
            },
            {
                title: "a PostgreSQL 16 group turning rds.force_ssl off",
                stack: postgres("16.3", "postgres16", [{ name: "rds.force_ssl", value: "0" }]),
                at: [RDS, "history"],
                message: /does not set rds.force_ssl = 1 or require_secure_transport = 1: it sets rds.force_ssl = "0"/,
            },
            {
                title: "a PostgreSQL 14 custom group leaving rds.force_ssl unset",
                stack: postgres("14.9", "postgres14", []),
                at: [RDS, "history"],
                message: /\(and the postgres14 default leaves it off\)/,
            },
            {
                title: "PostgreSQL on the default group without engineVersion",
                stack: history((p) => {
                    p.engine = "postgres";
                    delete p.engineVersion;
                    delete p.parameterGroupName;
                }),
                at: [RDS, "history"],
                message: /postgres names no major version, so whether it forces TLS cannot be verified/,
            },
        ],
        [
            {
                title: "PostgreSQL 16 on the default group (forces TLS since 15)",
                stack: history((p) => {
                    p.engine = "postgres";
                    p.engineVersion = "16.3";
                    delete p.parameterGroupName;
                }),
            },
            {
                title: "rds.force_ssl on a PostgreSQL group",
                stack: () =>
                    withChange(
                        history((p) => {
                            p.engine = "postgres";
                            p.engineVersion = "13";
                        })(),
                        "history-params",
                        (s) => {
                            s.props.parameters = [{ name: "rds.force_ssl", value: "1" }];
                        },
                    ),
            },
            {
                title: "a PostgreSQL 16 custom parameter group that leaves rds.force_ssl at its family default of 1",
                stack: postgres("16.3", "postgres16", [{ name: "log_connections", value: "1" }]),
            },
            { title: "a PostgreSQL 15 custom parameter group with no parameters", stack: postgres("15.7", "postgres15", []) },
            {
                title: "default.postgres17 named explicitly",
                stack: history((p) => {
                    p.engine = "postgres";
                    p.engineVersion = "17.2";
                    p.parameterGroupName = "default.postgres17";
                }),
            },
            {
                title: "an Aurora PostgreSQL cluster group setting rds.force_ssl = 1",
                stack: () => [
                    ...cluster({}),
                    {
                        type: "aws:rds/clusterParameterGroup:ClusterParameterGroup",
                        name: "aurora-params",
                        props: {
                            name: "aurora-params",
                            family: "aurora-postgresql16",
                            parameters: [{ name: "rds.force_ssl", value: "1" }],
                        },
                    },
                ],
            },
            {
                title: "an Aurora MySQL cluster group with require_secure_transport ON",
                stack: () => [
                    ...cluster({ engine: "aurora-mysql", engineVersion: "8.0.mysql_aurora.3.08.0" }),
                    {
                        type: "aws:rds/clusterParameterGroup:ClusterParameterGroup",
                        name: "aurora-params",
                        props: {
                            name: "aurora-params",
                            family: "aurora-mysql8.0",
                            parameters: [{ name: "require_secure_transport", value: "ON" }],
                        },
                    },
                ],
            },
        ],
    );

    describePolicy(
        datastoreRetentionLimitCopies,
        [
            {
                title: "PII backups kept 7 days",
                stack: piiHistory((p) => {
                    p.backupRetentionPeriod = 7;
                }),
                at: [RDS, "history"],
                message: /keeps automated backups 7 days, more than the 3-day retention/,
            },
            {
                title: "a final snapshot of a PII database",
                stack: piiHistory((p) => {
                    p.skipFinalSnapshot = false;
                }),
                at: [RDS, "history"],
                message: /keeps a final snapshot, a copy that never expires \(skipFinalSnapshot is false\)/,
            },
            {
                title: "automated backups kept after deletion",
                stack: piiHistory((p) => {
                    p.deleteAutomatedBackups = false;
                }),
                at: [RDS, "history"],
                message: /keeps automated backups after the database is deleted, a copy that never expires/,
            },
            {
                title: "an Aurora log group /aws/rds/cluster/<id>/postgresql kept 30 days",
                stack: () => piiAurora(30),
                at: [LOG_GROUP, "aurora-postgresql-logs"],
                message: /keeps its logs 30 days, more than the 3-day retention of personal data/,
            },
            {
                title: "an Aurora cluster exporting logs to a group the stack does not declare",
                stack: () => without(piiAurora(1), "aurora-postgresql-logs"),
                at: [CLUSTER, "aurora"],
                message: /exports logs to \/aws\/rds\/cluster\/aurora\/postgresql, which are not log groups of this stack/,
            },
        ],
        [
            { title: "a PII database within its retention", stack: piiHistory(() => undefined) },
            { title: "a PII Aurora cluster whose log group keeps 1 day", stack: () => piiAurora(1) },
        ],
    );

    describePolicy(datastoreSharingRestrictDestinations, [
        {
            title: "automated backups replicated to another region",
            stack: () => [
                ...compliantStack(),
                {
                    type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
                    name: "history-dr",
                    props: { sourceDbInstanceArn: "arn:aws:rds:eu-west-1:111122223333:db:history", region: "us-east-1" },
                },
            ],
            at: ["aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication", "history-dr"],
            message: /copies automated backups to region "us-east-1", not on allowedRegions/,
        },
        {
            title: "a snapshot shared with everyone",
            stack: () => [
                ...compliantStack(),
                {
                    type: "aws:rds/snapshot:Snapshot",
                    name: "history-snap",
                    props: { dbInstanceIdentifier: "history", dbSnapshotIdentifier: "s", sharedAccounts: ["all"] },
                },
            ],
            at: ["aws:rds/snapshot:Snapshot", "history-snap"],
            message: /is shared with everyone \(all\)/,
        },
    ]);
});
