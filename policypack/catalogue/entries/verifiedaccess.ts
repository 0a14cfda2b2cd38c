/**
 * Verified Access: endpoints carry users' traffic to internal applications; the leg from
 * Verified Access to the application has a protocol setting. Instances, groups (Cedar access
 * policies), trust providers, their attachments and access-log configurations (workforce users'
 * request metadata) hold no customer data.
 */
import type { EndpointArgs } from "@pulumi/aws/verifiedaccess/endpoint";
import { entry } from "../entry";

export const verifiedaccessEndpoint = entry<EndpointArgs>()({
    types: ["aws:verifiedaccess/endpoint:Endpoint"],
    holds: "users' requests and the application's responses, in flight",
    tagging: "carrier",
    atRest: { notOffered: "an endpoint stores nothing; sseSpecification encrypts its access policy, not application data" },
    inTransit: [
        {
            what: "traffic to the application's load balancer",
            when: { path: "endpointType", on: ["load-balancer"] },
            setting: { path: "loadBalancerOptions.protocol", on: ["https"], absent: false, absentMeans: "no protocol: cannot be verified" },
        },
        {
            what: "traffic to the application's network interface",
            when: { path: "endpointType", on: ["network-interface"] },
            setting: {
                path: "networkInterfaceOptions.protocol",
                on: ["https"],
                absent: false,
                absentMeans: "no protocol: cannot be verified",
            },
        },
    ],
    retention: { notOffered: "an endpoint stores nothing" },
    notes: "Users reach the endpoint over HTTPS with its domain certificate. CIDR and RDS endpoints pass TCP through; the database's own TLS is judged on the database.",
});
