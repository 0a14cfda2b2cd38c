/** WorkSpaces Secure Browser: portals streaming browser sessions, their session and access logs. */
import type { PortalArgs } from "@pulumi/aws/workspacesweb/portal";
import type { SessionLoggerArgs } from "@pulumi/aws/workspacesweb/sessionLogger";
import type { UserAccessLoggingSettingsArgs } from "@pulumi/aws/workspacesweb/userAccessLoggingSettings";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

const STREAMED = { notOffered: "sessions are streamed over TLS, with no setting" };

export const workspaceswebPortal = entry<PortalArgs>()({
    types: ["aws:workspacesweb/portal:Portal"],
    holds: "browser sessions in which users see internal web applications (and the data they show)",
    tagging: "carrier",
    atRest: [{ what: "the portal's session data", key: "customerManagedKey", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: STREAMED,
    retention: { notOffered: "sessions keep nothing once closed" },
    notes: "What users may copy, download or print is a user setting (UserSettings); redaction of personal data is a data protection setting.",
});

export const workspaceswebSessionLogger = entry<SessionLoggerArgs>()({
    types: ["aws:workspacesweb/sessionLogger:SessionLogger"],
    holds: "records of session events: URLs visited, downloads, clipboard and print actions",
    tagging: "carrier",
    atRest: [{ what: "each logged session event", key: "customerManagedKey", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "delivered by AWS to S3 over TLS" },
    retention: { notOffered: "records live in the destination bucket, judged there" },
    destinations: [
        { what: "delivers session records to", store: true, path: "logConfiguration.s3.bucket", types: BUCKET_TYPES },
        { what: "delivers session records to a bucket of", account: "logConfiguration.s3.bucketOwner" },
    ],
    notes: "Visited URLs may carry personal data: untagged, its records are judged as pii in their bucket.",
});

export const workspaceswebUserAccessLoggingSettings = entry<UserAccessLoggingSettingsArgs>()({
    types: ["aws:workspacesweb/userAccessLoggingSettings:UserAccessLoggingSettings"],
    holds: "records of who started and ended sessions",
    tagging: "carrier",
    inherent: { classification: "confidential", why: "its records name staff users and sessions, not customers" },
    atRest: { notOffered: "records are encrypted by the Kinesis stream, judged there" },
    inTransit: { notOffered: "delivered by AWS to Kinesis over TLS" },
    retention: { notOffered: "records live in the stream, judged there" },
    destinations: [{ what: "delivers access records to", store: true, path: "kinesisStreamArn", types: ["aws:kinesis/stream:Stream"] }],
});
