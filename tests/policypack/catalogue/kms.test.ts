import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const CIPHERTEXT = "aws:kms/ciphertext:Ciphertext";

const kms = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CIPHERTEXT,
            name: "oauth-secret",
            props: { keyId: KEY_ARN, plaintextWo: "client-secret", plaintextWoVersion: "1" },
            propertyDependencies: { keyId: ["data-key"] },
        },
    ]);

describe("catalogue: KMS", () => {
    describeEntry("aws:kms/ciphertext:Ciphertext", kms, [
        {
            title: "a plaintext kept in the Pulumi state",
            change: props("oauth-secret", (p) => {
                delete p.plaintextWo;
                delete p.plaintextWoVersion;
                p.plaintext = "Jane Doe, 1 Main St";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CIPHERTEXT, "oauth-secret"],
            message: /sets plaintext, which Pulumi keeps in the stack's state .*plaintextWo/,
        },
        {
            title: "a plaintext not known during preview",
            change: props("oauth-secret", (p) => {
                delete p.plaintextWo;
                p.plaintext = UNKNOWN;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CIPHERTEXT, "oauth-secret"],
            message: /plaintext is not known during preview/,
        },
        {
            title: "an AWS-managed alias",
            change: props("oauth-secret", (p) => {
                p.keyId = "alias/aws/ssm";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CIPHERTEXT, "oauth-secret"],
            message: /the ciphertext: keyId names the AWS-managed key alias\/aws\/ssm/,
        },
    ]);
});
