/** Amazon MSK: provisioned and serverless Kafka clusters, their policies, topics, replicators, multi-VPC connections and channels. */
import type { ChannelArgs } from "@pulumi/aws/msk/channel";
import type { ClusterArgs } from "@pulumi/aws/msk/cluster";
import type { ClusterPolicyArgs } from "@pulumi/aws/msk/clusterPolicy";
import type { ReplicatorArgs } from "@pulumi/aws/msk/replicator";
import type { ServerlessClusterArgs } from "@pulumi/aws/msk/serverlessCluster";
import type { TopicArgs } from "@pulumi/aws/msk/topic";
import type { VpcConnectionArgs } from "@pulumi/aws/msk/vpcConnection";
import type { Res, StackIndex } from "../../lib/stack-index";
import { storesOf } from "../../lib/stores";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";
import { MSK_CLUSTER_TYPES, MSK_TOPIC_TYPES, jsonOf } from "./streams-support";

const PROVISIONED = "aws:msk/cluster:Cluster";
const CONFIGURATION = "aws:msk/configuration:Configuration";
/** Kafka's (and MSK's) default log.retention.hours, and MSK Serverless' default topic retention. */
const KAFKA_DEFAULT_HOURS = 168;

type Retention = { hours: number; from: string } | { forever: true; from: string } | { invalid: string };

/**
 * The broker-wide retention of a server.properties text: log.retention.ms, else .minutes, else .hours (Kafka's
 * precedence); -1 keeps records forever.
 */
export function kafkaRetention(serverProperties: string): Retention {
    const properties = new Map<string, string>();
    for (const line of serverProperties.split(/\r?\n/)) {
        const match = /^\s*([A-Za-z0-9_.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (match && !line.trim().startsWith("#")) properties.set(match[1], match[2]);
    }
    for (const [key, perHour] of [
        ["log.retention.ms", 3_600_000],
        ["log.retention.minutes", 60],
        ["log.retention.hours", 1],
    ] as const) {
        const value = properties.get(key);
        if (value === undefined) continue;
        const number = Number(value);
        if (value === "" || Number.isNaN(number)) return { invalid: `${key} is not a number (${JSON.stringify(value)})` };
        return number < 0 ? { forever: true, from: `${key}=${value}` } : { hours: number / perHour, from: `${key}=${value}` };
    }
    return { hours: KAFKA_DEFAULT_HOURS, from: "Kafka's default, no log.retention.ms, .minutes or .hours" };
}

const shownDays = (hours: number) => (hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours (${(hours / 24).toFixed(2)} days)`);

/** The MSK configuration a cluster names in configurationInfo.arn: by property dependency, ARN or name. */
function configurationOf(index: StackIndex, cluster: Res, arn: string): Res | undefined {
    const fromDeps = (cluster.source.propertyDependencies?.configurationInfo ?? [])
        .map((d) => index.byUrn.get(d.urn))
        .find((r) => r?.type === CONFIGURATION);
    if (fromDeps) return fromDeps;
    const name = /:configuration\/([^/]+)/.exec(arn)?.[1];
    return index.ofTypes([CONFIGURATION]).find((c) => c.props.arn === arn || (name !== undefined && c.props.name === name));
}

/** Records stay on the brokers for log.retention.* of the cluster's MSK configuration (Kafka's default: 7 days). */
function checkClusterRetention({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const info = asList(store.res.props.configurationInfo)[0];
    if (isUnknown(info)) {
        report("configurationInfo is not known during preview, so the retention of records cannot be verified");
        return;
    }
    if (info?.arn === undefined || info.arn === "") {
        report(
            `keeps records ${shownDays(KAFKA_DEFAULT_HOURS)} (Kafka's default log.retention.hours; configurationInfo names no MSK configuration), more than the ${limit}-day retention of personal data`,
        );
        return;
    }
    const configuration = configurationOf(index, store.res, String(info.arn));
    if (!configuration) {
        report(
            isUnknown(info.arn)
                ? "configurationInfo.arn is not known during preview, so the retention of records cannot be verified"
                : `configurationInfo.arn names ${info.arn}, not an MSK configuration of this stack, so its log.retention cannot be verified`,
        );
        return;
    }
    const text = configuration.props.serverProperties;
    if (isUnknown(text)) {
        report(`the serverProperties of configuration ${configuration.name} are not known during preview`);
        return;
    }
    const retention = kafkaRetention(typeof text === "string" ? text : "");
    if ("invalid" in retention) report(`configuration ${configuration.name}: ${retention.invalid}`);
    else if ("forever" in retention)
        report(`keeps records forever (${retention.from} in configuration ${configuration.name}): set log.retention.hours`);
    else if (retention.hours / 24 > limit)
        report(
            `keeps records ${shownDays(retention.hours)} (${retention.from} in configuration ${configuration.name}), more than the ${limit}-day retention of personal data`,
        );
}

/** MSK Serverless has no cluster-wide retention: a topic keeps records 7 days unless created with retention.ms. */
function checkServerlessRetention({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const topics = storesOf(index).filter((s) => MSK_TOPIC_TYPES.includes(s.res.type) && s.sources.includes(store));
    if (topics.length === 0)
        report(
            `MSK Serverless keeps the records of a topic ${shownDays(KAFKA_DEFAULT_HOURS)} unless the topic sets retention.ms, and this stack declares no aws.msk.Topic for the cluster: declare its topics with retention.ms within the ${limit}-day retention of personal data`,
        );
}

/** A topic's retention.ms overrides its cluster's; without it a serverless topic keeps records 7 days. */
function checkTopicRetention({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const configs = store.res.props.configs;
    const parsed = configs === undefined || configs === "" ? {} : jsonOf(configs);
    if (parsed === "unknown") {
        report("configs is not known during preview, so retention.ms cannot be verified");
        return;
    }
    if (parsed === undefined) {
        report(`configs is not a JSON object: ${JSON.stringify(configs)}`);
        return;
    }
    const value = parsed["retention.ms"];
    if (value === undefined) {
        // Without retention.ms a topic has its cluster's retention: judged on a provisioned cluster of this stack, else Kafka's default.
        if (!store.sources.some((s) => s.res.type === PROVISIONED))
            report(
                `keeps records ${shownDays(KAFKA_DEFAULT_HOURS)} (no retention.ms in configs: the default of MSK Serverless and Kafka), more than the ${limit}-day retention of personal data`,
            );
        return;
    }
    const ms = Number(value);
    if (Number.isNaN(ms)) report(`configs retention.ms is not a number (${JSON.stringify(value)})`);
    else if (ms < 0) report(`keeps records forever (configs retention.ms is ${value}): set retention.ms`);
    else if (ms / 86_400_000 > limit)
        report(
            `keeps records ${shownDays(ms / 3_600_000)} (configs retention.ms is ${value}), more than the ${limit}-day retention of personal data`,
        );
}

export const mskCluster = entry<ClusterArgs>()({
    types: ["aws:msk/cluster:Cluster"],
    holds: "topic records on the brokers' volumes (and in tiered storage)",
    tagging: "store",
    names: ["clusterName"],
    atRest: [{ what: "broker storage", key: "encryptionInfo.encryptionAtRestKmsKeyArn", keyAbsentMeans: "the AWS-managed aws/kafka key" }],
    inTransit: [
        {
            what: "client connections",
            setting: { path: "encryptionInfo.encryptionInTransit.clientBroker", on: ["TLS"], absent: true, absentMeans: "TLS" },
        },
        {
            what: "traffic between brokers",
            setting: { path: "encryptionInfo.encryptionInTransit.inCluster", absent: true, absentMeans: "encrypted" },
        },
    ],
    exposure: [
        {
            what: "the cluster",
            publicWhen: { path: "brokerNodeGroupInfo.connectivityInfo.publicAccess.type", on: ["SERVICE_PROVIDED_EIPS"], absent: false },
        },
        { what: "the brokers", securityGroups: "brokerNodeGroupInfo.securityGroups" },
        {
            what: "the cluster",
            publicWhen: {
                path: "clientAuthentication.unauthenticated",
                on: [true],
                absent: false,
                absentMeans: "no unauthenticated access",
            },
        },
    ],
    retention: [
        {
            custom: checkClusterRetention,
            summary:
                "log.retention.ms/.minutes/.hours of the MSK configuration in configurationInfo (Kafka's default: 168 hours) within the retention",
        },
    ],
    notes: "Topics may override the broker-wide retention (aws.msk.Topic configs retention.ms, judged on the topic); topics created by clients outside the stack are not seen. Broker logs (loggingInfo) hold Kafka's own messages, not records. clientAuthentication.unauthenticated lets any client that reaches the brokers read every topic.",
});

export const mskServerlessCluster = entry<ServerlessClusterArgs>()({
    types: ["aws:msk/serverlessCluster:ServerlessCluster"],
    holds: "topic records",
    tagging: "store",
    names: ["clusterName"],
    atRest: [
        {
            what: "topic records",
            customerKeyNotOffered: "MSK Serverless always encrypts under a key AWS manages; it takes no customer-managed key",
        },
    ],
    inTransit: { notOffered: "MSK Serverless accepts TLS connections with IAM authentication only" },
    exposure: [{ what: "the cluster", securityGroups: "vpcConfigs.securityGroupIds" }],
    retention: [
        {
            custom: checkServerlessRetention,
            summary: "the stack declares the cluster's topics (aws.msk.Topic), each judged on its retention.ms (default 7 days)",
        },
    ],
});

export const mskClusterPolicy = entry<ClusterPolicyArgs>()({
    types: ["aws:msk/clusterPolicy:ClusterPolicy"],
    holds: "access to a cluster (multi-VPC connectivity and topics for other accounts)",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "clusterArn", types: MSK_CLUSTER_TYPES }],
    atRest: { notOffered: "a policy holds no records" },
    inTransit: { notOffered: "a policy holds no records" },
    exposure: [{ what: "its cluster policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no records" },
});

export const mskTopic = entry<TopicArgs>()({
    types: ["aws:msk/topic:Topic"],
    holds: "the records of one topic",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "clusterArn", types: MSK_CLUSTER_TYPES }],
    atRest: { notOffered: "stored under its cluster's key, judged on the cluster" },
    inTransit: { notOffered: "its cluster's TLS settings apply" },
    retention: [
        {
            custom: checkTopicRetention,
            summary: "configs retention.ms within the retention (absent: the cluster's, 7 days on MSK Serverless)",
        },
    ],
});

export const mskVpcConnection = entry<VpcConnectionArgs>()({
    types: ["aws:msk/vpcConnection:VpcConnection"],
    holds: "a private path between this VPC's clients and a cluster, possibly of another account",
    tagging: "copy",
    sources: [{ path: "targetClusterArn", types: MSK_CLUSTER_TYPES }],
    atRest: { notOffered: "a connection stores nothing" },
    inTransit: { notOffered: "multi-VPC connectivity takes TLS connections only (SASL/IAM, SASL/SCRAM or mutual TLS)" },
    exposure: [{ what: "the connection's endpoints", securityGroups: "securityGroups" }],
    retention: { notOffered: "a connection stores nothing" },
    destinations: [{ what: "connects this VPC's clients to the cluster", store: true, path: "targetClusterArn", types: MSK_CLUSTER_TYPES }],
});

export const mskReplicator = entry<ReplicatorArgs>()({
    types: ["aws:msk/replicator:Replicator"],
    holds: "a continuous copy of topics from one Kafka cluster to another",
    tagging: "copy",
    names: ["replicatorName"],
    sources: [{ path: "replicationInfoList.sourceKafkaClusterArn", types: MSK_CLUSTER_TYPES }],
    atRest: { notOffered: "the copy lands in the target cluster, encrypted under its key" },
    inTransit: { notOffered: "MSK Replicator connects to MSK and self-managed Kafka clusters over TLS only" },
    exposure: [
        {
            what: "the replicator's network interfaces",
            securityGroups: "kafkaClusters.vpcConfig.securityGroupsIds",
            when: { path: "kafkaClusters.vpcConfig" },
        },
    ],
    retention: { notOffered: "the target cluster's retention applies to the copy" },
    destinations: [
        { what: "replicates topics to", store: true, path: "replicationInfoList.targetKafkaClusterArn", types: MSK_CLUSTER_TYPES },
        {
            what: "replicates topics to the self-managed Kafka cluster at",
            endpoint: "kafkaClusters.apacheKafkaCluster.bootstrapBrokerString",
            when: { path: "replicationInfoList.targetKafkaClusterId" },
        },
    ],
});

export const mskChannel = entry<ChannelArgs>()({
    types: ["aws:msk/channel:Channel"],
    holds: "a continuous copy of a topic's records into S3 objects or Iceberg tables",
    tagging: "copy",
    names: ["channelName"],
    sources: [
        { path: "clusterArn", types: MSK_CLUSTER_TYPES },
        { path: "topicConfiguration.topicArn", types: MSK_TOPIC_TYPES },
    ],
    atRest: [{ what: "records it buffers", key: "encryptionConfiguration.kmsKeyArn", keyAbsentMeans: "a key AWS owns" }],
    inTransit: { notOffered: "MSK writes to S3 and S3 Tables inside AWS over TLS" },
    retention: {
        notOffered: "records wait at most dataFreshnessInSeconds (15 minutes) before they land in the destination, judged as a copy",
    },
    destinations: [
        { what: "writes records to", store: true, path: "s3Destination.storage.bucketArn", types: BUCKET_TYPES },
        { what: "writes failed records to", store: true, path: "s3Destination.deadLetterQueueS3.bucketArn", types: BUCKET_TYPES },
        { what: "writes failed records to", store: true, path: "icebergDestination.deadLetterQueueS3.bucketArn", types: BUCKET_TYPES },
        {
            what: "writes records to the table bucket",
            store: true,
            path: "icebergDestination.catalog.warehouseLocation",
            types: ["aws:s3tables/tableBucket:TableBucket"],
        },
        { what: "writes records to a bucket of", account: "s3Destination.storage.expectedBucketOwner" },
        { what: "writes failed records to a bucket of", account: "s3Destination.deadLetterQueueS3.expectedBucketOwner" },
        { what: "writes failed records to a bucket of", account: "icebergDestination.deadLetterQueueS3.expectedBucketOwner" },
    ],
});
