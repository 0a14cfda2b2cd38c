import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const ORGANIZATION = "aws:workmail/organization:Organization";

const workmail = (): ResourceSpec[] =>
    fixtureWith([
        { type: ORGANIZATION, name: "support-mail", props: { organizationAlias: "shop-support", kmsKeyArn: KEY_ARN, tags: PII_TAGS } },
    ]);

describe("catalogue: WorkMail", () => {
    describeEntry("aws:workmail/organization:Organization", workmail, [
        {
            title: "mailboxes under the AWS-managed key",
            change: props("support-mail", (p) => {
                delete p.kmsKeyArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ORGANIZATION, "support-mail"],
            message: /mailboxes: has no kmsKeyArn, so mailboxes is encrypted under the AWS-managed aws\/workmail key/,
        },
        {
            title: "unclassified (treated as pii)",
            change: props("support-mail", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [ORGANIZATION, "support-mail"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
