import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const RESOURCE = "aws:cloudcontrol/resource:Resource";

const cloudcontrol = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: RESOURCE,
            name: "reader-role",
            props: { typeName: "AWS::IAM::Role", desiredState: JSON.stringify({ AssumeRolePolicyDocument: {} }) },
        },
    ]);

describe("catalogue: Cloud Control", () => {
    describeEntry("aws:cloudcontrol/resource:Resource", cloudcontrol, [
        {
            title: "a bucket created through Cloud Control",
            change: props("reader-role", (p) => {
                p.typeName = "AWS::S3::Bucket";
                p.desiredState = "{}";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [RESOURCE, "reader-role"],
            message: /creates AWS::S3::Bucket \(a data-store type\) through Cloud Control/,
        },
        {
            title: "a type of a service with data stores",
            change: props("reader-role", (p) => {
                p.typeName = "AWS::RDS::DBCluster";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [RESOURCE, "reader-role"],
            message: /creates AWS::RDS::DBCluster \(a type of rds, a service with data stores\)/,
        },
        {
            title: "a type not known during preview",
            change: props("reader-role", (p) => {
                p.typeName = UNKNOWN;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [RESOURCE, "reader-role"],
            message: /typeName is not known during preview/,
        },
    ]);
});
