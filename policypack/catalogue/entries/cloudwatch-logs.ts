/**
 * CloudWatch Logs beyond log groups and subscription filters (entries/cloudwatch.ts): log streams,
 * cross-account destinations and their policies, vended-log deliveries, account-wide
 * subscription policies, resource policies, anomaly detectors, metric filters, Contributor
 * Insights rules and S3 Tables integrations.
 */
import type { ContributorInsightRuleArgs } from "@pulumi/aws/cloudwatch/contributorInsightRule";
import type { LogAccountPolicyArgs } from "@pulumi/aws/cloudwatch/logAccountPolicy";
import type { LogAnomalyDetectorArgs } from "@pulumi/aws/cloudwatch/logAnomalyDetector";
import type { LogDeliveryArgs } from "@pulumi/aws/cloudwatch/logDelivery";
import type { LogDeliveryDestinationArgs } from "@pulumi/aws/cloudwatch/logDeliveryDestination";
import type { LogDeliveryDestinationPolicyArgs } from "@pulumi/aws/cloudwatch/logDeliveryDestinationPolicy";
import type { LogDeliverySourceArgs } from "@pulumi/aws/cloudwatch/logDeliverySource";
import type { LogDestinationArgs } from "@pulumi/aws/cloudwatch/logDestination";
import type { LogDestinationPolicyArgs } from "@pulumi/aws/cloudwatch/logDestinationPolicy";
import type { LogMetricFilterArgs } from "@pulumi/aws/cloudwatch/logMetricFilter";
import type { LogResourcePolicyArgs } from "@pulumi/aws/cloudwatch/logResourcePolicy";
import type { LogS3TableIntegrationSourceArgs } from "@pulumi/aws/cloudwatch/logS3TableIntegrationSource";
import type { LogStreamArgs } from "@pulumi/aws/cloudwatch/logStream";
import type { Res, StackIndex } from "../../lib/stack-index";
import type { Store } from "../../lib/stores";
import { asList } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import {
    DELIVERY_DESTINATION_TYPES,
    DELIVERY_SOURCE_TYPES,
    FIREHOSE_TYPES,
    LOG_DESTINATION_TYPES,
    S3_TABLE_INTEGRATION_TYPES,
    STREAM_TYPES,
    jsonOf,
} from "./streams-support";

const NO_EVENTS = { notOffered: "holds no log events" };
/** CloudWatch keeps metric data points (and so their dimension values) for 15 months. */
const METRIC_DAYS = 455;

export const cloudwatchLogStream = entry<LogStreamArgs>()({
    types: ["aws:cloudwatch/logStream:LogStream"],
    holds: "log events of one stream of a log group",
    tagging: "carrier",
    judgedWithSource: true,
    names: ["name"],
    sources: [{ path: "logGroupName", types: LOG_GROUP_TYPES }],
    atRest: { notOffered: "stored under its log group's key" },
    inTransit: { notOffered: "CloudWatch Logs' endpoints accept HTTPS only" },
    retention: { notOffered: "its log group's retention applies" },
});

export const cloudwatchLogDestination = entry<LogDestinationArgs>()({
    types: ["aws:cloudwatch/logDestination:LogDestination"],
    holds: "log events that subscription filters (of this or other accounts) send, passed on to a stream",
    tagging: "copy",
    names: ["name"],
    atRest: { notOffered: "a destination stores nothing; its Kinesis stream or Firehose stream is judged as a copy" },
    inTransit: { notOffered: "delivery stays inside AWS over TLS" },
    retention: { notOffered: "a destination stores nothing" },
    destinations: [{ what: "passes log events to", store: true, path: "targetArn", types: [...STREAM_TYPES, ...FIREHOSE_TYPES] }],
    notes: "Without a subscription filter of this stack sending to it, a destination receives other accounts' logs and must be classified (tags). Which accounts may send is judged on LogDestinationPolicy.",
});

export const cloudwatchLogDestinationPolicy = entry<LogDestinationPolicyArgs>()({
    types: ["aws:cloudwatch/logDestinationPolicy:LogDestinationPolicy"],
    holds: "which accounts may subscribe their log groups to a destination",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "destinationName", types: LOG_DESTINATION_TYPES }],
    atRest: NO_EVENTS,
    inTransit: NO_EVENTS,
    exposure: [{ what: "its destination policy", policyDocument: "accessPolicy" }],
    retention: NO_EVENTS,
});

export const cloudwatchLogDeliverySource = entry<LogDeliverySourceArgs>()({
    types: ["aws:cloudwatch/logDeliverySource:LogDeliverySource"],
    holds: "the logs or traces a resource vends (access logs, application logs, traces)",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "resourceArn", types: "any" }],
    atRest: { notOffered: "a delivery source stores nothing" },
    inTransit: { notOffered: "vended inside AWS" },
    retention: { notOffered: "a delivery source stores nothing; its deliveries' destinations are judged" },
    notes: "Has the classification of the resource that vends the logs when that is a store of this stack; otherwise it is judged as pii unless tagged.",
});

export const cloudwatchLogDelivery = entry<LogDeliveryArgs>()({
    types: ["aws:cloudwatch/logDelivery:LogDelivery"],
    holds: "a copy of a delivery source's logs, sent to a delivery destination",
    tagging: "copy",
    sources: [{ path: "deliverySourceName", types: DELIVERY_SOURCE_TYPES }],
    atRest: { notOffered: "a delivery stores nothing; its destination is judged as a copy" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: { notOffered: "a delivery stores nothing" },
    destinations: [{ what: "delivers logs to", store: true, path: "deliveryDestinationArn", types: DELIVERY_DESTINATION_TYPES }],
});

export const cloudwatchLogDeliveryDestination = entry<LogDeliveryDestinationArgs>()({
    types: ["aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination"],
    holds: "vended logs on their way to a bucket, log group or Firehose stream",
    tagging: "copy",
    names: ["name"],
    atRest: { notOffered: "a delivery destination stores nothing; the bucket, log group or stream is judged" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: { notOffered: "a delivery destination stores nothing" },
    destinations: [
        { what: "delivers logs to", store: true, path: "deliveryDestinationConfiguration.destinationResourceArn", types: "any" },
    ],
});

export const cloudwatchLogDeliveryDestinationPolicy = entry<LogDeliveryDestinationPolicyArgs>()({
    types: ["aws:cloudwatch/logDeliveryDestinationPolicy:LogDeliveryDestinationPolicy"],
    holds: "which accounts may deliver logs to (or create deliveries on) a delivery destination",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "deliveryDestinationName", types: DELIVERY_DESTINATION_TYPES }],
    atRest: NO_EVENTS,
    inTransit: NO_EVENTS,
    exposure: [{ what: "its delivery destination policy", policyDocument: "deliveryDestinationPolicy" }],
    retention: NO_EVENTS,
});

/** The log groups of the stack an account subscription policy forwards: all, less `LogGroupName NOT IN [...]`; and the account's others. */
function subscribedLogGroups(_index: StackIndex, res: Res, stores: readonly Store[]): { stores: Store[]; outside: string[] } {
    if (res.props.policyType !== "SUBSCRIPTION_FILTER_POLICY") return { stores: [], outside: [] };
    const criteria = res.props.selectionCriteria;
    const excluded = typeof criteria === "string" ? [...criteria.matchAll(/"([^"]+)"/g)].map((m) => m[1]) : [];
    const groups = stores.filter((s) => LOG_GROUP_TYPES.includes(s.res.type) && !excluded.includes(String(s.res.props.name ?? s.res.name)));
    return { stores: groups, outside: ["every other log group of the account"] };
}

export const cloudwatchLogAccountPolicy = entry<LogAccountPolicyArgs>()({
    types: ["aws:cloudwatch/logAccountPolicy:LogAccountPolicy"],
    holds: "with policyType SUBSCRIPTION_FILTER_POLICY, a copy of every log group of the account, forwarded to one destination",
    tagging: "carrier",
    names: ["policyName"],
    sources: [
        {
            computed: subscribedLogGroups,
            summary:
                "a subscription filter policy: every log group of the account (those of the stack, less selectionCriteria's exclusions, and those outside it)",
        },
    ],
    atRest: { notOffered: "an account policy stores nothing; its destination is judged as a copy" },
    inTransit: { notOffered: "delivery stays inside AWS over TLS" },
    retention: { notOffered: "an account policy stores nothing" },
    destinations: [
        { what: "forwards every log group of the account to", store: true, path: "policyDocument", json: "DestinationArn", types: "any" },
    ],
    notes: "A subscription filter policy forwards the log groups of the whole account, which the stack cannot see: it is judged as forwarding personal data. Data protection, field index and transformer policies copy nothing.",
});

export const cloudwatchLogResourcePolicy = entry<LogResourcePolicyArgs>()({
    types: ["aws:cloudwatch/logResourcePolicy:LogResourcePolicy"],
    holds: "which services and accounts may write to (or read) the account's log groups",
    tagging: "carrier",
    judgedWithSource: true,
    names: ["policyName"],
    sources: [{ path: "resourceArn", types: LOG_GROUP_TYPES }],
    atRest: NO_EVENTS,
    inTransit: NO_EVENTS,
    exposure: [{ what: "its log resource policy", policyDocument: "policyDocument" }],
    retention: NO_EVENTS,
});

export const cloudwatchLogAnomalyDetector = entry<LogAnomalyDetectorArgs>()({
    types: ["aws:cloudwatch/logAnomalyDetector:LogAnomalyDetector"],
    holds: "anomalies found in a log group, with sample log events",
    tagging: "copy",
    names: ["detectorName"],
    sources: [{ path: "logGroupArnLists", types: LOG_GROUP_TYPES }],
    atRest: [{ what: "anomalies and the detector's model", key: "kmsKeyId", keyAbsentMeans: "a key CloudWatch Logs owns" }],
    inTransit: { notOffered: "CloudWatch Logs' endpoints accept HTTPS only" },
    retention: [
        {
            what: "anomalies with sample log events (shown for anomalyVisibilityTime, 7 to 90 days, then kept as baseline)",
            awsKeepsDays: 7,
        },
    ],
});

export const cloudwatchLogMetricFilter = entry<LogMetricFilterArgs>()({
    types: ["aws:cloudwatch/logMetricFilter:LogMetricFilter"],
    holds: "metrics drawn from a log group's events; dimensions copy field values of the events into metrics",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "logGroupName", types: LOG_GROUP_TYPES }],
    atRest: { notOffered: "CloudWatch metrics take no customer-managed key" },
    inTransit: { notOffered: "CloudWatch's endpoints accept HTTPS only" },
    retention: [
        {
            what: `metric dimensions copied from log fields (metric data is kept ${METRIC_DAYS} days)`,
            awsKeepsDays: METRIC_DAYS,
            when: { path: "metricTransformation.dimensions" },
        },
    ],
    notes: 'Counting matches (value "1") copies nothing; dimensions do, and CloudWatch keeps them 15 months.',
});

/**
 * The log groups a Contributor Insights rule reads: LogGroupNames of its definition (wildcards match the stack's log
 * groups, and may match others).
 */
function ruleLogGroups(_index: StackIndex, res: Res, stores: readonly Store[]): { stores: Store[]; outside: string[] } {
    const definition = jsonOf(res.props.ruleDefinition);
    if (definition === "unknown") return { stores: [], outside: ["a rule definition unknown during preview"] };
    const names = asList<string>(definition?.LogGroupNames).filter((n) => typeof n === "string");
    const groups = stores.filter((s) => LOG_GROUP_TYPES.includes(s.res.type));
    const found = new Set<Store>();
    const outside: string[] = [];
    for (const name of names) {
        const pattern = new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
        const matches = groups.filter((g) => pattern.test(String(g.res.props.name ?? g.res.name)));
        matches.forEach((m) => found.add(m));
        if (name.includes("*") || matches.length === 0) outside.push(name);
    }
    return { stores: [...found], outside };
}

/** Contributor Insights reports name the top values of the rule's Keys; CloudWatch keeps them on its own schedule. */
function checkContributorKeys({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const definition = jsonOf(store.res.props.ruleDefinition);
    if (definition === "unknown") report("ruleDefinition is not known during preview");
    else if (asList(definition?.Contribution?.Keys).length > 0)
        report(
            `copies the values of log fields ${JSON.stringify(definition!.Contribution.Keys)} of personal data (${store.classifiedBy}) into Contributor Insights reports, which CloudWatch keeps with no setting to shorten them: keep personal data out of its Keys`,
        );
}

export const cloudwatchContributorInsightRule = entry<ContributorInsightRuleArgs>()({
    types: ["aws:cloudwatch/contributorInsightRule:ContributorInsightRule"],
    holds: "reports of the top values of log fields (its Keys) in the log groups it reads",
    tagging: "carrier",
    names: ["ruleName"],
    sources: [
        {
            computed: ruleLogGroups,
            summary: "the log groups its ruleDefinition's LogGroupNames name (a wildcard may match log groups outside the stack)",
        },
    ],
    atRest: { notOffered: "Contributor Insights reports take no customer-managed key" },
    inTransit: { notOffered: "CloudWatch's endpoints accept HTTPS only" },
    retention: [{ custom: checkContributorKeys, summary: "a rule over personal data copies no field into its report Keys" }],
});

export const cloudwatchLogS3TableIntegrationSource = entry<LogS3TableIntegrationSourceArgs>()({
    types: ["aws:cloudwatch/logS3TableIntegrationSource:LogS3TableIntegrationSource"],
    holds: "a copy of a log source's data, exposed as Iceberg tables in S3 Tables",
    tagging: "carrier",
    sources: [
        {
            computed: (_index, res) => ({
                stores: [],
                outside: [`log data source ${JSON.stringify(asList(res.props.dataSource)[0]?.name ?? "unknown")}`],
            }),
            summary: "vended log sources the stack cannot see (judged as pii)",
        },
    ],
    atRest: { notOffered: "encrypted under its integration's settings, judged on the S3TableIntegration" },
    inTransit: { notOffered: "copied inside AWS" },
    retention: { notOffered: "the tables follow their integration's and log sources' retention" },
    destinations: [{ what: "copies log data into", store: true, path: "integrationArn", types: S3_TABLE_INTEGRATION_TYPES }],
});
