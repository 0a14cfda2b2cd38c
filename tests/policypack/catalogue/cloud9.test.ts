import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, remove } from "../support/entries";

const ENV = "aws:cloud9/environmentEC2:EnvironmentEC2";

const cloud9 = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ENV,
            name: "ide",
            props: { name: "ide", imageId: "amazonlinux-2023-x86_64", instanceType: "t3.small", connectionType: "CONNECT_SSM" },
        },
        { type: "aws:ebs/encryptionByDefault:EncryptionByDefault", name: "ebs-default", props: { enabled: true } },
        {
            type: "aws:ebs/defaultKmsKey:DefaultKmsKey",
            name: "ebs-key",
            props: { keyArn: KEY_ARN },
            propertyDependencies: { keyArn: ["data-key"] },
        },
    ]);

describe("catalogue: Cloud9", () => {
    describeEntry("aws:cloud9/environmentEC2:EnvironmentEC2", cloud9, [
        {
            title: "a volume unencrypted without the region's encryption by default",
            change: remove("ebs-default"),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ENV, "ide"],
            message: /the environment's volume is not encrypted: this type has no encryption argument/,
        },
        {
            title: "a volume under the AWS-managed aws/ebs key",
            change: remove("ebs-key"),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ENV, "ide"],
            message: /encrypted under the region's default EBS key \(the AWS-managed aws\/ebs key/,
        },
    ]);
});
