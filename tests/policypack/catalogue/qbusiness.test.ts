import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const APPLICATION = "aws:qbusiness/application:Application";

const qbusiness = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: APPLICATION,
            name: "assistant",
            props: {
                displayName: "assistant",
                iamServiceRoleArn: "arn:aws:iam::111122223333:role/q",
                identityCenterInstanceArn: "arn:aws:sso:::instance/ssoins-1",
                attachmentsConfiguration: { attachmentsControlMode: "DISABLED" },
                encryptionConfiguration: { kmsKeyId: KEY_ARN },
                tags: PII_TAGS,
            },
        },
    ]);

describe("catalogue: Amazon Q Business", () => {
    describeEntry(APPLICATION, qbusiness, [
        {
            title: "an AWS-owned key",
            change: props("assistant", (p) => {
                delete p.encryptionConfiguration;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [APPLICATION, "assistant"],
            message: /has no encryptionConfiguration.kmsKeyId, so application data is encrypted under an AWS-owned key/,
        },
        {
            title: "an aws/ alias",
            change: props("assistant", (p) => {
                p.encryptionConfiguration.kmsKeyId = "alias/aws/qbusiness";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [APPLICATION, "assistant"],
            message: /names the AWS-managed key alias\/aws\/qbusiness/,
        },
        {
            title: "unclassified",
            change: props("assistant", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [APPLICATION, "assistant"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
