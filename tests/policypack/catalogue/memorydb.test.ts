import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const CLUSTER = "aws:memorydb/cluster:Cluster";
const SNAPSHOT = "aws:memorydb/snapshot:Snapshot";
const MULTI = "aws:memorydb/multiRegionCluster:MultiRegionCluster";

const memorydb = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLUSTER,
            name: "carts",
            props: {
                name: "carts",
                aclName: "carts-acl",
                nodeType: "db.r7g.large",
                kmsKeyArn: KEY_ARN,
                securityGroupIds: ["sg-carts"],
                snapshotRetentionLimit: 1,
                region: "eu-west-1",
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyArn: ["data-key"] },
        },
    ]);

const multiRegion = (memberRegion: string): ResourceSpec[] => [
    {
        type: MULTI,
        name: "carts-global",
        props: { multiRegionClusterNameSuffix: "carts", nodeType: "db.r7g.xlarge", tlsEnabled: true, region: "eu-west-1" },
    },
    {
        type: CLUSTER,
        name: "carts-dr",
        props: {
            name: "carts-dr",
            aclName: "carts-acl",
            nodeType: "db.r7g.xlarge",
            multiRegionClusterName: "virxk-carts",
            kmsKeyArn: KEY_ARN,
            securityGroupIds: ["sg-carts"],
            region: memberRegion,
            tags: PII_TAGS,
        },
        propertyDependencies: { multiRegionClusterName: ["carts-global"] },
    },
];

describe("catalogue: MemoryDB", () => {
    describeEntry(
        CLUSTER,
        memorydb,
        [
            {
                title: "the default service key",
                change: props("carts", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "carts"],
                message: /has no kmsKeyArn, so the cluster is encrypted under MemoryDB's default service key/,
            },
            {
                title: "TLS off",
                change: props("carts", (p) => {
                    p.tlsEnabled = false;
                    p.aclName = "open-access";
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "carts"],
                message: /client connections does not require TLS: tlsEnabled is false/,
            },
            {
                title: "the open-access ACL",
                change: props("carts", (p) => {
                    p.aclName = "open-access";
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "carts"],
                message: /uses the open-access ACL/,
            },
            {
                title: "no security groups",
                change: props("carts", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "carts"],
                message: /the cluster names no securityGroupIds/,
            },
            {
                title: "snapshots kept 7 days",
                change: props("carts", (p) => {
                    p.snapshotRetentionLimit = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "carts"],
                message: /keeps automatic snapshots 7 days/,
            },
            {
                title: "a final snapshot",
                change: props("carts", (p) => {
                    p.finalSnapshotName = "carts-final";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "carts"],
                message: /keeps a final snapshot, a copy that never expires \(finalSnapshotName is "carts-final"\)/,
            },
            {
                title: "unclassified",
                change: props("carts", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "carts"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a multi-Region member in another region",
                change: add(...multiRegion("us-east-1")),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "carts-dr"],
                message: /joins the multi-Region cluster carts-global, in region eu-west-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "TLS on by default",
                change: props("carts", (p) => {
                    delete p.tlsEnabled;
                }),
            },
            { title: "a multi-Region member in the same region", change: add(...multiRegion("eu-west-1")) },
        ],
    );

    describeEntry(SNAPSHOT, memorydb, [
        {
            title: "a manual snapshot of a PII cluster",
            change: add({ type: SNAPSHOT, name: "carts-snap", props: { clusterName: "carts", kmsKeyArn: KEY_ARN } }),
            policy: datastoreRetentionLimitCopies,
            at: [SNAPSHOT, "carts-snap"],
            message: /is a manual snapshot, a copy of personal data/,
        },
        {
            title: "a snapshot under the default key",
            change: add({ type: SNAPSHOT, name: "carts-snap", props: { clusterName: "carts" } }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [SNAPSHOT, "carts-snap"],
            message: /has no kmsKeyArn, so the snapshot is encrypted under MemoryDB's default service key/,
        },
    ]);

    describeEntry(MULTI, memorydb, [
        {
            title: "TLS not set explicitly",
            change: (stack) => {
                add(...multiRegion("eu-west-1"))(stack);
                props("carts-global", (p) => {
                    delete p.tlsEnabled;
                })(stack);
            },
            policy: datastoreTransitRequireTls,
            at: [MULTI, "carts-global"],
            message: /tlsEnabled is not set/,
        },
        {
            title: "a multi-Region cluster without members in the stack must be classified",
            change: add({
                type: MULTI,
                name: "lonely",
                props: { multiRegionClusterNameSuffix: "lonely", nodeType: "db.r7g.xlarge", tlsEnabled: true },
            }),
            policy: datastoreTagsRequireClassification,
            at: [MULTI, "lonely"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
