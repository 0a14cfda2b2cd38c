import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`;
const EXPORT = "aws:dynamodb/tableExport:TableExport";

describe("catalogue: DynamoDB copies", () => {
    describeEntry(
        "a table export into a PII bucket of the stack",
        () =>
            fixtureWith([
                {
                    type: EXPORT,
                    name: "orders-export",
                    props: {
                        tableArn: TABLE_ARN,
                        s3Bucket: "labels-abc",
                        s3Prefix: "exports/",
                        s3SseAlgorithm: "KMS",
                        s3SseKmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                    },
                    propertyDependencies: { tableArn: ["orders"], s3Bucket: ["labels"] },
                },
            ]),
        [
            {
                title: "into a bucket outside the stack",
                change: (stack) => {
                    props("orders-export", (p) => {
                        p.s3Bucket = "someone-elses";
                    })(stack);
                    delete stack.find((s) => s.name === "orders-export")!.propertyDependencies!.s3Bucket;
                },
                policy: datastoreSharingRestrictDestinations,
                at: [EXPORT, "orders-export"],
                message: /exports the table to someone-elses, which is not a resource of this stack/,
            },
            {
                title: "into a bucket of another account",
                change: props("orders-export", (p) => {
                    p.s3BucketOwner = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [EXPORT, "orders-export"],
                message: /exports the table to a bucket of account 999988887777, outside this stack/,
            },
            {
                title: "into a log bucket that keeps its objects 90 days",
                change: (stack) => {
                    props("orders-export", (p) => {
                        p.s3Bucket = "logs-abc";
                    })(stack);
                    stack.find((s) => s.name === "orders-export")!.propertyDependencies!.s3Bucket = ["logs"];
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data as a copy of orders-export/,
            },
            {
                title: "with SSE-S3",
                change: props("orders-export", (p) => {
                    p.s3SseAlgorithm = "AES256";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [EXPORT, "orders-export"],
                message: /the exported files is not encrypted: s3SseAlgorithm is "AES256"/,
            },
        ],
        [
            {
                title: "relying on the bucket's default encryption",
                change: props("orders-export", (p) => {
                    delete p.s3SseAlgorithm;
                    delete p.s3SseKmsKeyId;
                }),
            },
        ],
    );

    describeEntry(
        "a streaming destination and items written from code",
        () =>
            fixtureWith(
                [
                    { type: "aws:kinesis/stream:Stream", name: "changes", props: { name: "changes" } },
                    {
                        type: "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination",
                        name: "orders-changes",
                        props: { tableName: "orders-abc", streamArn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/changes` },
                        propertyDependencies: { tableName: ["orders"], streamArn: ["changes"] },
                    },
                ].slice(0, 0),
            ),
        [
            {
                title: "an item written from code into a PII table",
                change: add({
                    type: "aws:dynamodb/tableItem:TableItem",
                    name: "seed",
                    props: {
                        tableName: "orders-abc",
                        hashKey: "orderId",
                        item: JSON.stringify({ orderId: { S: "o-1" }, name: { S: "Ada Lovelace" } }),
                    },
                    propertyDependencies: { tableName: ["orders"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:dynamodb/tableItem:TableItem", "seed"],
                message:
                    /holds personal data \(a copy of orders \(pii\)\) but sets item, which also sits in the program's source and in the Pulumi state/,
            },
            {
                title: "a resource policy open to everyone",
                change: add({
                    type: "aws:dynamodb/resourcePolicy:ResourcePolicy",
                    name: "orders-policy",
                    props: {
                        resourceArn: TABLE_ARN,
                        policy: JSON.stringify({
                            Statement: [{ Effect: "Allow", Principal: "*", Action: "dynamodb:GetItem", Resource: TABLE_ARN }],
                        }),
                    },
                    propertyDependencies: { resourceArn: ["orders"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /its table policy: a statement allows Principal "\*"/,
            },
            {
                title: "a legacy global table replicated to another region",
                change: add({
                    type: "aws:dynamodb/globalTable:GlobalTable",
                    name: "orders-global",
                    props: { name: "orders-abc", replicas: [{ regionName: "eu-west-1" }, { regionName: "us-east-1" }] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:dynamodb/globalTable:GlobalTable", "orders-global"],
                message: /replicates the table to region us-east-1/,
            },
            {
                title: "a TableReplica keeping 35 days of PITR",
                change: add({
                    type: "aws:dynamodb/tableReplica:TableReplica",
                    name: "orders-replica",
                    props: { globalTableArn: TABLE_ARN, pointInTimeRecovery: true, region: "eu-west-1" },
                    propertyDependencies: { globalTableArn: ["orders"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:dynamodb/tableReplica:TableReplica", "orders-replica"],
                message: /AWS keeps point-in-time recovery copies/,
            },
        ],
    );
});
