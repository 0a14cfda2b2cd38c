import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const LB = "aws:lb/loadBalancer:LoadBalancer";
const LISTENER = "aws:lb/listener:Listener";
const TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
const ALB_TARGET_GROUP = "aws:alb/targetGroup:TargetGroup";
const LB_ARN = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/web/1`;
const TG_ARN = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:targetgroup/${name}/1`;
const INTERNAL_TAGS = { "data-classification": "internal", "retention-days": "30", owner: "web" };

const lb = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LB,
            name: "web",
            props: {
                name: "web",
                loadBalancerType: "application",
                securityGroups: ["sg-web"],
                subnets: ["subnet-1", "subnet-2"],
                accessLogs: { bucket: "logs-abc", prefix: "web", enabled: true },
                tags: PII_TAGS,
            },
            propertyDependencies: { accessLogs: ["logs"] },
        },
        { type: TARGET_GROUP, name: "web-tg", props: { name: "web-tg", port: 443, protocol: "HTTPS", vpcId: "vpc-1", targetType: "ip" } },
        {
            type: ALB_TARGET_GROUP,
            name: "api-tg",
            props: { name: "api-tg", port: 443, protocol: "HTTPS", vpcId: "vpc-1", targetType: "ip" },
        },
        {
            type: LISTENER,
            name: "web-https",
            props: {
                loadBalancerArn: LB_ARN,
                port: 443,
                protocol: "HTTPS",
                sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
                certificateArn: `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/1`,
                defaultActions: [{ type: "forward", targetGroupArn: TG_ARN("web-tg") }],
            },
            propertyDependencies: { loadBalancerArn: ["web"], defaultActions: ["web-tg"] },
        },
        {
            type: LISTENER,
            name: "web-http",
            props: {
                loadBalancerArn: LB_ARN,
                port: 80,
                protocol: "HTTP",
                defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
            },
            propertyDependencies: { loadBalancerArn: ["web"] },
        },
        {
            type: "aws:alb/listenerRule:ListenerRule",
            name: "api-rule",
            props: {
                listenerArn: "listener-arn",
                priority: 10,
                conditions: [{ pathPattern: { values: ["/api/*"] } }],
                actions: [{ type: "forward", targetGroupArn: TG_ARN("api-tg") }],
            },
            propertyDependencies: { listenerArn: ["web-https"], actions: ["api-tg"] },
        },
    ]);

describe("catalogue: Elastic Load Balancing v2 (lb and alb tokens)", () => {
    describeEntry(
        "load balancers, listeners, rules and target groups",
        lb,
        [
            {
                title: "an HTTP listener forwarding instead of redirecting",
                change: props("web-http", (p) => {
                    p.defaultActions = [{ type: "forward", targetGroupArn: TG_ARN("web-tg") }];
                }),
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "web-http"],
                message: /listens over plain HTTP \(protocol HTTP\) without redirecting every request to HTTPS/,
            },
            {
                title: "a listener without protocol (HTTP on an ALB)",
                change: props("web-http", (p) => {
                    delete p.protocol;
                    p.defaultActions = [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "200" } }];
                }),
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "web-http"],
                message: /protocol not set: HTTP/,
            },
            {
                title: "an HTTPS listener without sslPolicy (ELBSecurityPolicy-2016-08)",
                change: props("web-https", (p) => {
                    delete p.sslPolicy;
                }),
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "web-https"],
                message: /sslPolicy is not set, and the documented default ELBSecurityPolicy-2016-08 accepts TLS 1.0 and 1.1/,
            },
            {
                title: "an HTTPS listener on ELBSecurityPolicy-2016-08",
                change: props("web-https", (p) => {
                    p.sslPolicy = "ELBSecurityPolicy-2016-08";
                }),
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "web-https"],
                message: /sslPolicy "ELBSecurityPolicy-2016-08" accepts TLS older than 1.2/,
            },
            {
                title: "an HTTPS listener on a TLS 1.3 policy that still accepts TLS 1.0",
                change: props("web-https", (p) => {
                    p.sslPolicy = "ELBSecurityPolicy-TLS13-1-0-2021-06";
                }),
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "web-https"],
                message: /accepts TLS older than 1.2/,
            },
            {
                title: "a target group over HTTP carrying personal data",
                change: props("web-tg", (p) => {
                    p.protocol = "HTTP";
                    p.port = 80;
                }),
                policy: datastoreTransitRequireTls,
                at: [TARGET_GROUP, "web-tg"],
                message: /sends personal data .* to its backends over HTTP, unencrypted inside the network/,
            },
            {
                title: "an alb target group reached through a rule, over HTTP",
                change: props("api-tg", (p) => {
                    p.protocol = "HTTP";
                }),
                policy: datastoreTransitRequireTls,
                at: [ALB_TARGET_GROUP, "api-tg"],
                message: /to its backends over HTTP/,
            },
            {
                title: "a network load balancer passing personal data over TCP",
                change: (stack) => {
                    props("web", (p) => {
                        p.loadBalancerType = "network";
                    })(stack);
                    props("web-https", (p) => {
                        delete p.protocol;
                        delete p.sslPolicy;
                    })(stack);
                },
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "web-https"],
                message: /carries personal data .* over TCP \(protocol not set\), which the load balancer does not encrypt/,
            },
            {
                title: "access logs of personal data to a bucket outside the stack",
                change: (stack) => {
                    props("web", (p) => {
                        p.accessLogs.bucket = "other-logs";
                    })(stack);
                    stack.find((s) => s.name === "web")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [LB, "web"],
                message: /writes its access logs to other-logs, which is not a resource of this stack/,
            },
            {
                title: "an alb listener on an alb load balancer over plain HTTP",
                change: add(
                    { type: "aws:alb/loadBalancer:LoadBalancer", name: "old-web", props: { name: "old-web", tags: PII_TAGS } },
                    {
                        type: "aws:alb/listener:Listener",
                        name: "old-web-http",
                        props: {
                            loadBalancerArn: "old",
                            port: 80,
                            protocol: "HTTP",
                            defaultActions: [{ type: "forward", targetGroupArn: TG_ARN("web-tg") }],
                        },
                        propertyDependencies: { loadBalancerArn: ["old-web"] },
                    },
                ),
                policy: datastoreTransitRequireTls,
                at: ["aws:alb/listener:Listener", "old-web-http"],
                message: /listens over plain HTTP/,
            },
        ],
        [
            {
                title: "an internal application on HTTP backends",
                change: (stack) => {
                    props("web", (p) => {
                        p.tags = INTERNAL_TAGS;
                        p.internal = true;
                    })(stack);
                    props("web-tg", (p) => {
                        p.protocol = "HTTP";
                    })(stack);
                    props("api-tg", (p) => {
                        p.protocol = "HTTP";
                    })(stack);
                },
            },
            {
                title: "access logs switched off",
                change: (stack) => {
                    props("web", (p) => {
                        p.accessLogs = { bucket: "other-logs", enabled: false };
                    })(stack);
                    stack.find((s) => s.name === "web")!.propertyDependencies = {};
                },
            },
            {
                title: "a Gateway Load Balancer listener",
                change: add(
                    { type: LB, name: "inspection", props: { name: "inspection", loadBalancerType: "gateway", tags: PII_TAGS } },
                    {
                        type: TARGET_GROUP,
                        name: "appliances",
                        props: { name: "appliances", port: 6081, protocol: "GENEVE", vpcId: "vpc-1" },
                    },
                    {
                        type: LISTENER,
                        name: "inspection-listener",
                        props: { loadBalancerArn: "gwlb", defaultActions: [{ type: "forward", targetGroupArn: TG_ARN("appliances") }] },
                        propertyDependencies: { loadBalancerArn: ["inspection"], defaultActions: ["appliances"] },
                    },
                ),
            },
            {
                title: "a Lambda target group",
                change: props("web-tg", (p) => {
                    p.targetType = "lambda";
                    delete p.protocol;
                    delete p.port;
                }),
            },
        ],
    );
});
