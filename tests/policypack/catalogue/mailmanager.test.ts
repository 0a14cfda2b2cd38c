import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const ARCHIVE = "aws:mailmanager/archive:Archive";
const INGRESS = "aws:mailmanager/ingressPoint:IngressPoint";
const RULES = "aws:mailmanager/ruleSet:RuleSet";
const ARCHIVE_TAGS = { "data-classification": "confidential", "retention-days": "90", owner: "mail" };

const mail = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ARCHIVE,
            name: "mail-archive",
            props: { name: "mail-archive", kmsKeyArn: KEY_ARN, retention: { retentionPeriod: "THREE_MONTHS" }, tags: ARCHIVE_TAGS },
        },
        {
            type: "aws:mailmanager/relay:Relay",
            name: "office-relay",
            props: { name: "office-relay", serverName: "smtp.office.example.com", serverPort: 587 },
        },
        {
            type: RULES,
            name: "inbound-rules",
            props: {
                name: "inbound-rules",
                tags: PII_TAGS,
                rules: [
                    {
                        name: "store",
                        actions: [
                            {
                                writeToS3: {
                                    roleArn: "arn:aws:iam::111122223333:role/mail",
                                    s3Bucket: "labels-abc",
                                    s3SseKmsKeyId: KEY_ARN,
                                },
                            },
                        ],
                    },
                ],
            },
            propertyDependencies: { rules: ["labels"] },
        },
        {
            type: INGRESS,
            name: "inbound",
            props: { name: "inbound", type: "OPEN", ruleSetId: "rs-1", trafficPolicyId: "tp-1", tlsPolicy: "REQUIRED", tags: PII_TAGS },
            propertyDependencies: { ruleSetId: ["inbound-rules"] },
        },
    ]);

describe("catalogue: Mail Manager", () => {
    describeEntry(
        "mailmanager archives, ingress points, rule sets, relays",
        mail,
        [
            {
                title: "archive under a key AWS owns",
                change: props("mail-archive", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [ARCHIVE, "mail-archive"],
                message: /archived e-mail: has no kmsKeyArn/,
            },
            {
                title: "PII archived (three months at least)",
                change: (stack) => {
                    props("inbound-rules", (p) => {
                        p.rules[0].actions.push({ archive: { targetArchive: "mail-archive" } });
                    })(stack);
                    stack.find((s) => s.name === "inbound-rules")!.propertyDependencies = { rules: ["labels", "mail-archive"] };
                },
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "mail-archive"],
                message: /keeps archived e-mail 90 days \(retention.retentionPeriod is "THREE_MONTHS"\)/,
            },
            {
                title: "PII archive kept permanently",
                change: props("mail-archive", (p) => {
                    p.tags = PII_TAGS;
                    p.retention.retentionPeriod = "PERMANENT";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "mail-archive"],
                message: /keeps archived e-mail forever/,
            },
            {
                title: "PII archive with the default period",
                change: props("mail-archive", (p) => {
                    p.tags = PII_TAGS;
                    delete p.retention;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "mail-archive"],
                message: /retention.retentionPeriod is not set; the shortest period Mail Manager offers is three months/,
            },
            {
                title: "ingress point without TLS",
                change: props("inbound", (p) => {
                    p.tlsPolicy = "OPTIONAL";
                }),
                policy: datastoreTransitRequireTls,
                at: [INGRESS, "inbound"],
                message: /receiving e-mail does not require TLS: tlsPolicy is "OPTIONAL"/,
            },
            {
                title: "ingress point TLS not set",
                change: props("inbound", (p) => {
                    delete p.tlsPolicy;
                }),
                policy: datastoreTransitRequireTls,
                at: [INGRESS, "inbound"],
                message: /tlsPolicy is not set \(treated as OPTIONAL/,
            },
            {
                title: "mail written under the AWS-managed S3 key",
                change: props("inbound-rules", (p) => {
                    p.rules[0].actions[0].writeToS3.s3SseKmsKeyId = "alias/aws/s3";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RULES, "inbound-rules"],
                message: /e-mail written to S3: rules.actions.writeToS3.s3SseKmsKeyId names the AWS-managed key alias\/aws\/s3/,
            },
            {
                title: "mail written to a bucket outside the stack",
                change: (stack) => {
                    props("inbound-rules", (p) => {
                        p.rules[0].actions[0].writeToS3.s3Bucket = "mail-drop";
                    })(stack);
                    stack.find((s) => s.name === "inbound-rules")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [RULES, "inbound-rules"],
                message: /writes e-mail to mail-drop, which is not a resource of this stack/,
            },
            {
                title: "PII mail relayed outside AWS",
                change: (stack) => {
                    props("inbound-rules", (p) => {
                        p.rules[0].actions.push({ relay: { relay: "office-relay" } });
                    })(stack);
                    stack.find((s) => s.name === "inbound-rules")!.propertyDependencies = { rules: ["labels", "office-relay"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:mailmanager/relay:Relay", "office-relay"],
                message: /relays e-mail to the SMTP server "smtp.office.example.com", outside AWS/,
            },
            {
                title: "archive unclassified",
                change: props("mail-archive", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [ARCHIVE, "mail-archive"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "confidential mail relayed",
                change: (stack) => {
                    props("inbound-rules", (p) => {
                        p.tags = ARCHIVE_TAGS;
                        p.rules[0].actions = [{ relay: { relay: "office-relay" } }];
                    })(stack);
                    props("inbound", (p) => {
                        p.tags = ARCHIVE_TAGS;
                    })(stack);
                    stack.find((s) => s.name === "inbound-rules")!.propertyDependencies = { rules: ["office-relay"] };
                },
            },
        ],
    );
});
