/** Classic Load Balancers: listeners (TLS towards clients and instances, SSL negotiation policies) and access logs. */
import type { LoadBalancerArgs } from "@pulumi/aws/elb/loadBalancer";
import { Res, StackIndex } from "../../lib/stack-index";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { accessLogDelivery } from "./apigateway";
import { elbPolicyRefusesOldTls } from "./lb";

const CLASSIC_TYPE = "aws:elb/loadBalancer:LoadBalancer";
const LISTENER_POLICY_TYPE = "aws:elb/listenerPolicy:ListenerPolicy";
const LOAD_BALANCER_POLICY_TYPE = "aws:elb/loadBalancerPolicy:LoadBalancerPolicy";
const SSL_NEGOTIATION_POLICY_TYPE = "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy";
const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const OLD_PROTOCOL_ATTRIBUTES = ["Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"];

/** Whether `res` names this load balancer in `property` (by dependency or by name). */
function namesLoadBalancer(res: Res, property: string, lb: Res): boolean {
    if ((res.source.propertyDependencies?.[property] ?? []).some((d) => d.urn === lb.urn)) return true;
    const value = res.props[property];
    return typeof value === "string" && !isUnknown(value) && (value === lb.props.name || value === lb.name);
}

/**
 * An SSL negotiation policy's attributes refuse TLS older than 1.2: a TLS 1.2 reference policy, or every older protocol
 * off and TLSv1.2 on.
 */
function refusesOldTls(attributes: unknown[]): boolean | "unknown" {
    if (attributes.some((a: any) => isUnknown(a) || isUnknown(a?.name) || isUnknown(a?.value))) return "unknown";
    const value = (name: string) => attributes.find((a: any) => a?.name === name) as { value?: unknown } | undefined;
    const reference = value("Reference-Security-Policy")?.value;
    if (typeof reference === "string") return elbPolicyRefusesOldTls(reference);
    return (
        String(value("Protocol-TLSv1.2")?.value).toLowerCase() === "true" &&
        OLD_PROTOCOL_ATTRIBUTES.every((name) => String(value(name)?.value ?? "false").toLowerCase() !== "true")
    );
}

/**
 * The TLS policy in force on a secure listener: an SslNegotiationPolicy on its port, or a LoadBalancerPolicy a
 * ListenerPolicy sets on it.
 */
function listenerPolicyState(index: StackIndex, lb: Res, port: unknown): boolean | "unknown" | undefined {
    const onPort = (value: unknown) => isUnknown(value) || String(value) === String(port);
    const negotiation = index
        .ofTypes([SSL_NEGOTIATION_POLICY_TYPE])
        .filter((p) => namesLoadBalancer(p, "loadBalancer", lb) && onPort(p.props.lbPort));
    const names = index
        .ofTypes([LISTENER_POLICY_TYPE])
        .filter((p) => namesLoadBalancer(p, "loadBalancerName", lb) && onPort(p.props.loadBalancerPort))
        .flatMap((p) => asList(p.props.policyNames));
    const policies = index
        .ofTypes([LOAD_BALANCER_POLICY_TYPE])
        .filter(
            (p) =>
                namesLoadBalancer(p, "loadBalancerName", lb) &&
                String(p.props.policyTypeName) === "SSLNegotiationPolicyType" &&
                names.some((n) => isUnknown(n) || n === p.props.policyName),
        );
    const states = [
        ...negotiation.map((p) => refusesOldTls(asList(p.props.attributes))),
        ...policies.map((p) => refusesOldTls(asList(p.props.policyAttributes))),
    ];
    if (states.length === 0) return undefined;
    if (states.includes("unknown")) return "unknown";
    return states.every((s) => s === true);
}

function checkClassicTls({ index, store, report }: StoreContext): void {
    const listeners = store.res.props.listeners;
    if (isUnknown(listeners)) {
        report("listeners are not known during preview, so TLS cannot be verified");
        return;
    }
    for (const listener of asList(listeners)) {
        const port = listener?.lbPort;
        const protocol = String(listener?.lbProtocol ?? "").toUpperCase();
        const instanceProtocol = String(listener?.instanceProtocol ?? "").toUpperCase();
        if (isUnknown(listener?.lbProtocol) || isUnknown(listener?.instanceProtocol)) {
            report(`listener on port ${port}: its protocols are not known during preview`);
            continue;
        }
        if (protocol === "HTTP")
            report(`listener on port ${port} accepts plain HTTP (a Classic Load Balancer cannot redirect it to HTTPS)`);
        else if (protocol === "TCP" && store.isPii)
            report(
                `listener on port ${port} carries personal data (${store.classifiedBy}) over TCP, which the load balancer does not encrypt: use SSL or HTTPS`,
            );
        if (store.isPii && (instanceProtocol === "HTTP" || instanceProtocol === "TCP"))
            report(
                `listener on port ${port} sends personal data (${store.classifiedBy}) to the instances over ${instanceProtocol}, unencrypted inside the network`,
            );
        if (protocol === "HTTPS" || protocol === "SSL") {
            const state = listenerPolicyState(index, store.res, port);
            if (state === "unknown") report(`listener on port ${port}: its SSL negotiation policy is not known during preview`);
            else if (state === undefined)
                report(
                    `listener on port ${port} has no SSL negotiation policy, so it uses ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1: attach ELBSecurityPolicy-TLS-1-2-2017-01 (SslNegotiationPolicy or LoadBalancerPolicy with ListenerPolicy)`,
                );
            else if (!state) report(`listener on port ${port}: its SSL negotiation policy accepts TLS older than 1.2`);
        }
    }
}

export const elbLoadBalancer = entry<LoadBalancerArgs>()({
    types: [CLASSIC_TYPE],
    holds: "client requests in flight to instances, and their access logs",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a load balancer stores nothing; its access logs go to an SSE-S3 bucket, judged there" },
    inTransit: [
        {
            custom: checkClassicTls,
            summary:
                "no HTTP listener, HTTPS/SSL listeners with a TLS 1.2+ negotiation policy (default ELBSecurityPolicy-2016-08 accepts TLS 1.0), no TCP or plain instance protocol for personal data",
        },
    ],
    retention: { notOffered: "a load balancer stores nothing; its logs' retention is their bucket's lifecycle" },
    destinations: [
        accessLogDelivery("writes its access logs to", { path: "accessLogs.bucket", types: BUCKET_TYPES }, (props) => {
            const logs = asList(props.accessLogs)[0];
            if (logs === undefined) return false;
            if (isUnknown(logs) || isUnknown(logs?.enabled)) return "unknown";
            return logs?.enabled === undefined || isTrue(logs.enabled);
        }),
    ],
    notes: "internal defaults to false: an internet-facing load balancer is how customers reach the application by design. accessLogs.enabled defaults to true when the block is given. Its SSL negotiation, listener, backend-server and stickiness policies are settings read here.",
});
