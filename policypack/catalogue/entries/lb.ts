/**
 * Elastic Load Balancing v2 (application, network and gateway load balancers): the load balancer
 * (its access and connection logs), listeners and rules (TLS towards clients, where requests go)
 * and target groups (TLS towards the backends). The `aws:alb/*` tokens are aliases of the
 * `aws:lb/*` ones and share their entries.
 */
import type { ListenerArgs } from "@pulumi/aws/lb/listener";
import type { ListenerRuleArgs } from "@pulumi/aws/lb/listenerRule";
import type { LoadBalancerArgs } from "@pulumi/aws/lb/loadBalancer";
import type { TargetGroupArgs } from "@pulumi/aws/lb/targetGroup";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { accessLogDelivery } from "./apigateway";

export const LOAD_BALANCER_TYPES = ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"];
const LISTENER_TYPES = ["aws:lb/listener:Listener", "aws:alb/listener:Listener"];
const TARGET_GROUP_TYPES = ["aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup"];
const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];

/**
 * ELB security policies that refuse TLS older than 1.2 (ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-*,
 * -FS-1-2-*, their FIPS and PQ variants).
 */
export function elbPolicyRefusesOldTls(policy: string): boolean {
    return /(^|-)(TLS13-1-[23]|TLS-1-[23]|FS-1-2)(-|$)/i.test(policy);
}

/** Protocols that carry traffic unencrypted by the load balancer (TLS, if any, is the client's and target's business). */
const PASS_THROUGH = ["TCP", "UDP", "TCP_UDP", "TCP_QUIC"];

function logsEnabled(block: string) {
    return (props: Record<string, any>): boolean | "unknown" => {
        const logs = asList(props[block])[0];
        if (logs === undefined) return false;
        if (isUnknown(logs) || isUnknown(logs?.enabled)) return "unknown";
        return isTrue(logs?.enabled);
    };
}

export const lbLoadBalancer = entry<LoadBalancerArgs>()({
    types: ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"],
    holds: "client requests in flight, and their access and connection logs",
    tagging: "carrier",
    names: ["name"],
    atRest: {
        notOffered: "a load balancer stores nothing; its logs go to a bucket (ALB access logs only to an SSE-S3 bucket), judged there",
    },
    inTransit: { notOffered: "TLS is set on each listener (towards clients) and target group (towards backends)" },
    retention: { notOffered: "a load balancer stores nothing; its logs' retention is their bucket's lifecycle" },
    destinations: [
        accessLogDelivery("writes its access logs to", { path: "accessLogs.bucket", types: BUCKET_TYPES }, logsEnabled("accessLogs")),
        accessLogDelivery(
            "writes its connection logs to",
            { path: "connectionLogs.bucket", types: BUCKET_TYPES },
            logsEnabled("connectionLogs"),
        ),
    ],
    notes: "internal defaults to false: an internet-facing load balancer is how customers reach the application by design, so it is not judged as public; who may reach which route is the listeners' and the application's business. Access logs (client address, full request line with query string, user agent) are delivered only when accessLogs.enabled is true.",
});

/** The listener's load balancer type, when its load balancer is in the stack. */
function loadBalancerType(store: StoreContext["store"]): string | undefined {
    const lb = store.sources.find((s) => LOAD_BALANCER_TYPES.includes(s.res.type));
    return lb ? String(lb.res.props.loadBalancerType ?? "application").toLowerCase() : undefined;
}

function redirectsToHttps(actions: unknown[]): boolean {
    return (
        actions.length > 0 &&
        actions.every(
            (action: any) =>
                String(action?.type).toLowerCase() === "redirect" &&
                String(asList(action?.redirect)[0]?.protocol ?? "").toUpperCase() === "HTTPS",
        )
    );
}

function checkListenerTls({ store, report }: StoreContext): void {
    const { protocol, sslPolicy, defaultActions } = store.res.props;
    if (isUnknown(protocol)) {
        report("protocol is not known during preview, so TLS cannot be verified");
        return;
    }
    const type = loadBalancerType(store);
    if (type === "gateway") return;
    const effective = String(protocol ?? (type === "network" ? "TCP" : "HTTP")).toUpperCase();
    if (effective === "HTTP") {
        if (isUnknown(defaultActions)) report("defaultActions are not known during preview, so a redirect to HTTPS cannot be verified");
        else if (!redirectsToHttps(asList(defaultActions)))
            report(
                `listens over plain HTTP (protocol ${protocol === undefined ? "not set: HTTP" : "HTTP"}) without redirecting every request to HTTPS (a default action of type redirect with protocol HTTPS)`,
            );
        return;
    }
    if (PASS_THROUGH.includes(effective)) {
        if (store.isPii)
            report(
                `carries personal data (${store.classifiedBy}) over ${effective}${protocol === undefined ? " (protocol not set)" : ""}, which the load balancer does not encrypt: use a TLS listener`,
            );
        return;
    }
    if (effective === "HTTPS" || effective === "TLS") {
        if (isUnknown(sslPolicy)) report("sslPolicy is not known during preview, so the minimum TLS version cannot be verified");
        else if (sslPolicy === undefined || sslPolicy === null || sslPolicy === "")
            report(
                "sslPolicy is not set, and the documented default ELBSecurityPolicy-2016-08 accepts TLS 1.0 and 1.1: set ELBSecurityPolicy-TLS13-1-2-2021-06 or another TLS 1.2+ policy",
            );
        else if (!elbPolicyRefusesOldTls(String(sslPolicy))) report(`sslPolicy ${JSON.stringify(sslPolicy)} accepts TLS older than 1.2`);
    }
}

export const lbListener = entry<ListenerArgs>()({
    types: LISTENER_TYPES as [string, ...string[]],
    holds: "client connections to a load balancer, forwarded to target groups",
    tagging: "carrier",
    sources: [{ path: "loadBalancerArn", types: LOAD_BALANCER_TYPES }],
    atRest: { notOffered: "a listener stores nothing" },
    inTransit: [
        {
            custom: checkListenerTls,
            summary:
                "HTTPS/TLS with a TLS 1.2+ sslPolicy (default ELBSecurityPolicy-2016-08 accepts TLS 1.0), HTTP only to redirect to HTTPS, no TCP/UDP pass-through for personal data",
        },
    ],
    retention: { notOffered: "a listener stores nothing" },
    destinations: [
        { what: "forwards requests to", store: true, path: "defaultActions.targetGroupArn", types: TARGET_GROUP_TYPES },
        { what: "forwards requests to", store: true, path: "defaultActions.forward.targetGroups.arn", types: TARGET_GROUP_TYPES },
    ],
    notes: "Without protocol an ALB listener is HTTP and an NLB listener TCP. Gateway Load Balancer listeners carry GENEVE-encapsulated traffic to appliances and are not judged for TLS.",
});

export const lbListenerRule = entry<ListenerRuleArgs>()({
    types: ["aws:lb/listenerRule:ListenerRule", "aws:alb/listenerRule:ListenerRule"],
    holds: "a routing rule of a listener, forwarding matching requests to target groups",
    tagging: "carrier",
    sources: [{ path: "listenerArn", types: LISTENER_TYPES }],
    atRest: { notOffered: "a rule stores nothing" },
    inTransit: { notOffered: "TLS towards clients is its listener's, towards backends its target groups'" },
    retention: { notOffered: "a rule stores nothing" },
    destinations: [
        { what: "forwards requests to", store: true, path: "actions.targetGroupArn", types: TARGET_GROUP_TYPES },
        { what: "forwards requests to", store: true, path: "actions.forward.targetGroups.arn", types: TARGET_GROUP_TYPES },
    ],
});

function checkTargetGroupTls({ store, report }: StoreContext): void {
    const { protocol, targetType } = store.res.props;
    if (String(targetType ?? "").toLowerCase() === "lambda") return;
    if (isUnknown(protocol) || isUnknown(targetType)) {
        if (store.isPii) report("protocol is not known during preview, so TLS towards the backends cannot be verified");
        return;
    }
    const value = String(protocol ?? "").toUpperCase();
    if (store.isPii && ["HTTP", ...PASS_THROUGH].includes(value)) {
        report(
            `sends personal data (${store.classifiedBy}) to its backends over ${value}, unencrypted inside the network: use HTTPS or TLS`,
        );
    }
}

export const lbTargetGroup = entry<TargetGroupArgs>()({
    types: TARGET_GROUP_TYPES as [string, ...string[]],
    holds: "requests forwarded from a load balancer to backends",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a target group stores nothing" },
    inTransit: [{ custom: checkTargetGroupTls, summary: "HTTPS or TLS towards the backends for personal data" }],
    retention: { notOffered: "a target group stores nothing" },
    notes: "A target group carries the classification of the listeners and rules that forward to it. ELB does not validate backend certificates.",
});
