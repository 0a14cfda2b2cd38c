/** MSK Connect: Kafka Connect connectors, which move records between a Kafka cluster and other systems. */
import type { ConnectorArgs } from "@pulumi/aws/mskconnect/connector";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { MSK_CLUSTER_TYPES } from "./streams-support";

/** Connection URLs in a connector's configuration whose host is not an AWS endpoint. */
const URL_VALUE = /^(?:https?|jdbc:[a-z0-9]+|mongodb(?:\+srv)?|amqps?|redis|rediss):\/\/(?:[^@/]*@)?([^:/?#,;]+)/i;

/** A PII connector may not name a system outside AWS in its configuration (connection.url, http.api.url ...). */
function checkConnectorEndpoints({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const configuration = store.res.props.connectorConfiguration;
    if (isUnknown(configuration)) {
        report("connectorConfiguration is not known during preview, so where the connector sends records cannot be verified");
        return;
    }
    for (const [key, value] of Object.entries(configuration ?? {})) {
        if (isUnknown(value)) report(`connectorConfiguration ${key} is not known during preview`);
        const host = typeof value === "string" ? URL_VALUE.exec(value.trim())?.[1] : undefined;
        if (host && !/\.amazonaws\.com(\.cn)?$/i.test(host))
            report(
                `sends personal data to ${host} (connectorConfiguration ${key}), outside AWS: personal data may go only to the shipping provider's account`,
            );
    }
}

export const mskconnectConnector = entry<ConnectorArgs>()({
    types: ["aws:mskconnect/connector:Connector"],
    holds: "records in flight between a Kafka cluster and the system its plugin connects to",
    tagging: "carrier",
    names: ["name"],
    // Broker host names of a provisioned cluster carry its name: b-1.<cluster>.<id>.c2.kafka.<region>.amazonaws.com:9098.
    sources: [
        { path: "kafkaCluster.apacheKafkaCluster.bootstrapServers", types: MSK_CLUSTER_TYPES, pattern: /^b-\d+(?:-public)?\.([^.]+)\./ },
    ],
    atRest: { notOffered: "a connector stores no records; its offsets and configuration live in Kafka topics" },
    inTransit: [
        {
            what: "connections to the Kafka cluster",
            setting: { path: "kafkaClusterEncryptionInTransit.encryptionType", on: ["TLS"], absent: false, absentMeans: "PLAINTEXT" },
        },
    ],
    exposure: [{ what: "the connector's workers", securityGroups: "kafkaCluster.apacheKafkaCluster.vpc.securityGroups" }],
    retention: { notOffered: "a connector stores no records" },
    destinations: [
        {
            custom: checkConnectorEndpoints,
            summary: "a PII connector names no host outside AWS in connectorConfiguration (connection URLs)",
        },
    ],
    notes: "The systems a connector reads or writes are named in connectorConfiguration, whose keys depend on the plugin: URLs outside AWS are judged, other targets (bucket names, table names) are not. Worker logs quote records only with errors.log.include.messages.",
});
