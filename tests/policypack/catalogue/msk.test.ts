import { expect } from "chai";
import { kafkaRetention } from "../../../policypack/catalogue/entries/msk";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props, remove } from "../support/entries";

const CLUSTER = "aws:msk/cluster:Cluster";
const SERVERLESS = "aws:msk/serverlessCluster:ServerlessCluster";
const TOPIC = "aws:msk/topic:Topic";
const CLUSTER_ARN = `arn:aws:kafka:eu-west-1:${ACCOUNT}:cluster/events/abc-1`;
const SERVERLESS_ARN = `arn:aws:kafka:eu-west-1:${ACCOUNT}:cluster/events-serverless/abc-2`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/kafka`;
const clusterPolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: principal,
                Action: ["kafka:CreateVpcConnection", "kafka:DescribeCluster"],
                Resource: CLUSTER_ARN,
            },
        ],
    });

const kafka = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:msk/configuration:Configuration",
            name: "kafka-settings",
            props: { name: "kafka-settings", serverProperties: "auto.create.topics.enable=false\nlog.retention.hours=48\n" },
        },
        {
            type: "aws:ec2/securityGroup:SecurityGroup",
            name: "kafka-sg",
            props: { ingress: [{ protocol: "tcp", fromPort: 9098, toPort: 9098, cidrBlocks: ["10.0.0.0/16"] }] },
        },
        {
            type: CLUSTER,
            name: "events",
            props: {
                clusterName: "events",
                kafkaVersion: "3.6.0",
                numberOfBrokerNodes: 3,
                tags: PII_TAGS,
                brokerNodeGroupInfo: {
                    clientSubnets: ["subnet-1", "subnet-2", "subnet-3"],
                    instanceType: "kafka.m5.large",
                    securityGroups: ["sg-kafka"],
                },
                encryptionInfo: { encryptionAtRestKmsKeyArn: KEY_ARN },
                configurationInfo: { arn: `arn:aws:kafka:eu-west-1:${ACCOUNT}:configuration/kafka-settings/abc`, revision: 1 },
            },
            propertyDependencies: {
                configurationInfo: ["kafka-settings"],
                brokerNodeGroupInfo: ["kafka-sg"],
                encryptionInfo: ["data-key"],
            },
        },
        {
            type: "aws:msk/clusterPolicy:ClusterPolicy",
            name: "events-policy",
            props: { clusterArn: CLUSTER_ARN, policy: clusterPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
            propertyDependencies: { clusterArn: ["events"] },
        },
        {
            type: TOPIC,
            name: "orders-topic",
            props: { name: "orders", clusterArn: CLUSTER_ARN, partitionCount: 3, replicationFactor: 3 },
            propertyDependencies: { clusterArn: ["events"] },
        },
        {
            type: SERVERLESS,
            name: "events-serverless",
            props: {
                clusterName: "events-serverless",
                clientAuthentication: { sasl: { iam: { enabled: true } } },
                vpcConfigs: [{ subnetIds: ["subnet-1", "subnet-2"], securityGroupIds: ["sg-kafka"] }],
                tags: PII_TAGS,
            },
            propertyDependencies: { vpcConfigs: ["kafka-sg"] },
        },
        {
            type: TOPIC,
            name: "returns-topic",
            props: {
                name: "returns",
                clusterArn: SERVERLESS_ARN,
                partitionCount: 3,
                replicationFactor: 3,
                configs: JSON.stringify({ "retention.ms": "86400000" }),
            },
            propertyDependencies: { clusterArn: ["events-serverless"] },
        },
        {
            type: "aws:msk/vpcConnection:VpcConnection",
            name: "events-link",
            props: {
                authentication: "SASL_IAM",
                clientSubnets: ["subnet-9"],
                securityGroups: ["sg-kafka"],
                targetClusterArn: CLUSTER_ARN,
                vpcId: "vpc-2",
            },
            propertyDependencies: { targetClusterArn: ["events"], securityGroups: ["kafka-sg"] },
        },
        {
            type: "aws:msk/replicator:Replicator",
            name: "events-copy",
            props: {
                replicatorName: "events-copy",
                serviceExecutionRoleArn: ROLE,
                kafkaClusters: [
                    {
                        amazonMskCluster: { mskClusterArn: CLUSTER_ARN },
                        vpcConfig: { subnetIds: ["subnet-1"], securityGroupsIds: ["sg-kafka"] },
                    },
                    {
                        amazonMskCluster: { mskClusterArn: SERVERLESS_ARN },
                        vpcConfig: { subnetIds: ["subnet-2"], securityGroupsIds: ["sg-kafka"] },
                    },
                ],
                replicationInfoList: {
                    sourceKafkaClusterArn: CLUSTER_ARN,
                    targetKafkaClusterArn: SERVERLESS_ARN,
                    targetCompressionType: "NONE",
                    topicReplications: [{ topicsToReplicates: ["orders"] }],
                    consumerGroupReplications: [{ consumerGroupsToReplicates: [".*"] }],
                },
            },
            propertyDependencies: {
                replicationInfoList: ["events", "events-serverless"],
                kafkaClusters: ["events", "events-serverless", "kafka-sg"],
            },
        },
        {
            type: "aws:msk/channel:Channel",
            name: "orders-archive",
            props: {
                channelName: "orders-archive",
                clusterArn: CLUSTER_ARN,
                encryptionConfiguration: { kmsKeyArn: KEY_ARN },
                topicConfiguration: {
                    topicArn: `arn:aws:kafka:eu-west-1:${ACCOUNT}:topic/events/abc-1/orders`,
                    recordConverter: { valueConverter: "JSON" },
                },
                s3Destination: {
                    serviceExecutionRoleArn: ROLE,
                    storage: {
                        bucketArn: "arn:aws:s3:::labels-abc",
                        compressionType: "GZIP",
                        storageClass: "STANDARD",
                        expectedBucketOwner: ACCOUNT,
                    },
                    deadLetterQueueS3: { bucketArn: "arn:aws:s3:::labels-abc" },
                },
            },
            propertyDependencies: { clusterArn: ["events"], s3Destination: ["labels"], encryptionConfiguration: ["data-key"] },
        },
    ]);

describe("catalogue: MSK", () => {
    it("reads Kafka's retention precedence from server.properties", () => {
        expect(kafkaRetention("log.retention.hours=100\nlog.retention.ms=3600000")).to.deep.equal({
            hours: 1,
            from: "log.retention.ms=3600000",
        });
        expect(kafkaRetention("log.retention.minutes=120\nlog.retention.hours=100")).to.deep.equal({
            hours: 2,
            from: "log.retention.minutes=120",
        });
        expect(kafkaRetention("# log.retention.hours=1\nauto.create.topics.enable=true")).to.deep.include({ hours: 168 });
        expect(kafkaRetention("log.retention.ms=-1")).to.deep.include({ forever: true });
        expect(kafkaRetention("log.retention.hours=two")).to.have.property("invalid");
    });

    describeEntry(
        "msk clusters, policies, topics, connections, replicators, channels",
        kafka,
        [
            {
                title: "unauthenticated clients allowed",
                change: props("events", (p) => {
                    p.clientAuthentication = { unauthenticated: true, sasl: { iam: true } };
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "events"],
                message: /the cluster is public: clientAuthentication.unauthenticated is true/,
            },
            {
                title: "cluster under the AWS-managed key",
                change: props("events", (p) => {
                    delete p.encryptionInfo;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "events"],
                message:
                    /broker storage: has no encryptionInfo.encryptionAtRestKmsKeyArn, so broker storage is encrypted under the AWS-managed aws\/kafka key/,
            },
            {
                title: "plaintext client connections allowed",
                change: props("events", (p) => {
                    p.encryptionInfo.encryptionInTransit = { clientBroker: "TLS_PLAINTEXT" };
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "events"],
                message: /client connections does not require TLS: encryptionInfo.encryptionInTransit.clientBroker is "TLS_PLAINTEXT"/,
            },
            {
                title: "unencrypted traffic between brokers",
                change: props("events", (p) => {
                    p.encryptionInfo.encryptionInTransit = { inCluster: false };
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "events"],
                message: /traffic between brokers does not require TLS: encryptionInfo.encryptionInTransit.inCluster is false/,
            },
            {
                title: "public brokers",
                change: props("events", (p) => {
                    p.brokerNodeGroupInfo.connectivityInfo = { publicAccess: { type: "SERVICE_PROVIDED_EIPS" } };
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "events"],
                message: /the cluster is public: brokerNodeGroupInfo.connectivityInfo.publicAccess.type is "SERVICE_PROVIDED_EIPS"/,
            },
            {
                title: "brokers open to the internet",
                change: props("kafka-sg", (p) => {
                    p.ingress[0].cidrBlocks = ["0.0.0.0/0"];
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "events"],
                message: /the brokers: its security group kafka-sg is open to the internet/,
            },
            {
                title: "no MSK configuration (Kafka keeps 7 days)",
                change: (stack) => {
                    const c = stack.find((s) => s.name === "events")!;
                    delete c.props.configurationInfo;
                    delete c.propertyDependencies!.configurationInfo;
                },
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "events"],
                message: /keeps records 7 days \(Kafka's default log.retention.hours; configurationInfo names no MSK configuration\)/,
            },
            {
                title: "configuration keeps records 7 days",
                change: props("kafka-settings", (p) => {
                    p.serverProperties = "log.retention.hours=168";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "events"],
                message: /keeps records 7 days \(log.retention.hours=168 in configuration kafka-settings\)/,
            },
            {
                title: "configuration without a retention",
                change: props("kafka-settings", (p) => {
                    p.serverProperties = "auto.create.topics.enable=false";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "events"],
                message: /keeps records 7 days \(Kafka's default/,
            },
            {
                title: "configuration keeps records forever",
                change: props("kafka-settings", (p) => {
                    p.serverProperties = "log.retention.ms=-1";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "events"],
                message: /keeps records forever \(log.retention.ms=-1/,
            },
            {
                title: "configuration outside the stack",
                change: (stack) => {
                    remove("kafka-settings")(stack);
                    delete stack.find((s) => s.name === "events")!.propertyDependencies!.configurationInfo;
                },
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "events"],
                message: /not an MSK configuration of this stack, so its log.retention cannot be verified/,
            },
            {
                title: "serverProperties unknown during preview",
                change: props("kafka-settings", (p) => {
                    p.serverProperties = UNKNOWN;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "events"],
                message: /serverProperties of configuration kafka-settings are not known during preview/,
            },
            {
                title: "cluster unclassified",
                change: props("events", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "events"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "cluster policy open to everyone",
                change: props("events-policy", (p) => {
                    p.policy = clusterPolicy({ AWS: "*" });
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "events"],
                message: /its cluster policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "cluster policy letting in another account",
                change: props("events-policy", (p) => {
                    p.policy = clusterPolicy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "events"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "topic keeping records 7 days",
                change: props("orders-topic", (p) => {
                    p.configs = JSON.stringify({ "retention.ms": "604800000" });
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TOPIC, "orders-topic"],
                message: /keeps records 7 days \(configs retention.ms is 604800000\)/,
            },
            {
                title: "topic keeping records forever",
                change: props("orders-topic", (p) => {
                    p.configs = JSON.stringify({ "retention.ms": "-1" });
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TOPIC, "orders-topic"],
                message: /keeps records forever/,
            },
            {
                title: "serverless topic without retention.ms (7 days)",
                change: props("returns-topic", (p) => {
                    delete p.configs;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TOPIC, "returns-topic"],
                message: /keeps records 7 days \(no retention.ms in configs/,
            },
            {
                title: "serverless cluster with no declared topic",
                change: remove("returns-topic"),
                policy: datastoreRetentionLimitCopies,
                at: [SERVERLESS, "events-serverless"],
                message: /MSK Serverless keeps the records of a topic 7 days unless the topic sets retention.ms/,
            },
            {
                title: "serverless cluster on the default security group",
                change: props("events-serverless", (p) => {
                    delete p.vpcConfigs[0].securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVERLESS, "events-serverless"],
                message: /names no vpcConfigs.securityGroupIds, so the VPC's default security group applies/,
            },
            {
                title: "VPC connection to another account's cluster",
                change: (stack) => {
                    const c = stack.find((s) => s.name === "events-link")!;
                    c.props.targetClusterArn = `arn:aws:kafka:eu-west-1:${OUTSIDE_ACCOUNT}:cluster/theirs/x`;
                    c.propertyDependencies = { securityGroups: ["kafka-sg"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:msk/vpcConnection:VpcConnection", "events-link"],
                message:
                    /connects this VPC's clients to the cluster arn:aws:kafka:eu-west-1:999988887777:cluster\/theirs\/x, in account 999988887777/,
            },
            {
                title: "replication to another account's cluster",
                change: (stack) => {
                    const r = stack.find((s) => s.name === "events-copy")!;
                    r.props.replicationInfoList.targetKafkaClusterArn = `arn:aws:kafka:eu-west-1:${OUTSIDE_ACCOUNT}:cluster/theirs/x`;
                    r.propertyDependencies!.replicationInfoList = ["events"];
                },
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:msk/replicator:Replicator", "events-copy"],
                message: /replicates topics to arn:aws:kafka:eu-west-1:999988887777:cluster\/theirs\/x, in account 999988887777/,
            },
            {
                title: "replication to a self-managed Kafka cluster",
                change: props("events-copy", (p) => {
                    p.kafkaClusters[1] = {
                        apacheKafkaCluster: { apacheKafkaClusterId: "onprem", bootstrapBrokerString: "kafka.example.com:9094" },
                    };
                    delete p.replicationInfoList.targetKafkaClusterArn;
                    p.replicationInfoList.targetKafkaClusterId = "onprem";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:msk/replicator:Replicator", "events-copy"],
                message: /replicates topics to the self-managed Kafka cluster at "kafka.example.com:9094", outside AWS/,
            },
            {
                title: "replicator on the default security group",
                change: props("events-copy", (p) => {
                    for (const c of p.kafkaClusters) delete c.vpcConfig.securityGroupsIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:msk/replicator:Replicator", "events-copy"],
                message: /names no kafkaClusters.vpcConfig.securityGroupsIds/,
            },
            {
                title: "channel buffer under an AWS key",
                change: props("orders-archive", (p) => {
                    delete p.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:msk/channel:Channel", "orders-archive"],
                message: /has no encryptionConfiguration.kmsKeyArn/,
            },
            {
                title: "channel writing into another account's bucket",
                change: props("orders-archive", (p) => {
                    p.s3Destination.storage.expectedBucketOwner = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:msk/channel:Channel", "orders-archive"],
                message: /writes records to a bucket of account 999988887777, outside this stack/,
            },
            {
                title: "channel into the confidential log bucket",
                change: (stack) => {
                    const c = stack.find((s) => s.name === "orders-archive")!;
                    c.props.s3Destination.storage.bucketArn = "arn:aws:s3:::logs-abc";
                    c.propertyDependencies!.s3Destination = ["logs", "labels"];
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data as a copy of orders-archive/,
            },
        ],
        [
            {
                title: "configuration named by ARN only (no dependency)",
                change: (stack) => {
                    delete stack.find((s) => s.name === "events")!.propertyDependencies!.configurationInfo;
                },
            },
            {
                title: "topic on the provisioned cluster without retention.ms (the cluster's 48 hours)",
                change: props("orders-topic", (p) => {
                    delete p.configs;
                }),
            },
        ],
    );
});
