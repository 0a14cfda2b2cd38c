/** Amazon Detective: behaviour graphs, and the accounts whose security telemetry flows into another account's graph. */
import type { GraphArgs } from "@pulumi/aws/detective/graph";
import type { InvitationAccepterArgs } from "@pulumi/aws/detective/invitationAccepter";
import type { OrganizationAdminAccountArgs } from "@pulumi/aws/detective/organizationAdminAccount";
import { entry } from "../entry";

const TELEMETRY = {
    classification: "confidential" as const,
    why: "security telemetry (CloudTrail management events, VPC flow logs, GuardDuty findings) carries addresses, principals and the opaque keys of customer records",
};
const NOTHING = { notOffered: "membership stores nothing" };

export const detectiveGraph = entry<GraphArgs>()({
    types: ["aws:detective/graph:Graph"],
    holds: "a behaviour graph built from the security telemetry of its member accounts",
    tagging: "carrier",
    inherent: TELEMETRY,
    atRest: { notOffered: "Detective encrypts graphs under a key AWS owns; a graph takes no customer-managed key" },
    inTransit: { notOffered: "Detective's endpoints accept HTTPS only" },
    retention: { notOffered: "Detective keeps up to a year of telemetry, whatever the settings" },
});

export const detectiveInvitationAccepter = entry<InvitationAccepterArgs>()({
    types: ["aws:detective/invitationAccepter:InvitationAccepter"],
    holds: "this account's security telemetry, contributed to another account's behaviour graph",
    tagging: "carrier",
    inherent: TELEMETRY,
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [
        {
            what: "contributes the account's security telemetry to the graph",
            store: true,
            path: "graphArn",
            types: ["aws:detective/graph:Graph"],
        },
    ],
});

export const detectiveOrganizationAdminAccount = entry<OrganizationAdminAccountArgs>()({
    types: ["aws:detective/organizationAdminAccount:OrganizationAdminAccount"],
    holds: "the organisation's Detective administrator, which receives every member account's security telemetry",
    tagging: "carrier",
    inherent: TELEMETRY,
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "sends the organisation's security telemetry to", account: "accountId" }],
});
