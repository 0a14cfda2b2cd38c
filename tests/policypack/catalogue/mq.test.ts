import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const BROKER = "aws:mq/broker:Broker";
const xml = (connectors = "") =>
    `<?xml version="1.0"?><broker xmlns="http://activemq.apache.org/schema/core"><networkConnectors>${connectors}</networkConnectors></broker>`;

const brokers = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:ec2/securityGroup:SecurityGroup",
            name: "mq-sg",
            props: { ingress: [{ protocol: "tcp", fromPort: 61617, toPort: 61617, cidrBlocks: ["10.0.0.0/16"] }] },
        },
        {
            type: "aws:mq/configuration:Configuration",
            name: "mq-settings",
            props: { name: "mq-settings", engineType: "ActiveMQ", engineVersion: "5.18", data: xml() },
        },
        {
            type: BROKER,
            name: "orders-mq",
            props: {
                brokerName: "orders-mq",
                engineType: "ActiveMQ",
                engineVersion: "5.18",
                hostInstanceType: "mq.m5.large",
                tags: PII_TAGS,
                encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: KEY_ARN },
                publiclyAccessible: false,
                securityGroups: ["sg-mq"],
                subnetIds: ["subnet-1"],
                configuration: { id: "c-123", revision: 1 },
                users: [{ username: "app", password: "secret" }],
            },
            propertyDependencies: { configuration: ["mq-settings"], securityGroups: ["mq-sg"], encryptionOptions: ["data-key"] },
        },
    ]);

describe("catalogue: Amazon MQ", () => {
    describeEntry(
        "mq brokers",
        brokers,
        [
            {
                title: "an AWS-owned key (AWS default)",
                change: props("orders-mq", (p) => {
                    delete p.encryptionOptions;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BROKER, "orders-mq"],
                message:
                    /messages: has no encryptionOptions.kmsKeyId, so messages is encrypted under an AWS-owned key \(useAwsOwnedKey defaults to true\)/,
            },
            {
                title: "the AWS-managed aws/mq key",
                change: props("orders-mq", (p) => {
                    p.encryptionOptions = { useAwsOwnedKey: false };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BROKER, "orders-mq"],
                message: /has no encryptionOptions.kmsKeyId/,
            },
            {
                title: "public broker",
                change: props("orders-mq", (p) => {
                    p.publiclyAccessible = true;
                    delete p.securityGroups;
                }),
                policy: datastoreAccessBlockPublic,
                at: [BROKER, "orders-mq"],
                message: /the broker is public: publiclyAccessible is true/,
            },
            {
                title: "private broker on the default security group",
                change: props("orders-mq", (p) => {
                    delete p.securityGroups;
                }),
                policy: datastoreAccessBlockPublic,
                at: [BROKER, "orders-mq"],
                message: /names no securityGroups, so the VPC's default security group applies/,
            },
            {
                title: "broker open to the internet",
                change: props("mq-sg", (p) => {
                    p.ingress[0].cidrBlocks = ["0.0.0.0/0"];
                }),
                policy: datastoreAccessBlockPublic,
                at: [BROKER, "orders-mq"],
                message: /security group mq-sg is open to the internet/,
            },
            {
                title: "network connector over plain TCP",
                change: props("mq-settings", (p) => {
                    p.data = xml(`<networkConnector name="fwd" uri="static:(tcp://b-abc-1.mq.eu-west-1.amazonaws.com:61616)"/>`);
                }),
                policy: datastoreTransitRequireTls,
                at: [BROKER, "orders-mq"],
                message: /forwards messages to b-abc-1.mq.eu-west-1.amazonaws.com over tcp:\/\/ .*without TLS/,
            },
            {
                title: "PII broker forwarding through a network connector",
                change: props("mq-settings", (p) => {
                    p.data = xml(`<networkConnector name="fwd" uri="static:(ssl://mq.partner.example:61617)"/>`);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [BROKER, "orders-mq"],
                message: /forwards personal data through a network connector to mq.partner.example/,
            },
            {
                title: "configuration unknown during preview",
                change: props("mq-settings", (p) => {
                    p.data = UNKNOWN;
                }),
                policy: datastoreTransitRequireTls,
                at: [BROKER, "orders-mq"],
                message: /configuration is not known during preview/,
            },
            {
                title: "cross-region replica outside the allowed regions",
                change: add({
                    type: BROKER,
                    name: "orders-mq-dr",
                    props: {
                        brokerName: "orders-mq-dr",
                        region: "us-east-1",
                        tags: PII_TAGS,
                        engineType: "ActiveMQ",
                        engineVersion: "5.18",
                        hostInstanceType: "mq.m5.large",
                        encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: KEY_ARN },
                        securityGroups: ["sg-mq"],
                        dataReplicationMode: "CRDR",
                        dataReplicationPrimaryBrokerArn: `arn:aws:mq:eu-west-1:${ACCOUNT}:broker:orders-mq:b-1`,
                    },
                    propertyDependencies: { dataReplicationPrimaryBrokerArn: ["orders-mq"], securityGroups: ["mq-sg"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [BROKER, "orders-mq-dr"],
                message:
                    /replicates the messages of arn:aws:mq:eu-west-1:111122223333:broker:orders-mq:b-1 to region "us-east-1", not on allowedRegions/,
            },
            {
                title: "unclassified",
                change: props("orders-mq", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [BROKER, "orders-mq"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "network connector over TLS on a confidential broker",
                change: (stack) => {
                    props("orders-mq", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                    props("mq-settings", (p) => {
                        p.data = xml(`<networkConnector name="fwd" uri="static:(ssl://b-abc-1.mq.eu-west-1.amazonaws.com:61617)"/>`);
                    })(stack);
                },
            },
            {
                title: "cross-region replica in an allowed region",
                config: { allowedRegions: ["us-east-1"] },
                change: add({
                    type: BROKER,
                    name: "orders-mq-dr",
                    props: {
                        brokerName: "orders-mq-dr",
                        region: "us-east-1",
                        tags: PII_TAGS,
                        engineType: "ActiveMQ",
                        engineVersion: "5.18",
                        hostInstanceType: "mq.m5.large",
                        encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: KEY_ARN },
                        securityGroups: ["sg-mq"],
                        dataReplicationMode: "CRDR",
                        dataReplicationPrimaryBrokerArn: `arn:aws:mq:eu-west-1:${ACCOUNT}:broker:orders-mq:b-1`,
                    },
                    propertyDependencies: { dataReplicationPrimaryBrokerArn: ["orders-mq"], securityGroups: ["mq-sg"] },
                }),
            },
        ],
    );
});
