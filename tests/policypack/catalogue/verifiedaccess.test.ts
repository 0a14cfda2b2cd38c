import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const ENDPOINT = "aws:verifiedaccess/endpoint:Endpoint";

const verifiedaccess = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ENDPOINT,
            name: "admin-app",
            props: {
                attachmentType: "vpc",
                endpointType: "load-balancer",
                verifiedAccessGroupId: "vagr-1",
                applicationDomain: "admin.example.com",
                domainCertificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/1",
                endpointDomainPrefix: "admin",
                loadBalancerOptions: {
                    loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/admin/1",
                    port: 443,
                    protocol: "https",
                    subnetIds: ["subnet-1"],
                },
            },
        },
    ]);

describe("catalogue: Verified Access", () => {
    describeEntry("aws:verifiedaccess/endpoint:Endpoint", verifiedaccess, [
        {
            title: "plain HTTP to the load balancer",
            change: props("admin-app", (p) => {
                p.loadBalancerOptions.protocol = "http";
                p.loadBalancerOptions.port = 80;
            }),
            policy: datastoreTransitRequireTls,
            at: [ENDPOINT, "admin-app"],
            message: /traffic to the application's load balancer does not require TLS: loadBalancerOptions.protocol is "http"/,
        },
        {
            title: "plain HTTP to a network interface",
            change: props("admin-app", (p) => {
                p.endpointType = "network-interface";
                delete p.loadBalancerOptions;
                p.networkInterfaceOptions = { networkInterfaceId: "eni-1", port: 80, protocol: "http" };
            }),
            policy: datastoreTransitRequireTls,
            at: [ENDPOINT, "admin-app"],
            message: /networkInterfaceOptions.protocol is "http"/,
        },
    ]);
});
