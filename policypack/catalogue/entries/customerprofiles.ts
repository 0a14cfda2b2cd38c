/** Customer Profiles: domains (unified customer records) and the profiles written into them. */
import type { DomainArgs } from "@pulumi/aws/customerprofiles/domain";
import type { ProfileArgs } from "@pulumi/aws/customerprofiles/profile";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";
import { QUEUE_TYPES } from "./sqs";

const DOMAIN_TYPES = ["aws:customerprofiles/domain:Domain"];

export const customerprofilesDomain = entry<DomainArgs>()({
    types: ["aws:customerprofiles/domain:Domain"],
    holds: "customer profiles: names, postal addresses, e-mail addresses, phone numbers, order history",
    tagging: "store",
    names: ["domainName"],
    atRest: [{ what: "profiles", key: "defaultEncryptionKey", keyAbsentMeans: "an AWS-managed key" }],
    inTransit: { notOffered: "Customer Profiles' endpoints accept HTTPS only" },
    retention: [{ what: "profile data", period: "defaultExpirationDays", unit: "days", absent: "forever" }],
    destinations: [
        { what: "sends records it failed to ingest to", store: true, path: "deadLetterQueueUrl", types: QUEUE_TYPES },
        {
            what: "exports identity-resolution results to",
            store: true,
            path: "matching.exportingConfig.s3Exporting.s3BucketName",
            types: BUCKET_TYPES,
        },
        {
            what: "exports rule-based matching results to",
            store: true,
            path: "ruleBasedMatching.exportingConfig.s3Exporting.s3BucketName",
            types: BUCKET_TYPES,
        },
    ],
});

/** The personal fields of a profile given as resource arguments (kept in the Pulumi state). */
const PERSONAL_FIELDS = [
    "firstName",
    "middleName",
    "lastName",
    "birthDate",
    "genderString",
    "accountNumber",
    "additionalInformation",
    "attributes",
    "address",
    "shippingAddress",
    "mailingAddress",
    "billingAddress",
    "emailAddress",
    "personalEmailAddress",
    "businessEmailAddress",
    "phoneNumber",
    "mobilePhoneNumber",
    "homePhoneNumber",
    "businessPhoneNumber",
];

function checkPersonalFields({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const set = PERSONAL_FIELDS.filter((field) => {
        const value = store.res.props[field];
        return (
            isUnknown(value) ||
            (value !== undefined && value !== null && value !== "" && !(typeof value === "object" && Object.keys(value).length === 0))
        );
    });
    if (set.length > 0)
        report(
            `holds personal data (${store.classifiedBy}) and sets ${set.join(", ")}, which are kept in the Pulumi state and shown in previews: write customer profiles through the application, not the stack`,
        );
}

export const customerprofilesProfile = entry<ProfileArgs>()({
    types: ["aws:customerprofiles/profile:Profile"],
    holds: "one customer's profile (names, addresses, contacts), also in the Pulumi state",
    tagging: "carrier",
    sources: [{ path: "domainName", types: DOMAIN_TYPES }],
    atRest: { notOffered: "encrypted under its domain's key, judged on the domain" },
    inTransit: { notOffered: "Customer Profiles' endpoints accept HTTPS only" },
    exposure: [
        { custom: checkPersonalFields, summary: "no personal fields of a PII profile in the stack (they land in the Pulumi state)" },
    ],
    retention: { notOffered: "expires with its domain's defaultExpirationDays" },
});
