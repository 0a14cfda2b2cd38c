import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const ENDPOINT = "aws:dms/endpoint:Endpoint";
const S3_ENDPOINT = "aws:dms/s3Endpoint:S3Endpoint";
const INSTANCE = "aws:dms/replicationInstance:ReplicationInstance";
const TASK = "aws:dms/replicationTask:ReplicationTask";
const CONFIG = "aws:dms/replicationConfig:ReplicationConfig";
const PROVIDER = "aws:dms/dataProvider:DataProvider";
const PROFILE = "aws:dms/instanceProfile:InstanceProfile";
const ARN = (id: string) => `arn:aws:dms:eu-west-1:111122223333:endpoint:${id}`;

const dms = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ENDPOINT,
            name: "orders-source",
            props: {
                endpointId: "orders-source",
                endpointType: "source",
                engineName: "postgres",
                serverName: "orders.abc.eu-west-1.rds.amazonaws.com",
                port: 5432,
                databaseName: "orders",
                sslMode: "verify-full",
                tags: PII_TAGS,
            },
        },
        {
            type: S3_ENDPOINT,
            name: "orders-export",
            props: {
                endpointId: "orders-export",
                endpointType: "target",
                bucketName: "labels-abc",
                serviceAccessRoleArn: "arn:aws:iam::111122223333:role/dms",
                encryptionMode: "SSE_KMS",
                serverSideEncryptionKmsKeyId: KEY_ARN,
                sslMode: "require",
                cannedAclForObjects: "none",
            },
            propertyDependencies: { bucketName: ["labels"] },
        },
        {
            type: INSTANCE,
            name: "migration",
            props: {
                replicationInstanceId: "migration",
                replicationInstanceClass: "dms.t3.micro",
                publiclyAccessible: false,
                vpcSecurityGroupIds: ["sg-1"],
                kmsKeyArn: KEY_ARN,
            },
        },
        {
            type: TASK,
            name: "orders-to-s3",
            props: {
                replicationTaskId: "orders-to-s3",
                migrationType: "full-load",
                replicationInstanceArn: "arn:aws:dms:eu-west-1:111122223333:rep:migration",
                sourceEndpointArn: ARN("src"),
                targetEndpointArn: ARN("s3"),
                tableMappings: "{}",
            },
            propertyDependencies: {
                sourceEndpointArn: ["orders-source"],
                targetEndpointArn: ["orders-export"],
                replicationInstanceArn: ["migration"],
            },
        },
        {
            type: CONFIG,
            name: "orders-serverless",
            props: {
                replicationConfigIdentifier: "orders-serverless",
                replicationType: "cdc",
                sourceEndpointArn: ARN("src"),
                targetEndpointArn: ARN("s3"),
                tableMappings: "{}",
                computeConfig: { replicationSubnetGroupId: "dms-subnets", kmsKeyId: KEY_ARN, vpcSecurityGroupIds: ["sg-1"] },
            },
            propertyDependencies: { sourceEndpointArn: ["orders-source"], targetEndpointArn: ["orders-export"] },
        },
        {
            type: PROVIDER,
            name: "orders-provider",
            props: {
                name: "orders-provider",
                engine: "postgres",
                settings: {
                    postgresqlSettings: {
                        serverName: "orders.abc.eu-west-1.rds.amazonaws.com",
                        port: 5432,
                        databaseName: "orders",
                        sslMode: "verify-full",
                    },
                },
            },
        },
        {
            type: PROFILE,
            name: "migration-profile",
            props: { name: "migration-profile", publiclyAccessible: false, vpcSecurityGroupIds: ["sg-1"] },
        },
    ]);

const outsideTarget = (props: object): ResourceSpec[] => [
    { type: ENDPOINT, name: "partner-target", props: { endpointId: "partner-target", endpointType: "target", ...props } },
    {
        type: TASK,
        name: "orders-to-partner",
        props: {
            replicationTaskId: "orders-to-partner",
            migrationType: "full-load",
            replicationInstanceArn: "x",
            sourceEndpointArn: ARN("src"),
            targetEndpointArn: ARN("partner"),
            tableMappings: "{}",
        },
        propertyDependencies: { sourceEndpointArn: ["orders-source"], targetEndpointArn: ["partner-target"] },
    },
];

describe("catalogue: DMS", () => {
    describeEntry("aws:dms/endpoint:Endpoint", dms, [
        {
            title: "no TLS (sslMode not set: none)",
            change: props("orders-source", (p) => {
                delete p.sslMode;
            }),
            policy: datastoreTransitRequireTls,
            at: [ENDPOINT, "orders-source"],
            message: /the database connection does not require TLS: sslMode is not set \(none: plaintext\)/,
        },
        {
            title: "sslMode none",
            change: props("orders-source", (p) => {
                p.sslMode = "none";
            }),
            policy: datastoreTransitRequireTls,
            at: [ENDPOINT, "orders-source"],
            message: /sslMode is "none"/,
        },
        {
            title: "a Kafka target without TLS",
            change: add(
                ...outsideTarget({
                    engineName: "kafka",
                    kafkaSettings: { broker: "b-1.kafka.eu-west-1.amazonaws.com:9092", topic: "orders" },
                }),
            ),
            policy: datastoreTransitRequireTls,
            at: [ENDPOINT, "partner-target"],
            message: /the Kafka connection does not require TLS: kafkaSettings.securityProtocol is not set \(plaintext\)/,
        },
        {
            title: "personal data copied to a server outside AWS",
            change: add(...outsideTarget({ engineName: "mysql", serverName: "db.partner.example.com", sslMode: "verify-full" })),
            policy: datastoreSharingRestrictDestinations,
            at: [ENDPOINT, "partner-target"],
            message:
                /writes personal data \(a copy of orders-to-partner \(pii\)\) to serverName "db.partner.example.com", which is not an AWS endpoint/,
        },
        {
            title: "personal data copied to an outside Kafka broker",
            change: add(
                ...outsideTarget({
                    engineName: "kafka",
                    kafkaSettings: { broker: "kafka.partner.example.com:9093", securityProtocol: "ssl-encryption" },
                }),
            ),
            policy: datastoreSharingRestrictDestinations,
            at: [ENDPOINT, "partner-target"],
            message: /to kafkaSettings.broker "kafka.partner.example.com:9093", which is not an AWS endpoint/,
        },
        {
            title: "a Redshift target staging files under SSE-S3",
            change: add(
                ...outsideTarget({ engineName: "redshift", serverName: "wh.abc.eu-west-1.redshift.amazonaws.com", sslMode: "require" }),
            ),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ENDPOINT, "partner-target"],
            message: /intermediate files of a Redshift target is not encrypted: redshiftSettings.encryptionMode is not set \(SSE_S3/,
        },
    ]);

    describeEntry("aws:dms/s3Endpoint:S3Endpoint", dms, [
        {
            title: "files under SSE-S3 (AWS default)",
            change: props("orders-export", (p) => {
                delete p.encryptionMode;
                delete p.serverSideEncryptionKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [S3_ENDPOINT, "orders-export"],
            message: /encryptionMode is not set \(SSE_S3: an S3-owned key/,
        },
        {
            title: "SSE-KMS under the AWS-managed key",
            change: props("orders-export", (p) => {
                delete p.serverSideEncryptionKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [S3_ENDPOINT, "orders-export"],
            message: /has no serverSideEncryptionKmsKeyId/,
        },
        {
            title: "no TLS (AWS default none)",
            change: props("orders-export", (p) => {
                delete p.sslMode;
            }),
            policy: datastoreTransitRequireTls,
            at: [S3_ENDPOINT, "orders-export"],
            message: /the connection to S3 does not require TLS: sslMode is not set/,
        },
        {
            title: "public-read objects",
            change: props("orders-export", (p) => {
                p.cannedAclForObjects = "public-read";
            }),
            policy: datastoreAccessBlockPublic,
            at: [S3_ENDPOINT, "orders-export"],
            message: /has the public canned ACL "public-read"/,
        },
        {
            title: "a bucket of another account",
            change: props("orders-export", (p) => {
                p.expectedBucketOwner = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [S3_ENDPOINT, "orders-export"],
            message: /writes to a bucket owned by account 999988887777, outside this stack/,
        },
        {
            title: "personal data to a bucket outside the stack",
            change: (stack) => {
                props("orders-export", (p) => {
                    p.bucketName = "partner-bucket";
                })(stack);
                stack.find((s) => s.name === "orders-export")!.propertyDependencies = {};
            },
            policy: datastoreSharingRestrictDestinations,
            at: [S3_ENDPOINT, "orders-export"],
            message: /reads rows from or writes them to partner-bucket, which is not a resource of this stack/,
        },
        {
            title: "personal data into a confidential bucket",
            change: (stack) => {
                props("orders-export", (p) => {
                    p.bucketName = "logs-abc";
                })(stack);
                stack.find((s) => s.name === "orders-export")!.propertyDependencies = { bucketName: ["logs"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /is classified confidential but holds pii data/,
        },
    ]);

    describeEntry("aws:dms/replicationInstance:ReplicationInstance", dms, [
        {
            title: "public by default",
            change: props("migration", (p) => {
                delete p.publiclyAccessible;
            }),
            policy: datastoreAccessBlockPublic,
            at: [INSTANCE, "migration"],
            message: /the replication instance is public: publiclyAccessible is not set \(AWS's default: a public IP address\)/,
        },
        {
            title: "the VPC's default security group",
            change: props("migration", (p) => {
                delete p.vpcSecurityGroupIds;
            }),
            policy: datastoreAccessBlockPublic,
            at: [INSTANCE, "migration"],
            message: /names no vpcSecurityGroupIds/,
        },
        {
            title: "storage under the AWS-managed key",
            change: props("migration", (p) => {
                delete p.kmsKeyArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INSTANCE, "migration"],
            message: /the instance's storage: has no kmsKeyArn, so .* aws\/dms key/,
        },
    ]);

    describeEntry("aws:dms/replicationTask:ReplicationTask", dms, [
        {
            title: "a target endpoint outside the stack",
            change: (stack) => {
                props("orders-to-s3", (p) => {
                    p.targetEndpointArn = `arn:aws:dms:eu-west-1:${OUTSIDE_ACCOUNT}:endpoint:x`;
                })(stack);
                stack.find((s) => s.name === "orders-to-s3")!.propertyDependencies = { sourceEndpointArn: ["orders-source"] };
            },
            policy: datastoreSharingRestrictDestinations,
            at: [TASK, "orders-to-s3"],
            message: /copies tables to arn:aws:dms:eu-west-1:999988887777:endpoint:x, in account 999988887777, outside this stack/,
        },
    ]);

    describeEntry("aws:dms/replicationConfig:ReplicationConfig", dms, [
        {
            title: "data under the AWS-managed key",
            change: props("orders-serverless", (p) => {
                delete p.computeConfig.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CONFIG, "orders-serverless"],
            message: /data during replication: has no computeConfig.kmsKeyId/,
        },
        {
            title: "the VPC's default security group",
            change: props("orders-serverless", (p) => {
                delete p.computeConfig.vpcSecurityGroupIds;
            }),
            policy: datastoreAccessBlockPublic,
            at: [CONFIG, "orders-serverless"],
            message: /names no computeConfig.vpcSecurityGroupIds/,
        },
    ]);

    describeEntry(
        "aws:dms/dataProvider:DataProvider",
        dms,
        [
            {
                title: "no TLS (sslMode defaults to none)",
                change: props("orders-provider", (p) => {
                    delete p.settings.postgresqlSettings.sslMode;
                }),
                policy: datastoreTransitRequireTls,
                at: [PROVIDER, "orders-provider"],
                message: /settings.postgresqlSettings.sslMode is not set \(none: plaintext\)/,
            },
        ],
        [
            {
                title: "a virtual data provider",
                change: props("orders-provider", (p) => {
                    p.virtual = true;
                    delete p.settings.postgresqlSettings.sslMode;
                }),
            },
        ],
    );

    describeEntry("aws:dms/instanceProfile:InstanceProfile", dms, [
        {
            title: "public by default",
            change: props("migration-profile", (p) => {
                delete p.publiclyAccessible;
            }),
            policy: datastoreAccessBlockPublic,
            at: [PROFILE, "migration-profile"],
            message: /the migration compute is public: publiclyAccessible is not set/,
        },
    ]);
});
