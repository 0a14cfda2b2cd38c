import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const BUCKET = "aws:s3/bucket:Bucket";
const ACCESS_POINT = "aws:s3/accessPoint:AccessPoint";
const ACCOUNT_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
const ANALYTICS = "aws:s3/analyticsConfiguration:AnalyticsConfiguration";
const INVENTORY = "aws:s3/inventory:Inventory";
const METADATA = "aws:s3/bucketMetadataConfiguration:BucketMetadataConfiguration";
const NOTIFICATION = "aws:s3/bucketNotification:BucketNotification";
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const WEBSITE = "aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration";
const DIRECTORY = "aws:s3/directoryBucket:DirectoryBucket";
const FILES = "aws:s3/filesFileSystem:FilesFileSystem";
const VECTORS = "aws:s3/vectorsVectorBucket:VectorsVectorBucket";
const VECTOR_INDEX = "aws:s3/vectorsIndex:VectorsIndex";
const DIRECTORY_NAME = "fast--euw1-az1--x-s3";
const LOGS_ARN = "arn:aws:s3:::logs-abc";
const CONFIDENTIAL = { "data-classification": "confidential", "retention-days": "90", owner: "platform" };

const document = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const denyPlainNfs = {
    Effect: "Deny",
    Principal: { AWS: "*" },
    Action: "*",
    Resource: "*",
    Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const allow = (principal: unknown, action: string) => ({ Effect: "Allow", Principal: principal, Action: action, Resource: "*" });

const s3Access = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: ACCESS_POINT,
                name: "labels-ap",
                props: {
                    bucket: "labels-abc",
                    name: "labels-ap",
                    policy: document([allow({ AWS: `arn:aws:iam::${ACCOUNT}:role/labeler` }, "s3:GetObject")]),
                },
                propertyDependencies: { bucket: ["labels"] },
            },
            {
                type: ACCOUNT_BLOCK,
                name: "account-block",
                props: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
            },
            {
                type: ANALYTICS,
                name: "labels-analytics",
                props: {
                    bucket: "labels-abc",
                    name: "all",
                    storageClassAnalysis: {
                        dataExport: { destination: { s3BucketDestination: { bucketArn: LOGS_ARN, bucketAccountId: ACCOUNT } } },
                    },
                },
                propertyDependencies: { bucket: ["labels"], storageClassAnalysis: ["logs"] },
            },
            {
                type: INVENTORY,
                name: "labels-inventory",
                props: {
                    bucket: "labels-abc",
                    name: "weekly",
                    includedObjectVersions: "All",
                    schedule: { frequency: "Weekly" },
                    destination: {
                        bucket: { bucketArn: LOGS_ARN, accountId: ACCOUNT, format: "CSV", encryption: { sseKms: { keyId: KEY_ARN } } },
                    },
                },
                propertyDependencies: { bucket: ["labels"], destination: ["logs", "data-key"] },
            },
            {
                type: METADATA,
                name: "logs-metadata",
                props: {
                    bucket: "logs-abc",
                    metadataConfiguration: {
                        journalTableConfiguration: {
                            encryptionConfiguration: { sseAlgorithm: "aws:kms", kmsKeyArn: KEY_ARN },
                            recordExpiration: { expiration: "ENABLED", days: 7 },
                        },
                        inventoryTableConfiguration: { configurationState: "DISABLED" },
                    },
                },
                propertyDependencies: { bucket: ["logs"] },
            },
            {
                type: NOTIFICATION,
                name: "labels-events",
                props: {
                    bucket: "labels-abc",
                    queues: [{ queueArn: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`, events: ["s3:ObjectCreated:*"] }],
                },
                propertyDependencies: { bucket: ["labels"], queues: ["label-jobs"] },
            },
            { type: DIRECTORY, name: "fast", props: { bucket: DIRECTORY_NAME, location: { name: "euw1-az1" }, tags: PII_TAGS } },
            {
                type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                name: "fast-sse",
                props: {
                    bucket: DIRECTORY_NAME,
                    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY_ARN } }],
                },
                propertyDependencies: { bucket: ["fast"], rules: ["data-key"] },
            },
            {
                type: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
                name: "fast-lifecycle",
                props: {
                    bucket: DIRECTORY_NAME,
                    rules: [
                        {
                            id: "expire",
                            status: "Enabled",
                            filter: {},
                            expiration: { days: 1 },
                            abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
                        },
                    ],
                },
                propertyDependencies: { bucket: ["fast"] },
            },
            {
                type: FILES,
                name: "labels-files",
                props: { bucket: "arn:aws:s3:::labels-abc", roleArn: `arn:aws:iam::${ACCOUNT}:role/files`, kmsKeyId: KEY_ARN },
                propertyDependencies: { bucket: ["labels"], kmsKeyId: ["data-key"] },
            },
            {
                type: "aws:s3/filesFileSystemPolicy:FilesFileSystemPolicy",
                name: "labels-files-policy",
                props: { fileSystemId: "fs-1", policy: document([denyPlainNfs]) },
                propertyDependencies: { fileSystemId: ["labels-files"] },
            },
            {
                type: "aws:s3/filesMountTarget:FilesMountTarget",
                name: "labels-files-mount",
                props: { fileSystemId: "fs-1", subnetId: "subnet-1", securityGroups: ["sg-1"] },
                propertyDependencies: { fileSystemId: ["labels-files"] },
            },
            {
                type: "aws:s3/filesSynchronizationConfiguration:FilesSynchronizationConfiguration",
                name: "labels-files-sync",
                props: { fileSystemId: "fs-1", expirationDataRules: [{ daysAfterLastAccess: 1 }] },
                propertyDependencies: { fileSystemId: ["labels-files"] },
            },
            {
                type: VECTORS,
                name: "embeddings",
                props: {
                    vectorBucketName: "embeddings",
                    encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: KEY_ARN }],
                    tags: PII_TAGS,
                },
                propertyDependencies: { encryptionConfigurations: ["data-key"] },
            },
            {
                type: VECTOR_INDEX,
                name: "addresses",
                props: {
                    vectorBucketName: "embeddings",
                    indexName: "addresses",
                    dataType: "float32",
                    dimension: 256,
                    distanceMetric: "cosine",
                },
                propertyDependencies: { vectorBucketName: ["embeddings"] },
            },
            {
                type: "aws:s3/vectorsVectorBucketPolicy:VectorsVectorBucketPolicy",
                name: "embeddings-policy",
                props: {
                    vectorBucketArn: `arn:aws:s3vectors:eu-west-1:${ACCOUNT}:bucket/embeddings`,
                    policy: document([allow({ AWS: `arn:aws:iam::${ACCOUNT}:role/labeler` }, "s3vectors:QueryVectors")]),
                },
                propertyDependencies: { vectorBucketArn: ["embeddings"] },
            },
        ],
        ["AWS::S3Express::Object"],
    );

const replication = (destination: object, extra: Partial<ResourceSpec> = {}): ResourceSpec => ({
    type: REPLICATION,
    name: "labels-replication",
    props: {
        bucket: "labels-abc",
        role: `arn:aws:iam::${ACCOUNT}:role/replication`,
        rules: [{ id: "all", status: "Enabled", filter: {}, destination }],
    },
    propertyDependencies: { bucket: ["labels"] },
    ...extra,
});

describe("catalogue: S3 access points, exports, side resources, directory buckets, S3 Files and S3 Vectors", () => {
    describeEntry("S3 access points and the account-wide public access block", s3Access, [
        {
            title: "an access point without blockPublicPolicy",
            change: props("labels-ap", (p) => {
                p.publicAccessBlockConfiguration = { blockPublicPolicy: false };
            }),
            policy: datastoreAccessBlockPublic,
            at: [ACCESS_POINT, "labels-ap"],
            message: /the access point is public: publicAccessBlockConfiguration.blockPublicPolicy is false/,
        },
        {
            title: "an access point policy open to everyone",
            change: props("labels-ap", (p) => {
                p.policy = document([allow("*", "s3:GetObject")]);
            }),
            policy: datastoreAccessBlockPublic,
            at: [ACCESS_POINT, "labels-ap"],
            message: /its access point policy: a statement allows Principal "\*" with no condition/,
        },
        {
            title: "an access point policy letting in another account",
            change: props("labels-ap", (p) => {
                p.policy = document([allow({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }, "s3:GetObject")]);
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ACCESS_POINT, "labels-ap"],
            message: /account 999988887777, which is neither/,
        },
        {
            title: "an access point to another account's bucket",
            change: props("labels-ap", (p) => {
                p.bucketAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ACCESS_POINT, "labels-ap"],
            message: /opens the bucket of account 999988887777, outside this stack/,
        },
        {
            title: "an access point to a bucket outside the stack, untagged",
            change: (stack) => {
                props("labels-ap", (p) => {
                    p.bucket = "elsewhere";
                })(stack);
                stack.find((s) => s.name === "labels-ap")!.propertyDependencies = {};
            },
            policy: datastoreTagsRequireClassification,
            at: [ACCESS_POINT, "labels-ap"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "an access point owned by another account",
            change: props("labels-ap", (p) => {
                p.accountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ACCESS_POINT, "labels-ap"],
            message: /is an access point owned by account 999988887777, outside this stack/,
        },
        {
            title: "the public access block of another account",
            change: props("account-block", (p) => {
                p.accountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ACCOUNT_BLOCK, "account-block"],
            message: /configures the public access block of account 999988887777/,
        },
        {
            title: "the account-wide block lifted (restrictPublicBuckets not set: false)",
            change: props("account-block", (p) => {
                delete p.restrictPublicBuckets;
            }),
            policy: datastoreAccessBlockPublic,
            at: [ACCOUNT_BLOCK, "account-block"],
            message: /leaves restrictPublicBuckets not true/,
        },
        {
            title: "the account-wide block unknown during preview",
            change: props("account-block", (p) => {
                p.blockPublicPolicy = UNKNOWN;
            }),
            policy: datastoreAccessBlockPublic,
            at: [ACCOUNT_BLOCK, "account-block"],
            message: /blockPublicPolicy not known during preview/,
        },
    ]);

    describeEntry(
        "S3 exports and event feeds: analytics, inventory, metadata tables, notifications",
        s3Access,
        [
            {
                title: "analytics exported to another account's bucket",
                change: props("labels-analytics", (p) => {
                    p.storageClassAnalysis.dataExport.destination.s3BucketDestination.bucketAccountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [ANALYTICS, "labels-analytics"],
                message: /exports its analysis to a bucket of account 999988887777/,
            },
            {
                title: "an inventory under SSE-S3",
                change: props("labels-inventory", (p) => {
                    p.destination.bucket.encryption = { sseS3: {} };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INVENTORY, "labels-inventory"],
                message: /has no destination.bucket.encryption.sseKms.keyId, so the inventory lists is encrypted under SSE-S3/,
            },
            {
                title: "an inventory published to another account",
                change: props("labels-inventory", (p) => {
                    p.destination.bucket.accountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INVENTORY, "labels-inventory"],
                message: /publishes the inventory to a bucket of account 999988887777/,
            },
            {
                title: "an inventory published into a bucket classified public",
                change: props("logs", (p) => {
                    p.tags = { ...CONFIDENTIAL, "data-classification": "public" };
                }),
                policy: datastoreTagsRequireClassification,
                at: [BUCKET, "logs"],
                message: /is classified public but holds confidential data/,
            },
            {
                title: "a metadata journal kept forever on a PII bucket",
                change: props("logs-metadata", (p) => {
                    p.bucket = "labels-abc";
                    p.metadataConfiguration.journalTableConfiguration.recordExpiration = { expiration: "DISABLED" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [METADATA, "logs-metadata"],
                message: /keeps journal records of every object change forever/,
            },
            {
                title: "a metadata journal kept 7 days on a PII bucket",
                change: (stack) => {
                    props("logs-metadata", (p) => {
                        p.bucket = "labels-abc";
                    })(stack);
                    stack.find((s) => s.name === "logs-metadata")!.propertyDependencies = { bucket: ["labels"] };
                },
                policy: datastoreRetentionLimitCopies,
                at: [METADATA, "logs-metadata"],
                message: /keeps journal records 7 days/,
            },
            {
                title: "a metadata journal under SSE-S3",
                change: props("logs-metadata", (p) => {
                    p.metadataConfiguration.journalTableConfiguration.encryptionConfiguration = { sseAlgorithm: "AES256" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [METADATA, "logs-metadata"],
                message:
                    /its journal table: metadataConfiguration.journalTableConfiguration.encryptionConfiguration.sseAlgorithm is "AES256"/,
            },
            {
                title: "an enabled metadata inventory table without encryption",
                change: props("logs-metadata", (p) => {
                    p.metadataConfiguration.inventoryTableConfiguration = { configurationState: "ENABLED" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [METADATA, "logs-metadata"],
                message: /its inventory table: .*sseAlgorithm is not set, so it is encrypted with SSE-S3/,
            },
            {
                title: "object events sent to another account's queue",
                change: props("labels-events", (p) => {
                    p.queues[0].queueArn = `arn:aws:sqs:eu-west-1:${OUTSIDE_ACCOUNT}:theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [NOTIFICATION, "labels-events"],
                message: /sends object events to arn:aws:sqs:eu-west-1:999988887777:theirs, in account 999988887777/,
            },
            {
                title: "object events sent to a queue classified public",
                change: props("label-jobs", (p) => {
                    p.tags = { ...p.tags, "data-classification": "public" };
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:sqs/queue:Queue", "label-jobs"],
                message: /is classified public but holds confidential data as a copy of labels-events/,
            },
        ],
        [
            {
                title: "an inventory taking its destination bucket's default encryption",
                change: props("labels-inventory", (p) => {
                    delete p.destination.bucket.encryption;
                }),
            },
        ],
    );

    describeEntry(
        "S3 replication and website hosting, judged with their bucket",
        s3Access,
        [
            {
                title: "replication to a bucket outside the stack",
                change: add(replication({ bucket: "arn:aws:s3:::elsewhere", encryptionConfiguration: { replicaKmsKeyId: KEY_ARN } })),
                policy: datastoreSharingRestrictDestinations,
                at: [BUCKET, "labels"],
                message: /replicates objects to arn:aws:s3:::elsewhere, which is not a resource of this stack/,
            },
            {
                title: "replicas under the AWS-managed key",
                change: add(
                    replication(
                        { bucket: LOGS_ARN, encryptionConfiguration: { replicaKmsKeyId: "alias/aws/s3" } },
                        { propertyDependencies: { bucket: ["labels"], rules: ["logs"] } },
                    ),
                ),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BUCKET, "labels"],
                message: /replicas: rules.destination.encryptionConfiguration.replicaKmsKeyId names the AWS-managed key alias\/aws\/s3/,
            },
            {
                title: "replication makes its destination a PII copy",
                change: add(
                    replication(
                        { bucket: LOGS_ARN, encryptionConfiguration: { replicaKmsKeyId: KEY_ARN } },
                        { propertyDependencies: { bucket: ["labels"], rules: ["logs"] } },
                    ),
                ),
                policy: datastoreTagsRequireClassification,
                at: [BUCKET, "logs"],
                message: /is classified confidential but holds pii data as a copy of labels-replication/,
            },
            {
                title: "replication of a bucket outside the stack to another account",
                change: add(
                    replication(
                        { bucket: "arn:aws:s3:::theirs", account: OUTSIDE_ACCOUNT },
                        {
                            props: {
                                bucket: "elsewhere",
                                role: "r",
                                rules: [
                                    {
                                        id: "all",
                                        status: "Enabled",
                                        destination: { bucket: "arn:aws:s3:::theirs", account: OUTSIDE_ACCOUNT },
                                    },
                                ],
                            },
                            propertyDependencies: {},
                        },
                    ),
                ),
                policy: datastoreSharingRestrictDestinations,
                at: [REPLICATION, "labels-replication"],
                message: /replicates to account 999988887777, outside this stack/,
            },
            {
                title: "a PII bucket served as a website",
                change: add({
                    type: WEBSITE,
                    name: "labels-site",
                    props: { bucket: "labels-abc", indexDocument: { suffix: "index.html" } },
                    propertyDependencies: { bucket: ["labels"] },
                }),
                policy: datastoreTransitRequireTls,
                at: [BUCKET, "labels"],
                message: /serves the bucket's objects on the S3 website endpoint, which speaks plain HTTP only: a bucket holding pii data/,
            },
            {
                title: "a website (deprecated V2 token) of a bucket outside the stack",
                change: add({
                    type: "aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2",
                    name: "other-site",
                    props: { bucket: "elsewhere", indexDocument: { suffix: "index.html" } },
                }),
                policy: datastoreTransitRequireTls,
                at: ["aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2", "other-site"],
                message: /website endpoint, which speaks plain HTTP only/,
            },
        ],
        [
            {
                title: "a website that only redirects",
                change: add({
                    type: WEBSITE,
                    name: "labels-site",
                    props: { bucket: "labels-abc", redirectAllRequestsTo: { hostName: "example.com", protocol: "https" } },
                    propertyDependencies: { bucket: ["labels"] },
                }),
            },
        ],
    );

    describeEntry(
        "S3 directory buckets",
        s3Access,
        [
            {
                title: "no default encryption (SSE-S3)",
                change: remove("fast-sse"),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DIRECTORY, "fast"],
                message: /has no server-side encryption configuration, so its objects are encrypted with SSE-S3/,
            },
            {
                title: "default encryption AES256",
                change: props("fast-sse", (p) => {
                    p.rules[0].applyServerSideEncryptionByDefault = { sseAlgorithm: "AES256" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DIRECTORY, "fast"],
                message: /sseAlgorithm is "AES256"/,
            },
            {
                title: "default encryption named by bucket name only, under an aws/ alias",
                change: (stack) => {
                    props("fast-sse", (p) => {
                        p.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId = "alias/aws/s3";
                    })(stack);
                    stack.find((s) => s.name === "fast-sse")!.propertyDependencies = {};
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DIRECTORY, "fast"],
                message: /names the AWS-managed key alias\/aws\/s3/,
            },
            {
                title: "objects kept 5 days",
                change: props("fast-lifecycle", (p) => {
                    p.rules[0].expiration.days = 5;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DIRECTORY, "fast"],
                message: /objects may live 6 days \(expiration 5 \+ 1 day S3 lag\)/,
            },
            {
                title: "no lifecycle",
                change: remove("fast-lifecycle"),
                policy: datastoreRetentionLimitCopies,
                at: [DIRECTORY, "fast"],
                message: /has no enabled whole-bucket lifecycle rule that expires objects/,
            },
            {
                title: "multipart uploads never aborted",
                change: props("fast-lifecycle", (p) => {
                    delete p.rules[0].abortIncompleteMultipartUpload;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DIRECTORY, "fast"],
                message: /no whole-bucket rule aborts incomplete multipart uploads/,
            },
            {
                title: "no trail records its object events",
                change: (stack) => {
                    const trail = stack.find((s) => s.name === "audit")!;
                    trail.props.advancedEventSelectors = trail.props.advancedEventSelectors.filter(
                        (s: any) => s.name !== "AWS::S3Express::Object",
                    );
                },
                policy: cloudtrailTrailRequireDataEvents,
                at: [DIRECTORY, "fast"],
                message: /no trail records data events \(AWS::S3Express::Object\)/,
            },
            {
                title: "unclassified",
                change: props("fast", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [DIRECTORY, "fast"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "object events recorded by a selector naming its ARN",
                change: (stack) => {
                    const trail = stack.find((s) => s.name === "audit")!;
                    trail.props.advancedEventSelectors = trail.props.advancedEventSelectors.map((s: any) =>
                        s.name !== "AWS::S3Express::Object"
                            ? s
                            : {
                                  ...s,
                                  fieldSelectors: [
                                      ...s.fieldSelectors,
                                      {
                                          field: "resources.ARN",
                                          startsWith: [`arn:aws:s3express:eu-west-1:${ACCOUNT}:bucket/${DIRECTORY_NAME}/`],
                                      },
                                  ],
                              },
                    );
                },
            },
        ],
    );

    describeEntry(
        "S3 Files file systems",
        s3Access,
        [
            {
                title: "a file system policy open to everyone",
                change: props("labels-files-policy", (p) => {
                    p.policy = document([denyPlainNfs, allow({ AWS: "*" }, "s3files:ClientMount")]);
                }),
                policy: datastoreAccessBlockPublic,
                at: [FILES, "labels-files"],
                message: /its file system policy: a statement allows Principal "\*"/,
            },
            {
                title: "a mount target on the default security group",
                change: props("labels-files-mount", (p) => {
                    delete p.securityGroups;
                }),
                policy: datastoreAccessBlockPublic,
                at: [FILES, "labels-files"],
                message: /its mount target names no securityGroups/,
            },
            {
                title: "an AWS-owned key",
                change: props("labels-files", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FILES, "labels-files"],
                message: /has no kmsKeyId, so the file system is encrypted under an AWS-owned key/,
            },
            {
                title: "cached data kept 7 days after last access",
                change: props("labels-files-sync", (p) => {
                    p.expirationDataRules[0].daysAfterLastAccess = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [FILES, "labels-files"],
                message: /keeps cached file data after its last access 7 days/,
            },
        ],
        [{ title: "no file system policy (mounts always use TLS and IAM)", change: remove("labels-files-policy") }],
    );

    describeEntry("S3 Vectors", s3Access, [
        {
            title: "a vector bucket without encryption configuration (AES256)",
            change: props("embeddings", (p) => {
                delete p.encryptionConfigurations;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [VECTORS, "embeddings"],
            message: /encryptionConfigurations is not set, so vectors are encrypted with SSE-S3/,
        },
        {
            title: "an index under AES256",
            change: props("addresses", (p) => {
                p.encryptionConfigurations = [{ sseType: "AES256", kmsKeyArn: "" }];
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [VECTOR_INDEX, "addresses"],
            message: /the index: encryptionConfigurations.sseType is "AES256"/,
        },
        {
            title: "a vector bucket policy open to everyone",
            change: props("embeddings-policy", (p) => {
                p.policy = document([allow("*", "s3vectors:QueryVectors")]);
            }),
            policy: datastoreAccessBlockPublic,
            at: [VECTORS, "embeddings"],
            message: /its vector bucket policy: a statement allows Principal "\*"/,
        },
        {
            title: "an index of a bucket outside the stack, untagged",
            change: (stack) => {
                props("addresses", (p) => {
                    p.vectorBucketName = "elsewhere";
                })(stack);
                stack.find((s) => s.name === "addresses")!.propertyDependencies = {};
            },
            policy: datastoreTagsRequireClassification,
            at: [VECTOR_INDEX, "addresses"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
