/**
 * ECS: clusters (keys of Fargate ephemeral storage and ECS Exec), task definitions (environment,
 * volumes, log routing), services and task sets (network exposure, managed EBS volumes,
 * Service Connect TLS), daemon task definitions and Express services. The helpers that read
 * container definitions are shared with Batch, whose job definitions use the same JSON.
 */
import type { ClusterArgs } from "@pulumi/aws/ecs/cluster";
import type { DaemonTaskDefinitionArgs } from "@pulumi/aws/ecs/daemonTaskDefinition";
import type { ExpressGatewayServiceArgs } from "@pulumi/aws/ecs/expressGatewayService";
import type { ServiceArgs } from "@pulumi/aws/ecs/service";
import type { TaskDefinitionArgs } from "@pulumi/aws/ecs/taskDefinition";
import type { TaskSetArgs } from "@pulumi/aws/ecs/taskSet";
import { customerKeyProblem } from "../../lib/encryption";
import { referencedResources } from "../../lib/monitoring";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { BUCKET_TYPES } from "./s3";

export const CLUSTER_TYPES = ["aws:ecs/cluster:Cluster"];

/** A JSON argument given as text (or already as an object). */
export type JsonArgument =
    { state: "absent" } | { state: "unknown" } | { state: "invalid"; reason: string } | { state: "parsed"; value: unknown };

export function parseJsonArgument(value: unknown): JsonArgument {
    if (value === undefined || value === null || value === "") return { state: "absent" };
    if (isUnknown(value)) return { state: "unknown" };
    if (typeof value !== "string") return { state: "parsed", value };
    try {
        return { state: "parsed", value: JSON.parse(value) };
    } catch (error) {
        return { state: "invalid", reason: (error as Error).message };
    }
}

/** Every object under `value` (itself included), depth first. */
function objectsIn(value: unknown, depth = 0): Record<string, any>[] {
    if (depth > 12) return [];
    if (Array.isArray(value)) return value.flatMap((v) => objectsIn(v, depth + 1));
    if (!isObject(value)) return [];
    return [value, ...Object.values(value).flatMap((v) => objectsIn(v, depth + 1))];
}

/** Whether a document (parsed JSON or typed arguments) holds a value unknown during preview. */
function containsUnknown(value: unknown, depth = 0): boolean {
    if (isUnknown(value)) return true;
    if (depth > 12) return false;
    if (Array.isArray(value)) return value.some((v) => containsUnknown(v, depth + 1));
    return isObject(value) && Object.values(value).some((v) => containsUnknown(v, depth + 1));
}

/**
 * Names of the plain environment variables of container definitions (`environment` of ECS
 * container definitions and Batch container properties, `environments` of typed definitions):
 * values in the task definition itself, readable by anyone who may describe it. `secrets`
 * (references to Secrets Manager or Parameter Store) are not plain values.
 */
export function plainEnvironmentNames(document: unknown): string[] {
    const names: string[] = [];
    for (const object of objectsIn(document)) {
        for (const key of ["environment", "environments"]) {
            for (const variable of asList(object[key])) {
                if (isObject(variable) && (isUnknown(variable.value) || (typeof variable.value === "string" && variable.value !== "")))
                    names.push(String(variable.name ?? "?"));
            }
        }
    }
    return names;
}

/** EFS volumes (`efsVolumeConfiguration`) that do not turn on transit encryption (AWS default: DISABLED). */
export function efsVolumesWithoutTls(document: unknown): string[] {
    return objectsIn(document)
        .map((o) => o.efsVolumeConfiguration)
        .filter(isObject)
        .filter((efs) => !(typeof efs.transitEncryption === "string" && efs.transitEncryption.toUpperCase() === "ENABLED"))
        .map(
            (efs) =>
                `${isUnknown(efs.fileSystemId) ? "an EFS volume" : `EFS volume ${efs.fileSystemId}`} (transitEncryption ${efs.transitEncryption === undefined ? "not set: DISABLED" : JSON.stringify(efs.transitEncryption)})`,
        );
}

/** Log drivers that ship container output to an address outside AWS. */
const OUTSIDE_DRIVERS = ["splunk", "syslog", "gelf", "fluentd", "logentries"];
/** FireLens outputs (options.Name) that stay in AWS services. */
const AWS_FIRELENS_OUTPUTS = ["cloudwatch", "cloudwatch_logs", "firehose", "kinesis_firehose", "kinesis", "kinesis_streams", "s3"];

/** Where container logs leave AWS: drivers with an outside address, FireLens outputs that are not AWS services. */
export function logsLeavingAws(document: unknown): string[] {
    const found: string[] = [];
    for (const config of objectsIn(document)
        .map((o) => o.logConfiguration)
        .filter(isObject)) {
        const driver = typeof config.logDriver === "string" ? config.logDriver.toLowerCase() : undefined;
        const options = isObject(config.options) ? config.options : {};
        if (isUnknown(config.logDriver)) found.push("a log driver not known during preview");
        else if (driver && OUTSIDE_DRIVERS.includes(driver))
            found.push(`the ${driver} log driver${Object.keys(options).length > 0 ? ` (${JSON.stringify(options)})` : ""}`);
        else if (driver === "awsfirelens") {
            const output = typeof options.Name === "string" ? options.Name.toLowerCase() : undefined;
            if (!output || !AWS_FIRELENS_OUTPUTS.includes(output))
                found.push(
                    `FireLens output ${output === undefined ? "not named in options.Name (its configuration file cannot be verified)" : JSON.stringify(options.Name)}`,
                );
        }
    }
    return found;
}

/** Reads a container-definitions argument for a custom check: undefined when absent, with unknown and invalid values reported. */
function documentOf(context: StoreContext, path: string, onlyWhenPii: boolean): unknown | undefined {
    const parsed = parseJsonArgument(context.store.res.props[path]);
    if (parsed.state === "absent") return undefined;
    if (parsed.state === "unknown") {
        if (!onlyWhenPii || context.store.isPii) context.report(`${path} is not known during preview, so it cannot be verified`);
        return undefined;
    }
    if (parsed.state === "invalid") {
        context.report(`${path} is not valid JSON (${parsed.reason})`);
        return undefined;
    }
    return parsed.value;
}

/** On a PII resource, container definitions (JSON or typed) may not carry plain environment values. */
export function checkPlainEnvironment(paths: readonly string[]) {
    return (context: StoreContext): void => {
        if (!context.store.isPii) return;
        for (const path of paths) {
            const document = documentOf(context, path, true);
            if (document === undefined) continue;
            const names = plainEnvironmentNames(document);
            if (names.length > 0)
                context.report(
                    `holds personal data (${context.store.classifiedBy}) but ${path} sets plain environment variables (${[...new Set(names)].join(", ")}), readable by anyone who may describe it: pass them as secrets (Secrets Manager or SecureString parameters)`,
                );
            else if (containsUnknown(document))
                context.report(
                    `holds personal data (${context.store.classifiedBy}) and ${path} holds values not known during preview, so plain environment variables cannot be ruled out`,
                );
        }
    };
}

/** EFS volumes in container definitions or volume blocks must turn on transit encryption. */
export function checkEfsVolumeTls(paths: readonly string[]) {
    return (context: StoreContext): void => {
        for (const path of paths) {
            const document = documentOf(context, path, false);
            if (document === undefined) continue;
            for (const volume of efsVolumesWithoutTls(document))
                context.report(`${path}: ${volume} is mounted without TLS: set transitEncryption ENABLED`);
        }
    };
}

/** On a PII resource, container logs may not leave AWS through a log driver. */
export function checkLogDrivers(paths: readonly string[]) {
    return (context: StoreContext): void => {
        if (!context.store.isPii) return;
        for (const path of paths) {
            const document = documentOf(context, path, true);
            if (document === undefined) continue;
            for (const route of logsLeavingAws(document))
                context.report(
                    `holds personal data (${context.store.classifiedBy}) but ${path} sends container logs through ${route}, outside AWS: use awslogs or a FireLens output to an AWS service`,
                );
        }
    };
}

/** `awslogs-group` in container definitions: the log group receives the containers' output. */
export const AWSLOGS_GROUP = /"awslogs-group"\s*:\s*"([^"]+)"/;

export const ecsCluster = entry<ClusterArgs>()({
    types: ["aws:ecs/cluster:Cluster"],
    holds: "the tasks it runs: Fargate ephemeral storage and ECS Exec sessions (and their logs)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "Fargate ephemeral storage of its tasks",
            key: "configuration.managedStorageConfiguration.fargateEphemeralStorageKmsKeyId",
            keyAbsentMeans: "an AWS-owned key",
        },
        {
            what: "ECS Exec session data",
            when: { path: "configuration.executeCommandConfiguration" },
            key: "configuration.executeCommandConfiguration.kmsKeyId",
            keyAbsentMeans: "TLS alone, with no KMS encryption of the session",
        },
    ],
    inTransit: { notOffered: "ECS Exec sessions run over the Systems Manager channel (TLS); task traffic is judged on services" },
    retention: { notOffered: "Fargate ephemeral storage is deleted with its task; ECS Exec logs are judged on their log group or bucket" },
    destinations: [
        {
            what: "writes ECS Exec session logs to",
            store: true,
            path: "configuration.executeCommandConfiguration.logConfiguration.cloudWatchLogGroupName",
            types: LOG_GROUP_TYPES,
        },
        {
            what: "writes ECS Exec session logs to",
            store: true,
            path: "configuration.executeCommandConfiguration.logConfiguration.s3BucketName",
            types: BUCKET_TYPES,
        },
    ],
    notes: "Every cluster names a customer-managed key for Fargate ephemeral storage: the pack cannot see whether its tasks run on Fargate. The cluster's managed-storage key (managedStorageConfiguration.kmsKeyId) is read by the services whose managed EBS volumes rely on it.",
});

export const ecsTaskDefinition = entry<TaskDefinitionArgs>()({
    types: ["aws:ecs/taskDefinition:TaskDefinition"],
    holds: "container definitions: environment values, volumes and log routing of the tasks that process data",
    tagging: "carrier",
    names: ["family"],
    atRest: {
        notOffered:
            "ECS keeps task definitions under AWS-managed encryption with no customer-managed key; Fargate ephemeral storage is encrypted under its cluster's key, judged on the cluster",
    },
    inTransit: [{ custom: checkEfsVolumeTls(["volumes"]), summary: "EFS volumes with transitEncryption ENABLED (AWS default DISABLED)" }],
    exposure: [
        {
            custom: checkPlainEnvironment(["containerDefinitions"]),
            summary: "no plain environment values in containerDefinitions of a PII task definition (secrets are fine)",
        },
    ],
    retention: {
        notOffered:
            "a task definition keeps no data; ECS keeps deregistered revisions (INACTIVE) readable until they are deleted, so no personal data belongs in them",
    },
    destinations: [
        {
            what: "containerDefinitions (awslogs-group) sends container output to",
            store: true,
            path: "containerDefinitions",
            pattern: AWSLOGS_GROUP,
            types: LOG_GROUP_TYPES,
        },
        {
            custom: checkLogDrivers(["containerDefinitions"]),
            summary:
                "a PII task definition's log drivers stay in AWS (no splunk, syslog, gelf, fluentd, logentries, outside FireLens outputs)",
        },
    ],
    notes: "containerDefinitions is one JSON string; the pack parses it. The log group named by the first awslogs-group option (or referenced by it) receives a copy of the containers' output.",
});

/** Managed EBS volumes are encrypted under the service's key, else the cluster's managed-storage key, else aws/ebs. */
function checkManagedVolumeKey({ index, config, store, report }: StoreContext): void {
    const props = store.res.props;
    for (const volume of asList(props.volumeConfiguration)) {
        const ebs = asList(volume?.managedEbsVolume)[0];
        if (ebs === undefined) continue;
        if (isUnknown(ebs) || isUnknown(ebs.encrypted)) {
            report(
                "volumeConfiguration.managedEbsVolume is not known during preview, so the encryption of task volumes cannot be verified",
            );
            continue;
        }
        if (ebs.encrypted === false || ebs.encrypted === "false") {
            report("task volumes are not encrypted: volumeConfiguration.managedEbsVolume.encrypted is false");
            continue;
        }
        if (ebs.kmsKeyId !== undefined && ebs.kmsKeyId !== "") {
            const problem = customerKeyProblem(ebs.kmsKeyId, "volumeConfiguration.managedEbsVolume.kmsKeyId", {
                index,
                config,
                res: store.res,
                path: "volumeConfiguration",
            });
            if (problem) report(`task volumes: ${problem}`);
            continue;
        }
        const clusters = referencedResources(index, CLUSTER_TYPES, store.res, "cluster", [props.cluster]);
        const keys = clusters.map((c) => asList(asList(c.props.configuration)[0]?.managedStorageConfiguration)[0]?.kmsKeyId);
        if (
            keys.length > 0 &&
            keys.every((key) => key !== undefined && key !== "" && customerKeyProblem(key, "kmsKeyId", { index, config }) === undefined)
        )
            continue;
        report(
            `task volumes: has no volumeConfiguration.managedEbsVolume.kmsKeyId and ${clusters.length === 0 ? "its cluster is not in this stack" : "its cluster sets no configuration.managedStorageConfiguration.kmsKeyId"}, so the volumes are encrypted under the AWS-managed aws/ebs key: name a customer-managed KMS key`,
        );
    }
}

const TASK_NETWORK = (what: string) =>
    [
        { what, publicWhen: { path: "networkConfiguration.assignPublicIp", absent: false } },
        { what, securityGroups: "networkConfiguration.securityGroups", when: { path: "networkConfiguration" } },
    ] as const;

export const ecsService = entry<ServiceArgs>()({
    types: ["aws:ecs/service:Service"],
    holds: "running tasks: their network exposure, managed EBS volumes and Service Connect traffic",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            custom: checkManagedVolumeKey,
            summary:
                "managed EBS volumes under a customer-managed key (volumeConfiguration.managedEbsVolume.kmsKeyId or the cluster's managed-storage key)",
        },
    ],
    inTransit: [
        {
            what: "Service Connect traffic",
            when: { path: "serviceConnectConfiguration.services" },
            setting: { path: "serviceConnectConfiguration.services.tls", on: [], absent: false, absentMeans: "plaintext between services" },
        },
    ],
    exposure: [...TASK_NETWORK("the service's tasks")],
    retention: {
        notOffered:
            "managed EBS volumes of a service are deleted when their task stops; what tasks log is judged on the task definition's log group",
    },
});

export const ecsTaskSet = entry<TaskSetArgs>()({
    types: ["aws:ecs/taskSet:TaskSet"],
    holds: "running tasks of an external deployment: their network exposure",
    tagging: "carrier",
    atRest: { notOffered: "a task set stores nothing; its tasks' storage is judged on the cluster and task definition" },
    inTransit: { notOffered: "task traffic is the application's; load balancers are judged on their own" },
    exposure: [...TASK_NETWORK("the task set's tasks")],
    retention: { notOffered: "a task set stores nothing" },
});

export const ecsDaemonTaskDefinition = entry<DaemonTaskDefinitionArgs>()({
    types: ["aws:ecs/daemonTaskDefinition:DaemonTaskDefinition"],
    holds: "container definitions of daemons on every host: environment values, host volumes and log routing",
    tagging: "carrier",
    names: ["family"],
    atRest: {
        notOffered:
            "ECS keeps daemon task definitions under AWS-managed encryption; host volumes live on the instances' disks, judged on their launch template",
    },
    inTransit: { notOffered: "daemons mount host paths only" },
    exposure: [
        {
            what: "its containers",
            plaintextWhenPii: "containerDefinitions.environments.value",
            why: "plain environment values readable by anyone who may describe it: pass them as secrets",
        },
    ],
    retention: { notOffered: "a daemon task definition keeps no data; ECS keeps its revisions until deleted" },
    destinations: [
        {
            what: "sends container output to",
            store: true,
            path: "containerDefinitions.logConfiguration.options.awslogs-group",
            types: LOG_GROUP_TYPES,
        },
        { custom: checkLogDrivers(["containerDefinitions"]), summary: "a PII daemon's log drivers stay in AWS" },
    ],
});

export const ecsExpressGatewayService = entry<ExpressGatewayServiceArgs>()({
    types: ["aws:ecs/expressGatewayService:ExpressGatewayService"],
    holds: "a web service's container: environment values and logs, behind a load balancer ECS creates",
    tagging: "carrier",
    names: ["serviceName"],
    atRest: { notOffered: "its Fargate tasks' ephemeral storage is encrypted under the cluster's key, judged on the cluster" },
    inTransit: { notOffered: "ECS puts an HTTPS listener with an ACM certificate on the load balancer it creates" },
    exposure: [
        {
            what: "its container",
            plaintextWhenPii: "primaryContainer.environments.value",
            why: "plain environment values readable by anyone who may describe it: pass them as primaryContainer.secrets",
        },
        { what: "the service's tasks", securityGroups: "networkConfigurations.securityGroups" },
    ],
    retention: { notOffered: "the service keeps no data; its log group is judged as a store" },
    destinations: [
        { what: "sends container output to", store: true, path: "primaryContainer.awsLogsConfigurations.logGroup", types: LOG_GROUP_TYPES },
    ],
    notes: "The load balancer ECS creates is internet-facing when the service's subnets are public; the pack cannot see it.",
});
