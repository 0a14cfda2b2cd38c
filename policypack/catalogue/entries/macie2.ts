/** Amazon Macie: where sensitive-data discovery results go, and the accounts that receive another account's findings. */
import type { ClassificationExportConfigurationArgs } from "@pulumi/aws/macie2/classificationExportConfiguration";
import type { InvitationAccepterArgs } from "@pulumi/aws/macie2/invitationAccepter";
import type { OrganizationAdminAccountArgs } from "@pulumi/aws/macie2/organizationAdminAccount";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

const RESULTS = {
    classification: "confidential" as const,
    why: "discovery results name the objects and the positions where sensitive data was found, not the values",
};
const NOTHING = { notOffered: "membership stores nothing" };

export const macie2ClassificationExportConfiguration = entry<ClassificationExportConfigurationArgs>()({
    types: ["aws:macie2/classificationExportConfiguration:ClassificationExportConfiguration"],
    holds: "sensitive-data discovery results (which objects hold personal data, and where in them)",
    tagging: "carrier",
    inherent: RESULTS,
    atRest: [{ what: "discovery results", key: "s3Destination.kmsKeyArn" }],
    inTransit: { notOffered: "Macie writes inside AWS over TLS" },
    retention: { notOffered: "the bucket keeps the results, judged through its lifecycle (Macie keeps findings 90 days)" },
    destinations: [{ what: "writes discovery results to", store: true, path: "s3Destination.bucketName", types: BUCKET_TYPES }],
});

export const macie2InvitationAccepter = entry<InvitationAccepterArgs>()({
    types: ["aws:macie2/invitationAccepter:InvitationAccepter"],
    holds: "this account's Macie findings, shared with the administrator account that invited it",
    tagging: "carrier",
    inherent: RESULTS,
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "shares the account's sensitive-data findings with", account: "administratorAccountId" }],
});

export const macie2OrganizationAdminAccount = entry<OrganizationAdminAccountArgs>()({
    types: ["aws:macie2/organizationAdminAccount:OrganizationAdminAccount"],
    holds: "the organisation's Macie administrator, which receives every member account's findings and can run jobs on their buckets",
    tagging: "carrier",
    inherent: RESULTS,
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "sends the organisation's sensitive-data findings to", account: "adminAccountId" }],
});
