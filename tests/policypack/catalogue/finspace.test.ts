import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const ENV = "aws:finspace/kxEnvironment:KxEnvironment";
const DATAVIEW = "aws:finspace/kxDataview:KxDataview";

const finspace = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:ec2/securityGroup:SecurityGroup", name: "kdb-sg", props: { name: "kdb-sg", ingress: [] } },
        { type: ENV, name: "kdb", props: { name: "kdb", kmsKeyId: KEY_ARN }, propertyDependencies: { kmsKeyId: ["data-key"] } },
        {
            type: "aws:finspace/kxDatabase:KxDatabase",
            name: "orders-db",
            props: { name: "orders", environmentId: "env-1", tags: PII_TAGS },
            propertyDependencies: { environmentId: ["kdb"] },
        },
        {
            type: "aws:finspace/kxCluster:KxCluster",
            name: "hdb",
            props: {
                name: "hdb",
                environmentId: "env-1",
                type: "HDB",
                azMode: "SINGLE",
                releaseLabel: "1.0",
                databases: [{ databaseName: "orders" }],
                vpcConfiguration: { vpcId: "vpc-1", subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"], ipAddressType: "IP_V4" },
            },
            propertyDependencies: { databases: ["orders-db"], vpcConfiguration: ["kdb-sg"] },
        },
    ]);

describe("catalogue: FinSpace", () => {
    describeEntry("environments, databases and clusters", finspace, [
        {
            title: "an environment under an AWS-managed alias",
            change: props("kdb", (p) => {
                p.kmsKeyId = "alias/aws/finspace";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ENV, "kdb"],
            message: /kmsKeyId names the AWS-managed key alias\/aws\/finspace/,
        },
        {
            title: "an unclassified database",
            change: props("orders-db", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:finspace/kxDatabase:KxDatabase", "orders-db"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "a dataview of a PII database classified lower",
            change: add({
                type: DATAVIEW,
                name: "view",
                props: {
                    name: "view",
                    environmentId: "env-1",
                    databaseName: "orders",
                    azMode: "SINGLE",
                    autoUpdate: true,
                    tags: CONFIDENTIAL_TAGS,
                },
                propertyDependencies: { databaseName: ["orders-db"] },
            }),
            policy: datastoreTagsRequireClassification,
            at: [DATAVIEW, "view"],
            message: /is classified confidential but holds pii data as a copy of orders-db/,
        },
        {
            title: "a cluster endpoint on the default security group",
            change: props("hdb", (p) => {
                delete p.vpcConfiguration.securityGroupIds;
            }),
            policy: datastoreAccessBlockPublic,
            at: ["aws:finspace/kxCluster:KxCluster", "hdb"],
            message: /the cluster's endpoint names no vpcConfiguration.securityGroupIds/,
        },
    ]);
});
