/**
 * Bedrock: agents (sessions and memory of conversations), their action groups and
 * collaborators, knowledge bases (vector stores, possibly run by third parties) and their data
 * sources, flows, guardrails, custom models, evaluation jobs, inference profiles, and AgentCore
 * (runtimes, memory and its strategies, gateways and targets, browsers, code interpreters,
 * harnesses, resource policies).
 */
import type { AgentAgentArgs } from "@pulumi/aws/bedrock/agentAgent";
import type { AgentAgentActionGroupArgs } from "@pulumi/aws/bedrock/agentAgentActionGroup";
import type { AgentAgentCollaboratorArgs } from "@pulumi/aws/bedrock/agentAgentCollaborator";
import type { AgentAgentKnowledgeBaseAssociationArgs } from "@pulumi/aws/bedrock/agentAgentKnowledgeBaseAssociation";
import type { AgentcoreAgentRuntimeArgs } from "@pulumi/aws/bedrock/agentcoreAgentRuntime";
import type { AgentcoreBrowserArgs } from "@pulumi/aws/bedrock/agentcoreBrowser";
import type { AgentcoreBrowserProfileArgs } from "@pulumi/aws/bedrock/agentcoreBrowserProfile";
import type { AgentcoreCodeInterpreterArgs } from "@pulumi/aws/bedrock/agentcoreCodeInterpreter";
import type { AgentcoreGatewayArgs } from "@pulumi/aws/bedrock/agentcoreGateway";
import type { AgentcoreGatewayTargetArgs } from "@pulumi/aws/bedrock/agentcoreGatewayTarget";
import type { AgentcoreHarnessArgs } from "@pulumi/aws/bedrock/agentcoreHarness";
import type { AgentcoreMemoryArgs } from "@pulumi/aws/bedrock/agentcoreMemory";
import type { AgentcoreMemoryStrategyArgs } from "@pulumi/aws/bedrock/agentcoreMemoryStrategy";
import type { AgentcoreOnlineEvaluationConfigArgs } from "@pulumi/aws/bedrock/agentcoreOnlineEvaluationConfig";
import type { AgentcoreResourcePolicyArgs } from "@pulumi/aws/bedrock/agentcoreResourcePolicy";
import type { AgentDataSourceArgs } from "@pulumi/aws/bedrock/agentDataSource";
import type { AgentFlowArgs } from "@pulumi/aws/bedrock/agentFlow";
import type { AgentKnowledgeBaseArgs } from "@pulumi/aws/bedrock/agentKnowledgeBase";
import type { CustomModelArgs } from "@pulumi/aws/bedrock/customModel";
import type { EvaluationJobArgs } from "@pulumi/aws/bedrock/evaluationJob";
import type { GuardrailArgs } from "@pulumi/aws/bedrock/guardrail";
import type { InferenceProfileArgs } from "@pulumi/aws/bedrock/inferenceProfile";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { customerKeyProblem } from "../../lib/encryption";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read, readStrings } from "../read";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { S3_URI } from "./glue";
import { FUNCTION_TYPES } from "./lambda";
import { TOPIC_TYPES } from "./sns";

const HTTPS_ONLY = { notOffered: "Bedrock's endpoints accept HTTPS only" };
const NOTHING_KEPT = { notOffered: "keeps no conversation data of its own" };
const AWS_OWNED = "an AWS-owned key";

/** Cross-region (system-defined) inference and guardrail profiles: us., eu., apac., global. ... */
const CROSS_REGION_PROFILE =
    /^(?:arn:[^:]+:bedrock:[^:]*:[^:]*:(?:(?:system-defined-)?inference-profile|guardrail-profile)\/)?(us|us-gov|eu|apac|jp|au|ca|global)\.[^/]+$/;

/** A PII resource whose model is a cross-region inference profile has its prompts processed in other regions. */
export function crossRegionInference(path: string): CustomCheck {
    return {
        summary: `${path}: no cross-region inference profile for personal data`,
        custom: ({ store, report }: StoreContext) => {
            if (!store.isPii) return;
            if (read(store.res.props, path).some((r) => r.state === "unknown"))
                report(`${path} is not known during preview, so where prompts are processed cannot be verified`);
            for (const model of readStrings(store.res.props, path)) {
                const profile = CROSS_REGION_PROFILE.exec(model);
                if (profile)
                    report(
                        `${path} ${JSON.stringify(model)} is a cross-region inference profile (${profile[1]}.), which processes prompts with personal data in other regions`,
                    );
            }
        },
    };
}

const AWS_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:?#@]+@)?([^/:?#]+)/i;
const IN_AWS = /\.(amazonaws\.com(\.cn)?|on\.aws)$/i;

/** Endpoints a PII resource sends to: outside AWS they leave the company; inside AWS they are not resources of this stack. */
export function endpointsOf(what: string, paths: readonly string[]): CustomCheck {
    return {
        summary: `${paths.join(", ")}: no endpoint for personal data`,
        custom: ({ store, report }: StoreContext) => {
            if (!store.isPii) return;
            for (const path of paths) {
                for (const reading of read(store.res.props, path)) {
                    if (reading.state === "unknown") report(`${what} ${path}: the endpoint is not known during preview`);
                    if (reading.state !== "known" || typeof reading.value !== "string" || reading.value === "") continue;
                    if (isUnknown(reading.value)) {
                        report(`${what} ${path}: the endpoint is not known during preview`);
                        continue;
                    }
                    const host = AWS_HOST.exec(reading.value)?.[2] ?? reading.value;
                    report(
                        IN_AWS.test(host)
                            ? `${what} ${reading.value} (${path}), which is not a resource of this stack, so its account, encryption and retention cannot be verified`
                            : `${what} ${reading.value} (${path}), outside AWS: personal data may go only to the shipping provider's account`,
                    );
                }
            }
        },
    };
}

export const AGENT_TYPES = ["aws:bedrock/agentAgent:AgentAgent"];
export const KNOWLEDGE_BASE_TYPES = ["aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase"];
const MEMORY_TYPES = ["aws:bedrock/agentcoreMemory:AgentcoreMemory"];
const GATEWAY_TYPES = ["aws:bedrock/agentcoreGateway:AgentcoreGateway"];
const KINESIS_STREAM_TYPES = ["aws:kinesis/stream:Stream"];

export const bedrockAgent = entry<AgentAgentArgs>()({
    types: ["aws:bedrock/agentAgent:AgentAgent"],
    holds: "users' conversations: the session context while a session is idle, and session summaries kept as memory",
    tagging: "store",
    names: ["agentName"],
    atRest: [{ what: "the agent's sessions and memory", key: "customerEncryptionKeyArn", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: [
        { what: "an idle session's context", period: "idleSessionTtlInSeconds", unit: "seconds", absent: 600 },
        {
            what: "session summaries (memory)",
            period: "memoryConfigurations.storageDays",
            unit: "days",
            absent: 30,
            when: { path: "memoryConfigurations" },
        },
    ],
    destinations: [crossRegionInference("foundationModel")],
});

export const bedrockAgentActionGroup = entry<AgentAgentActionGroupArgs>()({
    types: ["aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup"],
    holds: "parameters the agent extracts from conversations (names, addresses), passed to its Lambda function",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "agentId", types: AGENT_TYPES }],
    atRest: NOTHING_KEPT,
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
    destinations: [{ what: "passes conversation parameters to", store: true, path: "actionGroupExecutor.lambda", types: FUNCTION_TYPES }],
});

export const bedrockAgentCollaborator = entry<AgentAgentCollaboratorArgs>()({
    types: ["aws:bedrock/agentAgentCollaborator:AgentAgentCollaborator"],
    holds: "tasks (and, with relayConversationHistory, the whole conversation) the supervisor agent hands to a collaborator",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "agentId", types: AGENT_TYPES }],
    atRest: NOTHING_KEPT,
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
    destinations: [{ what: "hands conversations to the collaborator", store: true, path: "agentDescriptor.aliasArn", types: AGENT_TYPES }],
});

export const bedrockAgentKnowledgeBaseAssociation = entry<AgentAgentKnowledgeBaseAssociationArgs>()({
    types: ["aws:bedrock/agentAgentKnowledgeBaseAssociation:AgentAgentKnowledgeBaseAssociation"],
    holds: "the path by which a knowledge base's documents reach an agent's conversations",
    tagging: "carrier",
    sources: [{ path: "knowledgeBaseId", types: KNOWLEDGE_BASE_TYPES }],
    atRest: NOTHING_KEPT,
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
    destinations: [{ what: "brings the knowledge base's documents into", store: true, path: "agentId", types: AGENT_TYPES }],
});

export const bedrockKnowledgeBase = entry<AgentKnowledgeBaseArgs>()({
    types: ["aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase"],
    holds: "embeddings and text chunks of the documents it ingests, in its vector store",
    tagging: "store",
    names: ["name"],
    atRest: [
        {
            what: "its Bedrock-managed vector store",
            when: { path: "knowledgeBaseConfiguration.type", on: ["MANAGED"] },
            key: "knowledgeBaseConfiguration.managedKnowledgeBaseConfiguration.serverSideEncryptionConfiguration.kmsKeyArn",
            keyAbsentMeans: AWS_OWNED,
        },
    ],
    inTransit: { notOffered: "Bedrock reaches AWS vector stores over TLS; third-party stores are refused for personal data" },
    retention: {
        notOffered:
            "chunks stay in the vector store until a sync after the source documents are deleted (or the data source is deleted with dataDeletionPolicy DELETE)",
    },
    destinations: [
        {
            what: "keeps its chunks in",
            store: true,
            path: "storageConfiguration.opensearchServerlessConfiguration.collectionArn",
            types: "any",
        },
        {
            what: "keeps its chunks in",
            store: true,
            path: "storageConfiguration.opensearchManagedClusterConfiguration.domainArn",
            types: "any",
        },
        { what: "keeps its chunks in", store: true, path: "storageConfiguration.rdsConfiguration.resourceArn", types: "any" },
        { what: "keeps its chunks in", store: true, path: "storageConfiguration.neptuneAnalyticsConfiguration.graphArn", types: "any" },
        { what: "keeps its chunks in", store: true, path: "storageConfiguration.s3VectorsConfiguration.vectorBucketArn", types: "any" },
        { what: "keeps its chunks in", store: true, path: "storageConfiguration.s3VectorsConfiguration.indexArn", types: "any" },
        endpointsOf("keeps its chunks in the third-party vector store", [
            "storageConfiguration.mongoDbAtlasConfiguration.endpoint",
            "storageConfiguration.pineconeConfiguration.connectionString",
            "storageConfiguration.redisEnterpriseCloudConfiguration.endpoint",
        ]),
    ],
});

export const bedrockDataSource = entry<AgentDataSourceArgs>()({
    types: ["aws:bedrock/agentDataSource:AgentDataSource"],
    holds: "documents it reads (from S3, the web, Confluence, Salesforce, SharePoint) and copies into its knowledge base",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "dataSourceConfiguration.s3Configuration.bucketArn", types: BUCKET_TYPES }],
    atRest: [{ what: "documents while they are ingested", key: "serverSideEncryptionConfiguration.kmsKeyArn", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: [
        {
            what: "its chunks in the vector store after the data source is deleted",
            keepsForever: { path: "dataDeletionPolicy", on: ["RETAIN"], absent: false },
        },
    ],
    destinations: [
        { what: "copies documents into the knowledge base", store: true, path: "knowledgeBaseId", types: KNOWLEDGE_BASE_TYPES },
        { what: "reads documents from a bucket of", account: "dataSourceConfiguration.s3Configuration.bucketOwnerAccountId" },
        {
            what: "keeps transformed documents in",
            store: true,
            path: "vectorIngestionConfiguration.customTransformationConfiguration.intermediateStorage.s3Location.uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

export const bedrockFlow = entry<AgentFlowArgs>()({
    types: ["aws:bedrock/agentFlow:AgentFlow"],
    holds: "inputs it passes through prompts, agents, knowledge bases, functions and storage nodes",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the flow", key: "customerEncryptionKeyArn", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
    notes: "Storage and retrieval nodes inside definition.nodes are not followed as copies.",
});

export const bedrockGuardrail = entry<GuardrailArgs>()({
    types: ["aws:bedrock/guardrail:Guardrail"],
    holds: "its filters (denied topics, words and regular expressions, which may name people) applied to prompts and responses",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the guardrail", key: "kmsKeyArn", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
    destinations: [crossRegionInference("crossRegionConfig.guardrailProfileIdentifier")],
});

export const bedrockCustomModel = entry<CustomModelArgs>()({
    types: ["aws:bedrock/customModel:CustomModel"],
    holds: "model weights fine-tuned on its training data (which they may reproduce)",
    tagging: "carrier",
    names: ["customModelName"],
    sources: [{ path: "trainingDataConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI }],
    atRest: [{ what: "the custom model", key: "customModelKmsKeyId", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    exposure: [{ what: "the customization job", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } }],
    retention: [{ what: "a model trained on it", neverExpires: true }],
    destinations: [
        { what: "writes training metrics to", store: true, path: "outputDataConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    notes: "A model trained on personal data keeps it in its weights: no erasure reaches it, so it may not be trained on personal data.",
});

export const bedrockEvaluationJob = entry<EvaluationJobArgs>()({
    types: ["aws:bedrock/evaluationJob:EvaluationJob"],
    holds: "the prompts of its dataset and the responses it records",
    tagging: "carrier",
    names: ["jobName"],
    sources: [
        { path: "evaluationConfig.automated.datasetMetricConfigs.dataset.datasetLocation.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "evaluationConfig.human.datasetMetricConfigs.dataset.datasetLocation.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: [{ what: "the evaluation job", key: "customerEncryptionKeyId", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "results live in the output bucket, judged there" },
    destinations: [
        {
            what: "writes prompts, responses and scores to",
            store: true,
            path: "outputDataConfig.s3Uri",
            types: BUCKET_TYPES,
            pattern: S3_URI,
        },
    ],
});

export const bedrockInferenceProfile = entry<InferenceProfileArgs>()({
    types: ["aws:bedrock/inferenceProfile:InferenceProfile"],
    holds: "the prompts sent through it (processed where its source profile routes them)",
    tagging: "carrier",
    names: ["name"],
    atRest: NOTHING_KEPT,
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
    destinations: [crossRegionInference("modelSource.copyFrom")],
});

export const bedrockAgentcoreAgentRuntime = entry<AgentcoreAgentRuntimeArgs>()({
    types: ["aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime"],
    holds: "requests its agent code handles, its environment variables and session storage",
    tagging: "carrier",
    names: ["agentRuntimeName"],
    atRest: [{ what: "session storage", customerKeyNotOffered: "AgentCore encrypts session storage with an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    exposure: [
        { what: "the agent runtime", publicWhen: { path: "networkConfiguration.networkMode", on: ["PUBLIC"], absent: false } },
        {
            what: "the agent runtime",
            securityGroups: "networkConfiguration.networkModeConfig.securityGroups",
            when: { path: "networkConfiguration.networkMode", on: ["VPC"] },
        },
        {
            what: "its environment",
            plaintextWhenPii: "environmentVariables",
            why: "which AgentCore shows in plaintext to anyone who may describe the runtime",
        },
    ],
    retention: {
        notOffered:
            "a session's micro-VM lives at most lifecycleConfigurations.maxLifetime (8 hours by default); session storage is kept by AgentCore",
    },
});

export const bedrockAgentcoreBrowser = entry<AgentcoreBrowserArgs>()({
    types: ["aws:bedrock/agentcoreBrowser:AgentcoreBrowser"],
    holds: "pages its agents view and forms they fill in, recorded to S3 when recording is on",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "recordings are encrypted by their bucket" },
    inTransit: { notOffered: "browses over the protocols of the sites it visits" },
    exposure: [
        {
            what: "the browser",
            securityGroups: "networkConfiguration.vpcConfig.securityGroups",
            when: { path: "networkConfiguration.networkMode", on: ["VPC"] },
        },
    ],
    retention: { notOffered: "recordings live in their bucket, judged there" },
    destinations: [
        {
            what: "records browser sessions into",
            store: true,
            path: "recording.s3Location.bucket",
            types: BUCKET_TYPES,
            when: { path: "recording.enabled", on: [true] },
        },
    ],
});

export const bedrockAgentcoreBrowserProfile = entry<AgentcoreBrowserProfileArgs>()({
    types: ["aws:bedrock/agentcoreBrowserProfile:AgentcoreBrowserProfile"],
    holds: "saved browser state (cookies, local storage, form data) reused across sessions",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the browser profile", customerKeyNotOffered: "AgentCore encrypts browser profiles with an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    retention: [{ what: "a saved browser profile, kept until deleted", neverExpires: true }],
});

export const bedrockAgentcoreCodeInterpreter = entry<AgentcoreCodeInterpreterArgs>()({
    types: ["aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter"],
    holds: "files and query results the code its agents write works on",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "session files", customerKeyNotOffered: "AgentCore encrypts sandbox storage with an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    exposure: [
        { what: "the code interpreter", publicWhen: { path: "networkConfiguration.networkMode", on: ["PUBLIC"], absent: false } },
        {
            what: "the code interpreter",
            securityGroups: "networkConfiguration.vpcConfig.securityGroups",
            when: { path: "networkConfiguration.networkMode", on: ["VPC"] },
        },
    ],
    retention: { notOffered: "session files live only as long as their session" },
});

export const bedrockAgentcoreGateway = entry<AgentcoreGatewayArgs>()({
    types: ["aws:bedrock/agentcoreGateway:AgentcoreGateway"],
    holds: "tool and model calls of agents, with their inputs and outputs",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the gateway", key: "kmsKeyArn", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    exposure: [{ what: "the gateway", publicWhen: { path: "authorizerType", on: ["NONE"], absent: false } }],
    retention: NOTHING_KEPT,
    destinations: [
        {
            what: "sends requests to the interceptor",
            store: true,
            path: "interceptorConfigurations.interceptor.lambda.arn",
            types: FUNCTION_TYPES,
        },
    ],
});

export const bedrockAgentcoreGatewayTarget = entry<AgentcoreGatewayTargetArgs>()({
    types: ["aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget"],
    holds: "tool and model calls its gateway forwards, with their inputs (customer data)",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "gatewayIdentifier", types: GATEWAY_TYPES }],
    atRest: NOTHING_KEPT,
    inTransit: { notOffered: "endpoints must be https:// (the provider refuses others)" },
    retention: NOTHING_KEPT,
    destinations: [
        endpointsOf("forwards tool calls to", [
            "targetConfiguration.mcp.mcpServer.endpoint",
            "targetConfiguration.http.passthrough.endpoint",
            "targetConfiguration.inference.provider.endpoint",
        ]),
        { what: "forwards tool calls to", store: true, path: "targetConfiguration.mcp.lambda.lambdaArn", types: FUNCTION_TYPES },
    ],
});

const MANAGED_MEMORY = "memory.managedMemoryConfiguration";

/**
 * The managed memory block, even empty (its defaults: an AWS-owned key, events kept 30 days, SEMANTIC and SUMMARIZATION
 * records kept forever).
 */
function managedMemory(context: StoreContext): Record<string, unknown> | "unknown" | undefined {
    const memory = context.store.res.props.memory;
    if (isUnknown(memory) || isUnknown(memory?.managedMemoryConfiguration)) return "unknown";
    const managed = memory?.managedMemoryConfiguration;
    return managed !== null && typeof managed === "object" && !Array.isArray(managed) ? managed : undefined;
}

function checkManagedMemoryKey(context: StoreContext): void {
    const managed = managedMemory(context);
    if (managed === "unknown") context.report(`${MANAGED_MEMORY} is not known during preview, so its encryption cannot be verified`);
    else if (managed) {
        const key = managed.encryptionKeyArn;
        if (key === undefined || key === "")
            context.report(
                `its managed memory has no ${MANAGED_MEMORY}.encryptionKeyArn, so it is encrypted under an AWS-owned key: name a customer-managed KMS key`,
            );
        else {
            const problem = customerKeyProblem(key, `${MANAGED_MEMORY}.encryptionKeyArn`, {
                index: context.index,
                config: context.config,
                res: context.store.res,
                path: MANAGED_MEMORY,
            });
            if (problem) context.report(`its managed memory: ${problem}`);
        }
    }
}

function checkManagedMemoryRetention(context: StoreContext): void {
    const limit = context.retentionLimitDays;
    if (limit === undefined) return;
    const managed = managedMemory(context);
    if (managed === "unknown") {
        context.report(`${MANAGED_MEMORY} is not known during preview`);
        return;
    }
    if (!managed) return;
    const days = managed.eventExpiryDuration === undefined ? 30 : Number(managed.eventExpiryDuration);
    if (isUnknown(managed.eventExpiryDuration)) context.report(`${MANAGED_MEMORY}.eventExpiryDuration is not known during preview`);
    else if (days > limit)
        context.report(
            `keeps conversation events in its managed memory ${days} days${managed.eventExpiryDuration === undefined ? " (AWS's default, eventExpiryDuration is not set)" : ""}, more than the ${limit}-day retention of personal data`,
        );
    context.report(
        `keeps long-term memory records its strategies extract (${Array.isArray(managed.strategies) ? managed.strategies.join(", ") : "SEMANTIC and SUMMARIZATION by default"}), which never expire`,
    );
}

/** A harness whose model is not Bedrock's sends every prompt to a third party. */
function checkHarnessModel({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    for (const provider of ["geminiModelConfig", "openaiModelConfig", "litellmModelConfig"]) {
        const readings = read(store.res.props, `model.${provider}`);
        if (readings.some((r) => r.state === "unknown")) report(`model.${provider} is not known during preview`);
        else if (readings.some((r) => r.state === "known"))
            report(
                `sends every prompt, with personal data, to a model outside AWS (model.${provider}): personal data may go only to the shipping provider's account`,
            );
    }
}

export const bedrockAgentcoreHarness = entry<AgentcoreHarnessArgs>()({
    types: ["aws:bedrock/agentcoreHarness:AgentcoreHarness"],
    holds: "conversations it runs through its model, tools and memory",
    tagging: "carrier",
    names: ["harnessName"],
    atRest: [{ custom: checkManagedMemoryKey, summary: "managed memory under a customer-managed key (default AWS-owned)" }],
    inTransit: HTTPS_ONLY,
    exposure: [
        {
            what: "its environment",
            plaintextWhenPii: "environmentVariables",
            why: "which AgentCore shows in plaintext to anyone who may describe the harness",
        },
    ],
    retention: [
        {
            custom: checkManagedMemoryRetention,
            summary: "no managed memory for personal data: events kept 30 days by default (at least 3), long-term records forever",
        },
    ],
    destinations: [
        { custom: checkHarnessModel, summary: "a PII harness uses a Bedrock model (no Gemini, OpenAI or LiteLLM)" },
        endpointsOf("calls the remote MCP server", ["tools.config.remoteMcp.url"]),
        { what: "keeps conversations in", store: true, path: "memory.agentcoreMemoryConfiguration.arn", types: MEMORY_TYPES },
    ],
});

export const bedrockAgentcoreMemory = entry<AgentcoreMemoryArgs>()({
    types: ["aws:bedrock/agentcoreMemory:AgentcoreMemory"],
    holds: "conversation events (short-term memory) and the long-term records its strategies extract about users",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "the memory", key: "encryptionKeyArn", keyAbsentMeans: "an AWS-managed key" }],
    inTransit: HTTPS_ONLY,
    retention: [{ what: "conversation events", period: "eventExpiryDuration", unit: "days", absent: "forever" }],
    destinations: [
        {
            what: "streams memory records to",
            store: true,
            path: "streamDeliveryResources.resource.kinesis.dataStreamArn",
            types: KINESIS_STREAM_TYPES,
        },
    ],
    notes: "eventExpiryDuration is at least 7 days, so AgentCore memory cannot hold personal data under a shorter retention.",
});

export const bedrockAgentcoreMemoryStrategy = entry<AgentcoreMemoryStrategyArgs>()({
    types: ["aws:bedrock/agentcoreMemoryStrategy:AgentcoreMemoryStrategy"],
    holds: "long-term memory records it extracts from conversations (facts, preferences, summaries about users)",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "memoryId", types: MEMORY_TYPES }],
    atRest: { notOffered: "records are encrypted under their memory's key" },
    inTransit: HTTPS_ONLY,
    retention: [{ what: "long-term memory records, which the provider cannot give an expiry", neverExpires: true }],
    destinations: [
        {
            what: "delivers conversation payloads to",
            store: true,
            path: "configuration.selfManagedConfiguration.invocationConfiguration.payloadDeliveryBucketName",
            types: BUCKET_TYPES,
        },
        {
            what: "notifies",
            store: true,
            path: "configuration.selfManagedConfiguration.invocationConfiguration.topicArn",
            types: TOPIC_TYPES,
        },
    ],
});

export const bedrockAgentcoreOnlineEvaluationConfig = entry<AgentcoreOnlineEvaluationConfigArgs>()({
    types: ["aws:bedrock/agentcoreOnlineEvaluationConfig:AgentcoreOnlineEvaluationConfig"],
    holds: "agent traces (conversations) it samples from log groups and sends to evaluators",
    tagging: "carrier",
    names: ["onlineEvaluationConfigName"],
    sources: [{ path: "dataSourceConfig.cloudwatchLogs.logGroupNames", types: LOG_GROUP_TYPES }],
    atRest: { notOffered: "keeps no traces; evaluation results are written to logs by the service" },
    inTransit: HTTPS_ONLY,
    retention: NOTHING_KEPT,
});

export const bedrockAgentcoreResourcePolicy = entry<AgentcoreResourcePolicyArgs>()({
    types: ["aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy"],
    holds: "who may invoke an AgentCore runtime or gateway, or read a memory",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: "any" }],
    atRest: { notOffered: "a policy stores no data" },
    inTransit: { notOffered: "a policy stores no data" },
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy stores no data" },
});
