import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const CONNECTOR = "aws:chime/voiceConnector:VoiceConnector";
const STREAMING = "aws:chime/voiceConnectorStreaming:VoiceConnectorStreaming";
const PIPELINE = "aws:chimesdkmediapipelines/mediaInsightsPipelineConfiguration:MediaInsightsPipelineConfiguration";
const PIPELINE_ARN = `arn:aws:chime:eu-west-1:${ACCOUNT}:media-insights-pipeline-configuration/call-analytics`;

const voice = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: CONNECTOR,
                name: "support-line",
                props: { name: "support-line", awsRegion: "eu-west-1", region: "eu-west-1", requireEncryption: true, tags: PII_TAGS },
            },
            {
                type: "aws:chime/voiceConnectorLogging:VoiceConnectorLogging",
                name: "support-line-logs",
                props: { voiceConnectorId: "vc-1", enableSipLogs: true, enableMediaMetricLogs: true },
                propertyDependencies: { voiceConnectorId: ["support-line"] },
            },
            {
                type: "aws:cloudwatch/logGroup:LogGroup",
                name: "sip-logs",
                props: { name: "/aws/ChimeVoiceConnectorSipMessages/vc-1", kmsKeyId: KEY_ARN, retentionInDays: 3, tags: PII_TAGS },
            },
            {
                type: STREAMING,
                name: "support-line-stream",
                props: { voiceConnectorId: "vc-1", dataRetention: 24, mediaInsightsConfiguration: { configurationArn: PIPELINE_ARN } },
                propertyDependencies: { voiceConnectorId: ["support-line"], mediaInsightsConfiguration: ["call-analytics"] },
            },
            {
                type: "aws:sqs/queue:Queue",
                name: "call-insights",
                props: { name: "call-insights", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: PII_TAGS },
            },
            {
                type: PIPELINE,
                name: "call-analytics",
                props: {
                    name: "call-analytics",
                    resourceAccessRoleArn: `arn:aws:iam::${ACCOUNT}:role/chime`,
                    elements: [
                        {
                            type: "SqsQueueSink",
                            sqsQueueSinkConfiguration: { insightsTarget: `arn:aws:sqs:eu-west-1:${ACCOUNT}:call-insights` },
                        },
                    ],
                },
                propertyDependencies: { elements: ["call-insights"] },
            },
            {
                type: "aws:chime/sdkvoiceVoiceProfileDomain:SdkvoiceVoiceProfileDomain",
                name: "voiceprints",
                props: { name: "voiceprints", serverSideEncryptionConfiguration: { kmsKeyArn: KEY_ARN }, tags: PII_TAGS },
            },
            {
                type: "aws:chime/sdkvoiceGlobalSettings:SdkvoiceGlobalSettings",
                name: "voice-settings",
                props: { voiceConnector: { cdrBucket: "labels-abc" } },
                propertyDependencies: { voiceConnector: ["labels"] },
            },
        ],
        ["AWS::SQS::Queue"],
    );

/** Inbound calls of the PII support line delivered to SIP hosts (the company's PBX, which the pack cannot tell from a third party's). */
const origination = (change: (p: Record<string, any>) => void = () => undefined): ResourceSpec => {
    const spec: ResourceSpec = {
        type: "aws:chime/voiceConnectorOrigination:VoiceConnectorOrigination",
        name: "support-line-in",
        props: { voiceConnectorId: "vc-1", routes: [{ host: "pbx.example.com", port: 5061, priority: 1, protocol: "TCP", weight: 1 }] },
        propertyDependencies: { voiceConnectorId: ["support-line"] },
    };
    change(spec.props);
    return spec;
};

const sipApp: ResourceSpec = {
    type: "aws:chime/sdkvoiceSipMediaApplication:SdkvoiceSipMediaApplication",
    name: "ivr",
    props: { name: "ivr", awsRegion: "us-east-1", endpoints: { lambdaArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge` } },
    propertyDependencies: { endpoints: ["purge"] },
};

describe("catalogue: Chime SDK voice and media pipelines", () => {
    describeEntry(
        "chime voice connectors, logging, origination, streaming, profiles, CDRs; media insights",
        voice,
        [
            {
                title: "unencrypted calls",
                change: props("support-line", (p) => {
                    p.requireEncryption = false;
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTOR, "support-line"],
                message: /calls \(SIP over TLS, media over SRTP\) does not require TLS: requireEncryption is false/,
            },
            {
                title: "connector in us-east-1 by default",
                change: props("support-line", (p) => {
                    delete p.awsRegion;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTOR, "support-line"],
                message: /carries calls through region us-east-1 \(awsRegion is not set: us-east-1\), not on allowedRegions/,
            },
            {
                title: "SIP logs kept forever",
                change: props("sip-logs", (p) => {
                    delete p.retentionInDays;
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:chime/voiceConnectorLogging:VoiceConnectorLogging", "support-line-logs"],
                message: /SIP message logs \(caller and callee numbers\) stay in \/aws\/ChimeVoiceConnectorSipMessages\/vc-1 forever/,
            },
            {
                title: "SIP logs in a log group the stack does not declare",
                change: (stack) => {
                    stack.splice(
                        stack.findIndex((s) => s.name === "sip-logs"),
                        1,
                    );
                },
                policy: datastoreRetentionLimitCopies,
                at: ["aws:chime/voiceConnectorLogging:VoiceConnectorLogging", "support-line-logs"],
                message: /which Chime creates with no expiry: declare it in the stack/,
            },
            {
                title: "calls to the SIP host over UDP",
                change: add(
                    origination((p) => {
                        p.routes[0].protocol = "UDP";
                    }),
                ),
                policy: datastoreTransitRequireTls,
                at: ["aws:chime/voiceConnectorOrigination:VoiceConnectorOrigination", "support-line-in"],
                message: /calls to the SIP hosts does not require TLS: routes.protocol is "UDP"/,
            },
            {
                title: "calls delivered to a SIP host outside AWS",
                change: add(origination()),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:chime/voiceConnectorOrigination:VoiceConnectorOrigination", "support-line-in"],
                message: /delivers calls to the SIP host "pbx.example.com", outside AWS/,
            },
            {
                title: "call audio kept 7 days",
                change: props("support-line-stream", (p) => {
                    p.dataRetention = 168;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [STREAMING, "support-line-stream"],
                message: /keeps call audio 7 days/,
            },
            {
                title: "call insights into the confidential queue",
                change: (stack) => {
                    const c = stack.find((s) => s.name === "call-analytics")!;
                    c.props.elements[0].sqsQueueSinkConfiguration.insightsTarget = `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`;
                    c.propertyDependencies = { elements: ["label-jobs"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sqs/queue:Queue", "label-jobs"],
                message: /is classified confidential but holds pii data as a copy of call-analytics/,
            },
            {
                title: "recordings to a bucket outside the stack",
                change: props("call-analytics", (p) => {
                    p.elements.push({
                        type: "S3RecordingSink",
                        s3RecordingSinkConfiguration: { destination: "arn:aws:s3:::recordings-elsewhere/calls" },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPELINE, "call-analytics"],
                message: /records calls to arn:aws:s3:::recordings-elsewhere\/calls, which is not a resource of this stack/,
            },
            {
                title: "post-call analytics under the AWS-managed key",
                change: props("call-analytics", (p) => {
                    p.elements.push({
                        type: "AmazonTranscribeCallAnalyticsProcessor",
                        amazonTranscribeCallAnalyticsProcessorConfiguration: {
                            languageCode: "en-GB",
                            postCallAnalyticsSettings: {
                                dataAccessRoleArn: "r",
                                outputLocation: "s3://labels-abc/analytics",
                                outputEncryptionKmsKeyId: "alias/aws/s3",
                            },
                        },
                    });
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PIPELINE, "call-analytics"],
                message: /post-call analytics output: .*outputEncryptionKmsKeyId names the AWS-managed key/,
            },
            {
                title: "voice profiles unclassified",
                change: props("voiceprints", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:chime/sdkvoiceVoiceProfileDomain:SdkvoiceVoiceProfileDomain", "voiceprints"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "call detail records to a bucket outside the stack",
                change: (stack) => {
                    const g = stack.find((s) => s.name === "voice-settings")!;
                    g.props.voiceConnector.cdrBucket = "cdr-elsewhere";
                    g.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:chime/sdkvoiceGlobalSettings:SdkvoiceGlobalSettings", "voice-settings"],
                message: /writes call detail records to cdr-elsewhere, which is not a resource of this stack/,
            },
            {
                title: "SIP media application in a region outside the allow-list",
                change: add(sipApp),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:chime/sdkvoiceSipMediaApplication:SdkvoiceSipMediaApplication", "ivr"],
                message: /handles calls in region us-east-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "SIP media application in an allowed region",
                config: { allowedRegions: ["us-east-1"] },
                change: add({
                    ...sipApp,
                    props: { ...sipApp.props, tags: { "data-classification": "confidential", "retention-days": "30", owner: "support" } },
                }),
            },
            {
                title: "origination of a confidential voice connector",
                change: (stack) => {
                    props("support-line", (p) => {
                        p.tags = { "data-classification": "confidential", "retention-days": "30", owner: "support" };
                    })(stack);
                    add(origination())(stack);
                },
            },
            {
                title: "voice profiles under a key of the stack (unknown ARN during preview)",
                change: (stack) => {
                    props("voiceprints", (p) => {
                        p.serverSideEncryptionConfiguration.kmsKeyArn = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                    })(stack);
                    const spec = stack.find((s) => s.name === "voiceprints")!;
                    spec.propertyDependencies = { ...spec.propertyDependencies, serverSideEncryptionConfiguration: ["data-key"] };
                },
            },
            {
                title: "voice profiles under a key managed in another stack, listed in customerManagedKeyArns",
                config: { customerManagedKeyArns: ["arn:aws:kms:eu-west-1:111122223333:key/shared"] },
                change: props("voiceprints", (p) => {
                    p.serverSideEncryptionConfiguration.kmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/shared";
                }),
            },
        ],
    );
});
