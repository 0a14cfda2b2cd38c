import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const SET = "aws:sesv2/configurationSet:ConfigurationSet";
const EVENTS = "aws:sesv2/configurationSetEventDestination:ConfigurationSetEventDestination";
const TOPIC_ARN = `arn:aws:sns:eu-west-1:${ACCOUNT}:mail-events`;

const sesv2 = (): ResourceSpec[] =>
    fixtureWith(
        [
            { type: "aws:sns/topic:Topic", name: "mail-events", props: { name: "mail-events", kmsMasterKeyId: KEY_ARN, tags: PII_TAGS } },
            {
                type: SET,
                name: "outbound",
                props: { configurationSetName: "outbound", deliveryOptions: { tlsPolicy: "REQUIRE" }, tags: PII_TAGS },
            },
            {
                type: EVENTS,
                name: "outbound-events",
                props: {
                    configurationSetName: "outbound",
                    eventDestinationName: "to-sns",
                    eventDestination: { enabled: true, matchingEventTypes: ["BOUNCE"], snsDestination: { topicArn: TOPIC_ARN } },
                },
                propertyDependencies: { configurationSetName: ["outbound"], eventDestination: ["mail-events"] },
            },
            { type: "aws:sesv2/contactList:ContactList", name: "newsletter", props: { contactListName: "newsletter", tags: PII_TAGS } },
            {
                type: "aws:sesv2/accountSuppressionAttributes:AccountSuppressionAttributes",
                name: "suppression",
                props: { suppressedReasons: ["BOUNCE", "COMPLAINT"] },
            },
        ],
        ["AWS::SNS::Topic"],
    );

describe("catalogue: SES v2", () => {
    describeEntry(
        "sesv2 configuration sets, event destinations, contact lists, suppression, multi-region endpoints",
        sesv2,
        [
            {
                title: "delivery without TLS (AWS default OPTIONAL)",
                change: props("outbound", (p) => {
                    delete p.deliveryOptions;
                }),
                policy: datastoreTransitRequireTls,
                at: [SET, "outbound"],
                message: /delivering e-mail does not require TLS: deliveryOptions.tlsPolicy is not set \(OPTIONAL/,
            },
            {
                title: "e-mail events into the confidential incident topic",
                change: (stack) => {
                    const e = stack.find((s) => s.name === "outbound-events")!;
                    e.props.eventDestination.snsDestination.topicArn = `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`;
                    e.propertyDependencies = { configurationSetName: ["outbound"], eventDestination: ["incidents"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sns/topic:Topic", "incidents"],
                message: /is classified confidential but holds pii data as a copy of outbound-events/,
            },
            {
                title: "events of an untagged set go to a topic outside the stack",
                change: (stack) => {
                    props("outbound", (p) => {
                        delete p.tags;
                    })(stack);
                    const e = stack.find((s) => s.name === "outbound-events")!;
                    delete e.props.eventDestination.snsDestination;
                    e.props.eventDestination.kinesisFirehoseDestination = {
                        deliveryStreamArn: "arn:aws:firehose:eu-west-1:999988887777:deliverystream/elsewhere",
                        iamRoleArn: "r",
                    };
                    e.propertyDependencies = { configurationSetName: ["outbound"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [EVENTS, "outbound-events"],
                message:
                    /publishes e-mail events to arn:aws:firehose:eu-west-1:999988887777:deliverystream\/elsewhere, in account 999988887777/,
            },
            {
                title: "PII events as CloudWatch metric dimensions",
                change: props("outbound-events", (p) => {
                    p.eventDestination.cloudWatchDestination = {
                        dimensionConfigurations: [
                            { defaultDimensionValue: "none", dimensionName: "recipient", dimensionValueSource: "MESSAGE_TAG" },
                        ],
                    };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [EVENTS, "outbound-events"],
                message: /AWS keeps metric dimensions drawn from message tags, headers or links .* for 455 days/,
            },
            {
                title: "contact list unclassified",
                change: props("newsletter", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:sesv2/contactList:ContactList", "newsletter"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "sending through a secondary region outside the allow-list",
                change: add({
                    type: "aws:sesv2/multiRegionEndpoint:MultiRegionEndpoint",
                    name: "global-mail",
                    props: { endpointName: "global-mail", details: { routesDetails: { region: "us-east-1" } } },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:sesv2/multiRegionEndpoint:MultiRegionEndpoint", "global-mail"],
                message: /sends e-mail through region us-east-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "secondary region allowed",
                config: { allowedRegions: ["us-east-1"] },
                change: add({
                    type: "aws:sesv2/multiRegionEndpoint:MultiRegionEndpoint",
                    name: "global-mail",
                    props: { endpointName: "global-mail", details: { routesDetails: { region: "us-east-1" } } },
                }),
            },
            {
                title: "CloudWatch dimensions of a confidential set",
                change: (stack) => {
                    props("outbound", (p) => {
                        p.tags = { "data-classification": "confidential", "retention-days": "30", owner: "mail" };
                    })(stack);
                    props("outbound-events", (p) => {
                        p.eventDestination.cloudWatchDestination = {
                            dimensionConfigurations: [
                                { defaultDimensionValue: "none", dimensionName: "campaign", dimensionValueSource: "MESSAGE_TAG" },
                            ],
                        };
                        delete p.eventDestination.snsDestination;
                    })(stack);
                    stack.find((s) => s.name === "outbound-events")!.propertyDependencies = { configurationSetName: ["outbound"] };
                },
            },
        ],
    );
});
