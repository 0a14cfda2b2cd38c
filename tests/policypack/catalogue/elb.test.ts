import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const CLASSIC = "aws:elb/loadBalancer:LoadBalancer";
const HTTPS = {
    lbPort: 443,
    lbProtocol: "HTTPS",
    instancePort: 8443,
    instanceProtocol: "HTTPS",
    sslCertificateId: `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/1`,
};

const classic = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLASSIC,
            name: "old-clb",
            props: {
                name: "old-clb",
                subnets: ["subnet-1"],
                securityGroups: ["sg-1"],
                listeners: [HTTPS],
                accessLogs: { bucket: "logs-abc", interval: 60 },
                tags: PII_TAGS,
            },
            propertyDependencies: { accessLogs: ["logs"] },
        },
        {
            type: "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy",
            name: "old-clb-tls",
            props: {
                name: "tls12",
                loadBalancer: "old-clb",
                lbPort: 443,
                attributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }],
            },
            propertyDependencies: { loadBalancer: ["old-clb"] },
        },
    ]);

const customPolicy = (attributes: object[]): ResourceSpec[] => [
    {
        type: "aws:elb/loadBalancerPolicy:LoadBalancerPolicy",
        name: "old-clb-custom-tls",
        props: {
            loadBalancerName: "old-clb",
            policyName: "custom-tls",
            policyTypeName: "SSLNegotiationPolicyType",
            policyAttributes: attributes,
        },
        propertyDependencies: { loadBalancerName: ["old-clb"] },
    },
    {
        type: "aws:elb/listenerPolicy:ListenerPolicy",
        name: "old-clb-listener-policy",
        props: { loadBalancerName: "old-clb", loadBalancerPort: 443, policyNames: ["custom-tls"] },
        propertyDependencies: { loadBalancerName: ["old-clb"], policyNames: ["old-clb-custom-tls"] },
    },
];

describe("catalogue: Classic Load Balancers", () => {
    describeEntry(
        "Classic Load Balancers",
        classic,
        [
            {
                title: "an HTTP listener",
                change: props("old-clb", (p) => {
                    p.listeners.push({ lbPort: 80, lbProtocol: "HTTP", instancePort: 8443, instanceProtocol: "HTTPS" });
                }),
                policy: datastoreTransitRequireTls,
                at: [CLASSIC, "old-clb"],
                message: /listener on port 80 accepts plain HTTP/,
            },
            {
                title: "an HTTPS listener without an SSL negotiation policy (ELBSecurityPolicy-2016-08)",
                change: remove("old-clb-tls"),
                policy: datastoreTransitRequireTls,
                at: [CLASSIC, "old-clb"],
                message: /listener on port 443 has no SSL negotiation policy, so it uses ELBSecurityPolicy-2016-08/,
            },
            {
                title: "a negotiation policy on ELBSecurityPolicy-2016-08",
                change: props("old-clb-tls", (p) => {
                    p.attributes[0].value = "ELBSecurityPolicy-2016-08";
                }),
                policy: datastoreTransitRequireTls,
                at: [CLASSIC, "old-clb"],
                message: /listener on port 443: its SSL negotiation policy accepts TLS older than 1.2/,
            },
            {
                title: "a custom policy still accepting TLS 1.0",
                change: (stack) => {
                    remove("old-clb-tls")(stack);
                    add(
                        ...customPolicy([
                            { name: "Protocol-TLSv1.2", value: "true" },
                            { name: "Protocol-TLSv1", value: "true" },
                        ]),
                    )(stack);
                },
                policy: datastoreTransitRequireTls,
                at: [CLASSIC, "old-clb"],
                message: /its SSL negotiation policy accepts TLS older than 1.2/,
            },
            {
                title: "personal data to the instances over HTTP",
                change: props("old-clb", (p) => {
                    p.listeners[0].instanceProtocol = "HTTP";
                    p.listeners[0].instancePort = 80;
                }),
                policy: datastoreTransitRequireTls,
                at: [CLASSIC, "old-clb"],
                message: /sends personal data .* to the instances over HTTP/,
            },
            {
                title: "personal data over a TCP listener",
                change: props("old-clb", (p) => {
                    p.listeners.push({ lbPort: 5432, lbProtocol: "TCP", instancePort: 5432, instanceProtocol: "TCP" });
                }),
                policy: datastoreTransitRequireTls,
                at: [CLASSIC, "old-clb"],
                message: /listener on port 5432 carries personal data .* over TCP/,
            },
            {
                title: "access logs of personal data to a bucket outside the stack",
                change: (stack) => {
                    props("old-clb", (p) => {
                        p.accessLogs.bucket = "other-logs";
                    })(stack);
                    stack.find((s) => s.name === "old-clb")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [CLASSIC, "old-clb"],
                message: /writes its access logs to other-logs, which is not a resource of this stack/,
            },
        ],
        [
            {
                title: "a custom negotiation policy with TLS 1.2 only, set by a listener policy",
                change: (stack) => {
                    remove("old-clb-tls")(stack);
                    add(
                        ...customPolicy([
                            { name: "Protocol-TLSv1.2", value: "true" },
                            { name: "Protocol-TLSv1", value: "false" },
                            { name: "ECDHE-RSA-AES128-GCM-SHA256", value: "true" },
                        ]),
                    )(stack);
                },
            },
            {
                title: "access logs switched off",
                change: (stack) => {
                    props("old-clb", (p) => {
                        p.accessLogs = { bucket: "other-logs", enabled: false };
                    })(stack);
                    stack.find((s) => s.name === "old-clb")!.propertyDependencies = {};
                },
            },
        ],
    );
});
