import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const GRAPH = "aws:neptunegraph/graph:Graph";
const ENDPOINT = "aws:neptunegraph/privateGraphEndpoint:PrivateGraphEndpoint";

const graphs = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: GRAPH,
            name: "routes",
            props: { graphName: "routes", provisionedMemory: 16, kmsKeyIdentifier: KEY_ARN, publicConnectivity: false, tags: PII_TAGS },
            propertyDependencies: { kmsKeyIdentifier: ["data-key"] },
        },
        {
            type: ENDPOINT,
            name: "routes-endpoint",
            props: { graphIdentifier: "g-12345", vpcId: "vpc-1", subnetIds: ["subnet-1"], vpcSecurityGroupIds: ["sg-graph"] },
            propertyDependencies: { graphIdentifier: ["routes"] },
        },
    ]);

describe("catalogue: Neptune Analytics", () => {
    describeEntry(
        GRAPH,
        graphs,
        [
            {
                title: "the AWS-owned key by default",
                change: props("routes", (p) => {
                    delete p.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [GRAPH, "routes"],
                message: /has no kmsKeyIdentifier, so the graph is encrypted under an AWS-owned key/,
            },
            {
                title: "the AWS-owned key by keyword",
                change: props("routes", (p) => {
                    p.kmsKeyIdentifier = "AWS_OWNED_KEY";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [GRAPH, "routes"],
                message: /kmsKeyIdentifier is "AWS_OWNED_KEY", an AWS-owned key/,
            },
            {
                title: "an aws/ alias",
                change: props("routes", (p) => {
                    p.kmsKeyIdentifier = "alias/aws/neptune-graph";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [GRAPH, "routes"],
                message: /names the AWS-managed key alias\/aws\/neptune-graph/,
            },
            {
                title: "reachable from the internet",
                change: props("routes", (p) => {
                    p.publicConnectivity = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [GRAPH, "routes"],
                message: /the graph is public: publicConnectivity is true/,
            },
            {
                title: "a private endpoint on the default security group",
                change: props("routes-endpoint", (p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [GRAPH, "routes"],
                message: /its private graph endpoint names no vpcSecurityGroupIds/,
            },
            {
                title: "unclassified",
                change: props("routes", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [GRAPH, "routes"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "private by default",
                change: props("routes", (p) => {
                    delete p.publicConnectivity;
                }),
            },
        ],
    );
});
