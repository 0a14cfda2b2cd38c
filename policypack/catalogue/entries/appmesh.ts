/** App Mesh: virtual nodes and gateways, whose listeners carry service traffic with or without TLS. */
import type { VirtualGatewayArgs } from "@pulumi/aws/appmesh/virtualGateway";
import type { VirtualNodeArgs } from "@pulumi/aws/appmesh/virtualNode";
import { entry } from "../entry";

export const appmeshVirtualNode = entry<VirtualNodeArgs>()({
    types: ["aws:appmesh/virtualNode:VirtualNode"],
    holds: "requests to and from a service in the mesh",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a virtual node stores nothing; its Envoy access log goes to a file or the container's output" },
    inTransit: [
        {
            what: "the node's listener",
            when: { path: "spec.listeners" },
            setting: { path: "spec.listeners.tls.mode", on: ["STRICT"], absent: false, absentMeans: "no tls block: plaintext" },
        },
    ],
    retention: { notOffered: "a virtual node stores nothing" },
    destinations: [{ what: "joins a mesh owned by", account: "meshOwner" }],
    notes: "PERMISSIVE TLS still accepts plaintext connections; only STRICT refuses them.",
});

export const appmeshVirtualGateway = entry<VirtualGatewayArgs>()({
    types: ["aws:appmesh/virtualGateway:VirtualGateway"],
    holds: "requests entering the mesh",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a virtual gateway stores nothing; its Envoy access log goes to a file or the container's output" },
    inTransit: [
        {
            what: "the gateway's listener",
            setting: { path: "spec.listeners.tls.mode", on: ["STRICT"], absent: false, absentMeans: "no tls block: plaintext" },
        },
    ],
    retention: { notOffered: "a virtual gateway stores nothing" },
    destinations: [{ what: "joins a mesh owned by", account: "meshOwner" }],
    notes: "PERMISSIVE TLS still accepts plaintext connections; only STRICT refuses them.",
});
