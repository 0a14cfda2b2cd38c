/**
 * EventBridge: event buses, their policies and permissions, archives, rules, targets, API destinations, connections and
 * global endpoints.
 */
import type { EventApiDestinationArgs } from "@pulumi/aws/cloudwatch/eventApiDestination";
import type { EventArchiveArgs } from "@pulumi/aws/cloudwatch/eventArchive";
import type { EventBusArgs } from "@pulumi/aws/cloudwatch/eventBus";
import type { EventBusPolicyArgs } from "@pulumi/aws/cloudwatch/eventBusPolicy";
import type { EventConnectionArgs } from "@pulumi/aws/cloudwatch/eventConnection";
import type { EventEndpointArgs } from "@pulumi/aws/cloudwatch/eventEndpoint";
import type { EventPermissionArgs } from "@pulumi/aws/cloudwatch/eventPermission";
import type { EventRuleArgs } from "@pulumi/aws/cloudwatch/eventRule";
import type { EventTargetArgs } from "@pulumi/aws/cloudwatch/eventTarget";
import { regionOf } from "../../lib/stack-index";
import { resolveReference } from "../../lib/stores";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { QUEUE_TYPES } from "./sqs";
import { EVENT_BUS_TYPES, EVENT_RULE_TYPES, allowedAccount } from "./streams-support";

const NOTHING = { notOffered: "holds no events" };

export const cloudwatchEventBus = entry<EventBusArgs>()({
    types: ["aws:cloudwatch/eventBus:EventBus"],
    holds: "events put on the bus (application payloads), passed on to the targets of its rules",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "events", key: "kmsKeyIdentifier", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "EventBridge's endpoints accept HTTPS only" },
    retention: {
        notOffered: "a bus keeps no events: it delivers them at once (retrying up to 24 hours); archives are judged on their own",
    },
    destinations: [{ what: "moves events it cannot deliver to", store: true, path: "deadLetterConfig.arn", types: QUEUE_TYPES }],
    notes: "Who may put events or create rules is judged on EventBusPolicy and EventPermission; where events go, on EventTarget.",
});

export const cloudwatchEventArchive = entry<EventArchiveArgs>()({
    types: ["aws:cloudwatch/eventArchive:EventArchive"],
    holds: "copies of a bus's events (full payloads), kept for replay",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "eventSourceArn", types: EVENT_BUS_TYPES }],
    atRest: [{ what: "archived events", key: "kmsKeyIdentifier", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "archived inside EventBridge" },
    retention: [{ what: "archived events", period: "retentionDays", unit: "days", absent: "forever", zeroMeans: "forever" }],
    notes: "An archive has its bus's classification (an archive of the default bus, outside the stack, is judged as pii).",
});

export const cloudwatchEventBusPolicy = entry<EventBusPolicyArgs>()({
    types: ["aws:cloudwatch/eventBusPolicy:EventBusPolicy"],
    holds: "who may put events on a bus or create rules on it (a rule can send its events anywhere)",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "eventBusName", types: EVENT_BUS_TYPES }],
    atRest: NOTHING,
    inTransit: NOTHING,
    exposure: [{ what: "its event bus policy", policyDocument: "policy" }],
    retention: NOTHING,
    notes: "Without eventBusName the policy is the default bus's.",
});

/** Principal "*" may put events only under a condition on the organisation. */
function checkPublicPermission({ store, report }: StoreContext): void {
    const { principal, condition } = store.res.props;
    if (isUnknown(principal) || isUnknown(condition)) report("principal or condition is not known during preview");
    else if (principal === "*" && asList(condition).length === 0)
        report('lets every AWS account act on the event bus (principal "*" without a condition)');
}

/** An account principal must be this stack's or the shipping provider's. */
function checkPermissionAccount(context: StoreContext): void {
    const principal = context.store.res.props.principal;
    if (typeof principal === "string" && /^\d{12}$/.test(principal) && !allowedAccount(context, principal)) {
        context.report(
            `lets account ${principal}, outside this stack, act on the event bus (${context.store.res.props.action ?? "events:PutEvents"})`,
        );
    }
}

export const cloudwatchEventPermission = entry<EventPermissionArgs>()({
    types: ["aws:cloudwatch/eventPermission:EventPermission"],
    holds: "another account's permission to put events on a bus",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "eventBusName", types: EVENT_BUS_TYPES }],
    atRest: NOTHING,
    inTransit: NOTHING,
    exposure: [{ custom: checkPublicPermission, summary: 'principal "*" only with a condition (aws:PrincipalOrgID)' }],
    retention: NOTHING,
    destinations: [{ custom: checkPermissionAccount, summary: "no account outside this stack's and the shipping provider's" }],
});

export const cloudwatchEventRule = entry<EventRuleArgs>()({
    types: ["aws:cloudwatch/eventRule:EventRule"],
    holds: "the events of a bus that match its pattern (or scheduled events), handed to its targets",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "eventBusName", types: EVENT_BUS_TYPES }],
    // A rule without an event pattern fires on its schedule with a fixed "Scheduled Event" payload.
    carriesNothingWhen: { path: "eventPattern", not: true },
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    notes: "A rule has its bus's classification. A rule with an event pattern on the default bus has none: tag it (data-classification) to classify what its targets receive, or its targets are judged as receiving personal data. A scheduled rule without a pattern carries no data.",
});

const ACCOUNT_REGION_IN_ARN = /^arn:[^:]+:[^:]*:([^:]*):(\d{12})?:/;

/**
 * The target ARN when it names nothing of this stack. The argument is called `arn`, which the
 * store index reads as the resource's own ARN: the target then "resolves" to itself, and the
 * generic reader (declared below for the copy edge) sees no outside destination.
 */
function checkOutsideTarget(context: StoreContext): void {
    const { index, store, config, report } = context;
    const { arn, input } = store.res.props;
    if (input !== undefined && input !== "") return;
    const others = resolveReference(index, store.res, { path: "arn", types: "any" }).stores.filter((s) => s !== store);
    const deps = store.res.source.propertyDependencies?.arn ?? [];
    if (others.length > 0 || deps.length > 0) return;
    if (isUnknown(arn)) {
        if (store.isPii) report("delivers events to a target that is not known during preview");
        return;
    }
    if (typeof arn !== "string" || arn === "") return;
    const [, region, account] = ACCOUNT_REGION_IN_ARN.exec(arn) ?? [];
    const ownRegion = regionOf(index, store.res);
    if (account !== undefined && !allowedAccount(context, account))
        report(`delivers events to ${arn}, in account ${account}, outside this stack`);
    else if (region && ownRegion !== undefined && region !== ownRegion && !config.allowedRegions.includes(region))
        report(`delivers events to ${arn}, in region ${region}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
    else if (store.isPii && account === undefined)
        report(
            `delivers events to ${arn}, which is not a resource of this stack, so its account, encryption and retention cannot be verified`,
        );
}

export const cloudwatchEventTarget = entry<EventTargetArgs>()({
    types: ["aws:cloudwatch/eventTarget:EventTarget"],
    holds: "deliveries of a rule's events (payloads) to a target",
    tagging: "carrier",
    sources: [
        { path: "eventBusName", types: EVENT_BUS_TYPES },
        { path: "rule", types: EVENT_RULE_TYPES },
    ],
    atRest: { notOffered: "a target stores nothing; undelivered events go to its dead-letter queue" },
    inTransit: { notOffered: "EventBridge delivers to AWS targets over TLS and to API destinations over HTTPS only" },
    retention: { notOffered: "a target stores nothing; EventBridge retries delivery up to 24 hours" },
    destinations: [
        // The copy edge to a target of this stack; outside targets are judged by the custom check below (the
        // store index keys an EventTarget by its `arn` argument, so the generic reader finds no outside target).
        { what: "delivers events to", store: true, path: "arn", types: "any", when: { path: "input", not: true } },
        {
            custom: checkOutsideTarget,
            summary: "a target ARN that names nothing of this stack is in an allowed account and region, and receives no personal data",
        },
        { what: "moves undelivered events to", store: true, path: "deadLetterConfig.arn", types: QUEUE_TYPES },
    ],
    notes: "The target ARN may name a queue, stream, function, state machine, API destination or a bus in another account or region; it must be a store of this stack in an allowed region for personal data. A target of this stack is judged as a copy of the rule's events unless a fixed input replaces them: classify the rule to classify its targets.",
});

export const cloudwatchEventApiDestination = entry<EventApiDestinationArgs>()({
    types: ["aws:cloudwatch/eventApiDestination:EventApiDestination"],
    holds: "events sent to an HTTP endpoint, usually outside AWS",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an API destination stores nothing" },
    inTransit: { notOffered: "API destinations accept HTTPS endpoints only" },
    retention: { notOffered: "an API destination stores nothing" },
    destinations: [{ what: "sends events to", endpoint: "invocationEndpoint" }],
    notes: "Classified by the targets that deliver to it.",
});

export const cloudwatchEventConnection = entry<EventConnectionArgs>()({
    types: ["aws:cloudwatch/eventConnection:EventConnection"],
    holds: "credentials and extra parameters EventBridge sends to API destinations (kept in a Secrets Manager secret EventBridge manages)",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the connection's credentials", key: "kmsKeyIdentifier", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "authorization requests go over HTTPS only" },
    retention: { notOffered: "credentials stay until the connection is deleted" },
});

export const cloudwatchEventEndpoint = entry<EventEndpointArgs>()({
    types: ["aws:cloudwatch/eventEndpoint:EventEndpoint"],
    holds: "events routed (and, with replication, copied) between buses in two regions",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "eventBuses.eventBusArn", types: EVENT_BUS_TYPES }],
    atRest: { notOffered: "an endpoint stores nothing; each bus encrypts its events" },
    inTransit: { notOffered: "EventBridge's endpoints accept HTTPS only" },
    retention: { notOffered: "an endpoint stores nothing" },
    destinations: [
        { what: "routes events (on failover, and with replication always) to", region: "routingConfig.failoverConfig.secondary.route" },
    ],
});
