/** CloudWatch Observability Admin: organisation-wide log centralisation, S3 Tables integration, telemetry pipelines and telemetry rules. */
import type { CentralizationRuleForOrganizationArgs } from "@pulumi/aws/observabilityadmin/centralizationRuleForOrganization";
import type { S3TableIntegrationArgs } from "@pulumi/aws/observabilityadmin/s3tableIntegration";
import type { TelemetryPipelineArgs } from "@pulumi/aws/observabilityadmin/telemetryPipeline";
import type { TelemetryRuleArgs } from "@pulumi/aws/observabilityadmin/telemetryRule";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { accountsIn, allowedAccount } from "./streams-support";

const LOGS = "rule.destination.destinationLogsConfiguration";

export const observabilityadminCentralizationRuleForOrganization = entry<CentralizationRuleForOrganizationArgs>()({
    types: ["aws:observabilityadmin/centralizationRuleForOrganization:CentralizationRuleForOrganization"],
    holds: "copies of the log groups of the organisation's accounts and regions, centralised in one account and region",
    tagging: "carrier",
    names: ["ruleName"],
    atRest: [
        {
            what: "centralised log events",
            key: `${LOGS}.logsEncryptionConfiguration.kmsKeyArn`,
            keyAbsentMeans: "a key AWS owns (encryptionStrategy AWS_OWNED)",
        },
        {
            what: "the backup copy",
            when: { path: `${LOGS}.backupConfiguration` },
            key: `${LOGS}.backupConfiguration.kmsKeyArn`,
            keyAbsentMeans: "a key AWS owns",
        },
    ],
    inTransit: { notOffered: "copied inside AWS over TLS" },
    retention: { notOffered: "the centralised log groups' retention applies, in the destination account" },
    destinations: [
        { what: "copies the organisation's logs to", account: "rule.destination.account" },
        { what: "copies the organisation's logs to", region: "rule.destination.region" },
        { what: "keeps a backup copy of the organisation's logs in", region: `${LOGS}.backupConfiguration.region` },
    ],
    notes: "It copies the log groups of every account of its scope, which the stack cannot see: the destination account must be one of this stack's.",
});

export const observabilityadminS3TableIntegration = entry<S3TableIntegrationArgs>()({
    types: ["aws:observabilityadmin/s3TableIntegration:S3TableIntegration"],
    holds: "log data copied into Apache Iceberg tables in S3 Tables",
    tagging: "copy",
    atRest: [{ what: "log tables", key: "encryption.kmsKeyArn", keyAbsentMeans: "SSE-S3 (sseAlgorithm AES256)" }],
    inTransit: { notOffered: "copied inside AWS over TLS" },
    retention: { notOffered: "the tables follow the retention of their log sources" },
    notes: "Classified by the log sources associated with it (cloudwatch.LogS3TableIntegrationSource); without them it must carry the tags.",
});

/** A pipeline's sources and sinks are in its YAML body: any ARN there must be in this stack's accounts. */
function checkPipelineAccounts(context: StoreContext): void {
    const body = asList(context.store.res.props.configuration)[0]?.body;
    if (isUnknown(body)) {
        context.report("configuration.body is not known during preview, so its sinks cannot be verified");
        return;
    }
    if (typeof body !== "string") return;
    for (const account of accountsIn(body).filter((a) => !allowedAccount(context, a)))
        context.report(`configuration.body names a resource of account ${account}, outside this stack`);
}

export const observabilityadminTelemetryPipeline = entry<TelemetryPipelineArgs>()({
    types: ["aws:observabilityadmin/telemetryPipeline:TelemetryPipeline"],
    holds: "log data ingested, transformed and routed by its YAML configuration",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a pipeline keeps no data; its sinks are judged" },
    inTransit: { notOffered: "sources and sinks are named in its configuration, whose transports are not read" },
    retention: { notOffered: "a pipeline keeps no data" },
    destinations: [{ custom: checkPipelineAccounts, summary: "the ARNs in configuration.body are of this stack's accounts" }],
    notes: "Sources and sinks are in configuration.body (YAML): only the accounts of the ARNs it names are judged.",
});

const CLOUDWATCH_LOGS = { path: "rule.destinationConfiguration.destinationType" as const, on: ["cloud-watch-logs"] };

export const observabilityadminTelemetryRule = entry<TelemetryRuleArgs>()({
    types: [
        "aws:observabilityadmin/telemetryRule:TelemetryRule",
        "aws:observabilityadmin/telemetryRuleForOrganization:TelemetryRuleForOrganization",
    ],
    holds: "the logs it turns on for matching resources (VPC flow logs, WAF logs, CloudTrail, load balancer and EKS logs)",
    tagging: "carrier",
    names: ["ruleName"],
    atRest: { notOffered: "the logs land in log groups or buckets created with the settings of their kind" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: [
        {
            what: "the logs it delivers to CloudWatch Logs",
            period: "rule.destinationConfiguration.retentionInDays",
            unit: "days",
            absent: "forever",
            zeroMeans: "forever",
            everyClassification: true,
            when: CLOUDWATCH_LOGS,
        },
    ],
    notes: "The log groups a rule creates have no expiry unless retentionInDays is set (DP-5.1).",
});
