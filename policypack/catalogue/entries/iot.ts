/** AWS IoT Core: topic rules (where device messages go) and domain configurations (the TLS of device endpoints). */
import type { DomainConfigurationArgs } from "@pulumi/aws/iot/domainConfiguration";
import type { TopicRuleArgs } from "@pulumi/aws/iot/topicRule";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { TABLE_TYPES } from "./dynamodb";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";
import { TOPIC_TYPES } from "./sns";
import { QUEUE_TYPES } from "./sqs";
import { FIREHOSE_TYPES, STATE_MACHINE_TYPES, STREAM_TYPES } from "./streams-support";

/** IoT Core security policies whose oldest TLS version is 1.2 (their names read TLS<max>_<min>_<date>). */
const TLS12_POLICIES = [
    "IoTSecurityPolicy_TLS13_1_3_2022_10",
    "IoTSecurityPolicy_TLS13_1_2_2022_10",
    "IoTSecurityPolicy_TLS12_1_2_2022_10",
];

/** Kafka actions name their brokers in clientProperties["bootstrap.servers"], a key the path syntax cannot reach. */
function checkKafkaBrokers({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const props = store.res.props;
    const actions = [...(Array.isArray(props.kafkas) ? props.kafkas : []), ...(props.errorAction?.kafka ? [props.errorAction.kafka] : [])];
    for (const action of actions) {
        const servers = action?.clientProperties?.["bootstrap.servers"];
        if (isUnknown(servers)) report("sends device messages to Kafka brokers not known during preview");
        else if (typeof servers === "string")
            report(
                `sends device messages of personal data to the Kafka brokers ${servers}, which cannot be verified as a cluster of this stack (its account and region are not known)`,
            );
    }
}

const TIMESTREAM_TYPES = ["aws:timestreamwrite/table:Table"];

export const iotTopicRule = entry<TopicRuleArgs>()({
    types: ["aws:iot/topicRule:TopicRule"],
    holds: "device messages (payloads) matching its SQL, routed to its actions",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a rule stores no messages; its actions' targets are judged as copies" },
    inTransit: { notOffered: "rule actions deliver inside AWS over TLS; HTTP actions take HTTPS URLs only" },
    exposure: [
        { what: "objects it writes", acl: "s3.cannedAcl" },
        { what: "objects it writes on error", acl: "errorAction.s3.cannedAcl" },
    ],
    retention: { notOffered: "a rule stores no messages" },
    destinations: [
        { what: "writes device messages to", store: true, path: "s3.bucketName", types: BUCKET_TYPES },
        { what: "writes device messages to (on error)", store: true, path: "errorAction.s3.bucketName", types: BUCKET_TYPES },
        { what: "sends device messages to", store: true, path: "firehoses.deliveryStreamName", types: FIREHOSE_TYPES },
        {
            what: "sends device messages to (on error)",
            store: true,
            path: "errorAction.firehose.deliveryStreamName",
            types: FIREHOSE_TYPES,
        },
        { what: "sends device messages to", store: true, path: "kineses.streamName", types: STREAM_TYPES },
        { what: "sends device messages to (on error)", store: true, path: "errorAction.kinesis.streamName", types: STREAM_TYPES },
        { what: "writes device messages to", store: true, path: "dynamodbs.tableName", types: TABLE_TYPES },
        { what: "writes device messages to (on error)", store: true, path: "errorAction.dynamodb.tableName", types: TABLE_TYPES },
        { what: "writes device messages to", store: true, path: "dynamodbv2s.putItem.tableName", types: TABLE_TYPES },
        { what: "writes device messages to (on error)", store: true, path: "errorAction.dynamodbv2.putItem.tableName", types: TABLE_TYPES },
        { what: "publishes device messages to", store: true, path: "sns.targetArn", types: TOPIC_TYPES },
        { what: "publishes device messages to (on error)", store: true, path: "errorAction.sns.targetArn", types: TOPIC_TYPES },
        { what: "sends device messages to", store: true, path: "sqs.queueUrl", types: QUEUE_TYPES },
        { what: "sends device messages to (on error)", store: true, path: "errorAction.sqs.queueUrl", types: QUEUE_TYPES },
        { what: "passes device messages to", store: true, path: "lambdas.functionArn", types: FUNCTION_TYPES },
        { what: "passes device messages to (on error)", store: true, path: "errorAction.lambda.functionArn", types: FUNCTION_TYPES },
        { what: "logs device messages to", store: true, path: "cloudwatchLogs.logGroupName", types: LOG_GROUP_TYPES },
        {
            what: "logs device messages to (on error)",
            store: true,
            path: "errorAction.cloudwatchLogs.logGroupName",
            types: LOG_GROUP_TYPES,
        },
        {
            what: "starts executions with device messages in",
            store: true,
            path: "stepFunctions.stateMachineName",
            types: STATE_MACHINE_TYPES,
        },
        {
            what: "starts executions with device messages in (on error)",
            store: true,
            path: "errorAction.stepFunctions.stateMachineName",
            types: STATE_MACHINE_TYPES,
        },
        { what: "writes device messages to", store: true, path: "timestreams.tableName", types: TIMESTREAM_TYPES },
        { what: "writes device messages to (on error)", store: true, path: "errorAction.timestream.tableName", types: TIMESTREAM_TYPES },
        {
            what: "indexes device messages in",
            store: true,
            path: "elasticsearch.endpoint",
            types: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
            pattern: /^(?:https:\/\/)?(?:search|vpc)-(.+)-[^-.]+\.[a-z0-9-]+\.es\.amazonaws\.com/,
        },
        { what: "sends device messages to", endpoint: "https.url" },
        { what: "sends device messages (on error) to", endpoint: "errorAction.http.url" },
        { custom: checkKafkaBrokers, summary: "a PII rule sends nothing to Kafka brokers (their cluster cannot be verified)" },
    ],
    notes: "Has no classification of its own unless tagged: device messages are judged as personal data. Republish, IoT Analytics and IoT Events actions keep messages inside IoT and are not read.",
});

export const iotDomainConfiguration = entry<DomainConfigurationArgs>()({
    types: ["aws:iot/domainConfiguration:DomainConfiguration"],
    holds: "device connections to an IoT Core data endpoint (messages in transit)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an endpoint stores no messages" },
    inTransit: [
        {
            what: "device connections",
            setting: {
                path: "tlsConfig.securityPolicy",
                on: TLS12_POLICIES,
                absent: true,
                absentMeans: "IoTSecurityPolicy_TLS13_1_2_2022_10, the default of new domain configurations",
            },
        },
    ],
    retention: { notOffered: "an endpoint stores no messages" },
    notes: "IoT Core accepts TLS connections only; the security policy decides the oldest version (DP-2.3: TLS 1.2 at least). The legacy IoTSecurityPolicy_TLS12_1_0_* policies accept TLS 1.0 and 1.1.",
});
