import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const CLUSTER = "aws:dsql/cluster:Cluster";
const PEERING = "aws:dsql/clusterPeering:ClusterPeering";
const POLICY = "aws:dsql/clusterPolicy:ClusterPolicy";

const dsql = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLUSTER,
            name: "ledger-db",
            props: { kmsEncryptionKey: KEY_ARN, deletionProtectionEnabled: true, tags: PII_TAGS },
            propertyDependencies: { kmsEncryptionKey: ["data-key"] },
        },
    ]);

const connectPolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "dsql:DbConnect", Resource: "*" }],
    });
const peer = (region: string): ResourceSpec => ({
    type: CLUSTER,
    name: "ledger-db-2",
    props: { kmsEncryptionKey: KEY_ARN, region, tags: PII_TAGS },
});

describe("catalogue: Aurora DSQL", () => {
    describeEntry(
        CLUSTER,
        dsql,
        [
            {
                title: "the AWS-owned key by default",
                change: props("ledger-db", (p) => {
                    delete p.kmsEncryptionKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "ledger-db"],
                message: /has no kmsEncryptionKey, so the cluster is encrypted under an AWS-owned key/,
            },
            {
                title: "the AWS-owned key by keyword",
                change: props("ledger-db", (p) => {
                    p.kmsEncryptionKey = "AWS_OWNED_KMS_KEY";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "ledger-db"],
                message: /kmsEncryptionKey is "AWS_OWNED_KMS_KEY", an AWS-owned key/,
            },
            {
                title: "a witness region not allowed",
                change: props("ledger-db", (p) => {
                    p.multiRegionProperties = { witnessRegion: "us-west-2" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "ledger-db"],
                message: /keeps encrypted transaction logs in the witness region us-west-2, not on allowedRegions/,
            },
            {
                title: "a peer in a region not allowed",
                change: (stack) => {
                    add(peer("us-east-1"))(stack);
                    props("ledger-db", (p) => {
                        p.multiRegionProperties = { clusters: ["arn:aws:dsql:us-east-1:111122223333:cluster/abc"] };
                    })(stack);
                    stack.find((s) => s.name === "ledger-db")!.propertyDependencies!.multiRegionProperties = ["ledger-db-2"];
                },
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "ledger-db"],
                message: /peers with ledger-db-2, in region us-east-1, not on allowedRegions/,
            },
            {
                title: "unclassified",
                change: props("ledger-db", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "ledger-db"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "a multi-Region cluster within allowed regions",
                config: { allowedRegions: ["eu-central-1", "eu-north-1"] },
                change: props("ledger-db", (p) => {
                    p.multiRegionProperties = { witnessRegion: "eu-north-1" };
                }),
            },
        ],
    );

    describeEntry(PEERING, dsql, [
        {
            title: "peering into a region not allowed",
            change: add(peer("us-east-1"), {
                type: PEERING,
                name: "ledger-peering",
                props: { identifier: "abc", clusters: ["arn:aws:dsql:us-east-1:111122223333:cluster/def"], witnessRegion: "us-west-2" },
                propertyDependencies: { identifier: ["ledger-db"], clusters: ["ledger-db-2"] },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PEERING, "ledger-peering"],
            message:
                /keeps encrypted transaction logs in the witness region us-west-2|peers the cluster with ledger-db-2, in region us-east-1/,
        },
    ]);

    describeEntry(
        POLICY,
        dsql,
        [
            {
                title: "a policy letting another account connect",
                change: add({
                    type: POLICY,
                    name: "ledger-policy",
                    props: { identifier: "abc", policy: connectPolicy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }) },
                    propertyDependencies: { identifier: ["ledger-db"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "ledger-db"],
                message: /its cluster policy: .*account 999988887777/,
            },
            {
                title: "a policy open to everyone",
                change: add({
                    type: POLICY,
                    name: "ledger-policy",
                    props: { identifier: "abc", policy: connectPolicy({ AWS: "*" }) },
                    propertyDependencies: { identifier: ["ledger-db"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "ledger-db"],
                message: /its cluster policy: a statement allows Principal "\*" with no condition/,
            },
        ],
        [
            {
                title: "a policy for this account",
                change: add({
                    type: POLICY,
                    name: "ledger-policy",
                    props: { identifier: "abc", policy: connectPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
                    propertyDependencies: { identifier: ["ledger-db"] },
                }),
            },
        ],
    );
});
