/** SES v2: configuration sets and their event destinations, contact lists, the account suppression list and multi-region endpoints. */
import type { AccountSuppressionAttributesArgs } from "@pulumi/aws/sesv2/accountSuppressionAttributes";
import type { ConfigurationSetArgs } from "@pulumi/aws/sesv2/configurationSet";
import type { ConfigurationSetEventDestinationArgs } from "@pulumi/aws/sesv2/configurationSetEventDestination";
import type { ContactListArgs } from "@pulumi/aws/sesv2/contactList";
import type { MultiRegionEndpointArgs } from "@pulumi/aws/sesv2/multiRegionEndpoint";
import { entry } from "../entry";
import { TOPIC_TYPES } from "./sns";
import { EVENT_BUS_TYPES, FIREHOSE_TYPES, PINPOINT_APP_TYPES, SESV2_CONFIGURATION_SET_TYPES, mustStayInStack } from "./streams-support";

const EVENTS = "e-mail events name their recipients";
const DESTINATION = "eventDestination";

export const sesv2ConfigurationSet = entry<ConfigurationSetArgs>()({
    types: ["aws:sesv2/configurationSet:ConfigurationSet"],
    holds: "settings of outgoing e-mail (TLS, tracking, suppression); classifies the e-mail events of its event destinations",
    tagging: "carrier",
    names: ["configurationSetName"],
    atRest: { notOffered: "a configuration set stores no e-mail" },
    inTransit: [
        {
            what: "delivering e-mail",
            setting: {
                path: "deliveryOptions.tlsPolicy",
                on: ["REQUIRE"],
                absent: false,
                absentMeans: "OPTIONAL: delivered without TLS when the receiver does not offer it",
            },
        },
    ],
    retention: { notOffered: "a configuration set stores no e-mail" },
});

export const sesv2ConfigurationSetEventDestination = entry<ConfigurationSetEventDestinationArgs>()({
    types: ["aws:sesv2/configurationSetEventDestination:ConfigurationSetEventDestination"],
    holds: "e-mail events (recipients, headers, opens and clicks) of a configuration set",
    tagging: "carrier",
    names: ["eventDestinationName"],
    sources: [{ path: "configurationSetName", types: SESV2_CONFIGURATION_SET_TYPES }],
    atRest: { notOffered: "an event destination stores nothing; its stream, topic, bus or project is judged as a copy" },
    inTransit: { notOffered: "published inside AWS over TLS" },
    retention: [
        {
            what: "metric dimensions drawn from message tags, headers or links (metric data is kept 455 days)",
            awsKeepsDays: 455,
            when: { path: `${DESTINATION}.cloudWatchDestination` },
        },
    ],
    destinations: [
        {
            what: "publishes e-mail events to",
            store: true,
            path: `${DESTINATION}.kinesisFirehoseDestination.deliveryStreamArn`,
            types: FIREHOSE_TYPES,
        },
        { what: "publishes e-mail events to", store: true, path: `${DESTINATION}.snsDestination.topicArn`, types: TOPIC_TYPES },
        {
            what: "publishes e-mail events to",
            store: true,
            path: `${DESTINATION}.eventBridgeDestination.eventBusArn`,
            types: EVENT_BUS_TYPES,
        },
        {
            what: "publishes e-mail events to",
            store: true,
            path: `${DESTINATION}.pinpointDestination.applicationArn`,
            types: PINPOINT_APP_TYPES,
        },
        mustStayInStack(
            "publishes e-mail events to",
            { path: `${DESTINATION}.kinesisFirehoseDestination.deliveryStreamArn`, types: FIREHOSE_TYPES },
            EVENTS,
        ),
        mustStayInStack("publishes e-mail events to", { path: `${DESTINATION}.snsDestination.topicArn`, types: TOPIC_TYPES }, EVENTS),
    ],
    notes: "Has its configuration set's classification (an unclassified set's events are judged as personal data). The EventBridge destination is the account's default bus.",
});

export const sesv2ContactList = entry<ContactListArgs>()({
    types: ["aws:sesv2/contactList:ContactList"],
    holds: "customers' e-mail addresses, attributes and topic preferences",
    tagging: "store",
    names: ["contactListName"],
    atRest: { notOffered: "SES encrypts contacts under a key AWS owns; a contact list takes no customer-managed key" },
    inTransit: { notOffered: "SES's endpoints accept HTTPS only" },
    retention: { notOffered: "contacts stay on the list until the application deletes them" },
});

export const sesv2AccountSuppressionAttributes = entry<AccountSuppressionAttributesArgs>()({
    types: ["aws:sesv2/accountSuppressionAttributes:AccountSuppressionAttributes"],
    holds: "the account's suppression list: addresses of recipients whose mail bounced or who complained",
    tagging: "carrier",
    atRest: { notOffered: "SES keeps the list under a key AWS owns" },
    inTransit: { notOffered: "SES's endpoints accept HTTPS only" },
    retention: {
        notOffered:
            "addresses stay on the list until removed (DeleteSuppressedDestination); the application removes those of erased customers",
    },
    notes: "A setting without tags or sources: recorded in the catalogue so that the suppression list is accounted for as a store of addresses; no control can be judged on it.",
});

export const sesv2MultiRegionEndpoint = entry<MultiRegionEndpointArgs>()({
    types: ["aws:sesv2/multiRegionEndpoint:MultiRegionEndpoint"],
    holds: "outgoing e-mail, sent through its own region or a secondary one",
    tagging: "carrier",
    names: ["endpointName"],
    atRest: { notOffered: "an endpoint stores no e-mail" },
    inTransit: { notOffered: "SES's endpoints accept HTTPS only" },
    retention: { notOffered: "an endpoint stores no e-mail" },
    destinations: [{ what: "sends e-mail through", region: "details.routesDetails.region" }],
});
