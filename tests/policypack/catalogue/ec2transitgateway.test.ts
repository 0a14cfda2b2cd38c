import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const PEERING = "aws:ec2transitgateway/peeringAttachment:PeeringAttachment";

const tgw = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PEERING,
            name: "peer",
            props: {
                region: "eu-west-1",
                transitGatewayId: "tgw-1",
                peerTransitGatewayId: "tgw-2",
                peerRegion: "eu-west-1",
                peerAccountId: ACCOUNT,
            },
        },
    ]);

describe("catalogue: Transit Gateway", () => {
    describeEntry(
        "aws:ec2transitgateway/peeringAttachment:PeeringAttachment",
        tgw,
        [
            {
                title: "a peering with another account",
                change: props("peer", (p) => {
                    p.peerAccountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PEERING, "peer"],
                message: /opens a network path to the transit gateway of account 999988887777, outside this stack/,
            },
            {
                title: "a peering with a region not allowed",
                change: props("peer", (p) => {
                    p.peerRegion = "eu-central-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PEERING, "peer"],
                message: /opens a network path to a transit gateway in region eu-central-1, not on allowedRegions \(none\)/,
            },
        ],
        [
            {
                title: "a peering in an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("peer", (p) => {
                    p.peerRegion = "eu-central-1";
                }),
            },
            {
                title: "a peering with the shipping provider's account",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("peer", (p) => {
                    p.peerAccountId = OUTSIDE_ACCOUNT;
                }),
            },
        ],
    );
});
