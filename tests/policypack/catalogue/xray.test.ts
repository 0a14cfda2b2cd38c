import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const xray = (): ResourceSpec[] =>
    fixtureWith([{ type: "aws:xray/encryptionConfig:EncryptionConfig", name: "traces", props: { type: "KMS", keyId: KEY_ARN } }]);

describe("catalogue: X-Ray", () => {
    describeEntry("xray encryption", xray, [
        {
            title: "traces under X-Ray's default encryption",
            change: props("traces", (p) => {
                p.type = "NONE";
                delete p.keyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: ["aws:xray/encryptionConfig:EncryptionConfig", "traces"],
            message: /trace data: has no keyId, so trace data is encrypted under X-Ray's default encryption/,
        },
        {
            title: "traces under the AWS-managed aws/xray key",
            change: props("traces", (p) => {
                delete p.keyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: ["aws:xray/encryptionConfig:EncryptionConfig", "traces"],
            message: /trace data: has no keyId/,
        },
    ]);
});
