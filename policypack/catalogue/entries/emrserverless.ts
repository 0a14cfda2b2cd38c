/** EMR Serverless: applications (worker disks while jobs run, job logs in S3, CloudWatch and managed persistence). */
import type { ApplicationArgs } from "@pulumi/aws/emrserverless/application";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { S3_URI } from "./glue";

/** Managed log persistence is on unless switched off. */
const MANAGED_LOGS = { path: "monitoringConfiguration.managedPersistenceMonitoringConfiguration.enabled", on: [false], not: true } as const;

export const emrserverlessApplication = entry<ApplicationArgs>()({
    types: ["aws:emrserverless/application:Application"],
    holds: "data its jobs process (on worker disks while they run) and the jobs' logs",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        { what: "worker disks", customerKeyNotOffered: "EMR Serverless encrypts worker storage with an AWS-owned key" },
        {
            what: "job logs in S3",
            when: { path: "monitoringConfiguration.s3MonitoringConfiguration.logUri" },
            key: "monitoringConfiguration.s3MonitoringConfiguration.encryptionKeyArn",
            keyAbsentMeans: "the bucket's default encryption",
        },
        {
            what: "job logs in managed persistence",
            when: MANAGED_LOGS,
            key: "monitoringConfiguration.managedPersistenceMonitoringConfiguration.encryptionKeyArn",
            keyAbsentMeans: "an AWS-owned key",
        },
    ],
    inTransit: { notOffered: "no setting: jobs reach stores under those stores' TLS settings" },
    exposure: [
        {
            what: "its workers' network interfaces",
            securityGroups: "networkConfiguration.securityGroupIds",
            when: { path: "networkConfiguration.subnetIds" },
        },
    ],
    retention: [{ what: "job logs in managed persistence (30 days)", awsKeepsDays: 30, when: MANAGED_LOGS }],
    destinations: [
        {
            what: "writes job logs to",
            store: true,
            path: "monitoringConfiguration.s3MonitoringConfiguration.logUri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
        {
            what: "writes job logs to",
            store: true,
            path: "monitoringConfiguration.cloudwatchLoggingConfiguration.logGroupName",
            types: LOG_GROUP_TYPES,
        },
    ],
    notes: "Managed log persistence (on by default) keeps job logs for 30 days: a PII application switches it off (managedPersistenceMonitoringConfiguration.enabled false).",
});
