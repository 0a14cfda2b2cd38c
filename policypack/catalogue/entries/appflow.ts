/** AppFlow: flows copying records between SaaS applications and AWS stores, and the connector profiles (credentials) they use. */
import type { ConnectorProfileArgs } from "@pulumi/aws/appflow/connectorProfile";
import type { FlowArgs } from "@pulumi/aws/appflow/flow";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

/** Destination connectors that are AWS services of this account. */
const AWS_CONNECTORS = ["S3", "Redshift", "EventBridge", "CustomerProfiles", "LookoutMetrics", "Honeycode"];

/** A PII flow may write only to AWS services: any other connector hands records to a third party. */
function checkDestinations({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const configs = store.res.props.destinationFlowConfigs;
    if (isUnknown(configs)) {
        report("destinationFlowConfigs is not known during preview");
        return;
    }
    for (const config of asList(configs)) {
        const type = config?.connectorType;
        if (isUnknown(type)) report("a destination's connectorType is not known during preview");
        else if (typeof type === "string" && !AWS_CONNECTORS.some((c) => c.toLowerCase() === type.toLowerCase()))
            report(
                `copies personal data to ${type}${config?.connectorProfileName ? ` (profile ${config.connectorProfileName})` : ""}, outside AWS: personal data may go only to the shipping provider's account`,
            );
    }
}

export const appflowFlow = entry<FlowArgs>()({
    types: ["aws:appflow/flow:Flow"],
    holds: "records it copies from its source to its destinations (staged by AppFlow while a run lasts)",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "sourceFlowConfig.sourceConnectorProperties.s3.bucketName", types: BUCKET_TYPES }],
    atRest: [{ what: "records staged during a run", key: "kmsArn", keyAbsentMeans: "the AWS-managed aws/appflow key" }],
    inTransit: { notOffered: "AppFlow connects over TLS (or PrivateLink, as its connector profile says)" },
    retention: { notOffered: "AppFlow keeps records only during a run; destinations are judged where they keep them" },
    destinations: [
        { custom: checkDestinations, summary: "a PII flow writes only to AWS services (S3, Redshift, EventBridge, Customer Profiles)" },
        {
            what: "copies records into",
            store: true,
            path: "destinationFlowConfigs.destinationConnectorProperties.s3.bucketName",
            types: BUCKET_TYPES,
        },
        {
            what: "stages records for Redshift in",
            store: true,
            path: "destinationFlowConfigs.destinationConnectorProperties.redshift.intermediateBucketName",
            types: BUCKET_TYPES,
        },
    ],
});

export const appflowConnectorProfile = entry<ConnectorProfileArgs>()({
    types: ["aws:appflow/connectorProfile:ConnectorProfile"],
    holds: "the credentials and address of an application or database that flows read from or write to",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "its credentials", key: "kmsArn", keyAbsentMeans: "the AWS-managed aws/appflow key" }],
    inTransit: { notOffered: "connections use TLS; connectionMode Private keeps them on PrivateLink" },
    retention: { notOffered: "a profile keeps no records" },
    notes: "Where records go is judged on the flows that use the profile.",
});
