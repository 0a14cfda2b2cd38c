import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const BUS = "aws:cloudwatch/eventBus:EventBus";
const ARCHIVE = "aws:cloudwatch/eventArchive:EventArchive";
const TARGET = "aws:cloudwatch/eventTarget:EventTarget";
const BUS_ARN = `arn:aws:events:eu-west-1:${ACCOUNT}:event-bus/orders-bus`;
const QUEUE_ARN = `arn:aws:sqs:eu-west-1:${ACCOUNT}:order-events`;
const busPolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "events:PutEvents", Resource: BUS_ARN }],
    });

const events = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: BUS,
                name: "orders-bus",
                props: { name: "orders-bus", kmsKeyIdentifier: KEY_ARN, tags: PII_TAGS },
                propertyDependencies: { kmsKeyIdentifier: ["data-key"] },
            },
            {
                type: ARCHIVE,
                name: "orders-archive",
                props: { name: "orders-archive", eventSourceArn: BUS_ARN, retentionDays: 1, kmsKeyIdentifier: KEY_ARN },
                propertyDependencies: { eventSourceArn: ["orders-bus"] },
            },
            {
                type: "aws:cloudwatch/eventBusPolicy:EventBusPolicy",
                name: "orders-bus-policy",
                props: { eventBusName: "orders-bus", policy: busPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
                propertyDependencies: { eventBusName: ["orders-bus"] },
            },
            {
                type: "aws:cloudwatch/eventPermission:EventPermission",
                name: "orders-bus-put",
                props: { eventBusName: "orders-bus", principal: ACCOUNT, statementId: "own" },
                propertyDependencies: { eventBusName: ["orders-bus"] },
            },
            {
                type: "aws:sqs/queue:Queue",
                name: "order-events",
                props: { name: "order-events", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: PII_TAGS },
            },
            {
                type: "aws:cloudwatch/eventRule:EventRule",
                name: "order-placed",
                props: {
                    name: "order-placed",
                    eventBusName: "orders-bus",
                    eventPattern: JSON.stringify({ "detail-type": ["OrderPlaced"] }),
                },
                propertyDependencies: { eventBusName: ["orders-bus"] },
            },
            {
                type: TARGET,
                name: "order-placed-queue",
                props: { rule: "order-placed", eventBusName: "orders-bus", arn: QUEUE_ARN },
                propertyDependencies: { rule: ["order-placed"], eventBusName: ["orders-bus"], arn: ["order-events"] },
            },
            // An operations bus of confidential alerts, delivered to a pager outside AWS.
            { type: BUS, name: "ops-bus", props: { name: "ops-bus", kmsKeyIdentifier: KEY_ARN, tags: CONFIDENTIAL_TAGS } },
            {
                type: "aws:cloudwatch/eventConnection:EventConnection",
                name: "pager-auth",
                props: {
                    name: "pager-auth",
                    authorizationType: "API_KEY",
                    authParameters: { apiKey: { key: "x-api-key", value: "secret" } },
                    kmsKeyIdentifier: KEY_ARN,
                },
            },
            {
                type: "aws:cloudwatch/eventApiDestination:EventApiDestination",
                name: "pager",
                props: {
                    name: "pager",
                    connectionArn: `arn:aws:events:eu-west-1:${ACCOUNT}:connection/pager-auth/1`,
                    httpMethod: "POST",
                    invocationEndpoint: "https://hooks.example.com/alerts",
                },
                propertyDependencies: { connectionArn: ["pager-auth"] },
            },
            {
                type: "aws:cloudwatch/eventRule:EventRule",
                name: "alarms",
                props: { name: "alarms", eventBusName: "ops-bus", eventPattern: JSON.stringify({ source: ["aws.cloudwatch"] }) },
                propertyDependencies: { eventBusName: ["ops-bus"] },
            },
            {
                type: TARGET,
                name: "alarms-pager",
                props: { rule: "alarms", eventBusName: "ops-bus", arn: `arn:aws:events:eu-west-1:${ACCOUNT}:api-destination/pager/1` },
                propertyDependencies: { rule: ["alarms"], eventBusName: ["ops-bus"], arn: ["pager"] },
            },
            // A nightly purge: a scheduled rule on the default bus, classified so that its target is not judged as receiving personal data.
            {
                type: "aws:cloudwatch/eventRule:EventRule",
                name: "nightly",
                props: {
                    name: "nightly",
                    scheduleExpression: "rate(1 day)",
                    tags: { "data-classification": "internal", "retention-days": "1", owner: "ops" },
                },
            },
            {
                type: TARGET,
                name: "nightly-purge",
                props: {
                    rule: "nightly",
                    arn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`,
                    input: JSON.stringify({ action: "purge" }),
                },
                propertyDependencies: { rule: ["nightly"], arn: ["purge"] },
            },
        ],
        ["AWS::SQS::Queue"],
    );

const endpoint: ResourceSpec = {
    type: "aws:cloudwatch/eventEndpoint:EventEndpoint",
    name: "orders-global",
    props: {
        name: "orders-global",
        roleArn: `arn:aws:iam::${ACCOUNT}:role/replication`,
        eventBuses: [{ eventBusArn: BUS_ARN }, { eventBusArn: `arn:aws:events:eu-central-1:${ACCOUNT}:event-bus/orders-bus` }],
        routingConfig: {
            failoverConfig: { primary: { healthCheck: `arn:aws:route53:::healthcheck/abc` }, secondary: { route: "eu-central-1" } },
        },
    },
    propertyDependencies: { eventBuses: ["orders-bus"] },
};

describe("catalogue: EventBridge", () => {
    describeEntry(
        "event buses, archives, policies, permissions, rules, targets, API destinations, connections, endpoints",
        events,
        [
            {
                title: "bus under an AWS-owned key (default)",
                change: props("orders-bus", (p) => {
                    delete p.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BUS, "orders-bus"],
                message: /events: has no kmsKeyIdentifier, so events is encrypted under an AWS-owned key/,
            },
            {
                title: "bus unclassified",
                change: props("orders-bus", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [BUS, "orders-bus"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "archive kept forever (default)",
                change: props("orders-archive", (p) => {
                    delete p.retentionDays;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "orders-archive"],
                message: /keeps archived events forever \(retentionDays is not set\)/,
            },
            {
                title: "archive retentionDays 0 (forever)",
                change: props("orders-archive", (p) => {
                    p.retentionDays = 0;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "orders-archive"],
                message: /keeps archived events forever \(retentionDays is 0\)/,
            },
            {
                title: "archive kept 30 days",
                change: props("orders-archive", (p) => {
                    p.retentionDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "orders-archive"],
                message: /keeps archived events 30 days, more than the 3-day retention/,
            },
            {
                title: "archive under an AWS-owned key",
                change: props("orders-archive", (p) => {
                    delete p.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [ARCHIVE, "orders-archive"],
                message: /archived events: has no kmsKeyIdentifier/,
            },
            {
                title: "archive of the default bus (outside the stack) kept forever",
                change: add({
                    type: ARCHIVE,
                    name: "default-archive",
                    props: { eventSourceArn: `arn:aws:events:eu-west-1:${ACCOUNT}:event-bus/default`, kmsKeyIdentifier: KEY_ARN },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ARCHIVE, "default-archive"],
                message: /keeps archived events forever/,
            },
            {
                title: "bus policy open to everyone",
                change: props("orders-bus-policy", (p) => {
                    p.policy = busPolicy({ AWS: "*" });
                }),
                policy: datastoreAccessBlockPublic,
                at: [BUS, "orders-bus"],
                message: /its event bus policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "bus policy letting in another account",
                change: props("orders-bus-policy", (p) => {
                    p.policy = busPolicy({ AWS: OUTSIDE_ACCOUNT });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [BUS, "orders-bus"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "permission for every account",
                change: props("orders-bus-put", (p) => {
                    p.principal = "*";
                }),
                policy: datastoreAccessBlockPublic,
                at: [BUS, "orders-bus"],
                message: /lets every AWS account act on the event bus/,
            },
            {
                title: "permission for another account",
                change: props("orders-bus-put", (p) => {
                    p.principal = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [BUS, "orders-bus"],
                message: /lets account 999988887777, outside this stack, act on the event bus \(events:PutEvents\)/,
            },
            {
                title: "target in another account",
                change: (stack) => {
                    const t = stack.find((s) => s.name === "order-placed-queue")!;
                    t.props.arn = `arn:aws:events:eu-west-1:${OUTSIDE_ACCOUNT}:event-bus/theirs`;
                    delete t.propertyDependencies!.arn;
                },
                policy: datastoreSharingRestrictDestinations,
                at: [TARGET, "order-placed-queue"],
                message:
                    /delivers events to arn:aws:events:eu-west-1:999988887777:event-bus\/theirs, in account 999988887777, outside this stack/,
            },
            {
                title: "target copies personal data into a confidential queue",
                change: (stack) => {
                    const t = stack.find((s) => s.name === "order-placed-queue")!;
                    t.props.arn = `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`;
                    t.propertyDependencies!.arn = ["label-jobs"];
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sqs/queue:Queue", "label-jobs"],
                message: /is classified confidential but holds pii data as a copy of order-placed-queue/,
            },
            {
                title: "personal data to an API destination outside AWS",
                change: (stack) => {
                    const t = stack.find((s) => s.name === "alarms-pager")!;
                    t.props.rule = "order-placed";
                    t.props.eventBusName = "orders-bus";
                    t.propertyDependencies = { rule: ["order-placed"], eventBusName: ["orders-bus"], arn: ["pager"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:cloudwatch/eventApiDestination:EventApiDestination", "pager"],
                message: /sends events to "https:\/\/hooks.example.com\/alerts", outside AWS/,
            },
            {
                title: "an untagged rule with an event pattern passes its events to the function (judged as personal data)",
                change: (stack) => {
                    props("nightly", (p) => {
                        delete p.tags;
                        p.eventPattern = JSON.stringify({ source: ["orders"] });
                    })(stack);
                    props("nightly-purge", (p) => {
                        delete p.input;
                    })(stack);
                },
                policy: cloudtrailTrailRequireDataEvents,
                at: ["aws:lambda/function:Function", "purge"],
                message: /for this PII store/,
            },
            {
                title: "connection credentials under an AWS-owned key",
                change: props("pager-auth", (p) => {
                    delete p.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:cloudwatch/eventConnection:EventConnection", "pager-auth"],
                message: /the connection's credentials: has no kmsKeyIdentifier/,
            },
            {
                title: "global endpoint routing to a region outside the allow-list",
                change: add(endpoint),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:cloudwatch/eventEndpoint:EventEndpoint", "orders-global"],
                message: /routes events .* to region eu-central-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "an untagged scheduled rule (no event pattern) carries no data to its target",
                change: (stack) => {
                    props("nightly", (p) => {
                        delete p.tags;
                    })(stack);
                    props("nightly-purge", (p) => {
                        delete p.input;
                    })(stack);
                },
            },
            {
                title: "a fixed input replaces the events of an untagged rule with a pattern",
                change: props("nightly", (p) => {
                    delete p.tags;
                    p.eventPattern = JSON.stringify({ source: ["orders"] });
                }),
            },
            {
                title: "scheduled rule's target without a fixed input",
                change: props("nightly-purge", (p) => {
                    delete p.input;
                }),
            },
            {
                title: "permission for the organisation",
                change: props("orders-bus-put", (p) => {
                    p.principal = "*";
                    p.condition = { key: "aws:PrincipalOrgID", type: "StringEquals", value: "o-abc123" };
                }),
            },
            {
                title: "global endpoint with the secondary region allowed",
                config: { allowedRegions: ["eu-central-1"] },
                change: add(endpoint),
            },
            { title: "policy and permission removed", change: remove("orders-bus-policy", "orders-bus-put") },
        ],
    );
});
