import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const CLUSTER = "aws:neptune/cluster:Cluster";
const INSTANCE = "aws:neptune/clusterInstance:ClusterInstance";
const SNAPSHOT = "aws:neptune/clusterSnapshot:ClusterSnapshot";
const GLOBAL = "aws:neptune/globalCluster:GlobalCluster";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

const neptune = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLUSTER,
            name: "graph",
            props: {
                clusterIdentifier: "graph",
                storageEncrypted: true,
                kmsKeyArn: KEY_ARN,
                vpcSecurityGroupIds: ["sg-graph"],
                backupRetentionPeriod: 1,
                skipFinalSnapshot: true,
                enableCloudwatchLogsExports: ["audit"],
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyArn: ["data-key"] },
        },
        { type: LOG_GROUP, name: "graph-audit", props: { name: "/aws/neptune/graph/audit", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: INSTANCE,
            name: "graph-1",
            props: { clusterIdentifier: "graph", identifier: "graph-1", instanceClass: "db.r6g.large" },
            propertyDependencies: { clusterIdentifier: ["graph"] },
        },
    ]);

const member = (region: string): ResourceSpec[] => [
    {
        type: GLOBAL,
        name: "graph-global",
        props: {
            globalClusterIdentifier: "graph-global",
            region: "eu-west-1",
            sourceDbClusterIdentifier: "arn:aws:rds:eu-west-1:111122223333:cluster:graph",
        },
        propertyDependencies: { sourceDbClusterIdentifier: ["graph"] },
    },
    {
        type: CLUSTER,
        name: "graph-dr",
        props: {
            clusterIdentifier: "graph-dr",
            region,
            globalClusterIdentifier: "graph-global",
            storageEncrypted: true,
            kmsKeyArn: KEY_ARN,
            vpcSecurityGroupIds: ["sg-dr"],
            backupRetentionPeriod: 1,
            skipFinalSnapshot: true,
            tags: PII_TAGS,
        },
        propertyDependencies: { globalClusterIdentifier: ["graph-global"] },
    },
];

describe("catalogue: Neptune", () => {
    describeEntry(
        CLUSTER,
        neptune,
        [
            {
                title: "unencrypted (Neptune default)",
                change: props("graph", (p) => {
                    delete p.storageEncrypted;
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "graph"],
                message: /storage is not encrypted: storageEncrypted is not set \(unencrypted\)/,
            },
            {
                title: "the AWS-managed key",
                change: props("graph", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "graph"],
                message: /has no kmsKeyArn, so storage is encrypted under the AWS-managed aws\/rds key/,
            },
            {
                title: "the encryption switch unknown during preview",
                change: props("graph", (p) => {
                    p.storageEncrypted = UNKNOWN;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "graph"],
                message: /storageEncrypted is not known during preview/,
            },
            {
                title: "no security groups",
                change: props("graph", (p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "graph"],
                message: /names no vpcSecurityGroupIds/,
            },
            {
                title: "backups kept 14 days",
                change: props("graph", (p) => {
                    p.backupRetentionPeriod = 14;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "graph"],
                message: /keeps automated backups 14 days/,
            },
            {
                title: "a final snapshot by default",
                change: props("graph", (p) => {
                    delete p.skipFinalSnapshot;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "graph"],
                message: /keeps a final snapshot, a copy that never expires \(skipFinalSnapshot is not set: Neptune takes one\)/,
            },
            {
                title: "audit logs to a log group the stack does not define",
                change: remove("graph-audit"),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "graph"],
                message: /exports its audit log to \/aws\/neptune\/graph\/audit, which is not a log group of this stack/,
            },
            {
                title: "log exports from a cluster with no identifier",
                change: (stack) => {
                    remove("graph-audit")(stack);
                    props("graph", (p) => {
                        delete p.clusterIdentifier;
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "graph"],
                message: /exports audit logs to CloudWatch Logs, but clusterIdentifier is not set/,
            },
            {
                title: "its audit log group unencrypted",
                change: props("graph-audit", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [LOG_GROUP, "graph-audit"],
                message: /has no kmsKeyId/,
            },
            {
                title: "unclassified",
                change: props("graph", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "graph"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a member cluster in another region",
                change: add(...member("us-east-1")),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "graph-dr"],
                message: /joins the global cluster graph-global, in region eu-west-1, not on allowedRegions/,
            },
        ],
        [
            { title: "a member cluster in the same region", change: add(...member("eu-west-1")) },
            {
                title: "a read replica of a PII cluster, itself PII",
                change: add({
                    type: CLUSTER,
                    name: "graph-copy",
                    props: {
                        clusterIdentifier: "graph-copy",
                        replicationSourceIdentifier: "graph",
                        storageEncrypted: true,
                        kmsKeyArn: KEY_ARN,
                        vpcSecurityGroupIds: ["sg-graph"],
                        skipFinalSnapshot: true,
                        tags: PII_TAGS,
                    },
                }),
            },
        ],
    );

    describeEntry(INSTANCE, neptune, [
        {
            title: "a public instance",
            change: props("graph-1", (p) => {
                p.publiclyAccessible = true;
            }),
            policy: datastoreAccessBlockPublic,
            at: [INSTANCE, "graph-1"],
            message: /the cluster member is public: publiclyAccessible is true/,
        },
    ]);

    describeEntry(SNAPSHOT, neptune, [
        {
            title: "a manual snapshot of a PII cluster",
            change: add({
                type: SNAPSHOT,
                name: "graph-snap",
                props: { dbClusterIdentifier: "graph", dbClusterSnapshotIdentifier: "graph-snap" },
            }),
            policy: datastoreRetentionLimitCopies,
            at: [SNAPSHOT, "graph-snap"],
            message: /is a manual snapshot, a copy of personal data \(a copy of graph \(pii\)\) that never expires/,
        },
    ]);

    describeEntry(GLOBAL, neptune, [
        {
            title: "a global cluster created empty and unencrypted",
            change: add({ type: GLOBAL, name: "empty", props: { globalClusterIdentifier: "empty", engine: "neptune" } }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [GLOBAL, "empty"],
            message: /storage is not encrypted/,
        },
    ]);
});
