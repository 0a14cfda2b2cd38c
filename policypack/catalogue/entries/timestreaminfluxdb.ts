/** Timestream for InfluxDB: managed InfluxDB instances and clusters. */
import type { DbClusterArgs } from "@pulumi/aws/timestreaminfluxdb/dbCluster";
import type { DbInstanceArgs } from "@pulumi/aws/timestreaminfluxdb/dbInstance";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

const AT_REST = { notOffered: "Timestream for InfluxDB encrypts storage under an AWS-owned key; no customer-managed key can be chosen" };
const IN_TRANSIT = { notOffered: "the InfluxDB endpoint accepts HTTPS (TLS) connections only" };
const RETENTION = {
    notOffered:
        "InfluxDB keeps points until their bucket's retention period, set inside InfluxDB (the initial bucket keeps them forever); no argument controls it",
};
const LOGS_ON = { path: "logDeliveryConfiguration.s3Configuration.enabled", on: [true] } as const;

export const timestreaminfluxdbDbInstance = entry<DbInstanceArgs>()({
    types: ["aws:timestreaminfluxdb/dbInstance:DbInstance"],
    holds: "time-series points of an InfluxDB database",
    tagging: "store",
    names: ["name"],
    atRest: AT_REST,
    inTransit: IN_TRANSIT,
    exposure: [
        { what: "the InfluxDB instance", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the InfluxDB instance", securityGroups: "vpcSecurityGroupIds" },
    ],
    retention: RETENTION,
    destinations: [
        {
            what: "delivers engine logs to",
            store: true,
            path: "logDeliveryConfiguration.s3Configuration.bucketName",
            types: BUCKET_TYPES,
            when: LOGS_ON,
        },
    ],
    notes: "No customer-managed key exists for this service, and point retention lives inside InfluxDB: a PII database needs bucket retention periods set by its application. The initial password is stored in the stack's state.",
});

export const timestreaminfluxdbDbCluster = entry<DbClusterArgs>()({
    types: ["aws:timestreaminfluxdb/dbCluster:DbCluster"],
    holds: "time-series points of an InfluxDB database, on several nodes",
    tagging: "store",
    names: ["name"],
    atRest: AT_REST,
    inTransit: IN_TRANSIT,
    exposure: [
        { what: "the InfluxDB cluster", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the InfluxDB cluster", securityGroups: "vpcSecurityGroupIds" },
    ],
    retention: RETENTION,
    destinations: [
        {
            what: "delivers engine logs to",
            store: true,
            path: "logDeliveryConfiguration.s3Configuration.bucketName",
            types: BUCKET_TYPES,
            when: LOGS_ON,
        },
    ],
    notes: "As for instances: AWS-owned key only; point retention lives inside InfluxDB.",
});
