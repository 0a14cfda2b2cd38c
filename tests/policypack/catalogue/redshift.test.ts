import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS, PROVIDER_ACCOUNT } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const CLUSTER = "aws:redshift/cluster:Cluster";
const PARAMS = "aws:redshift/parameterGroup:ParameterGroup";
const SNAPSHOT = "aws:redshift/clusterSnapshot:ClusterSnapshot";
const COPY = "aws:redshift/snapshotCopy:SnapshotCopy";
const GRANT = "aws:redshift/snapshotCopyGrant:SnapshotCopyGrant";
const LOGGING = "aws:redshift/logging:Logging";
const INTEGRATION = "aws:redshift/integration:Integration";
const SHARE_AUTH = "aws:redshift/dataShareAuthorization:DataShareAuthorization";
const SHARE_CONSUMER = "aws:redshift/dataShareConsumerAssociation:DataShareConsumerAssociation";
const ENDPOINT_ACCESS = "aws:redshift/endpointAccess:EndpointAccess";
const ENDPOINT_AUTH = "aws:redshift/endpointAuthorization:EndpointAuthorization";
const POLICY = "aws:redshift/resourcePolicy:ResourcePolicy";
const PARTNER = "aws:redshift/partner:Partner";
const REGISTRATION = "aws:redshift/namespaceRegistration:NamespaceRegistration";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const BUCKET = "aws:s3/bucket:Bucket";

const CLUSTER_ARN = `arn:aws:redshift:eu-west-1:${ACCOUNT}:cluster:warehouse`;
const NAMESPACE_ARN = `arn:aws:redshift:eu-west-1:${ACCOUNT}:namespace:1234abcd-12ab-34cd-56ef-1234567890ab`;
const DATASHARE_ARN = `arn:aws:redshift:eu-west-1:${ACCOUNT}:datashare:1234abcd-12ab-34cd-56ef-1234567890ab/orders`;

const warehouse = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PARAMS,
            name: "warehouse-params",
            props: { name: "warehouse-params", family: "redshift-2.0", parameters: [{ name: "require_ssl", value: "true" }] },
        },
        {
            type: CLUSTER,
            name: "warehouse",
            props: {
                clusterIdentifier: "warehouse",
                nodeType: "ra3.xlplus",
                encrypted: "true",
                kmsKeyId: KEY_ARN,
                publiclyAccessible: false,
                vpcSecurityGroupIds: ["sg-warehouse"],
                clusterParameterGroupName: "warehouse-params",
                automatedSnapshotRetentionPeriod: 1,
                manualSnapshotRetentionPeriod: 1,
                skipFinalSnapshot: true,
                manageMasterPassword: true,
                masterPasswordSecretKmsKeyId: KEY_ARN,
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyId: ["data-key"], clusterParameterGroupName: ["warehouse-params"] },
        },
    ]);

const withCluster = (...resources: ResourceSpec[]) =>
    add(...resources.map((r) => ({ ...r, propertyDependencies: { clusterIdentifier: ["warehouse"], ...r.propertyDependencies } })));
const snapshotCopy = (extra: object = {}): ResourceSpec[] => [
    {
        type: GRANT,
        name: "warehouse-grant",
        props: {
            snapshotCopyGrantName: "warehouse-grant",
            kmsKeyId: "arn:aws:kms:eu-central-1:111122223333:key/abcd",
            region: "eu-central-1",
        },
    },
    {
        type: COPY,
        name: "warehouse-dr",
        props: {
            clusterIdentifier: "warehouse",
            destinationRegion: "eu-central-1",
            retentionPeriod: 1,
            manualSnapshotRetentionPeriod: 1,
            snapshotCopyGrantName: "warehouse-grant",
            ...extra,
        },
        propertyDependencies: { clusterIdentifier: ["warehouse"], snapshotCopyGrantName: ["warehouse-grant"] },
    },
];
const auditBucket = (): ResourceSpec => ({ type: BUCKET, name: "audit-bucket", props: { bucket: "warehouse-audit", tags: PII_TAGS } });
const sharePolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "redshift:AuthorizeDataShare", Resource: NAMESPACE_ARN }],
    });

describe("catalogue: Redshift", () => {
    describeEntry(
        CLUSTER,
        warehouse,
        [
            {
                title: "encryption switched off",
                change: props("warehouse", (p) => {
                    p.encrypted = "false";
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "warehouse"],
                message: /the warehouse is not encrypted: encrypted is "false"/,
            },
            {
                title: "encrypted by default under an AWS key",
                change: props("warehouse", (p) => {
                    delete p.encrypted;
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "warehouse"],
                message: /has no kmsKeyId, so the warehouse is encrypted under an AWS-owned or the AWS-managed aws\/redshift key/,
            },
            {
                title: "the admin secret under the AWS-managed key",
                change: props("warehouse", (p) => {
                    delete p.masterPasswordSecretKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "warehouse"],
                message: /the admin credentials secret: has no masterPasswordSecretKmsKeyId/,
            },
            {
                title: "the default parameter group",
                change: (stack) => {
                    remove("warehouse-params")(stack);
                    props("warehouse", (p) => {
                        delete p.clusterParameterGroupName;
                    })(stack);
                    stack.find((s) => s.name === "warehouse")!.propertyDependencies = { kmsKeyId: ["data-key"] };
                },
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "warehouse"],
                message:
                    /uses the default parameter group, where require_ssl is true only in the default groups of clusters created since 2025/,
            },
            {
                title: "require_ssl false",
                change: props("warehouse-params", (p) => {
                    p.parameters[0].value = "false";
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "warehouse"],
                message: /its parameter group warehouse-params sets require_ssl = "false"/,
            },
            {
                title: "a group that leaves require_ssl at its family default",
                change: props("warehouse-params", (p) => {
                    p.parameters = [{ name: "enable_user_activity_logging", value: "true" }];
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "warehouse"],
                message: /its parameter group warehouse-params does not set require_ssl/,
            },
            {
                title: "publicly accessible",
                change: props("warehouse", (p) => {
                    p.publiclyAccessible = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "warehouse"],
                message: /the cluster is public: publiclyAccessible is true/,
            },
            {
                title: "no security groups",
                change: props("warehouse", (p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "warehouse"],
                message: /the cluster names no vpcSecurityGroupIds/,
            },
            {
                title: "automated snapshots kept 7 days",
                change: props("warehouse", (p) => {
                    p.automatedSnapshotRetentionPeriod = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "warehouse"],
                message: /keeps automated snapshots 7 days/,
            },
            {
                title: "manual snapshots kept forever by default",
                change: props("warehouse", (p) => {
                    delete p.manualSnapshotRetentionPeriod;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "warehouse"],
                message: /keeps manual snapshots \(the cluster's default for them\) forever \(manualSnapshotRetentionPeriod is not set\)/,
            },
            {
                title: "manual snapshots kept forever (-1)",
                change: props("warehouse", (p) => {
                    p.manualSnapshotRetentionPeriod = -1;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "warehouse"],
                message: /forever \(manualSnapshotRetentionPeriod is -1\)/,
            },
            {
                title: "a final snapshot by default",
                change: props("warehouse", (p) => {
                    delete p.skipFinalSnapshot;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "warehouse"],
                message: /keeps a final snapshot, a copy that never expires \(skipFinalSnapshot is not set: Redshift takes one\)/,
            },
            {
                title: "unclassified",
                change: props("warehouse", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "warehouse"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "require_ssl given as on",
                change: props("warehouse-params", (p) => {
                    p.parameters[0].value = "on";
                }),
            },
        ],
    );

    describeEntry(
        SNAPSHOT,
        warehouse,
        [
            {
                title: "a manual snapshot of a PII warehouse kept forever",
                change: withCluster({
                    type: SNAPSHOT,
                    name: "warehouse-snap",
                    props: { clusterIdentifier: "warehouse", snapshotIdentifier: "warehouse-snap" },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "warehouse-snap"],
                message: /keeps a manual snapshot forever \(manualSnapshotRetentionPeriod is not set\)/,
            },
            {
                title: "a manual snapshot kept 30 days",
                change: withCluster({
                    type: SNAPSHOT,
                    name: "warehouse-snap",
                    props: { clusterIdentifier: "warehouse", snapshotIdentifier: "warehouse-snap", manualSnapshotRetentionPeriod: 30 },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "warehouse-snap"],
                message: /keeps a manual snapshot 30 days/,
            },
        ],
        [
            {
                title: "a manual snapshot that expires in a day",
                change: withCluster({
                    type: SNAPSHOT,
                    name: "warehouse-snap",
                    props: { clusterIdentifier: "warehouse", snapshotIdentifier: "warehouse-snap", manualSnapshotRetentionPeriod: 1 },
                }),
            },
        ],
    );

    describeEntry(
        COPY,
        warehouse,
        [
            {
                title: "snapshots copied to a region not allowed",
                change: add(...snapshotCopy()),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "warehouse"],
                message: /copies snapshots to region eu-central-1, not on allowedRegions \(none\)/,
            },
            {
                title: "copied automated snapshots kept 7 days by default",
                config: { allowedRegions: ["eu-central-1"] },
                change: add(...snapshotCopy({ retentionPeriod: undefined })),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "warehouse"],
                message: /keeps copied automated snapshots 7 days \(AWS's default, retentionPeriod is not set\)/,
            },
            {
                title: "copied manual snapshots kept forever",
                config: { allowedRegions: ["eu-central-1"] },
                change: add(...snapshotCopy({ manualSnapshotRetentionPeriod: -1 })),
                policy: datastoreRetentionLimitCopies,
                at: [CLUSTER, "warehouse"],
                message: /keeps copied manual snapshots forever/,
            },
            {
                title: "no snapshot copy grant",
                config: { allowedRegions: ["eu-central-1"] },
                change: (stack) => {
                    add(...snapshotCopy({ snapshotCopyGrantName: undefined }))(stack);
                    stack.find((s) => s.name === "warehouse-dr")!.propertyDependencies = { clusterIdentifier: ["warehouse"] };
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "warehouse"],
                message: /copied snapshots: has no snapshotCopyGrantName/,
            },
            {
                title: "a grant on the destination's default key",
                config: { allowedRegions: ["eu-central-1"] },
                change: (stack) => {
                    add(...snapshotCopy())(stack);
                    props("warehouse-grant", (p) => {
                        delete p.kmsKeyId;
                    })(stack);
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "warehouse"],
                message: /its snapshot copy grant warehouse-grant names no kmsKeyId/,
            },
            {
                title: "a grant outside the stack",
                config: { allowedRegions: ["eu-central-1"] },
                change: (stack) => {
                    add(...snapshotCopy())(stack);
                    remove("warehouse-grant")(stack);
                    stack.find((s) => s.name === "warehouse-dr")!.propertyDependencies = { clusterIdentifier: ["warehouse"] };
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "warehouse"],
                message: /the snapshot copy grant "warehouse-grant" is not in this stack/,
            },
        ],
        [
            {
                title: "a copy to an allowed region under a customer key, kept a day",
                config: { allowedRegions: ["eu-central-1"], customerManagedKeyArns: ["arn:aws:kms:eu-central-1:111122223333:key/abcd"] },
                change: add(...snapshotCopy()),
            },
        ],
    );

    describeEntry(
        LOGGING,
        warehouse,
        [
            {
                title: "audit logs to a bucket outside the stack",
                change: withCluster({
                    type: LOGGING,
                    name: "warehouse-audit",
                    props: { clusterIdentifier: "warehouse", logDestinationType: "s3", bucketName: "someone-elses-bucket" },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LOGGING, "warehouse-audit"],
                message: /writes audit logs to someone-elses-bucket, which is not a resource of this stack/,
            },
            {
                title: "audit logs make their bucket PII",
                change: (stack) => {
                    add({
                        ...auditBucket(),
                        props: {
                            bucket: "warehouse-audit",
                            tags: { "data-classification": "internal", "retention-days": "1", owner: "x" },
                        },
                    })(stack);
                    withCluster({
                        type: LOGGING,
                        name: "warehouse-audit",
                        props: { clusterIdentifier: "warehouse", logDestinationType: "s3", bucketName: "warehouse-audit" },
                        propertyDependencies: { bucketName: ["audit-bucket"] },
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: [BUCKET, "audit-bucket"],
                message: /is classified internal but holds pii data as a copy of warehouse-audit/,
            },
            {
                title: "CloudWatch log groups the stack does not define",
                change: withCluster({
                    type: LOGGING,
                    name: "warehouse-audit",
                    props: { clusterIdentifier: "warehouse", logDestinationType: "cloudwatch", logExports: ["useractivitylog"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOGGING, "warehouse-audit"],
                message:
                    /exports its useractivitylog log to \/aws\/redshift\/cluster\/warehouse\/useractivitylog, which is not a log group of this stack/,
            },
        ],
        [
            {
                title: "CloudWatch log groups with a short retention",
                change: add(
                    {
                        type: LOGGING,
                        name: "warehouse-audit",
                        props: { clusterIdentifier: "warehouse", logDestinationType: "cloudwatch", logExports: ["useractivitylog"] },
                        propertyDependencies: { clusterIdentifier: ["warehouse"] },
                    },
                    {
                        type: LOG_GROUP,
                        name: "warehouse-activity",
                        props: { name: "/aws/redshift/cluster/warehouse/useractivitylog", retentionInDays: 1, kmsKeyId: KEY_ARN },
                    },
                ),
            },
        ],
    );

    describeEntry(
        INTEGRATION,
        warehouse,
        [
            {
                title: "a DynamoDB integration under an AWS-owned key",
                change: add({
                    type: INTEGRATION,
                    name: "orders-etl",
                    props: {
                        integrationName: "orders-etl",
                        sourceArn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`,
                        targetArn: NAMESPACE_ARN,
                    },
                    propertyDependencies: { sourceArn: ["orders"], targetArn: ["warehouse"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INTEGRATION, "orders-etl"],
                message: /the integration: has no kmsKeyId, so the integration is encrypted under an AWS-owned key/,
            },
            {
                title: "a target warehouse in another account",
                change: add({
                    type: INTEGRATION,
                    name: "orders-etl",
                    props: {
                        integrationName: "orders-etl",
                        sourceArn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`,
                        kmsKeyId: KEY_ARN,
                        targetArn: `arn:aws:redshift:eu-west-1:${OUTSIDE_ACCOUNT}:namespace:abcd`,
                    },
                    propertyDependencies: { sourceArn: ["orders"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "orders-etl"],
                message:
                    /replicates into arn:aws:redshift:eu-west-1:999988887777:namespace:abcd, in account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "an S3 integration (no key argument)",
                change: add({
                    type: INTEGRATION,
                    name: "files-etl",
                    props: { integrationName: "files-etl", sourceArn: "arn:aws:s3:::labels-abc", targetArn: NAMESPACE_ARN },
                    propertyDependencies: { sourceArn: ["labels"], targetArn: ["warehouse"] },
                }),
            },
        ],
    );

    describeEntry(
        SHARE_AUTH,
        warehouse,
        [
            {
                title: "a datashare for AWS Data Exchange",
                change: add({ type: SHARE_AUTH, name: "share-adx", props: { dataShareArn: DATASHARE_ARN, consumerIdentifier: "ADX" } }),
                policy: datastoreSharingRestrictDestinations,
                at: [SHARE_AUTH, "share-adx"],
                message: /authorizes a datashare for account ADX, outside this stack/,
            },
            {
                title: "a datashare for another account",
                change: add({
                    type: SHARE_AUTH,
                    name: "share-out",
                    props: { dataShareArn: DATASHARE_ARN, consumerIdentifier: OUTSIDE_ACCOUNT },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SHARE_AUTH, "share-out"],
                message: /authorizes a datashare for account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "a datashare for the shipping provider",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                change: add({
                    type: SHARE_AUTH,
                    name: "share-provider",
                    props: { dataShareArn: DATASHARE_ARN, consumerIdentifier: PROVIDER_ACCOUNT },
                }),
            },
        ],
    );

    describeEntry(SHARE_CONSUMER, warehouse, [
        {
            title: "a datashare made queryable in another region",
            change: add({ type: SHARE_CONSUMER, name: "share-use", props: { dataShareArn: DATASHARE_ARN, consumerRegion: "us-east-1" } }),
            policy: datastoreSharingRestrictDestinations,
            at: [SHARE_CONSUMER, "share-use"],
            message: /makes the datashare queryable in region us-east-1, not on allowedRegions/,
        },
    ]);

    describeEntry(
        ENDPOINT_ACCESS,
        warehouse,
        [
            {
                title: "a VPC endpoint on the default security group",
                change: withCluster({
                    type: ENDPOINT_ACCESS,
                    name: "warehouse-vpce",
                    props: { clusterIdentifier: "warehouse", endpointName: "warehouse-vpce", subnetGroupName: "subnets" },
                }),
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "warehouse"],
                message: /its Redshift-managed VPC endpoint names no vpcSecurityGroupIds/,
            },
        ],
        [
            {
                title: "a VPC endpoint with its own security group",
                change: withCluster({
                    type: ENDPOINT_ACCESS,
                    name: "warehouse-vpce",
                    props: {
                        clusterIdentifier: "warehouse",
                        endpointName: "warehouse-vpce",
                        subnetGroupName: "subnets",
                        vpcSecurityGroupIds: ["sg-vpce"],
                    },
                }),
            },
        ],
    );

    describeEntry(ENDPOINT_AUTH, warehouse, [
        {
            title: "endpoints from another account",
            change: withCluster({
                type: ENDPOINT_AUTH,
                name: "warehouse-grant-vpce",
                props: { clusterIdentifier: "warehouse", account: OUTSIDE_ACCOUNT },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CLUSTER, "warehouse"],
            message: /lets VPC endpoints in from account 999988887777, outside this stack/,
        },
    ]);

    describeEntry(POLICY, warehouse, [
        {
            title: "a resource policy open to everyone",
            change: add({
                type: POLICY,
                name: "warehouse-policy",
                props: { resourceArn: CLUSTER_ARN, policy: sharePolicy({ AWS: "*" }) },
                propertyDependencies: { resourceArn: ["warehouse"] },
            }),
            policy: datastoreAccessBlockPublic,
            at: [CLUSTER, "warehouse"],
            message: /its resource policy: a statement allows Principal "\*" with no condition/,
        },
        {
            title: "a resource policy letting in another account",
            change: add({
                type: POLICY,
                name: "warehouse-policy",
                props: { resourceArn: CLUSTER_ARN, policy: sharePolicy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }) },
                propertyDependencies: { resourceArn: ["warehouse"] },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CLUSTER, "warehouse"],
            message: /account 999988887777, which is neither this stack's nor a shipping provider's/,
        },
    ]);

    describeEntry(
        PARTNER,
        warehouse,
        [
            {
                title: "a partner integration on a PII warehouse",
                change: withCluster({
                    type: PARTNER,
                    name: "fivetran",
                    props: { accountId: ACCOUNT, clusterIdentifier: "warehouse", databaseName: "dev", partnerName: "Fivetran" },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "warehouse"],
                message: /connects the database to the partner "Fivetran", outside AWS/,
            },
        ],
        [
            {
                title: "a partner integration on a public-data warehouse",
                change: (stack) => {
                    props("warehouse", (p) => {
                        p.tags = { "data-classification": "public", "retention-days": "30", owner: "x" };
                        p.manualSnapshotRetentionPeriod = -1;
                    })(stack);
                    withCluster({
                        type: PARTNER,
                        name: "fivetran",
                        props: { accountId: ACCOUNT, clusterIdentifier: "warehouse", databaseName: "dev", partnerName: "Fivetran" },
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        REGISTRATION,
        warehouse,
        [
            {
                title: "a registration in another account's Data Catalog",
                change: add({
                    type: REGISTRATION,
                    name: "warehouse-catalog",
                    props: {
                        consumerIdentifier: `DataCatalog/${OUTSIDE_ACCOUNT}`,
                        namespaceType: "provisioned",
                        provisionedClusterIdentifier: "warehouse",
                    },
                    propertyDependencies: { provisionedClusterIdentifier: ["warehouse"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [REGISTRATION, "warehouse-catalog"],
                message: /registers the warehouse in the Data Catalog of account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "a registration in this account's Data Catalog",
                change: add({
                    type: REGISTRATION,
                    name: "warehouse-catalog",
                    props: {
                        consumerIdentifier: `DataCatalog/${ACCOUNT}`,
                        namespaceType: "provisioned",
                        provisionedClusterIdentifier: "warehouse",
                    },
                    propertyDependencies: { provisionedClusterIdentifier: ["warehouse"] },
                }),
            },
        ],
    );
});
