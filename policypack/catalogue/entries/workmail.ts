/**
 * WorkMail: organisations keep every mailbox (mail from and to customers). Users, groups and
 * domains describe the staff and addresses of the organisation; their mail is the organisation's.
 */
import type { OrganizationArgs } from "@pulumi/aws/workmail/organization";
import { entry } from "../entry";

export const workmailOrganization = entry<OrganizationArgs>()({
    types: ["aws:workmail/organization:Organization"],
    holds: "mailboxes: every e-mail received from or sent to customers",
    tagging: "store",
    names: ["organizationAlias"],
    atRest: [{ what: "mailboxes", key: "kmsKeyArn", keyAbsentMeans: "the AWS-managed aws/workmail key" }],
    inTransit: { notOffered: "mail clients connect over TLS; inbound SMTP passes SES receipt rules, judged there" },
    retention: { notOffered: "mailboxes keep mail until users delete it; mailbox retention policies are not an argument of this provider" },
});
