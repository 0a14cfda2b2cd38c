/** Amazon MQ: ActiveMQ and RabbitMQ brokers (their configurations are read here, for network connectors). */
import type { BrokerArgs } from "@pulumi/aws/mq/broker";
import { Res, StackIndex, regionOf } from "../../lib/stack-index";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { MQ_BROKER_TYPES } from "./streams-support";

const CONFIGURATION = "aws:mq/configuration:Configuration";

/** The configuration a broker names in configuration.id: by property dependency or id. */
function configurationOf(index: StackIndex, broker: Res): Res | "unknown" | undefined {
    const fromDeps = (broker.source.propertyDependencies?.configuration ?? [])
        .map((d) => index.byUrn.get(d.urn))
        .find((r) => r?.type === CONFIGURATION);
    if (fromDeps) return fromDeps;
    const id = asList(broker.props.configuration)[0]?.id;
    if (isUnknown(id)) return "unknown";
    return typeof id === "string" && id !== ""
        ? index.ofTypes([CONFIGURATION]).find((c) => c.props.id === id || c.props.arn === id)
        : undefined;
}

/** The transports and hosts of the ActiveMQ network connectors in a configuration's XML. */
function networkConnectors(xml: string): { transport: string; host: string }[] {
    const found: { transport: string; host: string }[] = [];
    for (const connector of xml.matchAll(/<networkConnector\b[^>]*\buri\s*=\s*"([^"]*)"/g)) {
        for (const target of connector[1].matchAll(/([a-z+]+):\/\/([^:/,)?]+)/gi))
            found.push({ transport: target[1].toLowerCase(), host: target[2] });
    }
    return found;
}

function brokerConnectors(context: StoreContext): { transport: string; host: string }[] | "unknown" | undefined {
    const configuration = configurationOf(context.index, context.store.res);
    if (configuration === "unknown") return "unknown";
    if (!configuration) return undefined;
    const data = configuration.props.data;
    if (isUnknown(data)) return "unknown";
    return typeof data === "string" ? networkConnectors(data) : [];
}

/** Messages a network connector forwards travel over its transport: ssl:// (or another TLS transport), never tcp://. */
function checkConnectorTls(context: StoreContext): void {
    const connectors = brokerConnectors(context);
    if (connectors === "unknown")
        context.report("the broker's configuration is not known during preview, so its network connectors cannot be verified");
    else
        for (const { transport, host } of connectors ?? []) {
            if (!/^(ssl|nio\+ssl|https|wss|amqp\+ssl|mqtt\+ssl|stomp\+ssl)$/.test(transport))
                context.report(`forwards messages to ${host} over ${transport}:// (a network connector of its configuration), without TLS`);
        }
}

/** A PII broker may forward messages only to brokers that can be verified as this stack's: network connectors name hosts, not resources. */
function checkConnectorTargets(context: StoreContext): void {
    if (!context.store.isPii) return;
    const connectors = brokerConnectors(context);
    if (connectors === "unknown") return; // reported as unknown by the TLS check
    for (const { host } of connectors ?? [])
        context.report(
            `forwards personal data through a network connector to ${host}, which cannot be verified as a broker of this stack (its account and region are not known)`,
        );
}

/** A cross-region data replication (CRDR) replica keeps the primary's messages in its own region. */
function checkReplicaRegion({ index, store, config, report }: StoreContext): void {
    const primary = store.res.props.dataReplicationPrimaryBrokerArn;
    if (primary === undefined || primary === "") return;
    const region = regionOf(index, store.res);
    if (region === undefined || !config.allowedRegions.includes(region)) {
        report(
            `replicates the messages of ${isUnknown(primary) ? "its primary broker" : primary} to region ${JSON.stringify(region ?? "of its provider")}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`,
        );
    }
}

export const mqBroker = entry<BrokerArgs>()({
    types: ["aws:mq/broker:Broker"],
    holds: "queued messages",
    tagging: "store",
    names: ["brokerName"],
    sources: [{ path: "dataReplicationPrimaryBrokerArn", types: MQ_BROKER_TYPES }],
    atRest: [
        {
            what: "messages",
            key: "encryptionOptions.kmsKeyId",
            keyAbsentMeans: "an AWS-owned key (useAwsOwnedKey defaults to true) or, with useAwsOwnedKey false, the AWS-managed aws/mq key",
        },
    ],
    inTransit: [
        {
            custom: checkConnectorTls,
            summary: "network connectors of its configuration use a TLS transport (the broker's own endpoints accept TLS only)",
        },
    ],
    exposure: [
        { what: "the broker", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the broker", securityGroups: "securityGroups", when: { path: "publiclyAccessible", on: [true], not: true } },
    ],
    retention: {
        notOffered:
            "messages stay until consumed or until their own expiry (set by producers or the broker configuration's policies); Amazon MQ has no broker-wide retention",
    },
    destinations: [
        { custom: checkConnectorTargets, summary: "a PII broker forwards no messages through network connectors" },
        { custom: checkReplicaRegion, summary: "a cross-region replica (dataReplicationPrimaryBrokerArn) lives in an allowed region" },
    ],
    notes: "Amazon MQ's endpoints (OpenWire, AMQP, STOMP, MQTT, WSS, AMQPS) accept TLS only. RabbitMQ shovels and federation are set at run time, not in the configuration, and are not seen.",
});
