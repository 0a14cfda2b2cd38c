import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { ACCOUNT, CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const INSTANCE = "aws:connect/instance:Instance";
const STORAGE = "aws:connect/instanceStorageConfig:InstanceStorageConfig";
const LAMBDA = "aws:connect/lambdaFunctionAssociation:LambdaFunctionAssociation";
const BOT = "aws:connect/botAssociation:BotAssociation";
const QUICK = "aws:connect/quickConnect:QuickConnect";
const INSTANCE_DEP = { instanceId: ["contact-centre"] };

const connect = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: INSTANCE,
            name: "contact-centre",
            props: {
                instanceAlias: "support",
                identityManagementType: "CONNECT_MANAGED",
                inboundCallsEnabled: true,
                outboundCallsEnabled: false,
                tags: { ...CONFIDENTIAL_TAGS, "retention-days": "730" },
            },
        },
        {
            type: STORAGE,
            name: "recordings",
            props: {
                instanceId: "inst-1",
                resourceType: "CALL_RECORDINGS",
                storageConfig: {
                    storageType: "S3",
                    s3Config: {
                        bucketName: "labels-abc",
                        bucketPrefix: "recordings",
                        encryptionConfig: { encryptionType: "KMS", keyId: KEY_ARN },
                    },
                },
            },
            propertyDependencies: { ...INSTANCE_DEP, storageConfig: ["labels"] },
        },
        {
            type: STORAGE,
            name: "media",
            props: {
                instanceId: "inst-1",
                resourceType: "MEDIA_STREAMS",
                storageConfig: {
                    storageType: "KINESIS_VIDEO_STREAM",
                    kinesisVideoStreamConfig: {
                        prefix: "media",
                        retentionPeriodHours: 24,
                        encryptionConfig: { encryptionType: "KMS", keyId: KEY_ARN },
                    },
                },
            },
            propertyDependencies: INSTANCE_DEP,
        },
        {
            type: LAMBDA,
            name: "lookup-order",
            props: { instanceId: "inst-1", functionArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge` },
            propertyDependencies: { ...INSTANCE_DEP, functionArn: ["purge"] },
        },
        { type: BOT, name: "order-bot", props: { instanceId: "inst-1", lexBot: { name: "OrderBot" } }, propertyDependencies: INSTANCE_DEP },
        {
            type: QUICK,
            name: "to-queue",
            props: {
                instanceId: "inst-1",
                name: "to-queue",
                quickConnectConfig: { quickConnectType: "QUEUE", queueConfigs: [{ contactFlowId: "flow-1", queueId: "queue-1" }] },
            },
            propertyDependencies: INSTANCE_DEP,
        },
    ]);

const piiInstance = props("contact-centre", (p) => {
    p.tags = PII_TAGS;
});

describe("catalogue: Amazon Connect", () => {
    describeEntry("aws:connect/instance:Instance", connect, [
        {
            title: "a PII instance (contact records kept 24 months)",
            change: piiInstance,
            policy: datastoreRetentionLimitCopies,
            at: [INSTANCE, "contact-centre"],
            message: /AWS keeps contact records \(searchable in Connect for 24 months, then deleted\) for 730 days/,
        },
        {
            title: "unclassified (treated as pii)",
            change: props("contact-centre", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [INSTANCE, "contact-centre"],
            message: /tag "data-classification" must be one of/,
        },
    ]);

    describeEntry("aws:connect/instanceStorageConfig:InstanceStorageConfig", connect, [
        {
            title: "recordings under the AWS-managed key",
            change: props("recordings", (p) => {
                p.storageConfig.s3Config.encryptionConfig.keyId = "arn:aws:kms:eu-west-1:111122223333:alias/aws/connect";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STORAGE, "recordings"],
            message: /objects Connect writes to S3: .*names the AWS-managed key/,
        },
        {
            title: "recordings of a PII instance to a bucket outside the stack",
            change: (stack) => {
                piiInstance(stack);
                props("recordings", (p) => {
                    p.storageConfig.s3Config.bucketName = "partner-recordings";
                })(stack);
                stack.find((s) => s.name === "recordings")!.propertyDependencies = INSTANCE_DEP;
            },
            policy: datastoreSharingRestrictDestinations,
            at: [STORAGE, "recordings"],
            message: /writes contact data to partner-recordings, which is not a resource of this stack/,
        },
        {
            title: "media streams of a PII instance kept 7 days",
            change: (stack) => {
                piiInstance(stack);
                props("media", (p) => {
                    p.storageConfig.kinesisVideoStreamConfig.retentionPeriodHours = 168;
                })(stack);
            },
            policy: datastoreRetentionLimitCopies,
            at: [STORAGE, "media"],
            message: /keeps media streams in Kinesis Video Streams 7 days/,
        },
        {
            title: "recordings to a confidential bucket",
            change: (stack) => {
                piiInstance(stack);
                props("recordings", (p) => {
                    p.storageConfig.s3Config.bucketName = "logs-abc";
                })(stack);
                stack.find((s) => s.name === "recordings")!.propertyDependencies = { ...INSTANCE_DEP, storageConfig: ["logs"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /is classified confidential but holds pii data/,
        },
    ]);

    describeEntry("aws:connect/lambdaFunctionAssociation:LambdaFunctionAssociation", connect, [
        {
            title: "contact data to a function in another account",
            change: (stack) => {
                props("lookup-order", (p) => {
                    p.functionArn = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:crm`;
                })(stack);
                stack.find((s) => s.name === "lookup-order")!.propertyDependencies = INSTANCE_DEP;
            },
            policy: datastoreSharingRestrictDestinations,
            at: [LAMBDA, "lookup-order"],
            message:
                /passes contact data to arn:aws:lambda:eu-west-1:999988887777:function:crm, in account 999988887777, outside this stack/,
        },
    ]);

    describeEntry("aws:connect/botAssociation:BotAssociation", connect, [
        {
            title: "utterances to a bot in another region",
            change: props("order-bot", (p) => {
                p.lexBot.lexRegion = "us-east-1";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [BOT, "order-bot"],
            message: /passes utterances to a Lex bot in region us-east-1, not on allowedRegions/,
        },
    ]);

    describeEntry("aws:connect/quickConnect:QuickConnect", connect, [
        {
            title: "calls of a PII instance transferred to an outside number",
            change: (stack) => {
                piiInstance(stack);
                props("to-queue", (p) => {
                    p.quickConnectConfig = { quickConnectType: "PHONE_NUMBER", phoneConfigs: [{ phoneNumber: "+15555550100" }] };
                })(stack);
            },
            policy: datastoreSharingRestrictDestinations,
            at: [QUICK, "to-queue"],
            message: /transfers customer calls to "\+15555550100", outside AWS/,
        },
    ]);
});
