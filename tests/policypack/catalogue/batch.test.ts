import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const JOB = "aws:batch/jobDefinition:JobDefinition";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

const containerProperties = (extra: object = {}) =>
    JSON.stringify({
        image: "labels:1",
        command: ["print-labels"],
        secrets: [{ name: "TOKEN", valueFrom: "arn:aws:ssm:eu-west-1:111122223333:parameter/token" }],
        logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/batch/labels" } },
        volumes: [{ name: "files", efsVolumeConfiguration: { fileSystemId: "fs-1", transitEncryption: "ENABLED" } }],
        networkConfiguration: { assignPublicIp: "DISABLED" },
        ...extra,
    });

const batch = (): ResourceSpec[] =>
    fixtureWith([
        { type: LOG_GROUP, name: "batch-logs", props: { name: "/batch/labels", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: JOB,
            name: "print-labels",
            props: {
                name: "print-labels",
                type: "container",
                platformCapabilities: ["FARGATE"],
                containerProperties: containerProperties(),
                tags: PII_TAGS,
            },
        },
        {
            type: JOB,
            name: "eks-labels",
            props: {
                name: "eks-labels",
                type: "container",
                tags: PII_TAGS,
                eksProperties: { podProperties: { containers: [{ image: "labels:1", envs: [] }] } },
            },
        },
    ]);

describe("catalogue: Batch", () => {
    describeEntry(
        "aws:batch/jobDefinition:JobDefinition",
        batch,
        [
            {
                title: "plain environment values on a PII job definition",
                change: props("print-labels", (p) => {
                    p.containerProperties = containerProperties({ environment: [{ name: "RECIPIENT", value: "Jane Doe" }] });
                }),
                policy: datastoreAccessBlockPublic,
                at: [JOB, "print-labels"],
                message: /containerProperties sets plain environment variables \(RECIPIENT\)/,
            },
            {
                title: "plain environment values in ecsProperties",
                change: props("print-labels", (p) => {
                    delete p.containerProperties;
                    p.ecsProperties = JSON.stringify({
                        taskProperties: [
                            { containers: [{ name: "a", image: "x", environment: [{ name: "ADDRESS", value: "1 Main St" }] }] },
                        ],
                    });
                }),
                policy: datastoreAccessBlockPublic,
                at: [JOB, "print-labels"],
                message: /ecsProperties sets plain environment variables \(ADDRESS\)/,
            },
            {
                title: "plain environment values on EKS containers",
                change: props("eks-labels", (p) => {
                    p.eksProperties.podProperties.containers[0].envs = [{ name: "NAME", value: "x" }];
                }),
                policy: datastoreAccessBlockPublic,
                at: [JOB, "eks-labels"],
                message: /sets eksProperties.podProperties.containers.envs.value/,
            },
            {
                title: "an EFS volume without transit encryption",
                change: props("print-labels", (p) => {
                    p.containerProperties = containerProperties({
                        volumes: [{ name: "files", efsVolumeConfiguration: { fileSystemId: "fs-1" } }],
                    });
                }),
                policy: datastoreTransitRequireTls,
                at: [JOB, "print-labels"],
                message: /containerProperties: EFS volume fs-1 \(transitEncryption not set: DISABLED\) is mounted without TLS/,
            },
            {
                title: "a public IP on Fargate jobs",
                change: props("print-labels", (p) => {
                    p.containerProperties = containerProperties({ networkConfiguration: { assignPublicIp: "ENABLED" } });
                }),
                policy: datastoreAccessBlockPublic,
                at: [JOB, "print-labels"],
                message: /its jobs are public: containerProperties sets networkConfiguration.assignPublicIp ENABLED/,
            },
            {
                title: "job output to a log group kept 30 days",
                change: props("batch-logs", (p) => {
                    p.retentionInDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOG_GROUP, "batch-logs"],
                message: /keeps its logs 30 days/,
            },
            {
                title: "job output through the gelf driver",
                change: props("print-labels", (p) => {
                    p.containerProperties = containerProperties({
                        logConfiguration: { logDriver: "gelf", options: { "gelf-address": "udp://graylog.example.com:12201" } },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [JOB, "print-labels"],
                message: /gelf log driver/,
            },
            {
                title: "invalid JSON",
                change: props("print-labels", (p) => {
                    p.containerProperties = "{not json";
                }),
                policy: datastoreTransitRequireTls,
                at: [JOB, "print-labels"],
                message: /containerProperties is not valid JSON/,
            },
        ],
        [
            {
                title: "plain environment values on an unclassified job definition",
                change: props("print-labels", (p) => {
                    delete p.tags;
                    p.containerProperties = containerProperties({ environment: [{ name: "LOG_LEVEL", value: "debug" }] });
                }),
            },
        ],
    );
});
