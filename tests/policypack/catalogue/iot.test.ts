import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const RULE = "aws:iot/topicRule:TopicRule";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/iot`;

const iot = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: "aws:sqs/queue:Queue",
                name: "locker-events",
                props: { name: "locker-events", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: PII_TAGS },
            },
            {
                type: RULE,
                name: "lockers",
                props: {
                    name: "lockers",
                    enabled: true,
                    sql: "SELECT * FROM 'lockers/+/events'",
                    sqlVersion: "2016-03-23",
                    tags: PII_TAGS,
                    sqs: [{ queueUrl: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/locker-events`, roleArn: ROLE, useBase64: false }],
                    s3: [{ bucketName: "labels-abc", key: "lockers/${topic()}", roleArn: ROLE, cannedAcl: "private" }],
                },
                propertyDependencies: { sqs: ["locker-events"], s3: ["labels"] },
            },
            {
                type: "aws:iot/domainConfiguration:DomainConfiguration",
                name: "devices",
                props: { name: "devices", serviceType: "DATA", tlsConfig: { securityPolicy: "IoTSecurityPolicy_TLS13_1_2_2022_10" } },
            },
        ],
        ["AWS::SQS::Queue"],
    );

describe("catalogue: IoT Core", () => {
    describeEntry(
        "iot topic rules and domain configurations",
        iot,
        [
            {
                title: "objects written with a public ACL",
                change: props("lockers", (p) => {
                    p.s3[0].cannedAcl = "public-read";
                }),
                policy: datastoreAccessBlockPublic,
                at: [RULE, "lockers"],
                message: /objects it writes has the public canned ACL "public-read"/,
            },
            {
                title: "messages to an HTTP endpoint outside AWS",
                change: props("lockers", (p) => {
                    p.https = [{ url: "https://ingest.example.com/lockers" }];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [RULE, "lockers"],
                message: /sends device messages to "https:\/\/ingest.example.com\/lockers", outside AWS/,
            },
            {
                title: "failed messages to an HTTP endpoint outside AWS",
                change: props("lockers", (p) => {
                    p.errorAction = { http: { url: "https://errors.example.com" } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [RULE, "lockers"],
                message: /sends device messages \(on error\) to "https:\/\/errors.example.com"/,
            },
            {
                title: "messages to Kafka brokers",
                change: props("lockers", (p) => {
                    p.kafkas = [
                        {
                            destinationArn: "arn:aws:iot:eu-west-1:111122223333:ruledestination/vpc/abc",
                            topic: "lockers",
                            clientProperties: { "bootstrap.servers": "b-1.kafka.example.com:9092", acks: "1" },
                        },
                    ];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [RULE, "lockers"],
                message: /to the Kafka brokers b-1.kafka.example.com:9092, which cannot be verified/,
            },
            {
                title: "messages into the confidential queue",
                change: (stack) => {
                    const r = stack.find((s) => s.name === "lockers")!;
                    r.props.sqs[0].queueUrl = `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-jobs`;
                    r.propertyDependencies = { sqs: ["label-jobs"], s3: ["labels"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:sqs/queue:Queue", "label-jobs"],
                message: /is classified confidential but holds pii data as a copy of lockers/,
            },
            {
                title: "messages to another account's topic",
                change: props("lockers", (p) => {
                    p.sns = [{ targetArn: `arn:aws:sns:eu-west-1:${OUTSIDE_ACCOUNT}:theirs`, roleArn: ROLE }];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [RULE, "lockers"],
                message: /publishes device messages to arn:aws:sns:eu-west-1:999988887777:theirs, in account 999988887777/,
            },
            {
                title: "device endpoint with a TLS 1.0 policy",
                change: props("devices", (p) => {
                    p.tlsConfig.securityPolicy = "IoTSecurityPolicy_TLS12_1_0_2016_01";
                }),
                policy: datastoreTransitRequireTls,
                at: ["aws:iot/domainConfiguration:DomainConfiguration", "devices"],
                message: /tlsConfig.securityPolicy is "IoTSecurityPolicy_TLS12_1_0_2016_01"/,
            },
        ],
        [
            {
                title: "an untagged rule into PII stores",
                change: props("lockers", (p) => {
                    delete p.tags;
                }),
            },
            {
                title: "device endpoint with the default security policy (TLS 1.2 and later)",
                change: props("devices", (p) => {
                    delete p.tlsConfig;
                }),
            },
        ],
    );
});
