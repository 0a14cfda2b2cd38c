/** Amazon Q Business: applications (conversations, uploaded files, indexed enterprise content). */
import type { ApplicationArgs } from "@pulumi/aws/qbusiness/application";
import { entry } from "../entry";

export const qbusinessApplication = entry<ApplicationArgs>()({
    types: ["aws:qbusiness/application:Application"],
    holds: "conversations, files users upload, and the enterprise content its indexes hold",
    tagging: "store",
    names: ["displayName"],
    atRest: [{ what: "application data", key: "encryptionConfiguration.kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "Amazon Q Business is served over HTTPS only" },
    retention: {
        notOffered: "conversations and uploaded files stay until users or administrators delete them; no argument sets an expiry",
    },
    notes: "attachmentsConfiguration ENABLED lets users upload files into conversations.",
});
