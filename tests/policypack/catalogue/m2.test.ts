import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const ENV = "aws:m2/environment:Environment";

const m2 = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:ec2/securityGroup:SecurityGroup", name: "m2-sg", props: { name: "m2-sg", ingress: [] } },
        {
            type: ENV,
            name: "mainframe",
            props: {
                name: "mainframe",
                engineType: "microfocus",
                instanceType: "M2.m5.large",
                kmsKeyId: KEY_ARN,
                securityGroupIds: ["sg-1"],
                subnetIds: ["subnet-1"],
            },
            propertyDependencies: { kmsKeyId: ["data-key"], securityGroupIds: ["m2-sg"] },
        },
    ]);

describe("catalogue: Mainframe Modernization", () => {
    describeEntry("aws:m2/environment:Environment", m2, [
        {
            title: "an AWS-owned key",
            change: props("mainframe", (p) => {
                delete p.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ENV, "mainframe"],
            message: /has no kmsKeyId, so the environment is encrypted under an AWS-owned key/,
        },
        {
            title: "publicly accessible",
            change: props("mainframe", (p) => {
                p.publiclyAccessible = true;
            }),
            policy: datastoreAccessBlockPublic,
            at: [ENV, "mainframe"],
            message: /the environment is public: publiclyAccessible is true/,
        },
        {
            title: "on the default security group",
            change: props("mainframe", (p) => {
                delete p.securityGroupIds;
            }),
            policy: datastoreAccessBlockPublic,
            at: [ENV, "mainframe"],
            message: /names no securityGroupIds/,
        },
    ]);
});
