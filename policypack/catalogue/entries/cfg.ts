/** AWS Config: where configuration history goes (delivery channels) and who may aggregate it (aggregate authorizations). */
import type { AggregateAuthorizationArgs } from "@pulumi/aws/cfg/aggregateAuthorization";
import type { DeliveryChannelArgs } from "@pulumi/aws/cfg/deliveryChannel";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";
import { TOPIC_TYPES } from "./sns";
import { keyWhenSet } from "./streams-support";

const CONFIGURATION_ITEMS = {
    classification: "confidential" as const,
    why: "configuration items describe resources (settings, tags, descriptions), not customer records",
};

export const cfgDeliveryChannel = entry<DeliveryChannelArgs>()({
    types: ["aws:cfg/deliveryChannel:DeliveryChannel"],
    holds: "configuration history and snapshots of every recorded resource",
    tagging: "carrier",
    inherent: CONFIGURATION_ITEMS,
    names: ["name"],
    atRest: [keyWhenSet("configuration history", "s3KmsKeyArn", "the bucket's default encryption, judged on the bucket")],
    inTransit: { notOffered: "AWS Config delivers inside AWS over TLS" },
    retention: {
        notOffered:
            "the bucket keeps the history, judged through its lifecycle; AWS Config's own history follows its RetentionConfiguration",
    },
    destinations: [
        { what: "delivers configuration history to", store: true, path: "s3BucketName", types: BUCKET_TYPES },
        { what: "publishes configuration changes to", store: true, path: "snsTopicArn", types: TOPIC_TYPES },
    ],
    notes: "A bucket named without an ARN (s3BucketName) may be another account's: only a bucket of this stack can be verified.",
});

export const cfgAggregateAuthorization = entry<AggregateAuthorizationArgs>()({
    types: ["aws:cfg/aggregateAuthorization:AggregateAuthorization"],
    holds: "another account's right to collect this account's configuration items",
    tagging: "carrier",
    inherent: CONFIGURATION_ITEMS,
    atRest: { notOffered: "an authorization stores nothing" },
    inTransit: { notOffered: "aggregated inside AWS over TLS" },
    retention: { notOffered: "an authorization stores nothing" },
    destinations: [
        { what: "lets configuration items be aggregated by", account: "accountId" },
        { what: "lets configuration items be aggregated into", region: "authorizedAwsRegion" },
    ],
});
