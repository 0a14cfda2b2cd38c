/** SES Mail Manager: ingress points (SMTP endpoints), rule sets, archives and relays. */
import type { ArchiveArgs } from "@pulumi/aws/mailmanager/archive";
import type { IngressPointArgs } from "@pulumi/aws/mailmanager/ingressPoint";
import type { RelayArgs } from "@pulumi/aws/mailmanager/relay";
import type { RuleSetArgs } from "@pulumi/aws/mailmanager/ruleSet";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";
import { TOPIC_TYPES } from "./sns";
import { keyWhenSet } from "./streams-support";

const ARCHIVE_TYPES = ["aws:mailmanager/archive:Archive"];
const RELAY_TYPES = ["aws:mailmanager/relay:Relay"];
const RULE_SET_TYPES = ["aws:mailmanager/ruleSet:RuleSet"];
const ACTIONS = "rules.actions";

/** The archive retention periods Mail Manager offers, in days; the shortest is three months. */
const ARCHIVE_DAYS: Record<string, number> = {
    THREE_MONTHS: 90,
    SIX_MONTHS: 180,
    NINE_MONTHS: 270,
    ONE_YEAR: 365,
    EIGHTEEN_MONTHS: 545,
    TWO_YEARS: 730,
    THIRTY_MONTHS: 913,
    THREE_YEARS: 1095,
    FOUR_YEARS: 1460,
    FIVE_YEARS: 1825,
    SIX_YEARS: 2190,
    SEVEN_YEARS: 2555,
    EIGHT_YEARS: 2920,
    NINE_YEARS: 3285,
    TEN_YEARS: 3650,
};

/** An archive keeps every message for its retention period, three months at least (or permanently). */
function checkArchiveRetention({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const period = asList(store.res.props.retention)[0]?.retentionPeriod;
    if (isUnknown(period)) report("retention.retentionPeriod is not known during preview");
    else if (period === undefined)
        report(
            `keeps archived e-mail for AWS's default period (retention.retentionPeriod is not set; the shortest period Mail Manager offers is three months), more than the ${limit}-day retention of personal data: keep personal data out of archives`,
        );
    else if (String(period).toUpperCase() === "PERMANENT")
        report('keeps archived e-mail forever (retention.retentionPeriod is "PERMANENT")');
    else {
        const days = ARCHIVE_DAYS[String(period).toUpperCase()];
        if (days === undefined) report(`retention.retentionPeriod is not a period Mail Manager offers: ${JSON.stringify(period)}`);
        else if (days > limit)
            report(
                `keeps archived e-mail ${days} days (retention.retentionPeriod is "${period}"), more than the ${limit}-day retention of personal data: keep personal data out of archives (three months is the shortest period)`,
            );
    }
}

export const mailmanagerArchive = entry<ArchiveArgs>()({
    types: ["aws:mailmanager/archive:Archive"],
    holds: "archived e-mail messages, whole",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "archived e-mail", key: "kmsKeyArn", keyAbsentMeans: "a key AWS owns" }],
    inTransit: { notOffered: "Mail Manager's endpoints accept HTTPS only" },
    retention: [
        {
            custom: checkArchiveRetention,
            summary: "retention.retentionPeriod within the retention (Mail Manager offers three months at least)",
        },
    ],
});

export const mailmanagerIngressPoint = entry<IngressPointArgs>()({
    types: ["aws:mailmanager/ingressPoint:IngressPoint"],
    holds: "e-mail received over SMTP (from customers), handed to its rule set",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an ingress point stores no mail; its rule set decides where mail goes" },
    // AWS documents no default for tlsPolicy: read as OPTIONAL (fail closed).
    inTransit: [
        {
            what: "receiving e-mail",
            setting: {
                path: "tlsPolicy",
                on: ["REQUIRED", "FIPS"],
                absent: false,
                absentMeans: "treated as OPTIONAL: mail accepted without TLS",
            },
        },
    ],
    retention: { notOffered: "an ingress point stores no mail" },
    destinations: [{ what: "hands received e-mail to", store: true, path: "ruleSetId", types: RULE_SET_TYPES }],
});

export const mailmanagerRuleSet = entry<RuleSetArgs>()({
    types: ["aws:mailmanager/ruleSet:RuleSet"],
    holds: "received e-mail, routed by its rules to archives, buckets, relays, mailboxes, functions and topics",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        keyWhenSet("e-mail written to S3", `${ACTIONS}.writeToS3.s3SseKmsKeyId`, "the bucket's default encryption, judged on the bucket"),
    ],
    inTransit: { notOffered: "actions run inside AWS over TLS; relays are judged on the Relay" },
    retention: { notOffered: "a rule set stores no mail; its archives and buckets are judged as copies" },
    destinations: [
        { what: "archives e-mail in", store: true, path: `${ACTIONS}.archive.targetArchive`, types: ARCHIVE_TYPES },
        { what: "writes e-mail to", store: true, path: `${ACTIONS}.writeToS3.s3Bucket`, types: BUCKET_TYPES },
        { what: "relays e-mail through", store: true, path: `${ACTIONS}.relay.relay`, types: RELAY_TYPES },
        { what: "publishes e-mail to", store: true, path: `${ACTIONS}.publishToSns.topicArn`, types: TOPIC_TYPES },
        { what: "passes e-mail to", store: true, path: `${ACTIONS}.invokeLambda.functionArn`, types: FUNCTION_TYPES },
        { what: "delivers e-mail to the mailbox", store: true, path: `${ACTIONS}.deliverToMailbox.mailboxArn`, types: "any" },
        {
            what: "delivers e-mail to the Q Business application",
            store: true,
            path: `${ACTIONS}.deliverToQBusiness.applicationId`,
            types: ["aws:qbusiness/application:Application"],
        },
    ],
    notes: "Has the classification of the ingress points that hand it mail (judged as personal data when none is classified). The send action delivers mail to its recipients on the internet.",
});

export const mailmanagerRelay = entry<RelayArgs>()({
    types: ["aws:mailmanager/relay:Relay"],
    holds: "e-mail relayed to an SMTP server outside Mail Manager",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a relay stores no mail" },
    inTransit: { notOffered: "Mail Manager offers no TLS setting for relays" },
    retention: { notOffered: "a relay stores no mail" },
    destinations: [{ what: "relays e-mail to the SMTP server", endpoint: "serverName" }],
});
