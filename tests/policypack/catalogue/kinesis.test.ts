import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props, remove } from "../support/entries";

const STREAM = "aws:kinesis/stream:Stream";
const FIREHOSE = "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream";
const VIDEO = "aws:kinesis/videoStream:VideoStream";
const ANALYTICS = "aws:kinesis/analyticsApplication:AnalyticsApplication";
const STREAM_ARN = `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/orders-stream`;
const FIREHOSE_ARN = `arn:aws:firehose:eu-west-1:${ACCOUNT}:deliverystream/orders-to-s3`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/streams`;
const policy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "kinesis:GetRecords", Resource: STREAM_ARN }],
    });

const streams = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: STREAM,
                name: "orders-stream",
                props: { name: "orders-stream", encryptionType: "KMS", kmsKeyId: KEY_ARN, retentionPeriod: 24, tags: PII_TAGS },
                propertyDependencies: { kmsKeyId: ["data-key"] },
            },
            {
                type: "aws:kinesis/streamConsumer:StreamConsumer",
                name: "label-reader",
                props: { name: "label-reader", streamArn: STREAM_ARN },
                propertyDependencies: { streamArn: ["orders-stream"] },
            },
            {
                type: "aws:kinesis/resourcePolicy:ResourcePolicy",
                name: "orders-stream-policy",
                props: { resourceArn: STREAM_ARN, policy: policy({ AWS: `arn:aws:iam::${ACCOUNT}:role/labeler` }) },
                propertyDependencies: { resourceArn: ["orders-stream"] },
            },
            {
                type: FIREHOSE,
                name: "orders-to-s3",
                props: {
                    name: "orders-to-s3",
                    destination: "extended_s3",
                    kinesisSourceConfiguration: { kinesisStreamArn: STREAM_ARN, roleArn: ROLE },
                    extendedS3Configuration: { bucketArn: "arn:aws:s3:::labels-abc", roleArn: ROLE, kmsKeyArn: KEY_ARN },
                },
                propertyDependencies: { kinesisSourceConfiguration: ["orders-stream"], extendedS3Configuration: ["labels", "data-key"] },
            },
            {
                type: VIDEO,
                name: "doorbell",
                props: { name: "doorbell", kmsKeyId: KEY_ARN, dataRetentionInHours: 24, tags: PII_TAGS },
                propertyDependencies: { kmsKeyId: ["data-key"] },
            },
            {
                type: ANALYTICS,
                name: "sql-app",
                props: {
                    name: "sql-app",
                    inputs: {
                        namePrefix: "in",
                        kinesisStream: { resourceArn: STREAM_ARN, roleArn: ROLE },
                        schema: {
                            recordColumns: [{ name: "id", sqlType: "VARCHAR(8)" }],
                            recordFormat: { mappingParameters: { json: { recordRowPath: "$" } } },
                        },
                    },
                    outputs: [
                        {
                            name: "OUT",
                            kinesisFirehose: { resourceArn: FIREHOSE_ARN, roleArn: ROLE },
                            schema: { recordFormatType: "JSON" },
                        },
                    ],
                },
                propertyDependencies: { inputs: ["orders-stream"], outputs: ["orders-to-s3"] },
            },
        ],
        ["AWS::Kinesis::Stream"],
    );

/** The Firehose fed by Direct PUT instead of the stream (so it must carry the tags itself); `extra` changes more. */
const directPut =
    (extra: (p: Record<string, any>) => void = () => undefined) =>
    (stack: ResourceSpec[]) => {
        const firehose = stack.find((s) => s.name === "orders-to-s3")!;
        delete firehose.props.kinesisSourceConfiguration;
        delete firehose.propertyDependencies!.kinesisSourceConfiguration;
        firehose.props.tags = PII_TAGS;
        extra(firehose.props);
    };

describe("catalogue: Kinesis", () => {
    describeEntry(
        "kinesis streams, consumers, policies, Firehose, video streams, analytics",
        streams,
        [
            {
                title: "stream unencrypted (AWS default NONE)",
                change: props("orders-stream", (p) => {
                    delete p.encryptionType;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [STREAM, "orders-stream"],
                message: /records is not encrypted: encryptionType is not set \(NONE: unencrypted\)/,
            },
            {
                title: "stream under the AWS-managed key",
                change: props("orders-stream", (p) => {
                    p.kmsKeyId = "alias/aws/kinesis";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [STREAM, "orders-stream"],
                message: /names the AWS-managed key alias\/aws\/kinesis/,
            },
            {
                title: "stream encryption unknown during preview",
                change: props("orders-stream", (p) => {
                    p.encryptionType = UNKNOWN;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [STREAM, "orders-stream"],
                message: /encryptionType is not known during preview/,
            },
            {
                title: "stream keeps records 7 days",
                change: props("orders-stream", (p) => {
                    p.retentionPeriod = 168;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [STREAM, "orders-stream"],
                message: /keeps records 7 days, more than the 3-day retention/,
            },
            {
                title: "stream unclassified",
                change: props("orders-stream", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [STREAM, "orders-stream"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "no data events for the PII stream",
                change: (stack) => {
                    delete stack.find((s) => s.name === "audit")!.props.advancedEventSelectors[0].fieldSelectors[1].equals;
                },
                policy: cloudtrailTrailRequireDataEvents,
                at: [STREAM, "orders-stream"],
                message: /orders-stream/,
            },
            {
                title: "stream policy open to everyone",
                change: props("orders-stream-policy", (p) => {
                    p.policy = policy({ AWS: "*" });
                }),
                policy: datastoreAccessBlockPublic,
                at: [STREAM, "orders-stream"],
                message: /its stream policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "stream policy letting in another account",
                change: props("orders-stream-policy", (p) => {
                    p.policy = policy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STREAM, "orders-stream"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "consumer of a stream outside the stack, unclassified",
                change: (stack) => {
                    const c = stack.find((s) => s.name === "label-reader")!;
                    c.props.streamArn = `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/elsewhere`;
                    c.propertyDependencies = {};
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:kinesis/streamConsumer:StreamConsumer", "label-reader"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "Direct PUT Firehose without encryption",
                change: directPut(),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FIREHOSE, "orders-to-s3"],
                message: /records it buffers is not encrypted: serverSideEncryption.enabled is not set \(unencrypted\)/,
            },
            {
                title: "Direct PUT Firehose under the AWS-owned key",
                change: directPut((p) => {
                    p.serverSideEncryption = { enabled: true };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FIREHOSE, "orders-to-s3"],
                message: /has no serverSideEncryption.keyArn, so records it buffers is encrypted under an AWS-owned key/,
            },
            {
                title: "Direct PUT Firehose unclassified",
                change: (stack) => {
                    remove("sql-app")(stack);
                    directPut((p) => {
                        delete p.tags;
                        p.serverSideEncryption = { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: KEY_ARN };
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: [FIREHOSE, "orders-to-s3"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "Firehose S3 objects under the AWS-managed key",
                change: props("orders-to-s3", (p) => {
                    p.extendedS3Configuration.kmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/s3";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FIREHOSE, "orders-to-s3"],
                message: /objects it writes to S3: extendedS3Configuration.kmsKeyArn names the AWS-managed key/,
            },
            {
                title: "Firehose to a bucket outside the stack",
                change: (stack) => {
                    const f = stack.find((s) => s.name === "orders-to-s3")!;
                    f.props.extendedS3Configuration.bucketArn = "arn:aws:s3:::partner-drop";
                    f.propertyDependencies = { kinesisSourceConfiguration: ["orders-stream"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [FIREHOSE, "orders-to-s3"],
                message: /delivers records to arn:aws:s3:::partner-drop, which is not a resource of this stack/,
            },
            {
                title: "Firehose copies PII into the confidential log bucket",
                change: (stack) => {
                    const f = stack.find((s) => s.name === "orders-to-s3")!;
                    f.props.extendedS3Configuration.bucketArn = "arn:aws:s3:::logs-abc";
                    f.propertyDependencies = { kinesisSourceConfiguration: ["orders-stream"], extendedS3Configuration: ["logs"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data as a copy of orders-to-s3/,
            },
            {
                title: "Firehose to an HTTP endpoint outside AWS",
                change: props("orders-to-s3", (p) => {
                    p.destination = "http_endpoint";
                    p.httpEndpointConfiguration = {
                        url: "https://intake.example.com/v1",
                        s3Configuration: { bucketArn: "arn:aws:s3:::labels-abc", roleArn: ROLE },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [FIREHOSE, "orders-to-s3"],
                message: /sends records to the HTTP endpoint "https:\/\/intake.example.com\/v1", outside AWS/,
            },
            {
                title: "Firehose to Splunk",
                change: props("orders-to-s3", (p) => {
                    p.destination = "splunk";
                    p.splunkConfiguration = {
                        hecEndpoint: "https://splunk.example.com:8088",
                        s3Configuration: { bucketArn: "arn:aws:s3:::labels-abc", roleArn: ROLE },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [FIREHOSE, "orders-to-s3"],
                message: /sends records to the Splunk endpoint/,
            },
            {
                title: "Firehose backup to another account's bucket (by ARN of a domain there)",
                change: props("orders-to-s3", (p) => {
                    p.destination = "opensearch";
                    p.opensearchConfiguration = {
                        domainArn: `arn:aws:es:eu-west-1:${OUTSIDE_ACCOUNT}:domain/search`,
                        indexName: "orders",
                        roleArn: ROLE,
                        s3Configuration: { bucketArn: "arn:aws:s3:::labels-abc", roleArn: ROLE },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [FIREHOSE, "orders-to-s3"],
                message: /in account 999988887777, outside this stack/,
            },
            {
                title: "video stream under the AWS-managed key",
                change: props("doorbell", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VIDEO, "doorbell"],
                message: /aws\/kinesisvideo/,
            },
            {
                title: "video stream keeps media 7 days",
                change: props("doorbell", (p) => {
                    p.dataRetentionInHours = 168;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [VIDEO, "doorbell"],
                message: /keeps media 7 days/,
            },
            {
                title: "analytics output to a function outside the stack",
                change: (stack) => {
                    const a = stack.find((s) => s.name === "sql-app")!;
                    a.props.outputs = [
                        {
                            name: "OUT",
                            lambda: { resourceArn: `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:other`, roleArn: ROLE },
                            schema: { recordFormatType: "JSON" },
                        },
                    ];
                    a.propertyDependencies = { inputs: ["orders-stream"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [ANALYTICS, "sql-app"],
                message:
                    /writes results to arn:aws:lambda:eu-west-1:999988887777:function:other, in account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "retention not set (AWS default 24 hours)",
                change: props("orders-stream", (p) => {
                    delete p.retentionPeriod;
                }),
            },
            {
                title: "Direct PUT Firehose with a customer-managed key",
                change: directPut((p) => {
                    p.serverSideEncryption = { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: KEY_ARN };
                }),
            },
            {
                title: "Firehose S3 key left to the bucket's default encryption",
                change: props("orders-to-s3", (p) => {
                    delete p.extendedS3Configuration.kmsKeyArn;
                }),
            },
            {
                title: "video stream that persists nothing (default 0 hours)",
                change: props("doorbell", (p) => {
                    delete p.dataRetentionInHours;
                }),
            },
            { title: "consumer and policy removed", change: remove("label-reader", "orders-stream-policy") },
        ],
    );
});
