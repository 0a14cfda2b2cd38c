import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const BOT = "aws:lex/bot:Bot";
const ALIAS = "aws:lex/botAlias:BotAlias";
const V2BOT = "aws:lex/v2modelsBot:V2modelsBot";
const SLOT = "aws:lex/v2modelsSlot:V2modelsSlot";

const lex = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: BOT,
            name: "orders-bot",
            props: { name: "OrdersBot", childDirected: false, abortStatement: {}, intents: [], idleSessionTtlInSeconds: 300 },
        },
        {
            type: ALIAS,
            name: "orders-live",
            props: {
                name: "live",
                botName: "OrdersBot",
                botVersion: "1",
                conversationLogs: {
                    iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/lex`,
                    logSettings: [{ destination: "S3", logType: "AUDIO", resourceArn: "arn:aws:s3:::labels-abc", kmsKeyArn: KEY_ARN }],
                },
            },
            propertyDependencies: { botName: ["orders-bot"] },
        },
        {
            type: V2BOT,
            name: "support-bot",
            props: {
                name: "support",
                roleArn: `arn:aws:iam::${ACCOUNT}:role/lex`,
                idleSessionTtlInSeconds: 300,
                dataPrivacies: [{ childDirected: false }],
                tags: PII_TAGS,
            },
        },
        {
            type: SLOT,
            name: "address-slot",
            props: {
                name: "address",
                botId: "B1",
                botVersion: "DRAFT",
                intentId: "I1",
                localeId: "en_GB",
                valueElicitationSetting: {},
                obfuscationSettings: [{ obfuscationSettingType: "DefaultObfuscation" }],
            },
            propertyDependencies: { botId: ["support-bot"] },
        },
    ]);

describe("catalogue: Lex", () => {
    describeEntry(
        "V1 bot and alias, V2 bot and slot",
        lex,
        [
            {
                title: "a PII V1 bot keeping sessions beyond the retention (AWS caps the TTL at a day; the control is judged on any value)",
                change: props("orders-bot", (p) => {
                    p.tags = PII_TAGS;
                    p.idleSessionTtlInSeconds = 345600;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [BOT, "orders-bot"],
                message: /keeps a conversation's session data 4 days, more than the 3-day retention/,
            },
            {
                title: "audio logs under the bucket's default key (reported on the bot)",
                change: props("orders-live", (p) => {
                    delete p.conversationLogs.logSettings[0].kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BOT, "orders-bot"],
                message: /its audio logs in S3 has no conversationLogs.logSettings.kmsKeyArn/,
            },
            {
                title: "conversation logs of an unclassified bot into a confidential bucket",
                change: props("orders-live", (p) => {
                    p.conversationLogs.logSettings[0].resourceArn = "arn:aws:s3:::logs-abc";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of orders-live/,
            },
            {
                title: "conversation logs of a PII bot into another account's log group",
                change: (stack) => {
                    props("orders-bot", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("orders-live", (p) => {
                        p.conversationLogs.logSettings = [
                            {
                                destination: "CLOUDWATCH_LOGS",
                                logType: "TEXT",
                                resourceArn: "arn:aws:logs:eu-west-1:999988887777:log-group:theirs",
                            },
                        ];
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [BOT, "orders-bot"],
                message: /writes conversation logs to arn:aws:logs:eu-west-1:999988887777:log-group:theirs, in account 999988887777/,
            },
            {
                title: "a PII V2 bot keeping sessions beyond the retention (AWS caps the TTL at a day; the control is judged on any value)",
                change: props("support-bot", (p) => {
                    p.idleSessionTtlInSeconds = 345600;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [V2BOT, "support-bot"],
                message: /keeps a conversation's session data 4 days, more than the 3-day retention/,
            },
            {
                title: "a PII bot's slot without obfuscation (reported on the bot)",
                change: props("address-slot", (p) => {
                    delete p.obfuscationSettings;
                }),
                policy: datastoreAccessBlockPublic,
                at: [V2BOT, "support-bot"],
                message: /writes its values unmasked into conversation logs/,
            },
            {
                title: "a PII bot's slot with obfuscation None",
                change: props("address-slot", (p) => {
                    p.obfuscationSettings = [{ obfuscationSettingType: "None" }];
                }),
                policy: datastoreAccessBlockPublic,
                at: [V2BOT, "support-bot"],
                message: /unmasked/,
            },
        ],
        [
            {
                title: "a confidential bot's slot without obfuscation",
                change: (stack) => {
                    props("support-bot", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                    props("address-slot", (p) => {
                        delete p.obfuscationSettings;
                    })(stack);
                },
            },
            {
                title: "text logs to a log group of the stack",
                change: (stack) => {
                    stack.push({
                        type: "aws:cloudwatch/logGroup:LogGroup",
                        name: "lex-logs",
                        props: { name: "lex-logs", retentionInDays: 1, kmsKeyId: KEY_ARN },
                    });
                    props("orders-live", (p) => {
                        p.conversationLogs.logSettings = [
                            {
                                destination: "CLOUDWATCH_LOGS",
                                logType: "TEXT",
                                resourceArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:lex-logs`,
                            },
                        ];
                    })(stack);
                },
            },
        ],
    );
});
