import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const DOMAIN = "aws:customerprofiles/domain:Domain";
const PROFILE = "aws:customerprofiles/profile:Profile";

const profiles = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: DOMAIN,
                name: "customers",
                props: {
                    domainName: "customers",
                    defaultExpirationDays: 3,
                    defaultEncryptionKey: KEY_ARN,
                    tags: PII_TAGS,
                    deadLetterQueueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/profile-failures",
                },
                propertyDependencies: { deadLetterQueueUrl: ["profile-failures"] },
            },
            {
                type: "aws:sqs/queue:Queue",
                name: "profile-failures",
                props: { name: "profile-failures", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: PII_TAGS },
            },
            {
                type: PROFILE,
                name: "test-profile",
                props: { domainName: "customers", partyTypeString: "INDIVIDUAL" },
                propertyDependencies: { domainName: ["customers"] },
            },
        ],
        ["AWS::SQS::Queue"],
    );

describe("catalogue: Customer Profiles", () => {
    describeEntry("aws:customerprofiles/domain:Domain", profiles, [
        {
            title: "failed records kept 4 days in the dead-letter queue",
            change: props("profile-failures", (p) => {
                p.messageRetentionSeconds = 345600;
            }),
            policy: datastoreRetentionLimitCopies,
            at: ["aws:sqs/queue:Queue", "profile-failures"],
            message: /keeps messages 4 days/,
        },
        {
            title: "profiles kept 30 days",
            change: props("customers", (p) => {
                p.defaultExpirationDays = 30;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [DOMAIN, "customers"],
            message: /keeps profile data 30 days, more than the 3-day retention/,
        },
        {
            title: "the AWS-managed key",
            change: props("customers", (p) => {
                delete p.defaultEncryptionKey;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DOMAIN, "customers"],
            message: /profiles: has no defaultEncryptionKey/,
        },
        {
            title: "unclassified (treated as pii)",
            change: props("customers", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [DOMAIN, "customers"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "failed records to a confidential queue",
            change: (stack) => {
                props("customers", (p) => {
                    p.deadLetterQueueUrl = "https://sqs.eu-west-1.amazonaws.com/111122223333/label-jobs";
                })(stack);
                stack.find((s) => s.name === "customers")!.propertyDependencies = { deadLetterQueueUrl: ["label-jobs"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:sqs/queue:Queue", "label-jobs"],
            message: /is classified confidential but holds pii data as a copy of customers/,
        },
        {
            title: "identity-resolution exports to a bucket outside the stack",
            change: props("customers", (p) => {
                p.matching = { enabled: true, exportingConfig: { s3Exporting: { s3BucketName: "partner-exports" } } };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [DOMAIN, "customers"],
            message: /exports identity-resolution results to partner-exports, which is not a resource of this stack/,
        },
    ]);

    describeEntry("aws:customerprofiles/profile:Profile", profiles, [
        {
            title: "a customer's name and address in the stack",
            change: props("test-profile", (p) => {
                p.firstName = "Jane";
                p.shippingAddress = { address1: "1 Main St", city: "Springfield" };
            }),
            policy: datastoreAccessBlockPublic,
            at: [PROFILE, "test-profile"],
            message: /sets firstName, shippingAddress, which are kept in the Pulumi state/,
        },
    ]);
});
