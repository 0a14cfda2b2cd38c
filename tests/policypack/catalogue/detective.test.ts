import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const detective = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:detective/graph:Graph", name: "behaviour-graph", props: { tags: { owner: "security" } } },
        { type: "aws:detective/organizationAdminAccount:OrganizationAdminAccount", name: "detective-admin", props: { accountId: ACCOUNT } },
        {
            type: "aws:detective/invitationAccepter:InvitationAccepter",
            name: "join-graph",
            props: { region: "eu-west-1", graphArn: `arn:aws:detective:eu-west-1:${ACCOUNT}:graph:abc` },
        },
    ]);

describe("catalogue: Detective", () => {
    describeEntry("detective graphs, membership, administrator", detective, [
        {
            title: "telemetry contributed to another account's graph",
            change: props("join-graph", (p) => {
                p.graphArn = `arn:aws:detective:eu-west-1:${OUTSIDE_ACCOUNT}:graph:theirs`;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:detective/invitationAccepter:InvitationAccepter", "join-graph"],
            message:
                /contributes the account's security telemetry to the graph arn:aws:detective:eu-west-1:999988887777:graph:theirs, in account 999988887777/,
        },
        {
            title: "administrator in another account",
            change: props("detective-admin", (p) => {
                p.accountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:detective/organizationAdminAccount:OrganizationAdminAccount", "detective-admin"],
            message: /sends the organisation's security telemetry to account 999988887777, outside this stack/,
        },
    ]);
});
