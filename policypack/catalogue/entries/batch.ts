/**
 * AWS Batch: job definitions carry container properties (environment, volumes, log routing) as
 * JSON strings, read like ECS container definitions. Compute environments, job queues and
 * scheduling policies hold no data (their launch templates are judged on their own).
 */
import type { JobDefinitionArgs } from "@pulumi/aws/batch/jobDefinition";
import { isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { AWSLOGS_GROUP, checkEfsVolumeTls, checkLogDrivers, checkPlainEnvironment, parseJsonArgument } from "./ecs";

const JSON_PROPERTIES = ["containerProperties", "ecsProperties", "nodeProperties"] as const;

/** Fargate jobs get a public IP when networkConfiguration.assignPublicIp is ENABLED (AWS default DISABLED). */
function checkPublicIp({ store, report }: StoreContext): void {
    for (const path of JSON_PROPERTIES) {
        const parsed = parseJsonArgument(store.res.props[path]);
        if (parsed.state !== "parsed") continue;
        const visit = (value: unknown, depth: number): void => {
            if (depth > 12) return;
            if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
            else if (isObject(value)) {
                const network = value.networkConfiguration;
                if (
                    isObject(network) &&
                    (isUnknown(network.assignPublicIp) || String(network.assignPublicIp).toUpperCase() === "ENABLED")
                ) {
                    report(
                        `its jobs are public: ${path} sets networkConfiguration.assignPublicIp ${isUnknown(network.assignPublicIp) ? "to a value not known during preview" : "ENABLED"}`,
                    );
                }
                Object.values(value).forEach((v) => visit(v, depth + 1));
            }
        };
        visit(parsed.value, 0);
    }
}

export const batchJobDefinition = entry<JobDefinitionArgs>()({
    types: ["aws:batch/jobDefinition:JobDefinition"],
    holds: "container properties of jobs that process data: environment values, volumes and log routing",
    tagging: "carrier",
    names: ["name"],
    atRest: {
        notOffered:
            "Batch keeps job definitions under AWS-managed encryption; job storage is that of the compute environment's instances or of Fargate",
    },
    inTransit: [
        {
            custom: checkEfsVolumeTls(JSON_PROPERTIES),
            summary: "EFS volumes in the JSON properties with transitEncryption ENABLED (AWS default DISABLED)",
        },
    ],
    exposure: [
        {
            custom: checkPlainEnvironment(JSON_PROPERTIES),
            summary: "no plain environment values in the JSON properties of a PII job definition (secrets are fine)",
        },
        {
            what: "its EKS containers",
            plaintextWhenPii: "eksProperties.podProperties.containers.envs.value",
            why: "plain environment values readable by anyone who may describe it: pass them as Kubernetes secrets",
        },
        { custom: checkPublicIp, summary: "no networkConfiguration.assignPublicIp ENABLED in the JSON properties" },
    ],
    retention: {
        notOffered: "a job definition keeps no data; deregistered revisions stay readable (INACTIVE), so no personal data belongs in them",
    },
    destinations: [
        ...JSON_PROPERTIES.map((path) => ({
            what: `${path} (awslogs-group) sends job output to`,
            store: true as const,
            path,
            pattern: AWSLOGS_GROUP,
            types: LOG_GROUP_TYPES,
        })),
        { custom: checkLogDrivers(JSON_PROPERTIES), summary: "a PII job definition's log drivers stay in AWS" },
    ],
    notes: "Without an awslogs-group option, Batch writes job output to the shared /aws/batch/job log group.",
});
