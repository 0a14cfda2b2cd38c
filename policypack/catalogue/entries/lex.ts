/**
 * Lex: bots (users' utterances and the session state kept while a conversation is idle), V1
 * aliases (conversation logs of text and audio), and V2 slots (whether their values are masked
 * in conversation logs).
 */
import type { BotArgs } from "@pulumi/aws/lex/bot";
import type { BotAliasArgs } from "@pulumi/aws/lex/botAlias";
import type { V2modelsBotArgs } from "@pulumi/aws/lex/v2modelsBot";
import type { V2modelsSlotArgs } from "@pulumi/aws/lex/v2modelsSlot";
import { customerKeyProblem } from "../../lib/encryption";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";

const HTTPS_ONLY = { notOffered: "Lex's endpoints accept HTTPS only" };
const SESSION_KEY = [{ what: "session data", customerKeyNotOffered: "Lex encrypts session data with an AWS-owned key" }];
const NOTES =
    "Whether AWS may keep utterances to improve its services is an organisation-wide AI-services opt-out policy (aws.organizations.Policy), not a setting of this resource.";

export const LEX_V1_BOT_TYPES = ["aws:lex/bot:Bot"];
export const LEX_V2_BOT_TYPES = ["aws:lex/v2modelsBot:V2modelsBot"];

export const lexBot = entry<BotArgs>()({
    types: ["aws:lex/bot:Bot"],
    holds: "users' utterances (names, addresses) and the session state of a conversation (Lex V1)",
    tagging: "carrier",
    names: ["name"],
    atRest: SESSION_KEY,
    inTransit: HTTPS_ONLY,
    retention: [{ what: "a conversation's session data", period: "idleSessionTtlInSeconds", unit: "seconds", absent: 300 }],
    notes: NOTES,
});

/** Audio logs go to S3 under a key; text logs go to a log group, which has its own key. */
function checkAudioLogKeys({ index, config, store, report }: StoreContext): void {
    const logs = store.res.props.conversationLogs;
    if (isUnknown(logs) || isUnknown(logs?.logSettings)) {
        report("conversationLogs is not known during preview, so the encryption of its logs cannot be verified");
        return;
    }
    for (const setting of asList(logs?.logSettings)) {
        if (isUnknown(setting) || isUnknown(setting?.destination)) report("a conversation log setting is not known during preview");
        else if (setting?.destination === "S3") {
            const problem = customerKeyProblem(setting.kmsKeyArn, "conversationLogs.logSettings.kmsKeyArn", {
                index,
                config,
                res: store.res,
                path: "conversationLogs",
            });
            if (problem) report(`its ${String(setting.logType ?? "").toLowerCase() || "conversation"} logs in S3 ${problem}`);
        }
    }
}

export const lexBotAlias = entry<BotAliasArgs>()({
    types: ["aws:lex/botAlias:BotAlias"],
    holds: "conversation logs of its bot: the text or audio of every utterance",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "botName", types: LEX_V1_BOT_TYPES }],
    atRest: [{ custom: checkAudioLogKeys, summary: "logs in S3 under a customer-managed key (conversationLogs.logSettings.kmsKeyArn)" }],
    inTransit: { notOffered: "Lex delivers logs inside AWS over TLS" },
    retention: { notOffered: "logs are kept by their log group or bucket, judged there" },
    destinations: [
        {
            what: "writes conversation logs to",
            store: true,
            path: "conversationLogs.logSettings.resourceArn",
            types: [...LOG_GROUP_TYPES, ...BUCKET_TYPES],
        },
    ],
});

export const lexV2Bot = entry<V2modelsBotArgs>()({
    types: ["aws:lex/v2modelsBot:V2modelsBot"],
    holds: "users' utterances (names, addresses) and the session state of a conversation",
    tagging: "carrier",
    names: ["name"],
    atRest: SESSION_KEY,
    inTransit: HTTPS_ONLY,
    retention: [{ what: "a conversation's session data", period: "idleSessionTtlInSeconds", unit: "seconds", absent: 300 }],
    notes: NOTES,
});

/** Without DefaultObfuscation (the default is None) a slot's values appear as said in the bot's conversation logs. */
function checkObfuscation({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const settings = store.res.props.obfuscationSettings;
    if (isUnknown(settings)) {
        report("obfuscationSettings is not known during preview");
        return;
    }
    const types = asList(settings).map((s) => s?.obfuscationSettingType);
    if (types.some(isUnknown)) report("obfuscationSettings.obfuscationSettingType is not known during preview");
    else if (!types.includes("DefaultObfuscation"))
        report(
            `a slot of a bot with personal data (${store.classifiedBy}) writes its values unmasked into conversation logs: set obfuscationSettings.obfuscationSettingType "DefaultObfuscation"`,
        );
}

export const lexV2Slot = entry<V2modelsSlotArgs>()({
    types: ["aws:lex/v2modelsSlot:V2modelsSlot"],
    holds: "a value users give (a name, an address) and whether conversation logs mask it",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "botId", types: LEX_V2_BOT_TYPES }],
    atRest: { notOffered: "a slot definition stores no values" },
    inTransit: HTTPS_ONLY,
    exposure: [{ custom: checkObfuscation, summary: "a PII bot's slots mask their values in conversation logs (DefaultObfuscation)" }],
    retention: { notOffered: "a slot definition stores no values" },
});
