import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const CONNECTOR = "aws:mskconnect/connector:Connector";

const connect = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:ec2/securityGroup:SecurityGroup", name: "connect-sg", props: { ingress: [] } },
        {
            type: "aws:msk/cluster:Cluster",
            name: "events",
            props: {
                clusterName: "events",
                kafkaVersion: "3.6.0",
                numberOfBrokerNodes: 3,
                tags: { ...PII_TAGS, "retention-days": "3" },
                brokerNodeGroupInfo: { clientSubnets: ["subnet-1"], instanceType: "kafka.m5.large", securityGroups: ["sg-kafka"] },
                encryptionInfo: { encryptionAtRestKmsKeyArn: KEY_ARN },
                configurationInfo: { arn: `arn:aws:kafka:eu-west-1:${ACCOUNT}:configuration/kafka-settings/abc`, revision: 1 },
            },
            propertyDependencies: { configurationInfo: ["kafka-settings"], brokerNodeGroupInfo: ["connect-sg"] },
        },
        {
            type: "aws:msk/configuration:Configuration",
            name: "kafka-settings",
            props: { name: "kafka-settings", serverProperties: "log.retention.hours=24" },
        },
        {
            type: CONNECTOR,
            name: "orders-sink",
            props: {
                name: "orders-sink",
                kafkaconnectVersion: "2.7.1",
                serviceExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/connect`,
                capacity: { provisionedCapacity: { mcuCount: 1, workerCount: 1 } },
                plugins: [{ customPlugin: { arn: "arn:aws:kafkaconnect:eu-west-1:111122223333:custom-plugin/s3/1", revision: 1 } }],
                connectorConfiguration: {
                    "connector.class": "io.confluent.connect.s3.S3SinkConnector",
                    "s3.bucket.name": "labels-abc",
                    topics: "orders",
                    "store.url": "https://s3.eu-west-1.amazonaws.com",
                },
                kafkaCluster: {
                    apacheKafkaCluster: {
                        bootstrapServers: "b-1.events.abc.kafka.eu-west-1.amazonaws.com:9098",
                        vpc: { securityGroups: ["sg-connect"], subnets: ["subnet-1"] },
                    },
                },
                kafkaClusterClientAuthentication: { authenticationType: "IAM" },
                kafkaClusterEncryptionInTransit: { encryptionType: "TLS" },
            },
            propertyDependencies: { kafkaCluster: ["events", "connect-sg"] },
        },
    ]);

describe("catalogue: MSK Connect", () => {
    describeEntry(
        "mskconnect connectors",
        connect,
        [
            {
                title: "plaintext to the cluster (AWS default)",
                change: props("orders-sink", (p) => {
                    delete p.kafkaClusterEncryptionInTransit.encryptionType;
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTOR, "orders-sink"],
                message:
                    /connections to the Kafka cluster does not require TLS: kafkaClusterEncryptionInTransit.encryptionType is not set \(PLAINTEXT\)/,
            },
            {
                title: "workers open to the internet",
                change: props("connect-sg", (p) => {
                    p.ingress = [{ protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }];
                }),
                policy: datastoreAccessBlockPublic,
                at: [CONNECTOR, "orders-sink"],
                message: /the connector's workers: its security group connect-sg is open to the internet/,
            },
            {
                title: "PII connector to a database outside AWS",
                change: props("orders-sink", (p) => {
                    p.connectorConfiguration["connection.url"] = "jdbc:postgresql://db.partner.example:5432/orders";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTOR, "orders-sink"],
                message: /sends personal data to db.partner.example \(connectorConfiguration connection.url\), outside AWS/,
            },
            {
                title: "PII connector configuration unknown during preview",
                change: props("orders-sink", (p) => {
                    p.connectorConfiguration = UNKNOWN;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTOR, "orders-sink"],
                message: /connectorConfiguration is not known during preview/,
            },
        ],
        [
            {
                title: "an HTTP sink outside AWS on a connector of confidential data",
                change: (stack) => {
                    props("events", (p) => {
                        p.tags = { "data-classification": "confidential", "retention-days": "1", owner: "x" };
                    })(stack);
                    props("orders-sink", (p) => {
                        p.connectorConfiguration["http.api.url"] = "https://hooks.example.com/in";
                    })(stack);
                },
            },
        ],
    );
});
