import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const CLUSTER = "aws:dax/cluster:Cluster";
const PARAMS = "aws:dax/parameterGroup:ParameterGroup";

const dax = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PARAMS,
            name: "orders-cache-params",
            props: {
                name: "orders-cache-params",
                parameters: [
                    { name: "record-ttl-millis", value: "60000" },
                    { name: "query-ttl-millis", value: "60000" },
                ],
            },
        },
        {
            type: CLUSTER,
            name: "orders-cache",
            props: {
                clusterName: "orders-cache",
                iamRoleArn: "arn:aws:iam::111122223333:role/dax",
                nodeType: "dax.r5.large",
                replicationFactor: 3,
                serverSideEncryption: { enabled: true },
                clusterEndpointEncryptionType: "TLS",
                securityGroupIds: ["sg-dax"],
                parameterGroupName: "orders-cache-params",
                tags: PII_TAGS,
            },
            propertyDependencies: { parameterGroupName: ["orders-cache-params"] },
        },
    ]);

describe("catalogue: DAX", () => {
    describeEntry(
        CLUSTER,
        dax,
        [
            {
                title: "unencrypted (DAX default)",
                change: props("orders-cache", (p) => {
                    delete p.serverSideEncryption;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "orders-cache"],
                message: /cached items is not encrypted: serverSideEncryption.enabled is not set \(unencrypted\)/,
            },
            {
                title: "a plain-text endpoint (DAX default)",
                change: props("orders-cache", (p) => {
                    delete p.clusterEndpointEncryptionType;
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "orders-cache"],
                message: /clusterEndpointEncryptionType is not set \(NONE: plain-text connections\)/,
            },
            {
                title: "no security groups",
                change: props("orders-cache", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "orders-cache"],
                message: /the DAX cluster names no securityGroupIds/,
            },
            {
                title: "an item cache without TTL",
                change: props("orders-cache-params", (p) => {
                    p.parameters[0].value = "0";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "orders-cache"],
                message: /keeps the item cache with no TTL \(record-ttl-millis = 0 in orders-cache-params\)/,
            },
            {
                title: "a query cache kept 5 days",
                change: props("orders-cache-params", (p) => {
                    p.parameters[1].value = String(5 * 86_400_000);
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "orders-cache"],
                message: /keeps the query cache 5.00 days \(query-ttl-millis in orders-cache-params\)/,
            },
            {
                title: "a parameter group outside the stack",
                change: (stack) => {
                    props("orders-cache", (p) => {
                        p.parameterGroupName = "shared";
                    })(stack);
                    stack.find((s) => s.name === "orders-cache")!.propertyDependencies = {};
                },
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "orders-cache"],
                message: /its parameter group "shared" is not in this stack/,
            },
            {
                title: "unclassified",
                change: props("orders-cache", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "orders-cache"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "the default parameter group (5-minute TTLs)",
                change: (stack) => {
                    props("orders-cache", (p) => {
                        delete p.parameterGroupName;
                    })(stack);
                    stack.find((s) => s.name === "orders-cache")!.propertyDependencies = {};
                },
            },
            {
                title: "a group that leaves the TTLs at their defaults",
                change: props("orders-cache-params", (p) => {
                    p.parameters = [];
                }),
            },
            {
                title: "a confidential cache without TTL",
                change: (stack) => {
                    props("orders-cache-params", (p) => {
                        p.parameters[0].value = "0";
                    })(stack);
                    props("orders-cache", (p) => {
                        p.tags = { "data-classification": "confidential", "retention-days": "30", owner: "x" };
                    })(stack);
                },
            },
        ],
    );
});
