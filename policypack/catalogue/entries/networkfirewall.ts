/** AWS Network Firewall: where a firewall's flow, alert and TLS logs go. */
import type { LoggingConfigurationArgs } from "@pulumi/aws/networkfirewall/loggingConfiguration";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { BUCKET_TYPES } from "./s3";
import { FIREHOSE_TYPES } from "./streams-support";

const DESTINATION = "loggingConfiguration.logDestinationConfigs.logDestination";

export const networkfirewallLoggingConfiguration = entry<LoggingConfigurationArgs>()({
    types: ["aws:networkfirewall/loggingConfiguration:LoggingConfiguration"],
    holds: "flow, alert and TLS records of a firewall's traffic",
    tagging: "carrier",
    inherent: {
        classification: "confidential",
        why: "network metadata: addresses, ports, server names; alert records quote host names and URLs, which carry no personal data when record keys are opaque",
    },
    atRest: { notOffered: "the records land in the bucket, log group or stream, judged as a copy" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: { notOffered: "the destination keeps the records" },
    destinations: [
        { what: "logs traffic to", store: true, path: `${DESTINATION}.bucketName`, types: BUCKET_TYPES },
        { what: "logs traffic to", store: true, path: `${DESTINATION}.logGroup`, types: LOG_GROUP_TYPES },
        { what: "logs traffic to", store: true, path: `${DESTINATION}.deliveryStream`, types: FIREHOSE_TYPES },
    ],
});
