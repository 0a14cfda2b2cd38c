/**
 * Shared pieces of the entries for streams, messaging, events, logs and security telemetry:
 * type tokens that several of their files refer to (kept here, outside the entry files, so that
 * those files never import each other) and custom checks that a table cannot say. Holds no entry.
 */
import { ownAccounts } from "../../lib/accounts";
import { customerKeyProblem } from "../../lib/encryption";
import { regionOf } from "../../lib/stack-index";
import { resolveReference } from "../../lib/stores";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, Reference, When } from "../entry";
import { holds, read } from "../read";

export const STREAM_TYPES = ["aws:kinesis/stream:Stream"];
export const STREAM_CONSUMER_TYPES = ["aws:kinesis/streamConsumer:StreamConsumer"];
export const FIREHOSE_TYPES = ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"];
export const MSK_CLUSTER_TYPES = ["aws:msk/cluster:Cluster", "aws:msk/serverlessCluster:ServerlessCluster"];
export const MSK_TOPIC_TYPES = ["aws:msk/topic:Topic"];
export const MQ_BROKER_TYPES = ["aws:mq/broker:Broker"];
export const EVENT_BUS_TYPES = ["aws:cloudwatch/eventBus:EventBus"];
export const EVENT_RULE_TYPES = ["aws:cloudwatch/eventRule:EventRule"];
export const LOG_DESTINATION_TYPES = ["aws:cloudwatch/logDestination:LogDestination"];
export const DELIVERY_SOURCE_TYPES = ["aws:cloudwatch/logDeliverySource:LogDeliverySource"];
export const DELIVERY_DESTINATION_TYPES = ["aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination"];
export const STATE_MACHINE_TYPES = ["aws:sfn/stateMachine:StateMachine"];
export const PINPOINT_APP_TYPES = ["aws:pinpoint/app:App"];
export const SES_CONFIGURATION_SET_TYPES = ["aws:ses/configurationSet:ConfigurationSet"];
export const SESV2_CONFIGURATION_SET_TYPES = ["aws:sesv2/configurationSet:ConfigurationSet"];
export const VOICE_CONNECTOR_TYPES = ["aws:chime/voiceConnector:VoiceConnector"];
export const MEDIA_INSIGHTS_TYPES = ["aws:chimesdkmediapipelines/mediaInsightsPipelineConfiguration:MediaInsightsPipelineConfiguration"];
export const WAFV2_WEB_ACL_TYPES = ["aws:wafv2/webAcl:WebAcl"];
export const S3_TABLE_INTEGRATION_TYPES = ["aws:observabilityadmin/s3TableIntegration:S3TableIntegration"];

/** An S3 location given as `s3://bucket/prefix`, `arn:aws:s3:::bucket/prefix` or `bucket/prefix`: the bucket. */
export const S3_LOCATION = /^(?:s3:\/\/|arn:[^:]+:s3:::)?([^/]+)/;

const ACCOUNT_IN_ARN = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/;

/**
 * A KMS key argument that may be left out because another layer encrypts (a bucket's default
 * encryption, judged on the bucket), but that must name a customer-managed key when it is set
 * (not an `aws/...` alias). An unknown value is a key created in the stack, as for `judgeKey`.
 */
export function keyWhenSet(what: string, path: string, absentMeans: string): CustomCheck {
    return {
        summary: `${path}, when set, names a customer-managed key (not set: ${absentMeans})`,
        custom: ({ index, config, store, report }) => {
            for (const reading of read(store.res.props, path)) {
                if (reading.state !== "known" || reading.value === "") continue;
                const problem = customerKeyProblem(reading.value, path, { index, config, res: store.res, path });
                if (problem) report(`${what}: ${problem}`);
            }
        },
    };
}

/**
 * Where a resource that carries customer data by nature (received e-mail, delivery events with
 * recipients' addresses) sends it, for resources that cannot carry the contract tags: a
 * destination named without an account (a bucket name) must be a store of this stack whatever the
 * resource's classification, since its account, encryption and retention could not be verified.
 * The `store: true` destination on the same path judges accounts and regions, and the same for
 * PII; this check adds what it leaves out for resources not judged as PII.
 */
export function mustStayInStack(what: string, reference: Reference, why: string, when?: When): CustomCheck {
    return {
        summary: `${reference.path} names a store of this stack (${why})`,
        custom: ({ index, store, report }) => {
            if (store.isPii || !holds(store.res.props, when)) return;
            const resolved = resolveReference(index, store.res, reference);
            if (resolved.unknown)
                report(`${what}: ${reference.path} is not known during preview, so the destination cannot be verified (${why})`);
            for (const target of resolved.outside) {
                // An ARN with an account is judged by the generic reader (this stack's accounts are accepted there); a bare name is not.
                if (ACCOUNT_IN_ARN.test(target)) continue;
                report(
                    `${what} ${target}, which is not a resource of this stack, so its account, encryption and retention cannot be verified (${why})`,
                );
            }
        },
    };
}

/** Whether an account ID belongs to this stack or the shipping provider. */
export function allowedAccount(context: StoreContext, account: string): boolean {
    return ownAccounts(context.index, context.config).has(account) || context.config.shippingProviderAccountIds.includes(account);
}

/** The 12-digit accounts named in a text (ARNs, account IDs), for documents the pack cannot parse further. */
export function accountsIn(text: string): string[] {
    return [...new Set([...text.matchAll(/arn:[a-z-]+:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/g)].map((m) => m[1]))];
}

/** A JSON document given as text or object; `undefined` when it cannot be parsed, "unknown" during preview. */
export function jsonOf(value: unknown): Record<string, any> | "unknown" | undefined {
    if (isUnknown(value)) return "unknown";
    if (value !== null && typeof value === "object") return value as Record<string, any>;
    if (typeof value !== "string") return undefined;
    try {
        const parsed = JSON.parse(value);
        return parsed !== null && typeof parsed === "object" ? parsed : undefined;
    } catch {
        return undefined;
    }
}

/**
 * A copy made only under a condition (logs that include execution data). The store index draws
 * a copy edge for every `store: true` destination whatever its `when` says, so a conditional copy
 * is checked here instead of declared: while the condition holds, a PII resource may copy only
 * into stores classified pii (their retention is then judged); a destination outside the stack
 * must be named with an account of this stack, as the generic reader requires.
 */
export function copiesWhen(what: string, reference: Reference, when: When, why: string): CustomCheck {
    return {
        summary: `while ${when.path} is ${JSON.stringify(when.on ?? "set")}, personal data goes only to pii stores of this stack through ${reference.path}`,
        custom: (context) => {
            const { index, store, report } = context;
            if (!store.isPii || !holds(store.res.props, when)) return;
            const resolved = resolveReference(index, store.res, reference);
            if (resolved.unknown) report(`${what}: ${reference.path} is not known during preview`);
            for (const target of resolved.outside) {
                const account = ACCOUNT_IN_ARN.exec(target)?.[1];
                if (account === undefined)
                    report(
                        `${what} ${target}, which is not a resource of this stack, so its account, encryption and retention cannot be verified`,
                    );
                else if (!allowedAccount(context, account)) report(`${what} ${target}, in account ${account}, outside this stack`);
            }
            for (const target of resolved.stores) {
                if (target !== store && !target.isPii)
                    report(
                        `${what} ${target.res.name}, classified ${target.classification} (${why}): classify it pii, so that its retention is judged, or keep personal data out of it`,
                    );
            }
        },
    };
}

/** ARNs at `path` must be in this stack's accounts or the shipping provider's (for resources whose target is not a store reference). */
export function arnsInAllowedAccounts(what: string, path: string, when?: When): CustomCheck {
    return {
        summary: `${path} names no account outside this stack's and the shipping provider's`,
        custom: (context) => {
            const props = context.store.res.props;
            if (!holds(props, when)) return;
            for (const reading of read(props, path)) {
                if (reading.state === "unknown") continue; // a resource of the stack, created with it
                if (reading.state !== "known") continue;
                for (const value of asList(reading.value)) {
                    const account = typeof value === "string" ? ACCOUNT_IN_ARN.exec(value)?.[1] : undefined;
                    if (account !== undefined && !allowedAccount(context, account))
                        context.report(`${what} ${value}, in account ${account}, outside this stack`);
                }
            }
        },
    };
}

/** Every region named at `path` (a list of region names: the generic region reader takes one name) is the stack's or allowed. */
export function regionsAllowed(what: string, path: string): CustomCheck {
    return {
        summary: `every region in ${path} is the stack's own or on allowedRegions`,
        custom: ({ index, store, config, report }) => {
            const own = regionOf(index, store.res);
            for (const reading of read(store.res.props, path)) {
                if (reading.state === "unknown") report(`${what}: ${path} is not known during preview`);
                if (reading.state !== "known") continue;
                for (const region of asList(reading.value)) {
                    if (isUnknown(region)) report(`${what}: a region is not known during preview`);
                    else if (typeof region === "string" && own !== undefined && region !== own && !config.allowedRegions.includes(region))
                        report(`${what} region ${region}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
                }
            }
        },
    };
}

/** The account a principal names: a 12-digit ID, or the account of an ARN (arn:aws:iam::123456789012:root). */
function accountOfPrincipal(value: unknown): string | undefined {
    if (typeof value !== "string") return undefined;
    return /^\d{12}$/.test(value) ? value : /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(value)?.[1];
}

/** A principal (account ID or ARN) at `path` must be of this stack's accounts or the shipping provider's. */
export function principalInAllowedAccount(what: string, path: string): CustomCheck {
    return {
        summary: `${path} is an account (or a principal of an account) of this stack or the shipping provider`,
        custom: (context) => {
            for (const reading of read(context.store.res.props, path)) {
                if (reading.state === "unknown") context.report(`${what}: ${path} is not known during preview`);
                const account = reading.state === "known" ? accountOfPrincipal(reading.value) : undefined;
                if (account !== undefined && !allowedAccount(context, account))
                    context.report(`${what} account ${account}, outside this stack`);
            }
        },
    };
}
