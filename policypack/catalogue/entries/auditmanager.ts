/** AWS Audit Manager: evidence collection (and where it goes), assessments and their report destinations. */
import type { AccountRegistrationArgs } from "@pulumi/aws/auditmanager/accountRegistration";
import type { AssessmentArgs } from "@pulumi/aws/auditmanager/assessment";
import type { OrganizationAdminAccountRegistrationArgs } from "@pulumi/aws/auditmanager/organizationAdminAccountRegistration";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";
import { S3_LOCATION } from "./streams-support";

const EVIDENCE = {
    classification: "confidential" as const,
    why: "evidence is configuration snapshots and API activity (with the opaque keys of customer records), not customer records",
};

export const auditmanagerAccountRegistration = entry<AccountRegistrationArgs>()({
    types: ["aws:auditmanager/accountRegistration:AccountRegistration"],
    holds: "Audit Manager's evidence of the account (configuration snapshots, CloudTrail events), kept by Audit Manager",
    tagging: "carrier",
    inherent: EVIDENCE,
    atRest: [{ what: "evidence", key: "kmsKey", keyAbsentMeans: "a key AWS owns" }],
    inTransit: { notOffered: "Audit Manager's endpoints accept HTTPS only" },
    retention: { notOffered: "Audit Manager keeps evidence two years, whatever the settings" },
    destinations: [{ what: "hands the account's evidence to the delegated administrator", account: "delegatedAdminAccount" }],
});

export const auditmanagerOrganizationAdminAccountRegistration = entry<OrganizationAdminAccountRegistrationArgs>()({
    types: ["aws:auditmanager/organizationAdminAccountRegistration:OrganizationAdminAccountRegistration"],
    holds: "the organisation's Audit Manager administrator, which collects every member account's evidence",
    tagging: "carrier",
    inherent: EVIDENCE,
    atRest: { notOffered: "a registration stores nothing" },
    inTransit: { notOffered: "a registration stores nothing" },
    retention: { notOffered: "a registration stores nothing" },
    destinations: [{ what: "sends the organisation's evidence to", account: "adminAccountId" }],
});

export const auditmanagerAssessment = entry<AssessmentArgs>()({
    types: ["aws:auditmanager/assessment:Assessment"],
    holds: "evidence collected for an assessment, and its reports",
    tagging: "carrier",
    inherent: EVIDENCE,
    names: ["name"],
    atRest: { notOffered: "evidence is encrypted under the key of the account's registration" },
    inTransit: { notOffered: "Audit Manager's endpoints accept HTTPS only" },
    retention: { notOffered: "the report bucket keeps the reports, judged through its lifecycle" },
    destinations: [
        {
            what: "writes assessment reports to",
            store: true,
            path: "assessmentReportsDestination.destination",
            types: BUCKET_TYPES,
            pattern: S3_LOCATION,
        },
    ],
});
