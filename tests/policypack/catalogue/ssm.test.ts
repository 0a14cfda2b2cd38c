import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const PARAMETER = "aws:ssm/parameter:Parameter";
const PUBLIC_TAGS = { "data-classification": "public", "retention-days": "365", owner: "platform" };

const ssm = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PARAMETER,
            name: "carrier-endpoint",
            props: {
                name: "/labels/carrier-endpoint",
                type: "SecureString",
                keyId: KEY_ARN,
                value: "https://api.carrier.example.com",
                tags: CONFIDENTIAL_TAGS,
            },
            propertyDependencies: { keyId: ["data-key"] },
        },
    ]);

describe("catalogue: Systems Manager", () => {
    describeEntry("aws:ssm/parameter:Parameter", ssm, [
        {
            title: "a String parameter (plaintext)",
            change: props("carrier-endpoint", (p) => {
                p.type = "String";
                delete p.keyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PARAMETER, "carrier-endpoint"],
            message: /the parameter value is not encrypted: type is "String"/,
        },
        {
            title: "a StringList parameter of public data",
            change: props("carrier-endpoint", (p) => {
                p.type = "StringList";
                delete p.keyId;
                p.tags = PUBLIC_TAGS;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PARAMETER, "carrier-endpoint"],
            message: /type is "StringList"/,
        },
        {
            title: "a SecureString under the AWS-managed aws/ssm key",
            change: props("carrier-endpoint", (p) => {
                delete p.keyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PARAMETER, "carrier-endpoint"],
            message: /has no keyId, so the parameter value is encrypted under the AWS-managed aws\/ssm key/,
        },
        {
            title: "an aws/ssm alias",
            change: props("carrier-endpoint", (p) => {
                p.keyId = "alias/aws/ssm";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PARAMETER, "carrier-endpoint"],
            message: /names the AWS-managed key alias\/aws\/ssm/,
        },
        {
            title: "unclassified (treated as pii)",
            change: props("carrier-endpoint", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [PARAMETER, "carrier-endpoint"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
