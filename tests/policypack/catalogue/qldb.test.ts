import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const LEDGER = "aws:qldb/ledger:Ledger";
const STREAM = "aws:qldb/stream:Stream";
const INTERNAL = { "data-classification": "internal", "retention-days": "30", owner: "x" };

const ledgers = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LEDGER,
            name: "audit-ledger",
            props: { name: "audit-ledger", permissionsMode: "STANDARD", kmsKey: KEY_ARN, tags: INTERNAL },
            propertyDependencies: { kmsKey: ["data-key"] },
        },
    ]);

const stream = (streamArn: string): ResourceSpec => ({
    type: STREAM,
    name: "ledger-stream",
    props: {
        ledgerName: "audit-ledger",
        streamName: "ledger-stream",
        inclusiveStartTime: "2025-01-01T00:00:00Z",
        roleArn: "arn:aws:iam::111122223333:role/qldb",
        kinesisConfiguration: { streamArn },
    },
    propertyDependencies: { ledgerName: ["audit-ledger"] },
});

describe("catalogue: QLDB", () => {
    describeEntry(LEDGER, ledgers, [
        {
            title: "a PII ledger can never erase",
            change: props("audit-ledger", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [LEDGER, "audit-ledger"],
            message:
                /is an immutable journal \(QLDB keeps every revision of every document until the ledger is deleted\), a copy of personal data .* that never expires/,
        },
        {
            title: "the AWS-owned key by default",
            change: props("audit-ledger", (p) => {
                delete p.kmsKey;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [LEDGER, "audit-ledger"],
            message: /has no kmsKey, so the ledger is encrypted under an AWS-owned key/,
        },
        {
            title: "the AWS-owned key by keyword",
            change: props("audit-ledger", (p) => {
                p.kmsKey = "AWS_OWNED_KMS_KEY";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [LEDGER, "audit-ledger"],
            message: /kmsKey is "AWS_OWNED_KMS_KEY", an AWS-owned key/,
        },
        {
            title: "unclassified (judged as pii)",
            change: props("audit-ledger", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [LEDGER, "audit-ledger"],
            message: /tag "data-classification" must be one of/,
        },
    ]);

    describeEntry(STREAM, ledgers, [
        {
            title: "a journal stream to another account's Kinesis stream",
            change: add(stream(`arn:aws:kinesis:eu-west-1:${OUTSIDE_ACCOUNT}:stream/journal`)),
            policy: datastoreSharingRestrictDestinations,
            at: [STREAM, "ledger-stream"],
            message:
                /streams the journal to arn:aws:kinesis:eu-west-1:999988887777:stream\/journal, in account 999988887777, outside this stack/,
        },
    ]);
});
