import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const T = (name: string) => `aws:bedrock/${name.charAt(0).toLowerCase()}${name.slice(1)}:${name}`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/bedrock`;
const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
const EU_PROFILE = `arn:aws:bedrock:eu-west-1:${ACCOUNT}:inference-profile/eu.${MODEL}`;
const PROVIDER: ResourceSpec = { type: "pulumi:providers:aws", name: "aws", props: { region: "eu-west-1" } };
const openSg = (name: string): ResourceSpec => ({
    type: "aws:ec2/securityGroup:SecurityGroup",
    name,
    props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] },
});
const policy = (principal: string) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: "bedrock-agentcore:RetrieveMemoryRecords", Resource: "*" }],
    });
const setDeps = (name: string, deps: Record<string, string[]>) => (stack: ResourceSpec[]) => {
    stack.find((s) => s.name === name)!.propertyDependencies = deps;
};

/** Agents and knowledge bases: the Lambda function "purge" of the fixture receives action-group parameters. */
const agents = (): ResourceSpec[] =>
    fixtureWith(
        [
            PROVIDER,
            {
                type: T("AgentAgent"),
                name: "assistant",
                props: {
                    agentName: "assistant",
                    agentResourceRoleArn: ROLE,
                    foundationModel: MODEL,
                    customerEncryptionKeyArn: KEY_ARN,
                    idleSessionTtlInSeconds: 600,
                    tags: PII_TAGS,
                    memoryConfigurations: [
                        {
                            enabledMemoryTypes: ["SESSION_SUMMARY"],
                            storageDays: 1,
                            sessionSummaryConfigurations: [{ maxRecentSessions: 5 }],
                        },
                    ],
                },
            },
            {
                type: T("AgentAgent"),
                name: "helper",
                props: {
                    agentName: "helper",
                    agentResourceRoleArn: ROLE,
                    foundationModel: MODEL,
                    customerEncryptionKeyArn: KEY_ARN,
                    tags: PII_TAGS,
                },
            },
            {
                type: T("AgentAgentActionGroup"),
                name: "orders-actions",
                props: {
                    agentId: "AGENT1",
                    agentVersion: "DRAFT",
                    actionGroupName: "orders",
                    actionGroupExecutor: { lambda: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge` },
                },
                propertyDependencies: { agentId: ["assistant"], actionGroupExecutor: ["purge"] },
            },
            {
                type: T("AgentAgentCollaborator"),
                name: "delegate",
                props: {
                    agentId: "AGENT1",
                    collaboratorName: "helper",
                    collaborationInstruction: "help",
                    relayConversationHistory: "TO_COLLABORATOR",
                    agentDescriptor: { aliasArn: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:agent-alias/AGENT2/LIVE` },
                },
                propertyDependencies: { agentId: ["assistant"], agentDescriptor: ["helper"] },
            },
            {
                type: T("AgentKnowledgeBase"),
                name: "docs",
                props: {
                    // Confidential: a PII knowledge base would keep its chunks in a store outside this stack, which cannot be verified.
                    name: "docs",
                    roleArn: ROLE,
                    tags: { "data-classification": "confidential", "retention-days": "30", owner: "docs-team" },
                    knowledgeBaseConfiguration: {
                        type: "VECTOR",
                        vectorKnowledgeBaseConfiguration: {
                            embeddingModelArn: "arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0",
                        },
                    },
                    storageConfiguration: {
                        type: "OPENSEARCH_SERVERLESS",
                        opensearchServerlessConfiguration: {
                            collectionArn: `arn:aws:aoss:eu-west-1:${ACCOUNT}:collection/abc`,
                            vectorIndexName: "docs",
                            fieldMapping: {},
                        },
                    },
                },
            },
            {
                type: T("AgentAgentKnowledgeBaseAssociation"),
                name: "assistant-docs",
                props: { agentId: "AGENT1", knowledgeBaseId: "KB1", description: "docs", knowledgeBaseState: "ENABLED" },
                propertyDependencies: { agentId: ["assistant"], knowledgeBaseId: ["docs"] },
            },
            {
                type: T("AgentDataSource"),
                name: "docs-source",
                props: {
                    name: "docs-source",
                    knowledgeBaseId: "KB1",
                    dataDeletionPolicy: "DELETE",
                    serverSideEncryptionConfiguration: { kmsKeyArn: KEY_ARN },
                    dataSourceConfiguration: { type: "S3", s3Configuration: { bucketArn: "arn:aws:s3:::logs-abc" } },
                },
                propertyDependencies: { knowledgeBaseId: ["docs"] },
            },
            { type: T("AgentFlow"), name: "flow", props: { name: "flow", executionRoleArn: ROLE, customerEncryptionKeyArn: KEY_ARN } },
            {
                type: T("Guardrail"),
                name: "guard",
                props: { name: "guard", blockedInputMessaging: "no", blockedOutputsMessaging: "no", kmsKeyArn: KEY_ARN },
            },
            {
                type: T("CustomModel"),
                name: "tuned",
                props: {
                    customModelName: "tuned",
                    jobName: "tune",
                    baseModelIdentifier: "arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-text-lite-v1",
                    roleArn: ROLE,
                    hyperparameters: {},
                    customModelKmsKeyId: KEY_ARN,
                    trainingDataConfig: { s3Uri: "s3://logs-abc/training/" },
                    outputDataConfig: { s3Uri: "s3://logs-abc/output/" },
                },
            },
            {
                type: T("EvaluationJob"),
                name: "eval",
                props: {
                    jobName: "eval",
                    roleArn: ROLE,
                    customerEncryptionKeyId: KEY_ARN,
                    inferenceConfig: {},
                    outputDataConfig: { s3Uri: "s3://labels-abc/eval/" },
                    evaluationConfig: {
                        automated: {
                            datasetMetricConfigs: [
                                {
                                    taskType: "Generation",
                                    metricNames: ["Builtin.Accuracy"],
                                    dataset: { name: "prompts", datasetLocation: { s3Uri: "s3://labels-abc/prompts.jsonl" } },
                                },
                            ],
                        },
                    },
                },
            },
            {
                type: T("InferenceProfile"),
                name: "profile",
                props: { name: "profile", modelSource: { copyFrom: `arn:aws:bedrock:eu-west-1::foundation-model/${MODEL}` } },
            },
        ],
        ["AWS::Lambda::Function"],
    );

/** AgentCore. */
const agentcore = (): ResourceSpec[] =>
    fixtureWith(
        [
            PROVIDER,
            {
                type: T("AgentcoreAgentRuntime"),
                name: "runtime",
                props: {
                    agentRuntimeName: "runtime",
                    roleArn: ROLE,
                    agentRuntimeArtifact: { containerConfiguration: { containerUri: "img" } },
                    networkConfiguration: { networkMode: "VPC", networkModeConfig: { securityGroups: ["sg-1"], subnets: ["subnet-1"] } },
                },
            },
            {
                type: T("AgentcoreBrowser"),
                name: "browser",
                props: {
                    name: "browser",
                    networkConfiguration: { networkMode: "PUBLIC" },
                    recording: { enabled: true, s3Location: { bucket: "labels-abc", prefix: "recordings/" } },
                },
            },
            { type: T("AgentcoreBrowserProfile"), name: "browser-profile", props: { name: "profile" } },
            {
                type: T("AgentcoreCodeInterpreter"),
                name: "interpreter",
                props: { name: "interpreter", networkConfiguration: { networkMode: "SANDBOX" } },
            },
            {
                type: T("AgentcoreGateway"),
                name: "gateway",
                props: { name: "gateway", roleArn: ROLE, authorizerType: "AWS_IAM", kmsKeyArn: KEY_ARN },
            },
            {
                type: T("AgentcoreGatewayTarget"),
                name: "tool",
                props: {
                    name: "tool",
                    gatewayIdentifier: "gw-1",
                    targetConfiguration: {
                        mcp: { lambda: { lambdaArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`, toolSchema: {} } },
                    },
                },
                propertyDependencies: { gatewayIdentifier: ["gateway"], targetConfiguration: ["purge"] },
            },
            {
                type: T("AgentcoreHarness"),
                name: "harness",
                props: {
                    harnessName: "harness",
                    executionRoleArn: ROLE,
                    systemPrompts: [],
                    model: { bedrockModelConfig: { modelId: MODEL } },
                    memory: { disabled: {} },
                },
            },
            {
                type: T("AgentcoreMemory"),
                name: "memory",
                props: {
                    name: "memory",
                    eventExpiryDuration: 7,
                    encryptionKeyArn: KEY_ARN,
                    tags: { ...CONFIDENTIAL_TAGS, "retention-days": "7" },
                },
            },
            {
                type: T("AgentcoreMemoryStrategy"),
                name: "facts",
                props: { name: "facts", memoryId: "mem-1", type: "SEMANTIC", namespaces: ["facts"] },
                propertyDependencies: { memoryId: ["memory"] },
            },
            {
                type: T("AgentcoreResourcePolicy"),
                name: "memory-policy",
                props: {
                    resourceArn: `arn:aws:bedrock-agentcore:eu-west-1:${ACCOUNT}:memory/mem-1`,
                    policy: policy(`arn:aws:iam::${ACCOUNT}:root`),
                },
                propertyDependencies: { resourceArn: ["memory"] },
            },
            {
                type: T("AgentcoreOnlineEvaluationConfig"),
                name: "online-eval",
                props: {
                    onlineEvaluationConfigName: "online",
                    enableOnCreate: true,
                    evaluationExecutionRoleArn: ROLE,
                    evaluators: [{ evaluatorId: "Builtin.Helpfulness" }],
                    rule: {},
                    dataSourceConfig: { cloudwatchLogs: { logGroupNames: ["audit-trail"], serviceNames: ["runtime"] } },
                },
            },
        ],
        ["AWS::Lambda::Function"],
    );

/** Invocation logging and batch inference. */
const invocation = (): ResourceSpec[] =>
    fixtureWith([
        PROVIDER,
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "invocations",
            props: { name: "bedrock-invocations", retentionInDays: 1, kmsKeyId: KEY_ARN },
        },
        {
            type: "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
            name: "invocation-logging",
            props: {
                loggingConfig: {
                    cloudwatchConfig: { logGroupName: "bedrock-invocations", roleArn: ROLE },
                    s3Config: { bucketName: "labels-abc", keyPrefix: "bedrock/" },
                },
            },
        },
        {
            type: "aws:bedrockmodel/invocationJob:InvocationJob",
            name: "batch",
            props: {
                jobName: "batch",
                roleArn: ROLE,
                modelId: MODEL,
                inputDataConfig: { s3InputDataConfig: { s3Uri: "s3://labels-abc/batch-in/" } },
                outputDataConfig: { s3OutputDataConfig: { s3Uri: "s3://labels-abc/batch-out/", s3EncryptionKeyId: KEY_ARN } },
            },
        },
    ]);

describe("catalogue: Bedrock", () => {
    describeEntry(
        "agents, knowledge bases, flows, guardrails, custom models, evaluation jobs, inference profiles",
        agents,
        [
            {
                title: "an agent under an AWS-owned key",
                change: props("assistant", (p) => {
                    delete p.customerEncryptionKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentAgent"), "assistant"],
                message: /the agent's sessions and memory: has no customerEncryptionKeyArn, so .* an AWS-owned key/,
            },
            {
                title: "session summaries kept 30 days",
                change: props("assistant", (p) => {
                    p.memoryConfigurations[0].storageDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentAgent"), "assistant"],
                message: /keeps session summaries \(memory\) 30 days/,
            },
            {
                title: "a PII agent on a cross-region inference profile",
                change: props("assistant", (p) => {
                    p.foundationModel = `eu.${MODEL}`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentAgent"), "assistant"],
                message: /is a cross-region inference profile \(eu\.\)/,
            },
            {
                title: "an unclassified agent",
                change: props("assistant", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("AgentAgent"), "assistant"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "an action group sending parameters to a Lambda of another account (reported on the agent)",
                change: (stack) => {
                    props("orders-actions", (p) => {
                        p.actionGroupExecutor.lambda = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:theirs`;
                    })(stack);
                    setDeps("orders-actions", { agentId: ["assistant"] })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentAgent"), "assistant"],
                message: /passes conversation parameters to arn:aws:lambda:eu-west-1:999988887777:function:theirs, in account 999988887777/,
            },
            {
                title: "a collaborator agent of another account",
                change: (stack) => {
                    props("delegate", (p) => {
                        p.agentDescriptor.aliasArn = `arn:aws:bedrock:eu-west-1:${OUTSIDE_ACCOUNT}:agent-alias/X/Y`;
                    })(stack);
                    setDeps("delegate", { agentId: ["assistant"] })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentAgent"), "assistant"],
                message: /hands conversations to the collaborator .* in account 999988887777/,
            },
            {
                title: "a PII agent handing conversations to a confidential collaborator",
                change: props("helper", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("AgentAgent"), "helper"],
                message: /holds pii data as a copy of delegate/,
            },
            {
                title: "a PII knowledge base feeding a confidential agent",
                change: (stack) => {
                    props("docs", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("docs-source", (p) => {
                        p.dataSourceConfiguration.s3Configuration.bucketArn = "arn:aws:s3:::labels-abc";
                    })(stack);
                    props("assistant", (p) => {
                        p.tags = { ...CONFIDENTIAL_TAGS };
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: [T("AgentAgent"), "assistant"],
                message: /holds pii data as a copy of assistant-docs/,
            },
            {
                title: "a knowledge base in Pinecone",
                change: (stack) => {
                    props("docs", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("docs-source", (p) => {
                        p.dataSourceConfiguration.s3Configuration.bucketArn = "arn:aws:s3:::labels-abc";
                    })(stack);
                    props("docs", (p) => {
                        p.storageConfiguration = {
                            type: "PINECONE",
                            pineconeConfiguration: {
                                connectionString: "https://docs-abc.svc.pinecone.io",
                                credentialsSecretArn: "arn:secret",
                                fieldMapping: {},
                            },
                        };
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentKnowledgeBase"), "docs"],
                message: /keeps its chunks in the third-party vector store https:\/\/docs-abc.svc.pinecone.io .* outside AWS/,
            },
            {
                title: "a knowledge base in MongoDB Atlas",
                change: (stack) => {
                    props("docs", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("docs-source", (p) => {
                        p.dataSourceConfiguration.s3Configuration.bucketArn = "arn:aws:s3:::labels-abc";
                    })(stack);
                    props("docs", (p) => {
                        p.storageConfiguration = {
                            type: "MONGO_DB_ATLAS",
                            mongoDbAtlasConfiguration: {
                                endpoint: "cluster0.abc.mongodb.net",
                                collectionName: "c",
                                databaseName: "d",
                                credentialsSecretArn: "arn:secret",
                                vectorIndexName: "v",
                                fieldMapping: {},
                            },
                        };
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentKnowledgeBase"), "docs"],
                message: /cluster0.abc.mongodb.net .* outside AWS/,
            },
            {
                title: "a knowledge base in another account's collection",
                change: props("docs", (p) => {
                    p.storageConfiguration.opensearchServerlessConfiguration.collectionArn = `arn:aws:aoss:eu-west-1:${OUTSIDE_ACCOUNT}:collection/x`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentKnowledgeBase"), "docs"],
                message: /keeps its chunks in arn:aws:aoss:eu-west-1:999988887777:collection\/x, in account 999988887777/,
            },
            {
                title: "a managed knowledge base under an AWS-owned key",
                change: props("docs", (p) => {
                    p.knowledgeBaseConfiguration = { type: "MANAGED", managedKnowledgeBaseConfiguration: {} };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentKnowledgeBase"), "docs"],
                message: /its Bedrock-managed vector store: has no/,
            },
            {
                title: "an unclassified knowledge base",
                change: props("docs", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("AgentKnowledgeBase"), "docs"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "ingestion under an AWS-owned key",
                change: props("docs-source", (p) => {
                    delete p.serverSideEncryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentDataSource"), "docs-source"],
                message: /documents while they are ingested: has no serverSideEncryptionConfiguration.kmsKeyArn/,
            },
            {
                title: "chunks retained after the data source is deleted",
                change: (stack) => {
                    props("docs", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("docs-source", (p) => {
                        p.dataSourceConfiguration.s3Configuration.bucketArn = "arn:aws:s3:::labels-abc";
                    })(stack);
                    props("docs-source", (p) => {
                        p.dataDeletionPolicy = "RETAIN";
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentDataSource"), "docs-source"],
                message: /keeps its chunks in the vector store after the data source is deleted, a copy that never expires/,
            },
            {
                title: "a PII bucket ingested into a confidential knowledge base",
                change: (stack) => {
                    props("docs-source", (p) => {
                        p.dataSourceConfiguration.s3Configuration.bucketArn = "arn:aws:s3:::labels-abc";
                    })(stack);
                    props("docs", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: [T("AgentKnowledgeBase"), "docs"],
                message: /holds pii data as a copy of docs-source/,
            },
            {
                title: "documents read from another account's bucket",
                change: props("docs-source", (p) => {
                    p.dataSourceConfiguration.s3Configuration.bucketOwnerAccountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentDataSource"), "docs-source"],
                message: /reads documents from a bucket of account 999988887777/,
            },
            {
                title: "a flow under an AWS-owned key",
                change: props("flow", (p) => {
                    delete p.customerEncryptionKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentFlow"), "flow"],
                message: /the flow: has no customerEncryptionKeyArn/,
            },
            {
                title: "a guardrail under an AWS-owned key",
                change: props("guard", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Guardrail"), "guard"],
                message: /the guardrail: has no kmsKeyArn/,
            },
            {
                title: "a PII guardrail routed across regions",
                change: props("guard", (p) => {
                    p.tags = PII_TAGS;
                    p.crossRegionConfig = {
                        guardrailProfileIdentifier: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:guardrail-profile/eu.guardrail.v1:0`,
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Guardrail"), "guard"],
                message: /cross-region inference profile \(eu\.\)/,
            },
            {
                title: "a custom model under an AWS-owned key",
                change: props("tuned", (p) => {
                    delete p.customModelKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("CustomModel"), "tuned"],
                message: /the custom model: has no customModelKmsKeyId/,
            },
            {
                title: "a custom model trained on personal data",
                change: props("tuned", (p) => {
                    p.trainingDataConfig.s3Uri = "s3://labels-abc/training/";
                    p.outputDataConfig.s3Uri = "s3://labels-abc/output/";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("CustomModel"), "tuned"],
                message: /is a model trained on it, a copy of personal data .* that never expires/,
            },
            {
                title: "a customization job behind an open security group",
                change: (stack) => {
                    add(openSg("open-sg"))(stack);
                    props("tuned", (p) => {
                        p.vpcConfig = { subnetIds: ["subnet-1"], securityGroupIds: ["sg-x"] };
                    })(stack);
                    setDeps("tuned", { vpcConfig: ["open-sg"] })(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [T("CustomModel"), "tuned"],
                message: /security group open-sg is open/,
            },
            {
                title: "an evaluation job under an AWS-owned key",
                change: props("eval", (p) => {
                    delete p.customerEncryptionKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("EvaluationJob"), "eval"],
                message: /the evaluation job: has no customerEncryptionKeyId/,
            },
            {
                title: "an evaluation of PII prompts writing into a confidential bucket",
                change: props("eval", (p) => {
                    p.outputDataConfig.s3Uri = "s3://logs-abc/eval/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of eval/,
            },
            {
                title: "a PII inference profile copied from a cross-region profile",
                change: props("profile", (p) => {
                    p.tags = PII_TAGS;
                    p.modelSource.copyFrom = EU_PROFILE;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("InferenceProfile"), "profile"],
                message: /cross-region inference profile \(eu\.\)/,
            },
        ],
        [
            {
                title: "a confidential inference profile may use a cross-region profile",
                change: props("profile", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                    p.modelSource.copyFrom = EU_PROFILE;
                }),
            },
            {
                title: "an action group returning control to the caller",
                change: (stack) => {
                    props("orders-actions", (p) => {
                        p.actionGroupExecutor = { customControl: "RETURN_CONTROL" };
                    })(stack);
                    setDeps("orders-actions", { agentId: ["assistant"] })(stack);
                },
            },
        ],
    );

    describeEntry(
        "AgentCore",
        agentcore,
        [
            {
                title: "a runtime with internet egress (PUBLIC)",
                change: props("runtime", (p) => {
                    p.networkConfiguration = { networkMode: "PUBLIC" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("AgentcoreAgentRuntime"), "runtime"],
                message: /the agent runtime is public: networkConfiguration.networkMode is "PUBLIC"/,
            },
            {
                title: "a runtime behind an open security group",
                change: (stack) => {
                    add(openSg("open-sg"))(stack);
                    setDeps("runtime", { networkConfiguration: ["open-sg"] })(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [T("AgentcoreAgentRuntime"), "runtime"],
                message: /security group open-sg is open/,
            },
            {
                title: "a PII runtime with environment variables",
                change: props("runtime", (p) => {
                    p.tags = PII_TAGS;
                    p.environmentVariables = { MODE: "x" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("AgentcoreAgentRuntime"), "runtime"],
                message: /sets environmentVariables/,
            },
            {
                title: "an unclassified browser recording into a confidential bucket",
                change: props("browser", (p) => {
                    p.recording.s3Location.bucket = "logs-abc";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of browser/,
            },
            {
                title: "a PII browser recording outside the stack",
                change: props("browser", (p) => {
                    p.tags = PII_TAGS;
                    p.recording.s3Location.bucket = "someone-elses-bucket";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreBrowser"), "browser"],
                message: /records browser sessions into someone-elses-bucket, which is not a resource of this stack/,
            },
            {
                title: "a PII browser profile (kept until deleted)",
                change: props("browser-profile", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentcoreBrowserProfile"), "browser-profile"],
                message: /is a saved browser profile, kept until deleted, a copy of personal data/,
            },
            {
                title: "a code interpreter with internet access (PUBLIC)",
                change: props("interpreter", (p) => {
                    p.networkConfiguration.networkMode = "PUBLIC";
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("AgentcoreCodeInterpreter"), "interpreter"],
                message: /the code interpreter is public/,
            },
            {
                title: "a gateway under an AWS-owned key",
                change: props("gateway", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentcoreGateway"), "gateway"],
                message: /the gateway: has no kmsKeyArn/,
            },
            {
                title: "a gateway without inbound authorization",
                change: props("gateway", (p) => {
                    p.authorizerType = "NONE";
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("AgentcoreGateway"), "gateway"],
                message: /the gateway is public: authorizerType is "NONE"/,
            },
            {
                title: "a gateway target forwarding to an MCP server outside AWS (reported on the gateway)",
                change: props("tool", (p) => {
                    p.targetConfiguration = { mcp: { mcpServer: { endpoint: "https://mcp.example.com/sse" } } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreGateway"), "gateway"],
                message: /forwards tool calls to https:\/\/mcp.example.com\/sse .* outside AWS/,
            },
            {
                title: "a gateway target forwarding to an API in AWS outside the stack",
                change: props("tool", (p) => {
                    p.targetConfiguration = {
                        http: { passthrough: { endpoint: "https://abc.execute-api.eu-west-1.amazonaws.com/prod", protocolType: "CUSTOM" } },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreGateway"), "gateway"],
                message: /which is not a resource of this stack/,
            },
            {
                title: "a PII harness with managed memory (events 30 days, records forever)",
                change: props("harness", (p) => {
                    p.tags = PII_TAGS;
                    p.memory = { managedMemoryConfiguration: { encryptionKeyArn: KEY_ARN } };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentcoreHarness"), "harness"],
                message: /keeps conversation events in its managed memory 30 days \(AWS's default/,
            },
            {
                title: "a PII harness with managed memory keeps long-term records",
                change: props("harness", (p) => {
                    p.tags = PII_TAGS;
                    p.memory = { managedMemoryConfiguration: { encryptionKeyArn: KEY_ARN, eventExpiryDuration: 3 } };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentcoreHarness"), "harness"],
                message: /keeps long-term memory records its strategies extract/,
            },
            {
                title: "managed memory under an AWS-owned key",
                change: props("harness", (p) => {
                    p.memory = { managedMemoryConfiguration: {} };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentcoreHarness"), "harness"],
                message: /its managed memory has no memory.managedMemoryConfiguration.encryptionKeyArn/,
            },
            {
                title: "a PII harness on an OpenAI model",
                change: props("harness", (p) => {
                    p.tags = PII_TAGS;
                    p.model = { openaiModelConfig: { modelId: "gpt-4o", apiKeyArn: "arn:secret" } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreHarness"), "harness"],
                message: /to a model outside AWS \(model.openaiModelConfig\)/,
            },
            {
                title: "a PII harness calling a remote MCP server",
                change: props("harness", (p) => {
                    p.tags = PII_TAGS;
                    p.tools = [{ type: "remoteMcp", config: { remoteMcp: { url: "https://mcp.example.com" } } }];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreHarness"), "harness"],
                message: /calls the remote MCP server https:\/\/mcp.example.com/,
            },
            {
                title: "a memory under an AWS-managed key",
                change: props("memory", (p) => {
                    delete p.encryptionKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("AgentcoreMemory"), "memory"],
                message: /the memory: has no encryptionKeyArn/,
            },
            {
                title: "a PII memory keeps events at least 7 days",
                change: props("memory", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentcoreMemory"), "memory"],
                message: /keeps conversation events 7 days, more than the 3-day retention/,
            },
            {
                title: "a PII memory's strategy keeps records forever (reported on the memory)",
                change: props("memory", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("AgentcoreMemory"), "memory"],
                message: /is long-term memory records, which the provider cannot give an expiry, a copy of personal data/,
            },
            {
                title: "an unclassified memory",
                change: props("memory", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("AgentcoreMemory"), "memory"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "memory records streamed to a Kinesis stream outside the stack",
                change: props("memory", (p) => {
                    p.streamDeliveryResources = {
                        resource: {
                            kinesis: {
                                dataStreamArn: `arn:aws:kinesis:eu-west-1:${OUTSIDE_ACCOUNT}:stream/theirs`,
                                contentConfiguration: { type: "MEMORY_RECORDS", level: "FULL_CONTENT" },
                            },
                        },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreMemory"), "memory"],
                message: /streams memory records to .* in account 999988887777/,
            },
            {
                title: "a self-managed strategy delivering payloads into a bucket outside the stack",
                change: props("facts", (p) => {
                    p.type = "CUSTOM";
                    p.configuration = {
                        type: "SELF_MANAGED",
                        selfManagedConfiguration: {
                            invocationConfiguration: {
                                payloadDeliveryBucketName: "someone-elses-bucket",
                                topicArn: `arn:aws:sns:eu-west-1:${OUTSIDE_ACCOUNT}:t`,
                            },
                        },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreMemory"), "memory"],
                message: /notifies arn:aws:sns:eu-west-1:999988887777:t, in account 999988887777/,
            },
            {
                title: "a memory policy open to everyone (reported on the memory)",
                change: props("memory-policy", (p) => {
                    p.policy = policy("*");
                }),
                policy: datastoreAccessBlockPublic,
                at: [T("AgentcoreMemory"), "memory"],
                message: /its resource policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "a memory policy letting in another account",
                change: props("memory-policy", (p) => {
                    p.policy = policy(`arn:aws:iam::${OUTSIDE_ACCOUNT}:root`);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreMemory"), "memory"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "a gateway target's endpoint unknown during preview",
                change: (stack) => {
                    props("gateway", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("tool", (p) => {
                        p.targetConfiguration = { mcp: { mcpServer: { endpoint: UNKNOWN } } };
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [T("AgentcoreGateway"), "gateway"],
                message: /the endpoint is not known during preview/,
            },
        ],
        [
            {
                title: "a confidential harness on an OpenAI model",
                change: props("harness", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                    p.model = { openaiModelConfig: { modelId: "gpt-4o", apiKeyArn: "arn:secret" } };
                }),
            },
        ],
    );

    describeEntry("model invocation logging and batch inference", invocation, [
        {
            title: "every prompt logged into a confidential log group",
            change: props("invocations", (p) => {
                p.tags = CONFIDENTIAL_TAGS;
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:cloudwatch/logGroup:LogGroup", "invocations"],
            message: /classified confidential but holds pii data as a copy of invocation-logging/,
        },
        {
            title: "every prompt logged into a group kept 30 days",
            change: props("invocations", (p) => {
                p.retentionInDays = 30;
            }),
            policy: datastoreRetentionLimitCopies,
            at: ["aws:cloudwatch/logGroup:LogGroup", "invocations"],
            message: /keeps its logs 30 days/,
        },
        {
            title: "every prompt logged into a bucket outside the stack",
            change: props("invocation-logging", (p) => {
                p.loggingConfig.s3Config.bucketName = "someone-elses-bucket";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration", "invocation-logging"],
            message:
                /logs every prompt and response to someone-elses-bucket \(loggingConfig.s3Config.bucketName\), which is not a resource of this stack/,
        },
        {
            title: "batch outputs under the bucket's default key",
            change: props("batch", (p) => {
                delete p.outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: ["aws:bedrockmodel/invocationJob:InvocationJob", "batch"],
            message: /its outputs: has no outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId/,
        },
        {
            title: "batch outputs to another account's bucket",
            change: props("batch", (p) => {
                p.outputDataConfig.s3OutputDataConfig.s3BucketOwner = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:bedrockmodel/invocationJob:InvocationJob", "batch"],
            message: /writes model outputs to a bucket of account 999988887777/,
        },
        {
            title: "batch inference over PII on a cross-region profile",
            change: props("batch", (p) => {
                p.modelId = EU_PROFILE;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:bedrockmodel/invocationJob:InvocationJob", "batch"],
            message: /cross-region inference profile \(eu\.\)/,
        },
        {
            title: "batch outputs of PII prompts into a confidential bucket",
            change: props("batch", (p) => {
                p.outputDataConfig.s3OutputDataConfig.s3Uri = "s3://logs-abc/out/";
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of batch/,
        },
        {
            title: "a batch job behind an open security group",
            change: (stack) => {
                add(openSg("open-sg"))(stack);
                props("batch", (p) => {
                    p.vpcConfig = { subnetIds: ["subnet-1"], securityGroupIds: ["sg-x"] };
                })(stack);
                setDeps("batch", { vpcConfig: ["open-sg"] })(stack);
            },
            policy: datastoreAccessBlockPublic,
            at: ["aws:bedrockmodel/invocationJob:InvocationJob", "batch"],
            message: /security group open-sg is open/,
        },
    ]);
});
