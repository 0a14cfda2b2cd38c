/**
 * Kinesis: data streams, their consumers and resource policies, Firehose delivery streams, video streams and (legacy
 * SQL) analytics applications.
 */
import type { AnalyticsApplicationArgs } from "@pulumi/aws/kinesis/analyticsApplication";
import type { FirehoseDeliveryStreamArgs } from "@pulumi/aws/kinesis/firehoseDeliveryStream";
import type { ResourcePolicyArgs } from "@pulumi/aws/kinesis/resourcePolicy";
import type { StreamArgs } from "@pulumi/aws/kinesis/stream";
import type { StreamConsumerArgs } from "@pulumi/aws/kinesis/streamConsumer";
import type { VideoStreamArgs } from "@pulumi/aws/kinesis/videoStream";
import { judgeKey } from "../../lib/judge";
import { StoreContext } from "../context";
import { KeyControl, entry } from "../entry";
import { holds } from "../read";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";
import { FIREHOSE_TYPES, MSK_CLUSTER_TYPES, STREAM_CONSUMER_TYPES, STREAM_TYPES, keyWhenSet } from "./streams-support";

export const kinesisStream = entry<StreamArgs>()({
    types: ["aws:kinesis/stream:Stream"],
    holds: "records put on the stream",
    tagging: "store",
    names: ["name"],
    atRest: [
        {
            what: "records",
            enabled: { path: "encryptionType", on: ["KMS"], absent: false, absentMeans: "NONE: unencrypted" },
            key: "kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/kinesis key",
        },
    ],
    inTransit: { notOffered: "Kinesis Data Streams' endpoints accept HTTPS only" },
    retention: [{ what: "records", period: "retentionPeriod", unit: "hours", absent: 24 }],
    dataEvents: { resourceType: "AWS::Kinesis::Stream", basicSelectors: false, service: "kinesis", resource: (name) => `stream/${name}` },
    notes: "Records stay readable for retentionPeriod hours (24 to 8760, default 24); who may read them is judged on kinesis.ResourcePolicy and IAM.",
});

export const kinesisStreamConsumer = entry<StreamConsumerArgs>()({
    types: ["aws:kinesis/streamConsumer:StreamConsumer"],
    holds: "every record of its stream, pushed to the consumer (enhanced fan-out)",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "streamArn", types: STREAM_TYPES }],
    atRest: { notOffered: "a consumer stores nothing; it reads its stream's encrypted records" },
    inTransit: { notOffered: "SubscribeToShard runs over HTTP/2 with TLS only" },
    retention: { notOffered: "a consumer stores nothing; its stream's retention applies" },
});

export const kinesisResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:kinesis/resourcePolicy:ResourcePolicy"],
    holds: "access to a stream or a consumer",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: [...STREAM_TYPES, ...STREAM_CONSUMER_TYPES] }],
    atRest: { notOffered: "a policy holds no records" },
    inTransit: { notOffered: "a policy holds no records" },
    exposure: [{ what: "its stream policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no records" },
});

export const kinesisVideoStream = entry<VideoStreamArgs>()({
    types: ["aws:kinesis/videoStream:VideoStream"],
    holds: "video and audio fragments (which may show or record customers)",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "media", key: "kmsKeyId", keyAbsentMeans: "the Kinesis Video-managed aws/kinesisvideo key" }],
    inTransit: { notOffered: "Kinesis Video Streams' endpoints accept TLS only" },
    retention: [{ what: "media", period: "dataRetentionInHours", unit: "hours", absent: 0 }],
    notes: "dataRetentionInHours 0 (the default) keeps no media: fragments are only passed on to consumers.",
});

/** Firehose encrypts its buffers only for Direct PUT streams; with a Kinesis or MSK source the records stay in the source. */
const BUFFER_KEY: KeyControl = {
    what: "records it buffers",
    enabled: { path: "serverSideEncryption.enabled", absent: false, absentMeans: "unencrypted" },
    key: "serverSideEncryption.keyArn",
    keyAbsentMeans: "an AWS-owned key (keyType AWS_OWNED_CMK)",
};

function checkBufferEncryption(context: StoreContext): void {
    const props = context.store.res.props;
    const fromSource = holds(props, { path: "kinesisSourceConfiguration" }) || holds(props, { path: "mskSourceConfiguration" });
    if (!fromSource) judgeKey(context, BUFFER_KEY);
}

const S3_COPIES = [
    "extendedS3Configuration.bucketArn",
    "extendedS3Configuration.s3BackupConfiguration.bucketArn",
    "redshiftConfiguration.s3Configuration.bucketArn",
    "redshiftConfiguration.s3BackupConfiguration.bucketArn",
    "opensearchConfiguration.s3Configuration.bucketArn",
    "elasticsearchConfiguration.s3Configuration.bucketArn",
    "opensearchserverlessConfiguration.s3Configuration.bucketArn",
    "httpEndpointConfiguration.s3Configuration.bucketArn",
    "splunkConfiguration.s3Configuration.bucketArn",
    "snowflakeConfiguration.s3Configuration.bucketArn",
    "icebergConfiguration.s3Configuration.bucketArn",
] as const;
const S3_KEYS = [
    "extendedS3Configuration.kmsKeyArn",
    "extendedS3Configuration.s3BackupConfiguration.kmsKeyArn",
    "redshiftConfiguration.s3Configuration.kmsKeyArn",
    "redshiftConfiguration.s3BackupConfiguration.kmsKeyArn",
    "opensearchConfiguration.s3Configuration.kmsKeyArn",
    "elasticsearchConfiguration.s3Configuration.kmsKeyArn",
    "opensearchserverlessConfiguration.s3Configuration.kmsKeyArn",
    "httpEndpointConfiguration.s3Configuration.kmsKeyArn",
    "splunkConfiguration.s3Configuration.kmsKeyArn",
    "snowflakeConfiguration.s3Configuration.kmsKeyArn",
    "icebergConfiguration.s3Configuration.kmsKeyArn",
] as const;

/** Endpoints name their store by host: jdbc:redshift://<cluster or workgroup>.<...>, https://search-<domain>-<id>.<region>.es.amazonaws.com, https://<collection id>.<region>.aoss.amazonaws.com. */
const JDBC_HOST = /^jdbc:redshift:\/\/([^.:/]+)\./;
const DOMAIN_ENDPOINT = /^(?:https:\/\/)?(?:search|vpc)-(.+)-[^-.]+\.[a-z0-9-]+\.es\.amazonaws\.com/;
const COLLECTION_ENDPOINT = /^(?:https:\/\/)?([a-z0-9]+)\.[a-z0-9-]+\.aoss\.amazonaws\.com/;

export const firehoseDeliveryStream = entry<FirehoseDeliveryStreamArgs>()({
    types: ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
    holds: "records in flight to their destination (buffered up to 24 hours while it retries)",
    tagging: "copy",
    names: ["name"],
    sources: [
        { path: "kinesisSourceConfiguration.kinesisStreamArn", types: STREAM_TYPES },
        { path: "mskSourceConfiguration.mskClusterArn", types: MSK_CLUSTER_TYPES },
    ],
    atRest: [
        {
            custom: checkBufferEncryption,
            summary:
                "Direct PUT: serverSideEncryption.enabled with a customer-managed keyArn (with a Kinesis or MSK source the records stay in the source)",
        },
        ...S3_KEYS.map((path) => keyWhenSet("objects it writes to S3", path, "the bucket's default encryption, judged on the bucket")),
    ],
    inTransit: { notOffered: "Firehose delivers inside AWS over TLS and to HTTP endpoints, Splunk and Snowflake over HTTPS only" },
    retention: [{ what: "records it cannot deliver yet (up to 24 hours, then to the S3 error prefix)", awsKeepsDays: 1 }],
    destinations: [
        ...S3_COPIES.map((path) => ({ what: "delivers records to", store: true as const, path, types: BUCKET_TYPES })),
        {
            what: "delivers records to",
            store: true,
            path: "redshiftConfiguration.clusterJdbcurl",
            types: ["aws:redshift/cluster:Cluster", "aws:redshiftserverless/workgroup:Workgroup"],
            pattern: JDBC_HOST,
        },
        { what: "delivers records to", store: true, path: "opensearchConfiguration.domainArn", types: ["aws:opensearch/domain:Domain"] },
        {
            what: "delivers records to",
            store: true,
            path: "opensearchConfiguration.clusterEndpoint",
            types: ["aws:opensearch/domain:Domain"],
            pattern: DOMAIN_ENDPOINT,
        },
        {
            what: "delivers records to",
            store: true,
            path: "elasticsearchConfiguration.domainArn",
            types: ["aws:elasticsearch/domain:Domain"],
        },
        {
            what: "delivers records to",
            store: true,
            path: "elasticsearchConfiguration.clusterEndpoint",
            types: ["aws:elasticsearch/domain:Domain"],
            pattern: DOMAIN_ENDPOINT,
        },
        {
            what: "delivers records to",
            store: true,
            path: "opensearchserverlessConfiguration.collectionEndpoint",
            types: ["aws:opensearch/serverlessCollection:ServerlessCollection"],
            pattern: COLLECTION_ENDPOINT,
        },
        { what: "delivers records to the Iceberg tables of", store: true, path: "icebergConfiguration.catalogArn", types: "any" },
        { what: "sends records to the HTTP endpoint", endpoint: "httpEndpointConfiguration.url" },
        { what: "sends records to the Splunk endpoint", endpoint: "splunkConfiguration.hecEndpoint" },
        { what: "sends records to the Snowflake account", endpoint: "snowflakeConfiguration.accountUrl" },
    ],
    notes: "A stream without a Kinesis or MSK source (Direct PUT) is where its records enter: it must be classified. Lambda record processors (processingConfiguration) receive every record but are not read as destinations; an S3 key left out means the bucket's default encryption.",
});

export const kinesisAnalyticsApplication = entry<AnalyticsApplicationArgs>()({
    types: ["aws:kinesis/analyticsApplication:AnalyticsApplication"],
    holds: "records read from its input stream, in flight through its SQL (Kinesis Data Analytics for SQL, retired by AWS)",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "inputs.kinesisStream.resourceArn", types: STREAM_TYPES },
        { path: "inputs.kinesisFirehose.resourceArn", types: FIREHOSE_TYPES },
    ],
    atRest: { notOffered: "in-application streams live in memory; the application stores no records" },
    inTransit: { notOffered: "reads and writes inside AWS over TLS" },
    retention: { notOffered: "the application keeps no records; its outputs are judged as copies" },
    destinations: [
        { what: "writes results to", store: true, path: "outputs.kinesisStream.resourceArn", types: STREAM_TYPES },
        { what: "writes results to", store: true, path: "outputs.kinesisFirehose.resourceArn", types: FIREHOSE_TYPES },
        { what: "writes results to", store: true, path: "outputs.lambda.resourceArn", types: FUNCTION_TYPES },
        { what: "writes its logs to", store: true, path: "cloudwatchLoggingOptions.logStreamArn", types: LOG_GROUP_TYPES },
    ],
});
