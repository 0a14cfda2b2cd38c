/** SNS beyond topics, their policies and subscriptions: the account's SMS settings (usage reports with phone numbers). */
import type { SmsPreferencesArgs } from "@pulumi/aws/sns/smsPreferences";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";
import { mustStayInStack } from "./streams-support";

const REPORTS = "daily SMS usage reports list every destination phone number";

export const snsSmsPreferences = entry<SmsPreferencesArgs>()({
    types: ["aws:sns/smsPreferences:SmsPreferences"],
    holds: "the account's SMS settings; daily usage reports (destination phone numbers, message status) to a bucket",
    tagging: "carrier",
    atRest: { notOffered: "the reports land in the bucket, encrypted under its default encryption" },
    inTransit: { notOffered: "delivered by SNS inside AWS over TLS" },
    retention: { notOffered: "the reports live in the bucket, judged through its lifecycle" },
    destinations: [
        { what: "writes SMS usage reports to", store: true, path: "usageReportS3Bucket", types: BUCKET_TYPES },
        mustStayInStack("writes SMS usage reports to", { path: "usageReportS3Bucket", types: BUCKET_TYPES }, REPORTS),
    ],
    notes: "The report bucket receives customers' phone numbers: it is judged as holding personal data. Delivery-status logs go to log groups SNS creates (sns/<region>/<account>/DirectPublishToPhoneNumber).",
});
