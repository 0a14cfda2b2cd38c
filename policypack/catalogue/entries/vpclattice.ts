/**
 * VPC Lattice: listeners and target groups carry requests between services (each with a
 * protocol), auth policies decide which principals may call a service, and resource policies
 * share services and service networks with other accounts. Services, service networks, their
 * associations, rules, resource gateways and configurations, domain verification and access-log
 * subscriptions (request metadata) hold no customer data.
 */
import type { AuthPolicyArgs } from "@pulumi/aws/vpclattice/authPolicy";
import type { ListenerArgs } from "@pulumi/aws/vpclattice/listener";
import type { ResourcePolicyArgs } from "@pulumi/aws/vpclattice/resourcePolicy";
import type { TargetGroupArgs } from "@pulumi/aws/vpclattice/targetGroup";
import { entry } from "../entry";

const IN_FLIGHT = { notOffered: "requests pass through; nothing is stored" };
const POLICY_ONLY = { notOffered: "a policy holds no data" };

export const vpclatticeListener = entry<ListenerArgs>()({
    types: ["aws:vpclattice/listener:Listener"],
    holds: "requests to a service and its responses, in flight",
    tagging: "carrier",
    names: ["name"],
    atRest: IN_FLIGHT,
    inTransit: [{ what: "requests to the listener", setting: { path: "protocol", on: ["HTTPS", "TLS_PASSTHROUGH"], absent: false } }],
    retention: IN_FLIGHT,
});

export const vpclatticeTargetGroup = entry<TargetGroupArgs>()({
    types: ["aws:vpclattice/targetGroup:TargetGroup"],
    holds: "requests forwarded to a service's targets, in flight",
    tagging: "carrier",
    names: ["name"],
    atRest: IN_FLIGHT,
    inTransit: [
        {
            what: "requests to the targets",
            when: { path: "type", on: ["IP", "INSTANCE", "ALB"] },
            setting: { path: "config.protocol", on: ["HTTPS", "TCP"], absent: false },
        },
    ],
    retention: IN_FLIGHT,
    notes: "TCP target groups serve TLS_PASSTHROUGH listeners: the client's TLS session reaches the target. Lambda targets are invoked inside AWS.",
});

export const vpclatticeAuthPolicy = entry<AuthPolicyArgs>()({
    types: ["aws:vpclattice/authPolicy:AuthPolicy"],
    holds: "who may call a service or the services of a network",
    tagging: "carrier",
    atRest: POLICY_ONLY,
    inTransit: POLICY_ONLY,
    exposure: [{ what: "its auth policy", policyDocument: "policy" }],
    retention: POLICY_ONLY,
});

export const vpclatticeResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:vpclattice/resourcePolicy:ResourcePolicy"],
    holds: "other accounts' access to a service or service network",
    tagging: "carrier",
    atRest: POLICY_ONLY,
    inTransit: POLICY_ONLY,
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: POLICY_ONLY,
});
