import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const CLUSTER = "aws:docdb/cluster:Cluster";
const INSTANCE = "aws:docdb/clusterInstance:ClusterInstance";
const SNAPSHOT = "aws:docdb/clusterSnapshot:ClusterSnapshot";
const GLOBAL = "aws:docdb/globalCluster:GlobalCluster";
const ELASTIC = "aws:docdb/elasticCluster:ElasticCluster";
const PARAMS = "aws:docdb/clusterParameterGroup:ClusterParameterGroup";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

const docdb = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PARAMS,
            name: "docs-params",
            props: {
                name: "docs-params",
                family: "docdb5.0",
                parameters: [
                    { name: "tls", value: "tls1.2+" },
                    { name: "audit_logs", value: "enabled" },
                ],
            },
        },
        {
            type: CLUSTER,
            name: "docs",
            props: {
                clusterIdentifier: "docs",
                storageEncrypted: true,
                kmsKeyId: KEY_ARN,
                vpcSecurityGroupIds: ["sg-docs"],
                dbClusterParameterGroupName: "docs-params",
                backupRetentionPeriod: 1,
                skipFinalSnapshot: true,
                enabledCloudwatchLogsExports: ["audit"],
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyId: ["data-key"], dbClusterParameterGroupName: ["docs-params"] },
        },
        { type: LOG_GROUP, name: "docs-audit", props: { name: "/aws/docdb/docs/audit", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: INSTANCE,
            name: "docs-1",
            props: {
                clusterIdentifier: "docs",
                identifier: "docs-1",
                instanceClass: "db.r6g.large",
                enablePerformanceInsights: true,
                performanceInsightsKmsKeyId: KEY_ARN,
            },
            propertyDependencies: { clusterIdentifier: ["docs"] },
        },
        {
            type: ELASTIC,
            name: "shards",
            props: {
                name: "shards",
                adminUserName: "admin",
                adminUserPassword: "secret",
                authType: "SECRET_ARN",
                shardCapacity: 2,
                shardCount: 1,
                kmsKeyId: KEY_ARN,
                vpcSecurityGroupIds: ["sg-docs"],
                backupRetentionPeriod: 1,
                tags: PII_TAGS,
            },
        },
    ]);

const globalCluster = (secondaryRegion: string): ResourceSpec[] => [
    {
        type: GLOBAL,
        name: "docs-global",
        props: {
            globalClusterIdentifier: "docs-global",
            region: "eu-west-1",
            sourceDbClusterIdentifier: "arn:aws:rds:eu-west-1:111122223333:cluster:docs",
        },
        propertyDependencies: { sourceDbClusterIdentifier: ["docs"] },
    },
    {
        type: CLUSTER,
        name: "docs-dr",
        props: {
            clusterIdentifier: "docs-dr",
            region: secondaryRegion,
            globalClusterIdentifier: "docs-global",
            storageEncrypted: true,
            kmsKeyId: KEY_ARN,
            vpcSecurityGroupIds: ["sg-dr"],
            backupRetentionPeriod: 1,
            skipFinalSnapshot: true,
            tags: PII_TAGS,
        },
        propertyDependencies: { globalClusterIdentifier: ["docs-global"] },
    },
];

describe("catalogue: DocumentDB", () => {
    describeEntry(
        CLUSTER,
        docdb,
        [
            {
                title: "unencrypted",
                change: props("docs", (p) => {
                    delete p.storageEncrypted;
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "docs"],
                message: /storage is not encrypted: storageEncrypted is not set \(unencrypted\)/,
            },
            {
                title: "the AWS-managed key",
                change: props("docs", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "docs"],
                message: /has no kmsKeyId, so storage is encrypted under the AWS-managed aws\/rds key/,
            },
            {
                title: "tls disabled in its parameter group",
                change: props("docs-params", (p) => {
                    p.parameters[0].value = "disabled";
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "docs"],
                message: /its parameter group docs-params sets tls = "disabled"/,
            },
            {
                title: "a parameter group outside the stack",
                change: (stack) => {
                    remove("docs-params")(stack);
                    stack.find((s) => s.name === "docs")!.propertyDependencies = { kmsKeyId: ["data-key"] };
                },
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "docs"],
                message: /its parameter group "docs-params" is not in this stack, so tls cannot be verified/,
            },
            {
                title: "the parameter group name unknown during preview",
                change: (stack) => {
                    props("docs", (p) => {
                        p.dbClusterParameterGroupName = UNKNOWN;
                    })(stack);
                    stack.find((s) => s.name === "docs")!.propertyDependencies = {};
                },
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "docs"],
                message: /dbClusterParameterGroupName is not known during preview/,
            },
            {
                title: "no security groups",
                change: props("docs", (p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "docs"],
                message: /the cluster names no vpcSecurityGroupIds, so the VPC's default security group applies/,
            },
            {
                title: "a security group open to the internet",
                change: (stack) => {
                    add({
                        type: "aws:ec2/securityGroup:SecurityGroup",
                        name: "docs-sg",
                        props: { ingress: [{ protocol: "tcp", fromPort: 27017, toPort: 27017, cidrBlocks: ["0.0.0.0/0"] }] },
                    })(stack);
                    stack.find((s) => s.name === "docs")!.propertyDependencies!.vpcSecurityGroupIds = ["docs-sg"];
                },
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "docs"],
                message: /security group docs-sg is open to the internet/,
            },
            {
                title: "backups kept 7 days (AWS default is 1)",
                change: props("docs", (p) => {
                    p.backupRetentionPeriod = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "docs"],
                message: /keeps automated backups 7 days, more than the 3-day retention/,
            },
            {
                title: "a final snapshot by default",
                change: props("docs", (p) => {
                    delete p.skipFinalSnapshot;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "docs"],
                message: /keeps a final snapshot, a copy that never expires \(skipFinalSnapshot is not set: DocumentDB takes one\)/,
            },
            {
                title: "audit logs to a log group the stack does not define",
                change: remove("docs-audit"),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "docs"],
                message:
                    /exports its audit log to \/aws\/docdb\/docs\/audit, which is not a log group of this stack: CloudWatch Logs creates it with no retention/,
            },
            {
                title: "its audit log group kept 30 days",
                change: props("docs-audit", (p) => {
                    p.retentionInDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOG_GROUP, "docs-audit"],
                message: /keeps its logs 30 days, more than the 3-day retention/,
            },
            {
                title: "unclassified",
                change: props("docs", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "docs"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a secondary cluster in another region",
                change: add(...globalCluster("us-east-1")),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "docs-dr"],
                message: /joins the global cluster docs-global, in region eu-west-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "the default cluster parameter group (tls enabled)",
                change: (stack) => {
                    remove("docs-params")(stack);
                    props("docs", (p) => {
                        delete p.dbClusterParameterGroupName;
                    })(stack);
                    stack.find((s) => s.name === "docs")!.propertyDependencies = { kmsKeyId: ["data-key"] };
                },
            },
            {
                title: "a group that leaves tls at its family default",
                change: props("docs-params", (p) => {
                    p.parameters = [{ name: "audit_logs", value: "enabled" }];
                }),
            },
            {
                title: "a secondary in an allowed region (the primary's region listed too, as the member judges it)",
                config: { allowedRegions: ["eu-central-1", "eu-west-1"] },
                change: add(...globalCluster("eu-central-1")),
            },
        ],
    );

    describeEntry(INSTANCE, docdb, [
        {
            title: "Performance Insights under the AWS-managed key",
            change: props("docs-1", (p) => {
                delete p.performanceInsightsKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INSTANCE, "docs-1"],
            message: /Performance Insights: has no performanceInsightsKmsKeyId/,
        },
    ]);

    describeEntry(
        SNAPSHOT,
        docdb,
        [
            {
                title: "a manual snapshot of a PII cluster",
                change: add({
                    type: SNAPSHOT,
                    name: "docs-snap",
                    props: { dbClusterIdentifier: "docs", dbClusterSnapshotIdentifier: "docs-snap" },
                    propertyDependencies: { dbClusterIdentifier: ["docs"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "docs-snap"],
                message: /is a manual snapshot, a copy of personal data \(a copy of docs \(pii\)\) that never expires/,
            },
        ],
        [
            {
                title: "a manual snapshot of a confidential cluster",
                change: (stack) => {
                    props("docs", (p) => {
                        p.tags = { "data-classification": "confidential", "retention-days": "30", owner: "x" };
                    })(stack);
                    add({
                        type: SNAPSHOT,
                        name: "docs-snap",
                        props: { dbClusterIdentifier: "docs", dbClusterSnapshotIdentifier: "docs-snap" },
                        propertyDependencies: { dbClusterIdentifier: ["docs"] },
                    })(stack);
                },
            },
        ],
    );

    describeEntry(GLOBAL, docdb, [
        {
            title: "an empty global cluster left unencrypted",
            change: add({ type: GLOBAL, name: "empty-global", props: { globalClusterIdentifier: "empty-global", engine: "docdb" } }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [GLOBAL, "empty-global"],
            message: /storage is not encrypted: storageEncrypted is not set/,
        },
    ]);

    describeEntry(ELASTIC, docdb, [
        {
            title: "the AWS-managed key",
            change: props("shards", (p) => {
                delete p.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ELASTIC, "shards"],
            message: /has no kmsKeyId, so storage is encrypted under the AWS-managed key/,
        },
        {
            title: "no security groups",
            change: props("shards", (p) => {
                delete p.vpcSecurityGroupIds;
            }),
            policy: datastoreAccessBlockPublic,
            at: [ELASTIC, "shards"],
            message: /names no vpcSecurityGroupIds/,
        },
        {
            title: "snapshots kept 35 days",
            change: props("shards", (p) => {
                p.backupRetentionPeriod = 35;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [ELASTIC, "shards"],
            message: /keeps automatic snapshots 35 days/,
        },
    ]);
});
