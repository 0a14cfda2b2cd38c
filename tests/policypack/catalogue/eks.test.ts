import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const CLUSTER = "aws:eks/cluster:Cluster";
const NODES = "aws:eks/nodeGroup:NodeGroup";

const eks = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLUSTER,
            name: "k8s",
            props: {
                name: "k8s",
                roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
                vpcConfig: { subnetIds: ["subnet-1", "subnet-2"], endpointPublicAccess: false, endpointPrivateAccess: true },
                encryptionConfig: { resources: ["secrets"], provider: { keyArn: KEY_ARN } },
            },
            propertyDependencies: { encryptionConfig: ["data-key"] },
        },
        {
            type: NODES,
            name: "nodes",
            props: {
                clusterName: "k8s",
                nodeRoleArn: `arn:aws:iam::${ACCOUNT}:role/nodes`,
                subnetIds: ["subnet-1"],
                scalingConfig: { desiredSize: 1, maxSize: 1, minSize: 1 },
                launchTemplate: { id: "lt-1", version: "1" },
            },
            propertyDependencies: { clusterName: ["k8s"] },
        },
        {
            type: "aws:eks/accessEntry:AccessEntry",
            name: "admin",
            props: { clusterName: "k8s", principalArn: `arn:aws:iam::${ACCOUNT}:role/admin` },
            propertyDependencies: { clusterName: ["k8s"] },
        },
    ]);

describe("catalogue: EKS", () => {
    describeEntry(
        "clusters, node groups and access",
        eks,
        [
            {
                title: "secrets under an AWS-owned key",
                change: props("k8s", (p) => {
                    delete p.encryptionConfig;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "k8s"],
                message: /has no encryptionConfig.provider.keyArn, so each Kubernetes secret is encrypted under an AWS-owned key/,
            },
            {
                title: "a public API endpoint open to everyone (the default)",
                change: props("k8s", (p) => {
                    delete p.vpcConfig.endpointPublicAccess;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "k8s"],
                message:
                    /its Kubernetes API endpoint is public \(vpcConfig.endpointPublicAccess is not set: on by default\) and open to 0.0.0.0\/0 \(publicAccessCidrs is not set\)/,
            },
            {
                title: "node volumes without a launch template or the region's defaults",
                change: props("nodes", (p) => {
                    delete p.launchTemplate;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [NODES, "nodes"],
                message: /each node volume is not encrypted: this type has no encryption argument \(without launchTemplate\)/,
            },
            {
                title: "SSH to the nodes from anywhere",
                change: props("nodes", (p) => {
                    p.remoteAccess = { ec2SshKey: "ops" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [NODES, "nodes"],
                message: /opens SSH \(22\) on its nodes to 0.0.0.0\/0/,
            },
            {
                title: "a principal of another account let into the cluster",
                change: props("admin", (p) => {
                    p.principalArn = `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/vendor`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "k8s"],
                message:
                    /lets into the cluster principal arn:aws:iam::999988887777:role\/vendor, in account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "a public endpoint restricted to an office range",
                change: props("k8s", (p) => {
                    p.vpcConfig.endpointPublicAccess = true;
                    p.vpcConfig.publicAccessCidrs = ["203.0.113.0/24"];
                }),
            },
        ],
    );
});
