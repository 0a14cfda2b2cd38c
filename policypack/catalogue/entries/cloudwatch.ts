/** CloudWatch Logs: log groups (logs of their producers), subscription filters and destinations. */
import type { LogGroupArgs } from "@pulumi/aws/cloudwatch/logGroup";
import type { LogSubscriptionFilterArgs } from "@pulumi/aws/cloudwatch/logSubscriptionFilter";
import { entry } from "../entry";
import { FUNCTION_TYPES } from "./lambda";
import { RDS_CLUSTER_TYPES, RDS_INSTANCE_TYPES } from "./rds";

export const LOG_GROUP_TYPES = ["aws:cloudwatch/logGroup:LogGroup"];

export const cloudwatchLogGroup = entry<LogGroupArgs>()({
    types: ["aws:cloudwatch/logGroup:LogGroup"],
    holds: "log events of its producer (which may quote the data it handles)",
    tagging: "copy",
    names: ["name"],
    sources: [
        { path: "name", types: FUNCTION_TYPES, pattern: /^\/aws\/lambda\/([^/]+)$/ },
        { path: "name", types: RDS_INSTANCE_TYPES, pattern: /^\/aws\/rds\/instance\/([^/]+)\// },
        { path: "name", types: RDS_CLUSTER_TYPES, pattern: /^\/aws\/rds\/cluster\/([^/]+)\// },
        { path: "name", types: ["aws:docdb/cluster:Cluster"], pattern: /^\/aws\/docdb\/([^/]+)\// },
        { path: "name", types: ["aws:neptune/cluster:Cluster"], pattern: /^\/aws\/neptune\/([^/]+)\// },
        { path: "name", types: ["aws:redshift/cluster:Cluster"], pattern: /^\/aws\/redshift\/cluster\/([^/]+)\// },
        { path: "name", types: ["aws:codebuild/project:Project"], pattern: /^\/aws\/codebuild\/([^/]+)$/ },
    ],
    atRest: [{ what: "log events", key: "kmsKeyId", keyAbsentMeans: "CloudWatch Logs' own key" }],
    inTransit: { notOffered: "CloudWatch Logs' endpoints accept HTTPS only" },
    retention: [
        { what: "its logs", period: "retentionInDays", unit: "days", absent: "forever", zeroMeans: "forever", everyClassification: true },
    ],
    notes: "A log group without its own classification is a log of its producer (found by its name, /aws/lambda/<function> and the like, or by the producer naming it); with no producer in the stack it is judged as pii.",
});

export const cloudwatchLogSubscriptionFilter = entry<LogSubscriptionFilterArgs>()({
    types: ["aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter"],
    holds: "a copy of a log group's events, forwarded",
    tagging: "copy",
    sources: [{ path: "logGroup", types: LOG_GROUP_TYPES }],
    atRest: { notOffered: "a filter stores nothing; its destination is judged as a copy" },
    inTransit: { notOffered: "delivery stays inside AWS over TLS" },
    retention: { notOffered: "a filter stores nothing; its destination is judged as a copy" },
    destinations: [{ what: "forwards log events to", store: true, path: "destinationArn", types: "any" }],
});
