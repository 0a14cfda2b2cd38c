/** Transit Gateway: peerings with transit gateways of other accounts or regions (routing itself holds no data). */
import type { PeeringAttachmentArgs } from "@pulumi/aws/ec2transitgateway/peeringAttachment";
import { entry } from "../entry";

const NOTHING = { notOffered: "a network path stores nothing" };

export const ec2transitgatewayPeeringAttachment = entry<PeeringAttachmentArgs>()({
    types: ["aws:ec2transitgateway/peeringAttachment:PeeringAttachment"],
    holds: "a network path to a transit gateway of another account or region",
    tagging: "carrier",
    atRest: NOTHING,
    inTransit: { notOffered: "AWS encrypts peering traffic between regions; there is no setting" },
    retention: NOTHING,
    destinations: [
        { what: "opens a network path to the transit gateway of", account: "peerAccountId" },
        { what: "opens a network path to a transit gateway in", region: "peerRegion" },
    ],
    notes: "Without peerAccountId the peer is in the provider's account. The accepting side sees the requester only in its outputs.",
});
