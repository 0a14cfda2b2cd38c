/**
 * Amazon Chime SDK Voice: voice connectors (SIP trunks) and their logging, origination and streaming; SIP media
 * applications; voice profile domains; call detail records.
 */
import type { SdkvoiceGlobalSettingsArgs } from "@pulumi/aws/chime/sdkvoiceGlobalSettings";
import type { SdkvoiceSipMediaApplicationArgs } from "@pulumi/aws/chime/sdkvoiceSipMediaApplication";
import type { SdkvoiceVoiceProfileDomainArgs } from "@pulumi/aws/chime/sdkvoiceVoiceProfileDomain";
import type { VoiceConnectorArgs } from "@pulumi/aws/chime/voiceConnector";
import type { VoiceConnectorLoggingArgs } from "@pulumi/aws/chime/voiceConnectorLogging";
import type { VoiceConnectorOriginationArgs } from "@pulumi/aws/chime/voiceConnectorOrigination";
import type { VoiceConnectorStreamingArgs } from "@pulumi/aws/chime/voiceConnectorStreaming";
import { regionOf } from "../../lib/stack-index";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";
import { MEDIA_INSIGHTS_TYPES, VOICE_CONNECTOR_TYPES, mustStayInStack } from "./streams-support";

const CONNECTOR_SOURCE = [{ path: "voiceConnectorId" as const, types: VOICE_CONNECTOR_TYPES }];

/** A voice connector lives in awsRegion, us-east-1 when not set, whatever the provider's region. */
function checkConnectorRegion({ index, store, config, report }: StoreContext): void {
    const region = store.res.props.awsRegion;
    if (isUnknown(region)) report("awsRegion is not known during preview");
    else {
        const effective = typeof region === "string" && region !== "" ? region : "us-east-1";
        const own = regionOf(index, store.res);
        // A stack that names no region of its own cannot tell another region from its own (as the generic reader).
        const allowed = own === undefined || own === effective || config.allowedRegions.includes(effective);
        if (!allowed)
            report(
                `carries calls through region ${effective}${region === undefined ? " (awsRegion is not set: us-east-1)" : ""}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`,
            );
    }
}

/** SIP message logs (caller and callee numbers) go to a log group Chime creates; only one the stack declares has a judged retention. */
function checkSipLogs({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined || store.res.props.enableSipLogs !== true) return;
    const id = store.res.props.voiceConnectorId;
    const prefix = "/aws/ChimeVoiceConnectorSipMessages/";
    const groups = index
        .ofTypes(LOG_GROUP_TYPES)
        .filter(
            (g) =>
                typeof g.props.name === "string" &&
                g.props.name.startsWith(prefix) &&
                (typeof id !== "string" || isUnknown(id) || g.props.name === `${prefix}${id}`),
        );
    if (groups.length === 0) {
        report(
            `SIP message logs (caller and callee numbers) go to the log group ${prefix}<voice connector id>, which Chime creates with no expiry: declare it in the stack with retentionInDays within the ${limit}-day retention`,
        );
        return;
    }
    for (const group of groups) {
        const days = Number(group.props.retentionInDays);
        if (!(days > 0 && days <= limit))
            report(
                `SIP message logs (caller and callee numbers) stay in ${group.props.name} ${days > 0 ? `${days} days` : "forever"}, more than the ${limit}-day retention`,
            );
    }
}

export const chimeSdkvoiceGlobalSettings = entry<SdkvoiceGlobalSettingsArgs>()({
    types: ["aws:chime/sdkvoiceGlobalSettings:SdkvoiceGlobalSettings"],
    holds: "the account's voice settings: call detail records (caller and callee numbers, times) written to a bucket",
    tagging: "carrier",
    atRest: { notOffered: "the records land in the bucket, under its default encryption" },
    inTransit: { notOffered: "written inside AWS over TLS" },
    retention: { notOffered: "the records live in the bucket, judged through its lifecycle" },
    destinations: [
        { what: "writes call detail records to", store: true, path: "voiceConnector.cdrBucket", types: BUCKET_TYPES },
        mustStayInStack(
            "writes call detail records to",
            { path: "voiceConnector.cdrBucket", types: BUCKET_TYPES },
            "call detail records hold customers' phone numbers",
        ),
    ],
});

export const chimeSdkvoiceSipMediaApplication = entry<SdkvoiceSipMediaApplicationArgs>()({
    types: ["aws:chime/sdkvoiceSipMediaApplication:SdkvoiceSipMediaApplication"],
    holds: "calls (caller numbers, DTMF digits, call events) handed to a function",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a SIP media application stores nothing" },
    inTransit: { notOffered: "events reach the function inside AWS over TLS" },
    retention: { notOffered: "a SIP media application stores nothing" },
    destinations: [
        { what: "hands calls to", store: true, path: "endpoints.lambdaArn", types: FUNCTION_TYPES },
        { what: "handles calls in", region: "awsRegion" },
    ],
});

export const chimeSdkvoiceVoiceProfileDomain = entry<SdkvoiceVoiceProfileDomainArgs>()({
    types: ["aws:chime/sdkvoiceVoiceProfileDomain:SdkvoiceVoiceProfileDomain"],
    holds: "voice profiles (voiceprints) of callers, for speaker search",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "voice profiles", key: "serverSideEncryptionConfiguration.kmsKeyArn" }],
    inTransit: { notOffered: "Chime SDK's endpoints accept HTTPS only" },
    retention: { notOffered: "a voice profile stays until deleted (Chime SDK deletes one unused for three years)" },
});

export const chimeVoiceConnector = entry<VoiceConnectorArgs>()({
    types: ["aws:chime/voiceConnector:VoiceConnector"],
    holds: "phone calls with customers (audio, phone numbers)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a voice connector stores no calls; streaming, logs and records are judged on their own" },
    inTransit: [
        {
            what: "calls (SIP over TLS, media over SRTP)",
            setting: { path: "requireEncryption", absent: false, absentMeans: "unencrypted SIP and RTP" },
        },
    ],
    retention: { notOffered: "a voice connector stores no calls" },
    destinations: [{ custom: checkConnectorRegion, summary: "awsRegion (us-east-1 when not set) is an allowed region" }],
});

export const chimeVoiceConnectorLogging = entry<VoiceConnectorLoggingArgs>()({
    types: ["aws:chime/voiceConnectorLogging:VoiceConnectorLogging"],
    holds: "SIP message logs of a voice connector (caller and callee numbers) in CloudWatch Logs",
    tagging: "carrier",
    sources: CONNECTOR_SOURCE,
    atRest: { notOffered: "the logs live in a log group, judged on its own when the stack declares it" },
    inTransit: { notOffered: "written inside AWS over TLS" },
    retention: [
        {
            custom: checkSipLogs,
            summary:
                "with SIP logs on, the stack declares /aws/ChimeVoiceConnectorSipMessages/<id> with a retention within the connector's",
        },
    ],
});

export const chimeVoiceConnectorOrigination = entry<VoiceConnectorOriginationArgs>()({
    types: ["aws:chime/voiceConnectorOrigination:VoiceConnectorOrigination"],
    holds: "inbound calls, delivered to SIP hosts",
    tagging: "carrier",
    sources: CONNECTOR_SOURCE,
    atRest: { notOffered: "origination settings store nothing" },
    inTransit: [
        { what: "calls to the SIP hosts", setting: { path: "routes.protocol", on: ["TCP"], absent: false, absentMeans: "no protocol" } },
    ],
    retention: { notOffered: "origination settings store nothing" },
    destinations: [{ what: "delivers calls to the SIP host", endpoint: "routes.host" }],
    notes: "With requireEncryption on the connector, TCP routes carry SIP over TLS; UDP routes carry calls unencrypted.",
});

export const chimeVoiceConnectorStreaming = entry<VoiceConnectorStreamingArgs>()({
    types: ["aws:chime/voiceConnectorStreaming:VoiceConnectorStreaming"],
    holds: "call audio streamed to Kinesis video streams (and to call analytics)",
    tagging: "carrier",
    sources: CONNECTOR_SOURCE,
    atRest: { notOffered: "Chime creates the video streams under the Kinesis Video-managed aws/kinesisvideo key; no customer-managed key" },
    inTransit: { notOffered: "streamed inside AWS over TLS" },
    retention: [{ what: "call audio", period: "dataRetention", unit: "hours", absent: 0 }],
    destinations: [
        {
            what: "hands call audio to the call analytics configuration",
            store: true,
            path: "mediaInsightsConfiguration.configurationArn",
            types: MEDIA_INSIGHTS_TYPES,
        },
    ],
});
