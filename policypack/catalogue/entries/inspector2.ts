/** Amazon Inspector: the delegated administrator that receives the organisation's findings. */
import type { DelegatedAdminAccountArgs } from "@pulumi/aws/inspector2/delegatedAdminAccount";
import { entry } from "../entry";

const NOTHING = { notOffered: "an administrator designation stores nothing" };

export const inspector2DelegatedAdminAccount = entry<DelegatedAdminAccountArgs>()({
    types: ["aws:inspector2/delegatedAdminAccount:DelegatedAdminAccount"],
    holds: "the organisation's Inspector administrator, which receives every member account's vulnerability findings",
    tagging: "carrier",
    inherent: { classification: "confidential", why: "findings describe vulnerable software and network paths, not customer records" },
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "sends the organisation's findings to", account: "accountId" }],
});
