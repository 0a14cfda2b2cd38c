import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const NODE = "aws:appmesh/virtualNode:VirtualNode";
const GATEWAY = "aws:appmesh/virtualGateway:VirtualGateway";
const tls = (mode: string) => ({ mode, certificate: { acm: { certificateArn: `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/1` } } });

const mesh = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: NODE,
            name: "labels-node",
            props: {
                name: "labels",
                meshName: "shop",
                spec: {
                    listeners: [{ portMapping: { port: 8443, protocol: "http" }, tls: tls("STRICT") }],
                    serviceDiscovery: { dns: { hostname: "labels.internal" } },
                },
            },
        },
        {
            type: GATEWAY,
            name: "ingress",
            props: {
                name: "ingress",
                meshName: "shop",
                spec: { listeners: [{ portMapping: { port: 443, protocol: "http" }, tls: tls("STRICT") }] },
            },
        },
    ]);

describe("catalogue: App Mesh", () => {
    describeEntry(
        "virtual nodes and gateways",
        mesh,
        [
            {
                title: "a node listener accepting plaintext (PERMISSIVE)",
                change: props("labels-node", (p) => {
                    p.spec.listeners[0].tls.mode = "PERMISSIVE";
                }),
                policy: datastoreTransitRequireTls,
                at: [NODE, "labels-node"],
                message: /the node's listener does not require TLS: spec.listeners.tls.mode is "PERMISSIVE"/,
            },
            {
                title: "a node listener without TLS",
                change: props("labels-node", (p) => {
                    delete p.spec.listeners[0].tls;
                }),
                policy: datastoreTransitRequireTls,
                at: [NODE, "labels-node"],
                message: /spec.listeners.tls.mode is not set \(no tls block: plaintext\)/,
            },
            {
                title: "a gateway listener with TLS disabled",
                change: props("ingress", (p) => {
                    p.spec.listeners[0].tls.mode = "DISABLED";
                }),
                policy: datastoreTransitRequireTls,
                at: [GATEWAY, "ingress"],
                message: /the gateway's listener does not require TLS/,
            },
            {
                title: "a node in another account's mesh",
                change: props("labels-node", (p) => {
                    p.meshOwner = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [NODE, "labels-node"],
                message: /joins a mesh owned by account 999988887777/,
            },
        ],
        [
            {
                title: "a client-only node without listeners",
                change: props("labels-node", (p) => {
                    delete p.spec.listeners;
                }),
            },
        ],
    );
});
