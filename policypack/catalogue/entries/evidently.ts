/** CloudWatch Evidently: projects, whose evaluation events (entity IDs and attributes) can be kept in S3 or CloudWatch Logs. */
import type { ProjectArgs } from "@pulumi/aws/evidently/project";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { BUCKET_TYPES } from "./s3";

export const evidentlyProject = entry<ProjectArgs>()({
    types: ["aws:evidently/project:Project"],
    holds: "evaluation events of feature flags and experiments (the callers' entity IDs and attributes)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "Evidently keeps projects under a key AWS owns" },
    inTransit: { notOffered: "Evidently's endpoints accept HTTPS only" },
    retention: { notOffered: "events not delivered are deleted once their metrics are computed" },
    destinations: [
        { what: "stores evaluation events in", store: true, path: "dataDelivery.s3Destination.bucket", types: BUCKET_TYPES },
        { what: "stores evaluation events in", store: true, path: "dataDelivery.cloudwatchLogs.logGroup", types: LOG_GROUP_TYPES },
    ],
    notes: "Entity IDs are the caller's choice: opaque IDs keep personal data out.",
});
