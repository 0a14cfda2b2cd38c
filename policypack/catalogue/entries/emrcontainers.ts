/** EMR on EKS: job templates (Spark job parameters and where the jobs' logs go). */
import type { JobTemplateArgs } from "@pulumi/aws/emrcontainers/jobTemplate";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { S3_URI } from "./glue";

export const emrcontainersJobTemplate = entry<JobTemplateArgs>()({
    types: ["aws:emrcontainers/jobTemplate:JobTemplate"],
    holds: "parameters of the jobs started from it (arguments, Spark SQL parameters) and where their logs go",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the job template", key: "kmsKeyArn", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "jobs run on the EKS cluster, judged on its own" },
    retention: { notOffered: "a template keeps no records; its jobs' logs are judged where they are kept" },
    destinations: [
        {
            what: "makes its jobs write logs to",
            store: true,
            path: "jobTemplateData.configurationOverrides.monitoringConfiguration.s3MonitoringConfiguration.logUri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "makes its jobs write logs to",
            store: true,
            path: "jobTemplateData.configurationOverrides.monitoringConfiguration.cloudWatchMonitoringConfiguration.logGroupName",
            types: LOG_GROUP_TYPES,
        },
    ],
});
