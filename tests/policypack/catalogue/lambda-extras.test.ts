import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props, remove } from "../support/entries";

const INVOKE_CONFIG = "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig";
const MAPPING = "aws:lambda/eventSourceMapping:EventSourceMapping";
const INVOCATION = "aws:lambda/invocation:Invocation";
const LAYER_PERMISSION = "aws:lambda/layerVersionPermission:LayerVersionPermission";
const CAPACITY = "aws:lambda/capacityProvider:CapacityProvider";
const IMAGE = "aws:lambda/microvmsImage:MicrovmsImage";
const FUNCTION = "aws:lambda/function:Function";
const QUEUE_ARN = `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`;
const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`;

const lambda = (): ResourceSpec[] => {
    const stack = fixtureWith([
        {
            type: INVOKE_CONFIG,
            name: "purge-async",
            props: { functionName: "purge", maximumEventAgeInSeconds: 3600, destinationConfig: { onFailure: { destination: QUEUE_ARN } } },
            propertyDependencies: { functionName: ["purge"], destinationConfig: ["label-jobs"] },
        },
        {
            type: MAPPING,
            name: "purge-jobs",
            props: { functionName: "purge", eventSourceArn: QUEUE_ARN, batchSize: 10 },
            propertyDependencies: { functionName: ["purge"], eventSourceArn: ["label-jobs"] },
        },
        {
            type: INVOCATION,
            name: "purge-once",
            props: { functionName: "purge", input: JSON.stringify({ dryRun: true }) },
            propertyDependencies: { functionName: ["purge"] },
        },
        {
            type: LAYER_PERMISSION,
            name: "shared-layer",
            props: { layerName: "utils", versionNumber: 1, statementId: "team", action: "lambda:GetLayerVersion", principal: ACCOUNT },
        },
        {
            type: "aws:lambda/resourcePolicy:ResourcePolicy",
            name: "purge-policy",
            props: {
                resourceArn: FUNCTION_ARN,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { Service: "events.amazonaws.com" },
                            Action: "lambda:InvokeFunction",
                            Resource: FUNCTION_ARN,
                            Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
                        },
                    ],
                }),
            },
            propertyDependencies: { resourceArn: ["purge"] },
        },
        { type: "aws:ec2/securityGroup:SecurityGroup", name: "workers-sg", props: { ingress: [] } },
        {
            type: CAPACITY,
            name: "workers",
            props: {
                name: "workers",
                kmsKeyArn: KEY_ARN,
                vpcConfig: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-workers"] },
                permissionsConfig: { capacityProviderOperatorRoleArn: `arn:aws:iam::${ACCOUNT}:role/operator` },
            },
            propertyDependencies: { kmsKeyArn: ["data-key"], vpcConfig: ["workers-sg"] },
        },
        {
            type: IMAGE,
            name: "sandbox-image",
            props: {
                name: "sandbox",
                baseImageArn: "arn:aws:lambda:eu-west-1:aws:microvm-image:al2023-1",
                buildRoleArn: `arn:aws:iam::${ACCOUNT}:role/build`,
                codeArtifact: { uri: "s3://artifacts/sandbox.zip" },
                environmentVariables: { MODE: "sandbox" },
                tags: CONFIDENTIAL_TAGS,
            },
        },
    ]);
    // The purge function of the fixture handles confidential work items (its events go to label-jobs).
    stack.find((s) => s.name === "purge")!.props.tags = CONFIDENTIAL_TAGS;
    return stack;
};

describe("catalogue: Lambda event invoke configs, mappings, invocations, permissions, capacity providers and images", () => {
    describeEntry(
        "Lambda beyond the function",
        lambda,
        [
            {
                title: "failed invocations sent to another account's queue",
                change: props("purge-async", (p) => {
                    p.destinationConfig.onFailure.destination = `arn:aws:sqs:eu-west-1:${OUTSIDE_ACCOUNT}:theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INVOKE_CONFIG, "purge-async"],
                message: /sends each failed invocation's event to arn:aws:sqs:eu-west-1:999988887777:theirs, in account 999988887777/,
            },
            {
                title: "successful invocations of a PII function copied into a queue classified lower",
                change: (stack) => {
                    props("purge", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("purge-async", (p) => {
                        p.destinationConfig = { onSuccess: { destination: QUEUE_ARN } };
                    })(stack);
                    const trail = stack.find((s) => s.name === "audit")!;
                    trail.props.eventSelectors[0].dataResources.push({ type: "AWS::Lambda::Function", values: ["arn:aws:lambda"] });
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sqs/queue:Queue", "label-jobs"],
                message: /is classified confidential but holds pii data as a copy of (purge-async|purge-jobs)/,
            },
            {
                title: "failed batches sent to another account's topic",
                change: props("purge-jobs", (p) => {
                    p.destinationConfig = { onFailure: { destinationArn: `arn:aws:sns:eu-west-1:${OUTSIDE_ACCOUNT}:theirs` } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [MAPPING, "purge-jobs"],
                message: /sends failed batches to arn:aws:sns:eu-west-1:999988887777:theirs, in account 999988887777/,
            },
            {
                title: "records of a queue handed to a function classified lower",
                change: props("label-jobs", (p) => {
                    p.tags = { ...PII_TAGS };
                }),
                policy: datastoreTagsRequireClassification,
                at: [FUNCTION, "purge"],
                message: /is classified confidential but holds pii data as a copy of purge-jobs/,
            },
            {
                title: "an invocation input kept in the state for an untagged function",
                change: (stack) => {
                    props("purge", (p) => {
                        delete p.tags;
                    })(stack);
                    remove("purge-jobs")(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [INVOCATION, "purge-once"],
                message: /holds personal data .* but sets input, which the Pulumi state keeps in plain text/,
            },
            {
                title: "a layer shared with every account",
                change: props("shared-layer", (p) => {
                    p.principal = "*";
                }),
                policy: datastoreAccessBlockPublic,
                at: [LAYER_PERMISSION, "shared-layer"],
                message: /shares the layer with every AWS account \(principal "\*" without organizationId\)/,
            },
            {
                title: "a layer shared with another account",
                change: props("shared-layer", (p) => {
                    p.principal = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LAYER_PERMISSION, "shared-layer"],
                message: /shares the layer with account 999988887777, outside this stack/,
            },
            {
                title: "a resource policy open to everyone",
                change: props("purge-policy", (p) => {
                    p.policy = JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [{ Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunction", Resource: FUNCTION_ARN }],
                    });
                }),
                policy: datastoreAccessBlockPublic,
                at: [FUNCTION, "purge"],
                message: /its resource policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "a capacity provider without its own key",
                change: props("workers", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CAPACITY, "workers"],
                message: /has no kmsKeyArn, so the instances' storage is encrypted under a key Lambda manages/,
            },
            {
                title: "a capacity provider open to the internet",
                change: props("workers-sg", (p) => {
                    p.ingress = [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }];
                }),
                policy: datastoreAccessBlockPublic,
                at: [CAPACITY, "workers"],
                message: /its instances: its security group workers-sg is open to the internet/,
            },
            {
                title: "environment variables baked into a PII MicroVM image",
                change: props("sandbox-image", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreAccessBlockPublic,
                at: [IMAGE, "sandbox-image"],
                message: /holds personal data .* but sets environmentVariables/,
            },
        ],
        [
            {
                title: "a layer shared with the organisation",
                change: props("shared-layer", (p) => {
                    p.principal = "*";
                    p.organizationId = "o-abc123";
                }),
            },
        ],
    );
});
