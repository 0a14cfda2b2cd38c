/** OpenSearch Ingestion: pipelines (which buffer and forward records), their VPC endpoints and resource policies. */
import type { PipelineArgs } from "@pulumi/aws/opensearchingest/pipeline";
import type { PipelineEndpointArgs } from "@pulumi/aws/opensearchingest/pipelineEndpoint";
import type { ResourcePolicyArgs } from "@pulumi/aws/opensearchingest/resourcePolicy";
import { ownAccounts } from "../../lib/accounts";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { read } from "../read";

const PIPELINE_TYPES = ["aws:opensearchingest/pipeline:Pipeline"];
const AWS_HOST = /\.amazonaws\.com(\.cn)?$/i;

/** A pipeline without vpcOptions gets a public ingestion endpoint (guarded by SigV4 alone). */
function checkPublicEndpoint({ store, report }: StoreContext): void {
    const readings = read(store.res.props, "vpcOptions.subnetIds");
    if (readings.some((r) => r.state === "unknown")) return;
    if (readings.flatMap((r) => (r.state === "known" ? asList(r.value) : [])).length === 0)
        report(
            "has a public endpoint: no vpcOptions.subnetIds, so OpenSearch Ingestion creates an internet endpoint; place the pipeline in a VPC",
        );
}

/** Sinks and roles are named in the pipeline body (YAML): accounts in its ARNs and hosts outside AWS are destinations. */
function checkPipelineBody({ index, store, config, report }: StoreContext): void {
    const body = store.res.props.pipelineConfigurationBody;
    if (isUnknown(body)) {
        if (store.isPii) report("pipelineConfigurationBody is not known during preview, so where it sends records cannot be verified");
        return;
    }
    if (typeof body !== "string") return;
    const own = ownAccounts(index, config);
    for (const account of new Set([...body.matchAll(/arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/g)].map((m) => m[1]))) {
        if (!own.has(account) && !config.shippingProviderAccountIds.includes(account))
            report(`its pipeline body names a resource of account ${account}, outside this stack`);
    }
    if (!store.isPii) return;
    for (const host of new Set([...body.matchAll(/https?:\/\/([^/\s"':]+)/g)].map((m) => m[1]))) {
        if (!AWS_HOST.test(host))
            report(`its pipeline body sends to https://${host}, outside AWS: personal data may go only to the shipping provider's account`);
    }
}

export const opensearchingestPipeline = entry<PipelineArgs>()({
    types: ["aws:opensearchingest/pipeline:Pipeline"],
    holds: "records in flight, and in its persistent buffer",
    tagging: "carrier",
    names: ["pipelineName"],
    atRest: [
        {
            what: "the persistent buffer",
            when: { path: "bufferOptions.persistentBufferEnabled", on: [true] },
            key: "encryptionAtRestOptions.kmsKeyArn",
            keyAbsentMeans: "an AWS-owned key",
        },
    ],
    inTransit: { notOffered: "pipeline endpoints accept HTTPS only; TLS to sinks is set in the pipeline body" },
    exposure: [
        { custom: checkPublicEndpoint, summary: "in a VPC (vpcOptions.subnetIds), not an internet endpoint" },
        { what: "the pipeline's VPC endpoint", when: { path: "vpcOptions.subnetIds" }, securityGroups: "vpcOptions.securityGroupIds" },
    ],
    retention: [
        {
            what: "records in the persistent buffer (up to 72 hours)",
            awsKeepsDays: 3,
            when: { path: "bufferOptions.persistentBufferEnabled", on: [true] },
        },
    ],
    destinations: [
        {
            what: "writes its logs to",
            store: true,
            path: "logPublishingOptions.cloudwatchLogDestination.logGroup",
            types: ["aws:cloudwatch/logGroup:LogGroup"],
        },
        { custom: checkPipelineBody, summary: "no outside account in the body's ARNs, no host outside AWS for personal data" },
    ],
    notes: "Sources and sinks are written in pipelineConfigurationBody (YAML); the pack reads the accounts of its ARNs and its URLs, not the sinks' own settings.",
});

export const opensearchingestPipelineEndpoint = entry<PipelineEndpointArgs>()({
    types: ["aws:opensearchingest/pipelineEndpoint:PipelineEndpoint"],
    holds: "a network path from a VPC into a pipeline",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "pipelineArn", types: PIPELINE_TYPES }],
    atRest: { notOffered: "an endpoint stores nothing" },
    inTransit: { notOffered: "pipeline endpoints accept HTTPS only" },
    exposure: [{ what: "its pipeline endpoint", securityGroups: "vpcOptions.securityGroupIds" }],
    retention: { notOffered: "an endpoint stores nothing" },
});

export const opensearchingestResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:opensearchingest/resourcePolicy:ResourcePolicy"],
    holds: "who (including other accounts) may send records into a pipeline or open endpoints to it",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: PIPELINE_TYPES }],
    atRest: { notOffered: "a policy stores nothing" },
    inTransit: { notOffered: "a policy stores nothing" },
    exposure: [{ what: "its pipeline policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy stores nothing" },
});
