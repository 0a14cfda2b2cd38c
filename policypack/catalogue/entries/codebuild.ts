/**
 * CodeBuild: projects (environment variables, build logs, artefacts and caches, public build
 * visibility) and resource policies sharing them with other accounts. Fleets, report groups,
 * source credentials and webhooks hold no customer data.
 */
import type { ProjectArgs } from "@pulumi/aws/codebuild/project";
import type { ResourcePolicyArgs } from "@pulumi/aws/codebuild/resourcePolicy";
import { LOG_GROUP_TYPE } from "../../lib/monitoring";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { BUCKET_TYPES } from "./s3";

export const PROJECT_TYPES = ["aws:codebuild/project:Project"];

/** An S3 location written `bucket/prefix` or as a bucket ARN. */
const BUCKET_OF_LOCATION = /^(?:arn:[^:]+:s3:::)?([^/]+)/;

/** PLAINTEXT (the default type) variables are visible in the project and every build's details. */
function checkPlainVariables({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const environment = asList(store.res.props.environment)[0];
    if (isUnknown(environment) || isUnknown(environment?.environmentVariables)) {
        report(
            `holds personal data (${store.classifiedBy}) and environment.environmentVariables is not known during preview, so plain variables cannot be ruled out`,
        );
        return;
    }
    const plain = asList(environment?.environmentVariables)
        .filter(isObject)
        .filter(
            (v) =>
                (v.type === undefined || isUnknown(v.type) || String(v.type).toUpperCase() === "PLAINTEXT") &&
                (isUnknown(v.value) || (typeof v.value === "string" && v.value !== "")),
        )
        .map((v) => String(v.name));
    if (plain.length > 0)
        report(
            `holds personal data (${store.classifiedBy}) but sets PLAINTEXT environment.environmentVariables (${plain.join(", ")}), visible in the project and every build: use PARAMETER_STORE or SECRETS_MANAGER variables`,
        );
}

/** CloudWatch build logs (on by default) go to /aws/codebuild/<project> unless groupName names another group. */
function checkDefaultLogGroup({ index, store, report }: StoreContext): void {
    if (!store.isPii) return;
    const logs = asList(asList(store.res.props.logsConfig)[0]?.cloudwatchLogs)[0];
    if (isObject(logs) && (String(logs.status).toUpperCase() === "DISABLED" || (logs.groupName !== undefined && logs.groupName !== "")))
        return;
    const name = store.res.props.name;
    const groupName = `/aws/codebuild/${typeof name === "string" && !isUnknown(name) ? name : "<project>"}`;
    if (index.ofTypes([LOG_GROUP_TYPE]).some((group) => group.props.name === groupName)) return;
    report(
        `writes build logs to ${groupName} (logsConfig.cloudwatchLogs is on by default), a log group CodeBuild creates with no retention: define that log group in the stack with a retention, name one in logsConfig.cloudwatchLogs.groupName, or disable CloudWatch logs`,
    );
}

export const codebuildProject = entry<ProjectArgs>()({
    types: ["aws:codebuild/project:Project"],
    holds: "environment variables, build logs, artefacts and caches of builds (which may run jobs over data)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "build output artifacts",
            when: { path: "artifacts.type", on: ["NO_ARTIFACTS"], not: true },
            key: "encryptionKey",
            keyAbsentMeans: "the AWS-managed aws/s3 key",
        },
        { what: "build output artifacts", enabled: { path: "artifacts.encryptionDisabled", on: [false], absent: true } },
        {
            what: "secondary artifacts",
            when: { path: "secondaryArtifacts" },
            enabled: { path: "secondaryArtifacts.encryptionDisabled", on: [false], absent: true },
        },
        {
            what: "build logs in S3",
            when: { path: "logsConfig.s3Logs.status", on: ["ENABLED"] },
            enabled: { path: "logsConfig.s3Logs.encryptionDisabled", on: [false], absent: true },
        },
    ],
    inTransit: { notOffered: "CodeBuild's endpoints accept HTTPS only; source.insecureSsl concerns fetching source code" },
    exposure: [
        { what: "its builds (logs and artefacts)", publicWhen: { path: "projectVisibility", on: ["PUBLIC_READ"], absent: false } },
        { custom: checkPlainVariables, summary: "no PLAINTEXT environment variables on a PII project" },
    ],
    retention: [
        {
            custom: checkDefaultLogGroup,
            summary:
                "a PII project's CloudWatch build logs go to a log group of the stack (the default /aws/codebuild/<project> never expires)",
        },
    ],
    destinations: [
        {
            what: "writes build artifacts to",
            store: true,
            path: "artifacts.location",
            types: BUCKET_TYPES,
            when: { path: "artifacts.type", on: ["S3"] },
        },
        { what: "writes secondary artifacts to", store: true, path: "secondaryArtifacts.location", types: BUCKET_TYPES },
        { what: "writes build logs to", store: true, path: "logsConfig.cloudwatchLogs.groupName", types: LOG_GROUP_TYPES },
        { what: "writes build logs to", store: true, path: "logsConfig.s3Logs.location", pattern: BUCKET_OF_LOCATION, types: BUCKET_TYPES },
        {
            what: "caches build files in",
            store: true,
            path: "cache.location",
            pattern: BUCKET_OF_LOCATION,
            types: BUCKET_TYPES,
            when: { path: "cache.type", on: ["S3"] },
        },
    ],
});

export const codebuildResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:codebuild/resourcePolicy:ResourcePolicy"],
    holds: "access of other accounts to a project's builds, logs and environment variables",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: PROJECT_TYPES }],
    atRest: { notOffered: "a policy holds no data" },
    inTransit: { notOffered: "a policy holds no data" },
    exposure: [{ what: "its CodeBuild resource policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no data" },
});
