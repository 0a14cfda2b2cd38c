/** Ways around the catalogue's controls that an attacker or a hurried engineer would try; each must be refused. */
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTypeRequireCatalogued } from "../../../policypack/policies/datastore/type/datastore-type-require-catalogued";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const BUCKET = "aws:s3/bucket:Bucket";
const STREAM = "aws:kinesis/stream:Stream";
const PII_STREAM_TAGS = { ...PII_TAGS, "retention-days": "1" };

/** A PII table streaming its changes to a stream of the stack named "changes". */
const streaming = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: STREAM,
                name: "changes",
                props: { name: "changes", encryptionType: "KMS", kmsKeyId: KEY_ARN, retentionPeriod: 24, tags: PII_STREAM_TAGS },
            },
            {
                type: "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination",
                name: "orders-changes",
                props: { tableName: "orders-abc", streamArn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/changes` },
                propertyDependencies: { tableName: ["orders"] },
            },
        ],
        ["AWS::Kinesis::Stream"],
    );

describe("catalogue: evasions", () => {
    describeEntry("a reference names a store of the stack only in the stack's account and region", streaming, [
        {
            title: "another account's stream with the same name",
            change: props("orders-changes", (p) => {
                p.streamArn = `arn:aws:kinesis:eu-west-1:${OUTSIDE_ACCOUNT}:stream/changes`;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "orders-changes"],
            message: /in account 999988887777, outside this stack/,
        },
        {
            title: "another region's stream with the same name",
            change: props("orders-changes", (p) => {
                p.streamArn = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/changes`;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "orders-changes"],
            message: /in region us-east-1, not on allowedRegions/,
        },
        {
            title: "a decoy store named like a type word in the ARN",
            change: (stack) => {
                add({
                    type: STREAM,
                    name: "stream",
                    props: {
                        name: "stream",
                        encryptionType: "KMS",
                        kmsKeyId: KEY_ARN,
                        retentionPeriod: 24,
                        tags: { "data-classification": "public", "retention-days": "1", owner: "x" },
                    },
                })(stack);
                props("orders-changes", (p) => {
                    p.streamArn = `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/elsewhere`;
                })(stack);
            },
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "orders-changes"],
            message: /stream\/elsewhere, which is not a resource of this stack/,
        },
    ]);

    describeEntry(
        "personal data stays in the stack's region",
        () => fixtureWith([]),
        [
            {
                title: "a PII bucket placed in another region",
                change: props("labels", (p) => {
                    p.region = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [BUCKET, "labels"],
                message: /holds personal data in region us-east-1, not the stack's \(eu-west-1\)/,
            },
            {
                title: "a stack that names no region cannot allow a replica's region",
                change: (stack) => {
                    stack.splice(
                        stack.findIndex((s) => s.type === "pulumi:providers:aws"),
                        1,
                    );
                    props("orders", (p) => {
                        p.replicas = [{ regionName: "us-east-1", kmsKeyArn: KEY_ARN }];
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /region us-east-1, not on allowedRegions \(none, and the stack names no region of its own\)/,
            },
            {
                title: "a replica's point-in-time recovery (35 days)",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("orders", (p) => {
                    p.replicas = [{ regionName: "eu-central-1", kmsKeyArn: KEY_ARN, pointInTimeRecovery: true }];
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /AWS keeps point-in-time recovery copies of its replicas for 35 days/,
            },
        ],
        [
            {
                title: "a replica in an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("orders", (p) => {
                    p.replicas = [{ regionName: "eu-central-1", kmsKeyArn: KEY_ARN }];
                }),
            },
        ],
    );

    describeEntry("legacy inline bucket arguments and duplicated side resources", () => fixtureWith([]), [
        {
            title: "inline replication of a PII bucket to a bucket outside the stack",
            change: props("inline", (p) => {
                p.replicationConfiguration = {
                    role: "r",
                    rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::attacker-bucket" } }],
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [BUCKET, "inline"],
            message: /replicates objects to arn:aws:s3:::attacker-bucket, which is not a resource of this stack/,
        },
        {
            title: "inline replication into a log bucket classified confidential",
            change: props("inline", (p) => {
                p.replicationConfiguration = {
                    role: "r",
                    rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::logs-abc" } }],
                };
            }),
            policy: datastoreTagsRequireClassification,
            at: [BUCKET, "logs"],
            message: /is classified confidential but holds pii data as a copy of inline/,
        },
        {
            title: "inline Object Lock keeping objects ten years",
            change: props("inline", (p) => {
                p.objectLockConfiguration = { objectLockEnabled: "Enabled", rule: { defaultRetention: { mode: "COMPLIANCE", years: 10 } } };
            }),
            policy: datastoreRetentionLimitCopies,
            at: [BUCKET, "inline"],
            message: /keeps every new object under Object Lock 3650 days/,
        },
        {
            title: "the newest noncurrent versions kept whatever their age",
            change: props("labels-lifecycle", (p) => {
                p.rules[0].noncurrentVersionExpiration.newerNoncurrentVersions = 100;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [BUCKET, "labels"],
            message: /keeps the newest 100 noncurrent versions of every object whatever their age/,
        },
        {
            title: "a second bucket policy (AWS keeps the last one applied)",
            change: add({
                type: "aws:s3/bucketPolicy:BucketPolicy",
                name: "labels-policy-2",
                props: {
                    bucket: "labels-abc",
                    policy: JSON.stringify({
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                                Action: "s3:GetObject",
                                Resource: "arn:aws:s3:::labels-abc/*",
                            },
                        ],
                    }),
                },
                propertyDependencies: { bucket: ["labels"] },
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [BUCKET, "labels"],
            message: /has 2 policy configurations; AWS keeps only the last one applied/,
        },
        {
            title: "a website on a PII bucket (plain HTTP)",
            change: props("inline", (p) => {
                p.website = { indexDocument: "index.html" };
            }),
            policy: datastoreAccessBlockPublic,
            at: [BUCKET, "inline"],
            message: /sets website, which serves its objects over plain HTTP/,
        },
        {
            title: "an inline grant to all users",
            change: props("inline", (p) => {
                p.grants = [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers", permissions: ["READ"] }];
            }),
            policy: datastoreAccessBlockPublic,
            at: [BUCKET, "inline"],
            message: /grants access to AllUsers/,
        },
        {
            title: "an object copied out of a PII bucket into a confidential one",
            change: add({
                type: "aws:s3/objectCopy:ObjectCopy",
                name: "leak",
                props: { bucket: "logs-abc", key: "leak.pdf", source: "labels-abc/label-1.pdf" },
                propertyDependencies: { bucket: ["logs"] },
            }),
            policy: datastoreTagsRequireClassification,
            at: [BUCKET, "logs"],
            message: /is classified confidential but holds pii data as a copy of leak/,
        },
    ]);

    describeEntry(
        "deliveries and types the pack cannot judge",
        () =>
            fixtureWith(
                [
                    {
                        type: "aws:sns/topic:Topic",
                        name: "orders-topic",
                        props: { name: "orders-topic", kmsMasterKeyId: KEY_ARN, tags: PII_STREAM_TAGS },
                    },
                ],
                ["AWS::SNS::Topic"],
            ),
        [
            {
                title: "a PII topic delivering to another account's function",
                change: add({
                    type: "aws:sns/topicSubscription:TopicSubscription",
                    name: "to-lambda",
                    props: {
                        topic: `arn:aws:sns:eu-west-1:${ACCOUNT}:orders-topic`,
                        protocol: "lambda",
                        endpoint: `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:x`,
                    },
                    propertyDependencies: { topic: ["orders-topic"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:sns/topicSubscription:TopicSubscription", "to-lambda"],
                message: /delivers to the function arn:aws:lambda:eu-west-1:999988887777:function:x, in account 999988887777/,
            },
            {
                title: "an untagged aws-native table",
                change: add({ type: "aws-native:dynamodb:Table", name: "native", props: { tableName: "native" } }),
                policy: datastoreTypeRequireCatalogued,
                at: ["aws-native:dynamodb:Table", "native"],
                message: /is a resource of dynamodb, a service that holds customer data/,
            },
            {
                title: "an untagged type of a newer provider in a data service",
                change: add({ type: "aws:s3/bucketFuture:BucketFuture", name: "future", props: {} }),
                policy: datastoreTypeRequireCatalogued,
                at: ["aws:s3/bucketFuture:BucketFuture", "future"],
                message: /cannot judge resources of type aws:s3\/bucketFuture:BucketFuture/,
            },
            {
                title: 'point-in-time recovery switched on as the text "True"',
                change: props("orders", (p) => {
                    p.pointInTimeRecovery = { enabled: "True", recoveryPeriodInDays: 35 };
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /keeps deleted items for 35 days/,
            },
        ],
    );
});
