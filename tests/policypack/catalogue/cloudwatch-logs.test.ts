import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const DESTINATION = "aws:cloudwatch/logDestination:LogDestination";
const DELIVERY_DESTINATION = "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination";
const ACCOUNT_POLICY = "aws:cloudwatch/logAccountPolicy:LogAccountPolicy";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const SINK_ARN = `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/log-sink`;
const OPS_TAGS = { "data-classification": "confidential", "retention-days": "30", owner: "platform" };
const doc = (principal: unknown, extra: object = {}) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "logs:PutSubscriptionFilter", Resource: "*", ...extra }],
    });
const rule = (names: string[], keys: string[]) =>
    JSON.stringify({
        Schema: { Name: "CloudWatchLogRule", Version: 1 },
        LogGroupNames: names,
        LogFormat: "JSON",
        Contribution: { Keys: keys, Filters: [] },
        AggregateOn: "Count",
    });

const logs = (): ResourceSpec[] =>
    fixtureWith(
        [
            { type: LOG_GROUP, name: "order-logs", props: { name: "orders-app", kmsKeyId: KEY_ARN, retentionInDays: 1, tags: PII_TAGS } },
            { type: LOG_GROUP, name: "ops-logs", props: { name: "ops-app", kmsKeyId: KEY_ARN, retentionInDays: 30, tags: OPS_TAGS } },
            {
                type: "aws:cloudwatch/logStream:LogStream",
                name: "order-logs-main",
                props: { name: "main", logGroupName: "orders-app" },
                propertyDependencies: { logGroupName: ["order-logs"] },
            },
            {
                type: "aws:kinesis/stream:Stream",
                name: "log-sink",
                props: { name: "log-sink", encryptionType: "KMS", kmsKeyId: KEY_ARN, retentionPeriod: 24, tags: PII_TAGS },
            },
            {
                type: DESTINATION,
                name: "central",
                props: { name: "central", roleArn: `arn:aws:iam::${ACCOUNT}:role/logs`, targetArn: SINK_ARN },
                propertyDependencies: { targetArn: ["log-sink"] },
            },
            {
                type: "aws:cloudwatch/logDestinationPolicy:LogDestinationPolicy",
                name: "central-policy",
                props: { destinationName: "central", accessPolicy: doc({ AWS: ACCOUNT }) },
                propertyDependencies: { destinationName: ["central"] },
            },
            {
                type: "aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter",
                name: "orders-to-central",
                props: {
                    logGroup: "orders-app",
                    filterPattern: "",
                    destinationArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:destination:central`,
                },
                propertyDependencies: { logGroup: ["order-logs"], destinationArn: ["central"] },
            },
            // Vended logs of an event bus, delivered to the PII log group.
            {
                type: "aws:cloudwatch/eventBus:EventBus",
                name: "orders-bus",
                props: { name: "orders-bus", kmsKeyIdentifier: KEY_ARN, tags: PII_TAGS },
            },
            {
                type: "aws:cloudwatch/logDeliverySource:LogDeliverySource",
                name: "bus-logs",
                props: { name: "bus-logs", logType: "INFO_LOGS", resourceArn: `arn:aws:events:eu-west-1:${ACCOUNT}:event-bus/orders-bus` },
                propertyDependencies: { resourceArn: ["orders-bus"] },
            },
            {
                type: DELIVERY_DESTINATION,
                name: "bus-logs-dest",
                props: {
                    name: "bus-logs-dest",
                    deliveryDestinationConfiguration: {
                        destinationResourceArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:orders-app:*`,
                    },
                },
                propertyDependencies: { deliveryDestinationConfiguration: ["order-logs"] },
            },
            {
                type: "aws:cloudwatch/logDeliveryDestinationPolicy:LogDeliveryDestinationPolicy",
                name: "bus-logs-dest-policy",
                props: {
                    deliveryDestinationName: "bus-logs-dest",
                    deliveryDestinationPolicy: doc({ AWS: ACCOUNT }, { Action: "logs:CreateDelivery" }),
                },
                propertyDependencies: { deliveryDestinationName: ["bus-logs-dest"] },
            },
            {
                type: "aws:cloudwatch/logDelivery:LogDelivery",
                name: "bus-logs-delivery",
                props: {
                    deliverySourceName: "bus-logs",
                    deliveryDestinationArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:delivery-destination:bus-logs-dest`,
                },
                propertyDependencies: { deliverySourceName: ["bus-logs"], deliveryDestinationArn: ["bus-logs-dest"] },
            },
            {
                type: "aws:cloudwatch/logResourcePolicy:LogResourcePolicy",
                name: "route53-logs",
                props: {
                    policyName: "route53-logs",
                    policyDocument: doc(
                        { Service: "route53.amazonaws.com" },
                        { Action: "logs:PutLogEvents", Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } } },
                    ),
                },
            },
            {
                type: "aws:cloudwatch/logAnomalyDetector:LogAnomalyDetector",
                name: "ops-anomalies",
                props: {
                    detectorName: "ops-anomalies",
                    enabled: true,
                    kmsKeyId: KEY_ARN,
                    logGroupArnLists: [`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:ops-app`],
                },
                propertyDependencies: { logGroupArnLists: ["ops-logs"] },
            },
            {
                type: "aws:cloudwatch/logMetricFilter:LogMetricFilter",
                name: "order-count",
                props: {
                    name: "order-count",
                    logGroupName: "orders-app",
                    pattern: "OrderPlaced",
                    metricTransformation: { name: "orders", namespace: "App", value: "1" },
                },
                propertyDependencies: { logGroupName: ["order-logs"] },
            },
            {
                type: "aws:cloudwatch/contributorInsightRule:ContributorInsightRule",
                name: "top-callers",
                props: { ruleName: "top-callers", ruleDefinition: rule(["ops-app"], ["$.caller"]) },
                propertyDependencies: { ruleDefinition: ["ops-logs"] },
            },
        ],
        ["AWS::Kinesis::Stream"],
    );

const accountPolicy = (destination: string): ResourceSpec => ({
    type: ACCOUNT_POLICY,
    name: "all-logs",
    props: {
        policyName: "all-logs",
        policyType: "SUBSCRIPTION_FILTER_POLICY",
        policyDocument: JSON.stringify({ DestinationArn: destination, FilterPattern: "" }),
    },
});

describe("catalogue: CloudWatch Logs", () => {
    describeEntry(
        "log streams, destinations, deliveries, account and resource policies, anomaly detectors, metric filters, insight rules",
        logs,
        [
            {
                title: "destination policy open to everyone",
                change: props("central-policy", (p) => {
                    p.accessPolicy = doc("*");
                }),
                policy: datastoreAccessBlockPublic,
                at: [DESTINATION, "central"],
                message: /its destination policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "destination policy letting another account subscribe",
                change: props("central-policy", (p) => {
                    p.accessPolicy = doc({ AWS: OUTSIDE_ACCOUNT });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DESTINATION, "central"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "destination passing logs to another account's stream",
                change: (stack) => {
                    const d = stack.find((s) => s.name === "central")!;
                    d.props.targetArn = `arn:aws:kinesis:eu-west-1:${OUTSIDE_ACCOUNT}:stream/theirs`;
                    d.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [DESTINATION, "central"],
                message: /passes log events to arn:aws:kinesis:eu-west-1:999988887777:stream\/theirs, in account 999988887777/,
            },
            {
                title: "destination with no sender in the stack, unclassified",
                change: remove("orders-to-central"),
                policy: datastoreTagsRequireClassification,
                at: [DESTINATION, "central"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "delivery of PII logs to a bucket outside the stack",
                change: (stack) => {
                    const d = stack.find((s) => s.name === "bus-logs-dest")!;
                    d.props.deliveryDestinationConfiguration.destinationResourceArn = "arn:aws:s3:::someone-elses-logs";
                    d.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [DELIVERY_DESTINATION, "bus-logs-dest"],
                message: /delivers logs to arn:aws:s3:::someone-elses-logs, which is not a resource of this stack/,
            },
            {
                title: "delivery of PII logs into the confidential log group",
                change: (stack) => {
                    const d = stack.find((s) => s.name === "bus-logs-dest")!;
                    d.props.deliveryDestinationConfiguration.destinationResourceArn = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:ops-app:*`;
                    d.propertyDependencies = { deliveryDestinationConfiguration: ["ops-logs"] };
                },
                policy: datastoreTagsRequireClassification,
                at: [LOG_GROUP, "ops-logs"],
                message: /is classified confidential but holds pii data as a copy of bus-logs-dest/,
            },
            {
                title: "delivery destination policy letting in another account",
                change: props("bus-logs-dest-policy", (p) => {
                    p.deliveryDestinationPolicy = doc({ AWS: OUTSIDE_ACCOUNT }, { Action: "logs:CreateDelivery" });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DELIVERY_DESTINATION, "bus-logs-dest"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "delivery source of a resource outside the stack, unclassified",
                change: (stack) => {
                    const s = stack.find((r) => r.name === "bus-logs")!;
                    s.props.resourceArn = `arn:aws:cloudfront::${ACCOUNT}:distribution/E123`;
                    s.propertyDependencies = {};
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:cloudwatch/logDeliverySource:LogDeliverySource", "bus-logs"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "account subscription policy to another account",
                change: add(accountPolicy(`arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:destination:theirs`)),
                policy: datastoreSharingRestrictDestinations,
                at: [ACCOUNT_POLICY, "all-logs"],
                message: /in account 999988887777, outside this stack/,
            },
            {
                title: "account subscription policy copies every log group into the confidential queue's stream",
                change: (stack) => {
                    add({ ...accountPolicy(`arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/ops-sink`), propertyDependencies: {} })(stack);
                    add({
                        type: "aws:kinesis/stream:Stream",
                        name: "ops-sink",
                        props: { name: "ops-sink", encryptionType: "KMS", kmsKeyId: KEY_ARN, tags: OPS_TAGS },
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:kinesis/stream:Stream", "ops-sink"],
                message: /is classified confidential but holds pii data as a copy of all-logs/,
            },
            {
                title: "log resource policy open to everyone",
                change: props("route53-logs", (p) => {
                    p.policyDocument = doc("*", { Action: "logs:GetLogEvents" });
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:cloudwatch/logResourcePolicy:LogResourcePolicy", "route53-logs"],
                message: /its log resource policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "anomaly detector on a PII log group (samples kept 7 days at least)",
                change: (stack) => {
                    const d = stack.find((s) => s.name === "ops-anomalies")!;
                    d.props.logGroupArnLists = [`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:orders-app`];
                    d.propertyDependencies = { logGroupArnLists: ["order-logs"] };
                },
                policy: datastoreRetentionLimitCopies,
                at: ["aws:cloudwatch/logAnomalyDetector:LogAnomalyDetector", "ops-anomalies"],
                message: /AWS keeps anomalies with sample log events .* for 7 days/,
            },
            {
                title: "anomaly detector under a key CloudWatch Logs owns",
                change: props("ops-anomalies", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:cloudwatch/logAnomalyDetector:LogAnomalyDetector", "ops-anomalies"],
                message: /has no kmsKeyId, so anomalies and the detector's model is encrypted under a key CloudWatch Logs owns/,
            },
            {
                title: "metric filter copying a field of PII logs into a dimension",
                change: props("order-count", (p) => {
                    p.metricTransformation.dimensions = { customer: "$.customerName" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:cloudwatch/logMetricFilter:LogMetricFilter", "order-count"],
                message: /AWS keeps metric dimensions copied from log fields .* for 455 days/,
            },
            {
                title: "insight rule over PII logs with keys",
                change: (stack) => {
                    const r = stack.find((s) => s.name === "top-callers")!;
                    r.props.ruleDefinition = rule(["orders-app"], ["$.customerName"]);
                    r.propertyDependencies = {};
                },
                policy: datastoreRetentionLimitCopies,
                at: ["aws:cloudwatch/contributorInsightRule:ContributorInsightRule", "top-callers"],
                message: /copies the values of log fields \["\$.customerName"\] of personal data/,
            },
            {
                title: "insight rule with a wildcard (log groups outside the stack)",
                change: props("top-callers", (p) => {
                    p.ruleDefinition = rule(["ops-*"], ["$.caller"]);
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:cloudwatch/contributorInsightRule:ContributorInsightRule", "top-callers"],
                message: /copies the values of log fields/,
            },
        ],
        [
            {
                title: "account subscription policy to a PII stream of the stack",
                change: add({ ...accountPolicy(SINK_ARN), propertyDependencies: { policyDocument: ["log-sink"] } }),
            },
            {
                title: "data protection account policy (copies nothing)",
                change: add({
                    type: ACCOUNT_POLICY,
                    name: "masking",
                    props: {
                        policyName: "masking",
                        policyType: "DATA_PROTECTION_POLICY",
                        policyDocument: JSON.stringify({ Name: "masking", Version: "2021-06-01", Statement: [] }),
                    },
                }),
            },
            {
                title: "metric filter with dimensions on confidential logs",
                change: (stack) => {
                    props("order-count", (p) => {
                        p.logGroupName = "ops-app";
                        p.metricTransformation.dimensions = { caller: "$.caller" };
                    })(stack);
                    stack.find((s) => s.name === "order-count")!.propertyDependencies = { logGroupName: ["ops-logs"] };
                },
            },
        ],
    );
});
