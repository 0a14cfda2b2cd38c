import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const APP = "aws:emrserverless/application:Application";

const serverless = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: APP,
            name: "spark-app",
            props: {
                name: "spark-app",
                releaseLabel: "emr-7.1.0",
                type: "spark",
                tags: PII_TAGS,
                networkConfiguration: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] },
                monitoringConfiguration: {
                    s3MonitoringConfiguration: { logUri: "s3://labels-abc/emr-serverless/", encryptionKeyArn: KEY_ARN },
                    managedPersistenceMonitoringConfiguration: { enabled: false },
                },
            },
        },
    ]);

describe("catalogue: EMR Serverless", () => {
    describeEntry(
        "application",
        serverless,
        [
            {
                title: "S3 logs without a key",
                change: props("spark-app", (p) => {
                    delete p.monitoringConfiguration.s3MonitoringConfiguration.encryptionKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [APP, "spark-app"],
                message: /job logs in S3: has no monitoringConfiguration.s3MonitoringConfiguration.encryptionKeyArn/,
            },
            {
                title: "managed log persistence left on (default) without a key",
                change: props("spark-app", (p) => {
                    delete p.monitoringConfiguration.managedPersistenceMonitoringConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [APP, "spark-app"],
                message: /job logs in managed persistence: has no .*encryptionKeyArn, so .* an AWS-owned key/,
            },
            {
                title: "managed log persistence keeps PII job logs 30 days",
                change: props("spark-app", (p) => {
                    p.monitoringConfiguration.managedPersistenceMonitoringConfiguration = { enabled: true, encryptionKeyArn: KEY_ARN };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [APP, "spark-app"],
                message: /AWS keeps job logs in managed persistence \(30 days\) for 30 days/,
            },
            {
                title: "workers behind an open security group",
                change: (stack) => {
                    add({
                        type: "aws:ec2/securityGroup:SecurityGroup",
                        name: "open",
                        props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] },
                    })(stack);
                    stack.find((s) => s.name === "spark-app")!.propertyDependencies = { networkConfiguration: ["open"] };
                },
                policy: datastoreAccessBlockPublic,
                at: [APP, "spark-app"],
                message: /security group open is open to the internet/,
            },
            {
                title: "PII logs to a bucket outside the stack",
                change: props("spark-app", (p) => {
                    p.monitoringConfiguration.s3MonitoringConfiguration.logUri = "s3://someone-elses-bucket/logs/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [APP, "spark-app"],
                message: /writes job logs to s3:\/\/someone-elses-bucket\/logs\/, which is not a resource of this stack/,
            },
            {
                title: "PII logs to a confidential log group",
                change: (stack) => {
                    add({
                        type: "aws:cloudwatch/logGroup:LogGroup",
                        name: "emr-logs",
                        props: { name: "emr-logs", retentionInDays: 1, kmsKeyId: KEY_ARN, tags: CONFIDENTIAL_TAGS },
                    })(stack);
                    props("spark-app", (p) => {
                        p.monitoringConfiguration.cloudwatchLoggingConfiguration = { enabled: true, logGroupName: "emr-logs" };
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:cloudwatch/logGroup:LogGroup", "emr-logs"],
                message: /holds pii data as a copy of spark-app/,
            },
        ],
        [
            {
                title: "managed log persistence on a confidential application",
                change: props("spark-app", (p) => {
                    p.tags = { ...CONFIDENTIAL_TAGS, "retention-days": "30" };
                    p.monitoringConfiguration = { managedPersistenceMonitoringConfiguration: { enabled: true, encryptionKeyArn: KEY_ARN } };
                }),
            },
            {
                title: "no VPC (no security groups to judge)",
                change: props("spark-app", (p) => {
                    delete p.networkConfiguration;
                }),
            },
        ],
    );
});
