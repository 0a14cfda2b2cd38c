import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const CLUSTER = "aws:ecs/cluster:Cluster";
const TASK = "aws:ecs/taskDefinition:TaskDefinition";
const SERVICE = "aws:ecs/service:Service";
const TASK_SET = "aws:ecs/taskSet:TaskSet";
const DAEMON = "aws:ecs/daemonTaskDefinition:DaemonTaskDefinition";
const EXPRESS = "aws:ecs/expressGatewayService:ExpressGatewayService";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

const container = (extra: object = {}) => ({
    name: "app",
    image: "labeler:1",
    secrets: [{ name: "PROVIDER_TOKEN", valueFrom: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:provider" }],
    logConfiguration: {
        logDriver: "awslogs",
        options: { "awslogs-group": "/ecs/labeler", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "app" },
    },
    ...extra,
});
const definitions = (extra: object = {}) => JSON.stringify([container(extra)]);

const ecs = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLUSTER,
            name: "apps",
            props: {
                name: "apps",
                tags: PII_TAGS,
                configuration: {
                    managedStorageConfiguration: { fargateEphemeralStorageKmsKeyId: KEY_ARN, kmsKeyId: KEY_ARN },
                    executeCommandConfiguration: {
                        kmsKeyId: KEY_ARN,
                        logging: "OVERRIDE",
                        logConfiguration: { cloudWatchLogGroupName: "/ecs/exec", cloudWatchEncryptionEnabled: true },
                    },
                },
            },
        },
        { type: LOG_GROUP, name: "exec-logs", props: { name: "/ecs/exec", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        { type: LOG_GROUP, name: "labeler-logs", props: { name: "/ecs/labeler", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: TASK,
            name: "labeler-task",
            props: {
                family: "labeler",
                tags: PII_TAGS,
                containerDefinitions: definitions(),
                volumes: [
                    { name: "files", efsVolumeConfiguration: { fileSystemId: "fs-1", transitEncryption: "ENABLED" } },
                    { name: "scratch" },
                ],
            },
        },
        {
            type: SERVICE,
            name: "label-svc",
            props: {
                name: "labeler",
                cluster: "apps",
                taskDefinition: "labeler",
                networkConfiguration: { subnets: ["subnet-1"], securityGroups: ["sg-1"], assignPublicIp: false },
                volumeConfiguration: {
                    name: "data",
                    managedEbsVolume: { roleArn: "arn:aws:iam::111122223333:role/ecs-infra", sizeInGb: 10 },
                },
            },
            propertyDependencies: { cluster: ["apps"] },
        },
        {
            type: TASK_SET,
            name: "labeler-blue",
            props: {
                cluster: "apps",
                service: "labeler",
                taskDefinition: "labeler",
                networkConfiguration: { subnets: ["subnet-1"], securityGroups: ["sg-1"] },
            },
        },
        {
            type: DAEMON,
            name: "agent",
            props: {
                family: "agent",
                tags: PII_TAGS,
                containerDefinitions: [
                    {
                        name: "agent",
                        image: "agent:1",
                        logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/ecs/labeler" } },
                    },
                ],
            },
        },
        {
            type: EXPRESS,
            name: "web",
            props: {
                serviceName: "web",
                executionRoleArn: "arn:aws:iam::111122223333:role/exec",
                infrastructureRoleArn: "arn:aws:iam::111122223333:role/infra",
                tags: PII_TAGS,
                networkConfigurations: [{ subnets: ["subnet-1", "subnet-2"], securityGroups: ["sg-1"] }],
                primaryContainer: {
                    image: "web:1",
                    secrets: [{ name: "TOKEN", valueFrom: "arn:aws:ssm:eu-west-1:111122223333:parameter/token" }],
                    awsLogsConfigurations: [{ logGroup: "/ecs/labeler", logStreamPrefix: "web" }],
                },
            },
        },
    ]);

describe("catalogue: ECS", () => {
    describeEntry("aws:ecs/cluster:Cluster", ecs, [
        {
            title: "Fargate ephemeral storage under an AWS-owned key",
            change: props("apps", (p) => {
                delete p.configuration.managedStorageConfiguration.fargateEphemeralStorageKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLUSTER, "apps"],
            message:
                /Fargate ephemeral storage of its tasks: has no configuration.managedStorageConfiguration.fargateEphemeralStorageKmsKeyId, so .* an AWS-owned key/,
        },
        {
            title: "no configuration at all",
            change: props("apps", (p) => {
                delete p.configuration;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLUSTER, "apps"],
            message: /fargateEphemeralStorageKmsKeyId/,
        },
        {
            title: "ECS Exec under an AWS-managed alias",
            change: props("apps", (p) => {
                p.configuration.executeCommandConfiguration.kmsKeyId = "alias/aws/ssm";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLUSTER, "apps"],
            message: /ECS Exec session data: .*names the AWS-managed key alias\/aws\/ssm/,
        },
        {
            title: "ECS Exec without a session key",
            change: props("apps", (p) => {
                delete p.configuration.executeCommandConfiguration.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLUSTER, "apps"],
            message: /ECS Exec session data: has no configuration.executeCommandConfiguration.kmsKeyId/,
        },
        {
            title: "ECS Exec logs of a PII cluster kept 30 days",
            change: props("exec-logs", (p) => {
                p.retentionInDays = 30;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [LOG_GROUP, "exec-logs"],
            message: /keeps its logs 30 days, more than the 3-day retention/,
        },
        {
            title: "ECS Exec logs to a bucket outside the stack",
            change: props("apps", (p) => {
                p.configuration.executeCommandConfiguration.logConfiguration = { s3BucketName: "someone-elses-bucket" };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CLUSTER, "apps"],
            message: /writes ECS Exec session logs to someone-elses-bucket, which is not a resource of this stack/,
        },
    ]);

    describeEntry(
        "aws:ecs/taskDefinition:TaskDefinition",
        ecs,
        [
            {
                title: "plain environment values on a PII task definition",
                change: props("labeler-task", (p) => {
                    p.containerDefinitions = definitions({ environment: [{ name: "CUSTOMER_NAME", value: "Jane Doe" }] });
                }),
                policy: datastoreAccessBlockPublic,
                at: [TASK, "labeler-task"],
                message: /containerDefinitions sets plain environment variables \(CUSTOMER_NAME\)/,
            },
            {
                title: "container definitions unknown during preview on a PII task definition",
                change: props("labeler-task", (p) => {
                    p.containerDefinitions = UNKNOWN;
                }),
                policy: datastoreAccessBlockPublic,
                at: [TASK, "labeler-task"],
                message: /containerDefinitions is not known during preview/,
            },
            {
                title: "an EFS volume without transit encryption (AWS default DISABLED)",
                change: props("labeler-task", (p) => {
                    delete p.volumes[0].efsVolumeConfiguration.transitEncryption;
                }),
                policy: datastoreTransitRequireTls,
                at: [TASK, "labeler-task"],
                message: /EFS volume fs-1 \(transitEncryption not set: DISABLED\) is mounted without TLS/,
            },
            {
                title: "container logs through the splunk driver",
                change: props("labeler-task", (p) => {
                    p.containerDefinitions = definitions({
                        logConfiguration: { logDriver: "splunk", options: { "splunk-url": "https://splunk.example.com" } },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TASK, "labeler-task"],
                message: /sends container logs through the splunk log driver .*outside AWS/,
            },
            {
                title: "container logs to a FireLens output outside AWS",
                change: props("labeler-task", (p) => {
                    p.containerDefinitions = definitions({ logConfiguration: { logDriver: "awsfirelens", options: { Name: "datadog" } } });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TASK, "labeler-task"],
                message: /FireLens output "datadog"/,
            },
            {
                title: "container logs to a log group kept 30 days",
                change: props("labeler-logs", (p) => {
                    p.retentionInDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOG_GROUP, "labeler-logs"],
                message: /keeps its logs 30 days/,
            },
            {
                title: "container logs to a log group outside the stack",
                change: props("labeler-task", (p) => {
                    p.containerDefinitions = definitions({
                        logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/elsewhere" } },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [TASK, "labeler-task"],
                message: /containerDefinitions \(awslogs-group\) sends container output to .*which is not a resource of this stack/,
            },
        ],
        [
            {
                title: "plain environment values on an unclassified task definition",
                change: props("labeler-task", (p) => {
                    delete p.tags;
                    p.containerDefinitions = definitions({ environment: [{ name: "LOG_LEVEL", value: "info" }] });
                }),
            },
            {
                title: "FireLens to CloudWatch Logs",
                change: props("labeler-task", (p) => {
                    p.containerDefinitions = definitions({
                        logConfiguration: {
                            logDriver: "awsfirelens",
                            options: { Name: "cloudwatch_logs", log_group_name: "/ecs/labeler" },
                        },
                    });
                }),
            },
        ],
    );

    describeEntry(
        "aws:ecs/service:Service",
        ecs,
        [
            {
                title: "a public IP on its tasks",
                change: props("label-svc", (p) => {
                    p.networkConfiguration.assignPublicIp = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVICE, "label-svc"],
                message: /the service's tasks is public: networkConfiguration.assignPublicIp is true/,
            },
            {
                title: "the VPC's default security group",
                change: props("label-svc", (p) => {
                    delete p.networkConfiguration.securityGroups;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVICE, "label-svc"],
                message: /names no networkConfiguration.securityGroups/,
            },
            {
                title: "managed volumes under aws/ebs (no key on the service or its cluster)",
                change: props("apps", (p) => {
                    delete p.configuration.managedStorageConfiguration.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SERVICE, "label-svc"],
                message:
                    /has no volumeConfiguration.managedEbsVolume.kmsKeyId and its cluster sets no configuration.managedStorageConfiguration.kmsKeyId/,
            },
            {
                title: "unencrypted managed volumes",
                change: props("label-svc", (p) => {
                    p.volumeConfiguration.managedEbsVolume.encrypted = false;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SERVICE, "label-svc"],
                message: /task volumes are not encrypted/,
            },
            {
                title: "Service Connect without TLS",
                change: props("label-svc", (p) => {
                    p.serviceConnectConfiguration = { enabled: true, services: [{ portName: "http" }] };
                }),
                policy: datastoreTransitRequireTls,
                at: [SERVICE, "label-svc"],
                message: /Service Connect traffic does not require TLS: serviceConnectConfiguration.services.tls is not set/,
            },
        ],
        [
            {
                title: "managed volumes under the service's own key",
                change: (stack) => {
                    props("apps", (p) => {
                        delete p.configuration.managedStorageConfiguration.kmsKeyId;
                    })(stack);
                    props("label-svc", (p) => {
                        p.volumeConfiguration.managedEbsVolume.kmsKeyId = KEY_ARN;
                    })(stack);
                },
            },
            {
                title: "Service Connect with TLS",
                change: props("label-svc", (p) => {
                    p.serviceConnectConfiguration = {
                        enabled: true,
                        services: [
                            {
                                portName: "http",
                                tls: {
                                    issuerCertAuthority: {
                                        awsPcaAuthorityArn: "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/1",
                                    },
                                },
                            },
                        ],
                    };
                }),
            },
        ],
    );

    describeEntry("aws:ecs/taskSet:TaskSet", ecs, [
        {
            title: "a public IP on its tasks",
            change: props("labeler-blue", (p) => {
                p.networkConfiguration.assignPublicIp = true;
            }),
            policy: datastoreAccessBlockPublic,
            at: [TASK_SET, "labeler-blue"],
            message: /the task set's tasks is public/,
        },
    ]);

    describeEntry("aws:ecs/daemonTaskDefinition:DaemonTaskDefinition", ecs, [
        {
            title: "plain environment values on a PII daemon",
            change: props("agent", (p) => {
                p.containerDefinitions[0].environments = [{ name: "ADDRESS", value: "1 Main St" }];
            }),
            policy: datastoreAccessBlockPublic,
            at: [DAEMON, "agent"],
            message: /sets containerDefinitions.environments.value/,
        },
        {
            title: "logs through syslog",
            change: props("agent", (p) => {
                p.containerDefinitions[0].logConfiguration = {
                    logDriver: "syslog",
                    options: { "syslog-address": "tcp://logs.example.com:514" },
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [DAEMON, "agent"],
            message: /syslog log driver/,
        },
    ]);

    describeEntry("aws:ecs/expressGatewayService:ExpressGatewayService", ecs, [
        {
            title: "plain environment values on a PII service",
            change: props("web", (p) => {
                p.primaryContainer.environments = [{ name: "NAME", value: "x" }];
            }),
            policy: datastoreAccessBlockPublic,
            at: [EXPRESS, "web"],
            message: /sets primaryContainer.environments.value/,
        },
        {
            title: "the VPC's default security group",
            change: props("web", (p) => {
                delete p.networkConfigurations;
            }),
            policy: datastoreAccessBlockPublic,
            at: [EXPRESS, "web"],
            message: /names no networkConfigurations.securityGroups/,
        },
        {
            title: "logs to a log group outside the stack",
            change: props("web", (p) => {
                p.primaryContainer.awsLogsConfigurations[0].logGroup = "/elsewhere";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [EXPRESS, "web"],
            message: /sends container output to \/elsewhere, which is not a resource of this stack/,
        },
    ]);
});
