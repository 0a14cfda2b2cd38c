/**
 * Lambda beyond the function itself: where asynchronous invocations and event source mappings
 * send their events, deployment-time invocations, layer permissions, resource policies, managed
 * instance capacity providers and MicroVM images.
 */
import type { CapacityProviderArgs } from "@pulumi/aws/lambda/capacityProvider";
import type { EventSourceMappingArgs } from "@pulumi/aws/lambda/eventSourceMapping";
import type { FunctionEventInvokeConfigArgs } from "@pulumi/aws/lambda/functionEventInvokeConfig";
import type { InvocationArgs } from "@pulumi/aws/lambda/invocation";
import type { LayerVersionPermissionArgs } from "@pulumi/aws/lambda/layerVersionPermission";
import type { MicrovmsImageArgs } from "@pulumi/aws/lambda/microvmsImage";
import type { ResourcePolicyArgs } from "@pulumi/aws/lambda/resourcePolicy";
import { ownAccounts } from "../../lib/accounts";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const FUNCTION_TYPES = ["aws:lambda/function:Function"];

export const lambdaFunctionEventInvokeConfig = entry<FunctionEventInvokeConfigArgs>()({
    types: ["aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig"],
    holds: "asynchronous invocations of a function: their events and results, sent on to destinations",
    tagging: "carrier",
    sources: [{ path: "functionName", types: FUNCTION_TYPES }],
    atRest: { notOffered: "events wait in Lambda's internal queue, encrypted by Lambda; destinations are judged on their own" },
    inTransit: { notOffered: "delivered by Lambda inside AWS" },
    retention: { notOffered: "events wait in Lambda's internal queue at most maximumEventAgeInSeconds (6 hours by default, the maximum)" },
    destinations: [
        {
            what: "sends each successful invocation's event and result to",
            store: true,
            path: "destinationConfig.onSuccess.destination",
            types: "any",
        },
        { what: "sends each failed invocation's event to", store: true, path: "destinationConfig.onFailure.destination", types: "any" },
    ],
    notes: "A destination receives the whole invocation record, with the request payload (and the response on success), and may be a queue, topic, function, event bus or bucket of any account.",
});

export const lambdaEventSourceMapping = entry<EventSourceMappingArgs>()({
    types: ["aws:lambda/eventSourceMapping:EventSourceMapping"],
    holds: "records read from a queue, stream, broker or database change stream and handed to a function",
    tagging: "carrier",
    sources: [{ path: "eventSourceArn", types: "any" }],
    atRest: {
        notOffered:
            "records pass through to the function; the mapping keeps only its filter patterns (which kmsKeyArn may encrypt), not records",
    },
    inTransit: { notOffered: "records are polled by Lambda inside AWS (self-managed Kafka: its sourceAccessConfigurations)" },
    retention: { notOffered: "records stay in their source, judged there" },
    destinations: [
        { what: "hands records to", store: true, path: "functionName", types: FUNCTION_TYPES },
        { what: "sends failed batches to", store: true, path: "destinationConfig.onFailure.destinationArn", types: "any" },
    ],
    notes: "For Kinesis and DynamoDB streams the failure destination receives a description of the batch; for Kafka sources an S3 destination receives the records themselves. Both are judged as copies.",
});

export const lambdaInvocation = entry<InvocationArgs>()({
    types: ["aws:lambda/invocation:Invocation"],
    holds: "a deployment-time invocation of a function: its input and result",
    tagging: "carrier",
    sources: [{ path: "functionName", types: FUNCTION_TYPES }],
    atRest: { notOffered: "the input and result are kept in the Pulumi state, not in AWS" },
    inTransit: { notOffered: "Lambda's endpoints accept HTTPS only" },
    exposure: [
        {
            what: "the invocation",
            plaintextWhenPii: "input",
            why: "which the Pulumi state keeps in plain text, with the function's result",
        },
    ],
    retention: { notOffered: "the input and result live in the Pulumi state until the resource is deleted" },
});

/** Principal "*" shares the layer with every AWS account unless organizationId narrows it to one organisation. */
function checkLayerPublic({ store, report }: StoreContext): void {
    const { principal, organizationId } = store.res.props;
    if (isUnknown(principal) || isUnknown(organizationId)) report("principal or organizationId is not known during preview");
    else if (principal === "*" && (organizationId === undefined || organizationId === ""))
        report('shares the layer with every AWS account (principal "*" without organizationId)');
}

function checkLayerAccount({ index, store, config, report }: StoreContext): void {
    const { principal } = store.res.props;
    const match = typeof principal === "string" ? /^(\d{12})$|^arn:[^:]+:iam::(\d{12}):/.exec(principal) : null;
    const account = match?.[1] ?? match?.[2];
    if (account && !ownAccounts(index, config).has(account) && !config.shippingProviderAccountIds.includes(account))
        report(`shares the layer with account ${account}, outside this stack`);
}

export const lambdaLayerVersionPermission = entry<LayerVersionPermissionArgs>()({
    types: ["aws:lambda/layerVersionPermission:LayerVersionPermission"],
    holds: "who may use a layer version (its code and bundled files)",
    tagging: "carrier",
    atRest: { notOffered: "a permission stores nothing" },
    inTransit: { notOffered: "a permission stores nothing" },
    exposure: [{ custom: checkLayerPublic, summary: 'no principal "*" without organizationId' }],
    retention: { notOffered: "a permission stores nothing" },
    destinations: [{ custom: checkLayerAccount, summary: "no account outside this stack's and the shipping provider's" }],
});

export const lambdaResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:lambda/resourcePolicy:ResourcePolicy"],
    holds: "who may invoke a function (or use a layer)",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: FUNCTION_TYPES }],
    atRest: { notOffered: "a policy stores nothing" },
    inTransit: { notOffered: "a policy stores nothing" },
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy stores nothing" },
});

export const lambdaCapacityProvider = entry<CapacityProviderArgs>()({
    types: ["aws:lambda/capacityProvider:CapacityProvider"],
    holds: "EC2 instances in the account that run functions (Lambda Managed Instances), with their memory and disks",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the instances' storage", key: "kmsKeyArn", keyAbsentMeans: "a key Lambda manages" }],
    inTransit: { notOffered: "what runs on the instances decides its own TLS" },
    exposure: [{ what: "its instances", securityGroups: "vpcConfig.securityGroupIds" }],
    retention: { notOffered: "instances keep nothing between executions that the pack can bound" },
});

export const lambdaMicrovmsImage = entry<MicrovmsImageArgs>()({
    types: ["aws:lambda/microvmsImage:MicrovmsImage"],
    holds: "a MicroVM image: code and environment variables baked into every MicroVM started from it",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "the image's environment variables have no customer-managed key option" },
    inTransit: { notOffered: "what runs in the MicroVM decides its own TLS" },
    exposure: [
        {
            what: "the image",
            plaintextWhenPii: "environmentVariables",
            why: "which are baked into every MicroVM and readable by anyone who may describe the image",
        },
    ],
    retention: { notOffered: "an image keeps its settings until deleted" },
});
