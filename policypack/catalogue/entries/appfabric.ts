/** AppFabric: app bundles (ingested SaaS audit logs, under their key) and ingestion destinations (where those logs are delivered). */
import type { AppBundleArgs } from "@pulumi/aws/appfabric/appBundle";
import type { IngestionDestinationArgs } from "@pulumi/aws/appfabric/ingestionDestination";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { entry } from "../entry";

const APP_BUNDLE_TYPES = ["aws:appfabric/appBundle:AppBundle"];

export const appfabricAppBundle = entry<AppBundleArgs>()({
    types: ["aws:appfabric/appBundle:AppBundle"],
    holds: "audit logs ingested from SaaS tenants (user names, e-mail addresses, IP addresses)",
    tagging: "carrier",
    atRest: [{ what: "ingested data", key: "customerManagedKeyArn", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "AppFabric reads SaaS APIs over HTTPS" },
    retention: { notOffered: "AppFabric keeps ingested data only until it is delivered; destinations are judged where they keep it" },
});

export const appfabricIngestionDestination = entry<IngestionDestinationArgs>()({
    types: ["aws:appfabric/ingestionDestination:IngestionDestination"],
    holds: "SaaS audit logs delivered to a bucket or a Firehose stream",
    tagging: "carrier",
    sources: [{ path: "appBundleArn", types: APP_BUNDLE_TYPES }],
    atRest: { notOffered: "encrypted by the destination bucket or stream" },
    inTransit: { notOffered: "AppFabric delivers inside AWS over TLS" },
    retention: { notOffered: "logs are kept by the destination, judged there" },
    destinations: [
        {
            what: "delivers audit logs to",
            store: true,
            path: "destinationConfiguration.auditLog.destination.s3Bucket.bucketName",
            types: BUCKET_TYPES,
        },
        {
            what: "delivers audit logs to",
            store: true,
            path: "destinationConfiguration.auditLog.destination.firehoseStream.streamName",
            types: ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
        },
    ],
});
