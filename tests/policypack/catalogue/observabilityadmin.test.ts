import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const CENTRAL = "aws:observabilityadmin/centralizationRuleForOrganization:CentralizationRuleForOrganization";
const INTEGRATION = "aws:observabilityadmin/s3TableIntegration:S3TableIntegration";
const RULE = "aws:observabilityadmin/telemetryRule:TelemetryRule";
const ORG_RULE = "aws:observabilityadmin/telemetryRuleForOrganization:TelemetryRuleForOrganization";
const INTEGRATION_ARN = `arn:aws:observabilityadmin:eu-west-1:${ACCOUNT}:s3tableintegration/logs-tables`;

const observability = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CENTRAL,
            name: "central-logs",
            props: {
                ruleName: "central-logs",
                region: "eu-west-1",
                rule: {
                    source: { regions: ["eu-west-1"], scope: "OrganizationId = 'o-abc123'" },
                    destination: {
                        account: ACCOUNT,
                        region: "eu-west-1",
                        destinationLogsConfiguration: {
                            logsEncryptionConfiguration: { encryptionStrategy: "CUSTOMER_MANAGED", kmsKeyArn: KEY_ARN },
                        },
                    },
                },
            },
        },
        {
            type: INTEGRATION,
            name: "logs-tables",
            props: {
                roleArn: `arn:aws:iam::${ACCOUNT}:role/tables`,
                encryption: { sseAlgorithm: "aws:kms", kmsKeyArn: KEY_ARN },
                tags: PII_TAGS,
            },
        },
        {
            type: "aws:cloudwatch/logS3TableIntegrationSource:LogS3TableIntegrationSource",
            name: "waf-to-tables",
            props: { integrationArn: INTEGRATION_ARN, dataSource: { name: "aws_waf", type: "access" } },
            propertyDependencies: { integrationArn: ["logs-tables"] },
        },
        {
            type: RULE,
            name: "flow-logs",
            props: {
                ruleName: "flow-logs",
                rule: {
                    resourceType: "AWS::EC2::VPC",
                    telemetryType: "Logs",
                    destinationConfiguration: { destinationType: "cloud-watch-logs", retentionInDays: 30 },
                },
            },
        },
        {
            type: "aws:observabilityadmin/telemetryPipeline:TelemetryPipeline",
            name: "app-pipeline",
            props: {
                name: "app-pipeline",
                configuration: { body: `sink:\n  - cloudwatch_logs:\n      log_group: arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:app` },
            },
        },
    ]);

describe("catalogue: Observability Admin", () => {
    describeEntry("observabilityadmin centralisation, S3 Tables integration, pipelines, telemetry rules", observability, [
        {
            title: "centralised in another account",
            change: props("central-logs", (p) => {
                p.rule.destination.account = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CENTRAL, "central-logs"],
            message: /copies the organisation's logs to account 999988887777, outside this stack/,
        },
        {
            title: "centralised in another region",
            change: props("central-logs", (p) => {
                p.rule.destination.region = "us-east-1";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CENTRAL, "central-logs"],
            message: /copies the organisation's logs to region us-east-1, not on allowedRegions/,
        },
        {
            title: "centralised logs under a key AWS owns",
            change: props("central-logs", (p) => {
                p.rule.destination.destinationLogsConfiguration.logsEncryptionConfiguration = { encryptionStrategy: "AWS_OWNED" };
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CENTRAL, "central-logs"],
            message: /centralised log events: has no rule.destination.destinationLogsConfiguration.logsEncryptionConfiguration.kmsKeyArn/,
        },
        {
            title: "log tables under SSE-S3",
            change: props("logs-tables", (p) => {
                p.encryption = { sseAlgorithm: "AES256" };
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INTEGRATION, "logs-tables"],
            message: /log tables: has no encryption.kmsKeyArn, so log tables is encrypted under SSE-S3/,
        },
        {
            title: "log tables classified below what they receive",
            change: props("logs-tables", (p) => {
                p.tags = { "data-classification": "internal", "retention-days": "30", owner: "x" };
            }),
            policy: datastoreTagsRequireClassification,
            at: [INTEGRATION, "logs-tables"],
            message: /is classified internal but holds pii data as a copy of waf-to-tables/,
        },
        {
            title: "telemetry rule creating log groups that never expire",
            change: props("flow-logs", (p) => {
                delete p.rule.destinationConfiguration.retentionInDays;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [RULE, "flow-logs"],
            message: /keeps the logs it delivers to CloudWatch Logs forever \(rule.destinationConfiguration.retentionInDays is not set\)/,
        },
        {
            title: "organisation telemetry rule creating log groups that never expire",
            change: add({
                type: ORG_RULE,
                name: "org-flow-logs",
                props: {
                    ruleName: "org-flow-logs",
                    rule: {
                        resourceType: "AWS::EC2::VPC",
                        telemetryType: "Logs",
                        destinationConfiguration: { destinationType: "cloud-watch-logs" },
                    },
                },
            }),
            policy: datastoreRetentionLimitCopies,
            at: [ORG_RULE, "org-flow-logs"],
            message: /forever/,
        },
        {
            title: "pipeline writing to another account",
            change: props("app-pipeline", (p) => {
                p.configuration.body = `sink:\n  - cloudwatch_logs:\n      log_group: arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:log-group:app`;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:observabilityadmin/telemetryPipeline:TelemetryPipeline", "app-pipeline"],
            message: /configuration.body names a resource of account 999988887777, outside this stack/,
        },
        {
            title: "pipeline body unknown during preview",
            change: props("app-pipeline", (p) => {
                p.configuration.body = UNKNOWN;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:observabilityadmin/telemetryPipeline:TelemetryPipeline", "app-pipeline"],
            message: /configuration.body is not known during preview/,
        },
    ]);
});
