import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const PIPELINE = "aws:opensearchingest/pipeline:Pipeline";
const ENDPOINT = "aws:opensearchingest/pipelineEndpoint:PipelineEndpoint";
const POLICY = "aws:opensearchingest/resourcePolicy:ResourcePolicy";
const PIPELINE_ARN = `arn:aws:osis:eu-west-1:${ACCOUNT}:pipeline/orders-ingest`;
const body = (sink: string, role = `arn:aws:iam::${ACCOUNT}:role/osis`) =>
    `version: "2"\nlog-pipeline:\n  source:\n    http:\n      path: "/logs"\n  sink:\n    - opensearch:\n        hosts: ["${sink}"]\n        aws:\n          sts_role_arn: "${role}"\n          region: "eu-west-1"\n`;
const ingestPolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "osis:Ingest", Resource: PIPELINE_ARN }],
    });

const ingest = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PIPELINE,
            name: "orders-ingest",
            props: {
                pipelineName: "orders-ingest",
                minUnits: 1,
                maxUnits: 2,
                pipelineConfigurationBody: body("https://search-orders-abc.eu-west-1.es.amazonaws.com"),
                bufferOptions: { persistentBufferEnabled: true },
                encryptionAtRestOptions: { kmsKeyArn: KEY_ARN },
                vpcOptions: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-osis"] },
                tags: PII_TAGS,
            },
        },
    ]);

describe("catalogue: OpenSearch Ingestion", () => {
    describeEntry(
        PIPELINE,
        ingest,
        [
            {
                title: "a persistent buffer under an AWS-owned key",
                change: props("orders-ingest", (p) => {
                    delete p.encryptionAtRestOptions;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PIPELINE, "orders-ingest"],
                message:
                    /the persistent buffer: has no encryptionAtRestOptions.kmsKeyArn, so the persistent buffer is encrypted under an AWS-owned key/,
            },
            {
                title: "a public endpoint",
                change: props("orders-ingest", (p) => {
                    delete p.vpcOptions;
                }),
                policy: datastoreAccessBlockPublic,
                at: [PIPELINE, "orders-ingest"],
                message: /has a public endpoint: no vpcOptions.subnetIds/,
            },
            {
                title: "a VPC endpoint on the default security group",
                change: props("orders-ingest", (p) => {
                    delete p.vpcOptions.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [PIPELINE, "orders-ingest"],
                message: /the pipeline's VPC endpoint names no vpcOptions.securityGroupIds/,
            },
            {
                title: "a sink outside AWS",
                change: props("orders-ingest", (p) => {
                    p.pipelineConfigurationBody = body("https://search.example.com");
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPELINE, "orders-ingest"],
                message: /sends to https:\/\/search.example.com, outside AWS/,
            },
            {
                title: "a role of another account in the body",
                change: props("orders-ingest", (p) => {
                    p.pipelineConfigurationBody = body(
                        "https://search-orders-abc.eu-west-1.es.amazonaws.com",
                        `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/sink`,
                    );
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPELINE, "orders-ingest"],
                message: /names a resource of account 999988887777, outside this stack/,
            },
            {
                title: "logs to a log group outside the stack",
                change: props("orders-ingest", (p) => {
                    p.logPublishingOptions = {
                        isLoggingEnabled: true,
                        cloudwatchLogDestination: { logGroup: "/aws/vendedlogs/OpenSearchIngestion/orders" },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPELINE, "orders-ingest"],
                message: /writes its logs to \/aws\/vendedlogs\/OpenSearchIngestion\/orders, which is not a resource of this stack/,
            },
        ],
        [
            {
                title: "logs to a log group of the stack with a short retention",
                change: (stack) => {
                    add({
                        type: "aws:cloudwatch/logGroup:LogGroup",
                        name: "ingest-logs",
                        props: { name: "/aws/vendedlogs/OpenSearchIngestion/orders", retentionInDays: 1, kmsKeyId: KEY_ARN },
                    })(stack);
                    props("orders-ingest", (p) => {
                        p.logPublishingOptions = {
                            isLoggingEnabled: true,
                            cloudwatchLogDestination: { logGroup: "/aws/vendedlogs/OpenSearchIngestion/orders" },
                        };
                    })(stack);
                },
            },
        ],
    );

    describeEntry(ENDPOINT, ingest, [
        {
            title: "a pipeline endpoint on the default security group",
            change: add({
                type: ENDPOINT,
                name: "orders-ingest-vpce",
                props: { pipelineArn: PIPELINE_ARN, vpcOptions: { subnetIds: ["subnet-2"] } },
                propertyDependencies: { pipelineArn: ["orders-ingest"] },
            }),
            policy: datastoreAccessBlockPublic,
            at: [PIPELINE, "orders-ingest"],
            message: /its pipeline endpoint names no vpcOptions.securityGroupIds/,
        },
    ]);

    describeEntry(POLICY, ingest, [
        {
            title: "another account may ingest",
            change: add({
                type: POLICY,
                name: "orders-ingest-policy",
                props: { resourceArn: PIPELINE_ARN, policy: ingestPolicy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }) },
                propertyDependencies: { resourceArn: ["orders-ingest"] },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PIPELINE, "orders-ingest"],
            message: /its pipeline policy: .*account 999988887777/,
        },
    ]);
});
