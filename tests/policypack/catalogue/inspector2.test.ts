import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const inspector = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:inspector2/delegatedAdminAccount:DelegatedAdminAccount", name: "inspector-admin", props: { accountId: ACCOUNT } },
    ]);

describe("catalogue: Inspector", () => {
    describeEntry(
        "inspector2 delegated administrators",
        inspector,
        [
            {
                title: "administrator in another account",
                change: props("inspector-admin", (p) => {
                    p.accountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:inspector2/delegatedAdminAccount:DelegatedAdminAccount", "inspector-admin"],
                message: /sends the organisation's findings to account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "administrator of the shipping provider's allow-list",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("inspector-admin", (p) => {
                    p.accountId = OUTSIDE_ACCOUNT;
                }),
            },
        ],
    );
});
