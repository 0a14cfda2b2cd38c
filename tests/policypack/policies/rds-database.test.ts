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
const piiHistory = (fn: (props: any) => void) => history((p) => { p.tags = { ...PII_TAGS }; p.backupRetentionPeriod = 1; p.skipFinalSnapshot = true; delete p.finalSnapshotIdentifier; fn(p); });
const cluster = (props: object): ResourceSpec[] => [...compliantStack(), { type: CLUSTER, name: "aurora", props: { engine: "aurora-postgresql", engineVersion: "16.4", storageEncrypted: true, kmsKeyId: KEY_ARN, dbClusterParameterGroupName: "aurora-params", tags: { "data-classification": "confidential", "retention-days": "35", owner: "x" }, ...props } }];

/** The fixture with the database's security group in the stack, with `props`. */
const withSecurityGroup = (props: object): ResourceSpec[] => [
    ...withChange(compliantStack(), "history", (s) => { s.propertyDependencies!.vpcSecurityGroupIds = ["history-sg"]; }),
    { type: "aws:ec2/securityGroup:SecurityGroup", name: "history-sg", props: { vpcId: "vpc-1", ...props } },
];

describe("policies: RDS", () => {
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        { title: "unencrypted storage", stack: history((p) => { p.storageEncrypted = false; }), at: [RDS, "history"], message: /storage is not encrypted/ },
        { title: "encrypted with aws/rds", stack: history((p) => { delete p.kmsKeyId; }), at: [RDS, "history"], message: /AWS-managed aws\/rds key/ },
        { title: "Performance Insights under the AWS-managed key", stack: history((p) => { delete p.performanceInsightsKmsKeyId; }), at: [RDS, "history"], message: /Performance Insights: has no performanceInsightsKmsKeyId, so Performance Insights is encrypted under the AWS-managed aws\/rds key/ },
        { title: "an unencrypted cluster", stack: () => cluster({ storageEncrypted: false }), at: [CLUSTER, "aurora"], message: /storage is not encrypted/ },
    ]);

    describePolicy(datastoreAccessBlockPublic, [
        { title: "a public instance", stack: history((p) => { p.publiclyAccessible = true; }), at: [RDS, "history"], message: /the database is public: publiclyAccessible is true/ },
        { title: "no security groups", stack: history((p) => { delete p.vpcSecurityGroupIds; }), at: [RDS, "history"], message: /names no vpcSecurityGroupIds/ },
        { title: "its security group open to 0.0.0.0/0 inline", stack: () => withSecurityGroup({ ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }] }), at: [RDS, "history"], message: /its security group history-sg is open to the internet: inline ingress from 0.0.0.0\/0/ },
        { title: "an ingress rule resource open to ::/0", stack: () => [...withSecurityGroup({}), { type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", name: "history-open", props: { securityGroupId: "sg-0123", cidrIpv6: "::/0", ipProtocol: "tcp", fromPort: 3306, toPort: 3306 }, propertyDependencies: { securityGroupId: ["history-sg"] } }], at: [RDS, "history"], message: /history-open admits ::\/0/ },
        { title: "a cluster without security groups", stack: () => cluster({}), at: [CLUSTER, "aurora"], message: /names no vpcSecurityGroupIds/ },
        { title: "a public Aurora cluster member", stack: () => [...compliantStack(), { type: "aws:rds/clusterInstance:ClusterInstance", name: "aurora-1", props: { clusterIdentifier: "aurora", publiclyAccessible: true } }], at: ["aws:rds/clusterInstance:ClusterInstance", "aurora-1"], message: /the cluster member is public: publiclyAccessible is true/ },
    ], [
        { title: "a security group admitting only another group", stack: () => [...withSecurityGroup({}), { type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", name: "history-app", props: { securityGroupId: "sg-0123", referencedSecurityGroupId: "sg-app", ipProtocol: "tcp", fromPort: 3306, toPort: 3306 }, propertyDependencies: { securityGroupId: ["history-sg"] } }] },
    ]);

    describePolicy(datastoreTransitRequireTls, [
        { title: "MySQL on the default parameter group", stack: () => without(history((p) => { delete p.parameterGroupName; })(), "history-params"), at: [RDS, "history"], message: /uses the default parameter group, which does not force TLS for mysql 8.4/ },
        { title: "a parameter group without require_secure_transport", stack: () => withChange(compliantStack(), "history-params", (s) => { s.props.parameters = [{ name: "max_connections", value: "100" }]; }), at: [RDS, "history"], message: /does not set rds.force_ssl = 1 or require_secure_transport = 1/ },
        { title: "require_secure_transport OFF", stack: () => withChange(compliantStack(), "history-params", (s) => { s.props.parameters[0].value = "OFF"; }), at: [RDS, "history"], message: /does not set/ },
        { title: "a parameter group from outside the stack", stack: () => withChange(compliantStack(), "history", (s) => { s.props.parameterGroupName = "shared-params"; delete s.propertyDependencies!.parameterGroupName; }), at: [RDS, "history"], message: /parameter group "shared-params" is not in this stack/ },
        { title: "PostgreSQL 14 on the default group", stack: history((p) => { p.engine = "postgres"; p.engineVersion = "14.9"; delete p.parameterGroupName; }), at: [RDS, "history"], message: /default parameter group, which does not force TLS for postgres 14.9/ },
        { title: "a cluster group that does not force TLS", stack: () => [...cluster({}), { type: "aws:rds/clusterParameterGroup:ClusterParameterGroup", name: "aurora-params", props: { name: "aurora-params", parameters: [] } }], at: [CLUSTER, "aurora"], message: /does not set rds.force_ssl/ },
    ], [
        { title: "PostgreSQL 16 on the default group (forces TLS since 15)", stack: history((p) => { p.engine = "postgres"; p.engineVersion = "16.3"; delete p.parameterGroupName; }) },
        { title: "rds.force_ssl on a PostgreSQL group", stack: () => withChange(history((p) => { p.engine = "postgres"; p.engineVersion = "13"; })(), "history-params", (s) => { s.props.parameters = [{ name: "rds.force_ssl", value: "1" }]; }) },
    ]);

    describePolicy(datastoreRetentionLimitCopies, [
        { title: "PII backups kept 7 days", stack: piiHistory((p) => { p.backupRetentionPeriod = 7; }), at: [RDS, "history"], message: /keeps automated backups 7 days, more than the 3-day retention/ },
        { title: "a final snapshot of a PII database", stack: piiHistory((p) => { p.skipFinalSnapshot = false; }), at: [RDS, "history"], message: /keeps a final snapshot, a copy that never expires \(skipFinalSnapshot is false\)/ },
        { title: "automated backups kept after deletion", stack: piiHistory((p) => { p.deleteAutomatedBackups = false; }), at: [RDS, "history"], message: /keeps automated backups after the database is deleted, a copy that never expires/ },
    ], [
        { title: "a PII database within its retention", stack: piiHistory(() => undefined) },
    ]);

    describePolicy(datastoreSharingRestrictDestinations, [
        { title: "automated backups replicated to another region", stack: () => [...compliantStack(), { type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication", name: "history-dr", props: { sourceDbInstanceArn: "arn:aws:rds:eu-west-1:111122223333:db:history", region: "us-east-1" } }], at: ["aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication", "history-dr"], message: /copies automated backups to region "us-east-1", not on allowedRegions/ },
        { title: "a snapshot shared with everyone", stack: () => [...compliantStack(), { type: "aws:rds/snapshot:Snapshot", name: "history-snap", props: { dbInstanceIdentifier: "history", dbSnapshotIdentifier: "s", sharedAccounts: ["all"] } }], at: ["aws:rds/snapshot:Snapshot", "history-snap"], message: /is shared with everyone \(all\)/ },
    ]);
});
