/** Amazon GuardDuty: where findings are exported, and the accounts that receive another account's findings. */
import type { InviteAccepterArgs } from "@pulumi/aws/guardduty/inviteAccepter";
import type { OrganizationAdminAccountArgs } from "@pulumi/aws/guardduty/organizationAdminAccount";
import type { PublishingDestinationArgs } from "@pulumi/aws/guardduty/publishingDestination";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

const FINDINGS = {
    classification: "confidential" as const,
    why: "findings describe threats (addresses, principals, resource names and the opaque keys of customer records), not customer records",
};
const NOTHING = { notOffered: "membership stores nothing" };

export const guarddutyPublishingDestination = entry<PublishingDestinationArgs>()({
    types: ["aws:guardduty/publishingDestination:PublishingDestination"],
    holds: "GuardDuty findings exported to a bucket",
    tagging: "carrier",
    inherent: FINDINGS,
    atRest: [{ what: "exported findings", key: "kmsKeyArn" }],
    inTransit: { notOffered: "GuardDuty exports inside AWS over TLS" },
    retention: { notOffered: "the bucket keeps the findings, judged through its lifecycle" },
    destinations: [{ what: "exports findings to", store: true, path: "destinationArn", types: BUCKET_TYPES }],
});

export const guarddutyInviteAccepter = entry<InviteAccepterArgs>()({
    types: ["aws:guardduty/inviteAccepter:InviteAccepter"],
    holds: "this account's findings, shared with the administrator account that invited it",
    tagging: "carrier",
    inherent: FINDINGS,
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "shares the account's findings with", account: "masterAccountId" }],
});

export const guarddutyOrganizationAdminAccount = entry<OrganizationAdminAccountArgs>()({
    types: ["aws:guardduty/organizationAdminAccount:OrganizationAdminAccount"],
    holds: "the organisation's GuardDuty administrator, which receives every member account's findings",
    tagging: "carrier",
    inherent: FINDINGS,
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "sends the organisation's findings to", account: "adminAccountId" }],
});
