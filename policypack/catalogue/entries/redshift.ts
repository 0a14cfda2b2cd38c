/**
 * Redshift (provisioned): clusters, their snapshots and cross-region snapshot copies, audit
 * logging, zero-ETL integrations, and what opens a warehouse to other accounts (datashares,
 * endpoint authorizations, resource policies, partner integrations, catalog registrations).
 */
import type { ClusterArgs } from "@pulumi/aws/redshift/cluster";
import type { ClusterSnapshotArgs } from "@pulumi/aws/redshift/clusterSnapshot";
import type { DataShareAuthorizationArgs } from "@pulumi/aws/redshift/dataShareAuthorization";
import type { DataShareConsumerAssociationArgs } from "@pulumi/aws/redshift/dataShareConsumerAssociation";
import type { EndpointAccessArgs } from "@pulumi/aws/redshift/endpointAccess";
import type { EndpointAuthorizationArgs } from "@pulumi/aws/redshift/endpointAuthorization";
import type { IntegrationArgs } from "@pulumi/aws/redshift/integration";
import type { LoggingArgs } from "@pulumi/aws/redshift/logging";
import type { NamespaceRegistrationArgs } from "@pulumi/aws/redshift/namespaceRegistration";
import type { PartnerArgs } from "@pulumi/aws/redshift/partner";
import type { ResourcePolicyArgs } from "@pulumi/aws/redshift/resourcePolicy";
import type { SnapshotCopyArgs } from "@pulumi/aws/redshift/snapshotCopy";
import { ownAccounts } from "../../lib/accounts";
import { customerKeyProblem } from "../../lib/encryption";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { exportedLogGroups, parameterGroupCheck } from "./docdb";
import { BUCKET_TYPES } from "./s3";

export const REDSHIFT_CLUSTER_TYPES = ["aws:redshift/cluster:Cluster"];
const CLUSTER_SNAPSHOT_TYPES = ["aws:redshift/clusterSnapshot:ClusterSnapshot"];
const SERVERLESS_NAMESPACE_TYPES = ["aws:redshiftserverless/namespace:Namespace"];
const SERVERLESS_WORKGROUP_TYPES = ["aws:redshiftserverless/workgroup:Workgroup"];
const SNAPSHOT_COPY_GRANT_TYPE = "aws:redshift/snapshotCopyGrant:SnapshotCopyGrant";

const TRUE_VALUES = ["true", "on", "1"];
const NOTHING_STORED = { notOffered: "stores no rows; the warehouse is judged" };

/** Snapshot copies of a KMS-encrypted cluster use the key that the named snapshot copy grant gives Redshift in the destination region. */
function checkCopyGrantKey({ index, config, store, report }: StoreContext): void {
    const name = store.res.props.snapshotCopyGrantName;
    if (isUnknown(name)) return; // a grant created in the stack
    if (name === undefined || name === "") {
        report(
            "copied snapshots: has no snapshotCopyGrantName, so copies in the destination region are encrypted under an AWS-managed or AWS-owned key: name a snapshot copy grant on a customer-managed KMS key",
        );
        return;
    }
    const deps = (store.res.source.propertyDependencies?.snapshotCopyGrantName ?? []).map((dep) => index.byUrn.get(dep.urn));
    const grant =
        deps.find((r) => r?.type === SNAPSHOT_COPY_GRANT_TYPE) ??
        index.ofTypes([SNAPSHOT_COPY_GRANT_TYPE]).find((g) => g.props.snapshotCopyGrantName === name);
    if (!grant) {
        report(`copied snapshots: the snapshot copy grant ${JSON.stringify(name)} is not in this stack, so its key cannot be verified`);
        return;
    }
    const key = grant.props.kmsKeyId;
    const problem =
        key === undefined || key === ""
            ? `its snapshot copy grant ${grant.name} names no kmsKeyId, so copies are encrypted under the default key of the destination region: name a customer-managed KMS key`
            : customerKeyProblem(key, `kmsKeyId of its snapshot copy grant ${grant.name}`, { index, config, res: grant, path: "kmsKeyId" });
    if (problem) report(`copied snapshots: ${problem}`);
}

/** Zero-ETL integrations take a customer-managed key only for DynamoDB sources; S3 sources are encrypted by the target. */
function checkIntegrationKey({ index, config, store, report }: StoreContext): void {
    const { sourceArn, kmsKeyId } = store.res.props;
    if (typeof sourceArn !== "string" || !/^arn:[^:]+:dynamodb:/.test(sourceArn)) return;
    if (isUnknown(kmsKeyId)) return;
    const problem =
        kmsKeyId === undefined || kmsKeyId === ""
            ? "has no kmsKeyId, so the integration is encrypted under an AWS-owned key: name a customer-managed KMS key"
            : customerKeyProblem(kmsKeyId, "kmsKeyId", { index, config, res: store.res, path: "kmsKeyId" });
    if (problem) report(`the integration: ${problem}`);
}

/** `DataCatalog/<account>` names the Glue Data Catalog that may query the namespace through the Iceberg REST API. */
function checkCatalogConsumer({ index, store, config, report }: StoreContext): void {
    const consumer = store.res.props.consumerIdentifier;
    if (isUnknown(consumer)) {
        report("consumerIdentifier is not known during preview, so the consuming account cannot be verified");
        return;
    }
    const account = typeof consumer === "string" ? /(\d{12})/.exec(consumer)?.[1] : undefined;
    if (!account) report(`registers the warehouse for ${JSON.stringify(consumer)}, whose account cannot be read`);
    else if (!ownAccounts(index, config).has(account) && !config.shippingProviderAccountIds.includes(account))
        report(`registers the warehouse in the Data Catalog of account ${account}, outside this stack`);
}

export const redshiftCluster = entry<ClusterArgs>()({
    types: ["aws:redshift/cluster:Cluster"],
    holds: "tables of a data warehouse",
    tagging: "store",
    names: ["clusterIdentifier"],
    sources: [
        { path: "snapshotIdentifier", types: CLUSTER_SNAPSHOT_TYPES },
        { path: "snapshotArn", types: CLUSTER_SNAPSHOT_TYPES },
        { path: "snapshotClusterIdentifier", types: REDSHIFT_CLUSTER_TYPES },
    ],
    atRest: [
        {
            what: "the warehouse",
            enabled: { path: "encrypted", absent: true, absentMeans: "encrypted, Redshift's default" },
            key: "kmsKeyId",
            keyAbsentMeans: "an AWS-owned or the AWS-managed aws/redshift key",
        },
        {
            what: "the admin credentials secret",
            when: { path: "manageMasterPassword", on: [true] },
            key: "masterPasswordSecretKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/secretsmanager key",
        },
    ],
    inTransit: [
        parameterGroupCheck({
            property: "clusterParameterGroupName",
            groupTypes: ["aws:redshift/parameterGroup:ParameterGroup"],
            parameter: "require_ssl",
            what: "client connections",
            complies: (value) => TRUE_VALUES.includes(value.toLowerCase()),
            requirement: "sets require_ssl = true",
            defaultComplies: false,
            defaultMeans: "require_ssl is true only in the default groups of clusters created since 2025 (false before)",
        }),
    ],
    exposure: [
        { what: "the cluster", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the cluster", securityGroups: "vpcSecurityGroupIds" },
    ],
    retention: [
        { what: "automated snapshots", period: "automatedSnapshotRetentionPeriod", unit: "days", absent: 1 },
        {
            what: "manual snapshots (the cluster's default for them)",
            period: "manualSnapshotRetentionPeriod",
            unit: "days",
            absent: "forever",
            zeroMeans: "forever",
        },
        {
            what: "a final snapshot",
            keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "Redshift takes one" },
        },
    ],
    notes: "TLS is require_ssl in the cluster parameter group. Manual and final snapshots are kept forever unless a retention is set (manualSnapshotRetentionPeriod -1). Query text with its literals also sits in Redshift's system tables for several days, which no argument controls.",
});

export const redshiftClusterSnapshot = entry<ClusterSnapshotArgs>()({
    types: ["aws:redshift/clusterSnapshot:ClusterSnapshot"],
    holds: "a full copy of a warehouse",
    tagging: "copy",
    names: ["snapshotIdentifier"],
    sources: [{ path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES }],
    atRest: { notOffered: "encrypted under its cluster's key" },
    inTransit: { notOffered: "taken by Redshift inside AWS" },
    retention: [
        { what: "a manual snapshot", period: "manualSnapshotRetentionPeriod", unit: "days", absent: "forever", zeroMeans: "forever" },
    ],
});

export const redshiftSnapshotCopy = entry<SnapshotCopyArgs>()({
    types: ["aws:redshift/snapshotCopy:SnapshotCopy"],
    holds: "copies of a cluster's snapshots in another region",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES }],
    atRest: [{ custom: checkCopyGrantKey, summary: "snapshotCopyGrantName names a grant on a customer-managed key" }],
    inTransit: { notOffered: "copied by Redshift inside AWS" },
    retention: [
        { what: "copied automated snapshots", period: "retentionPeriod", unit: "days", absent: 7 },
        { what: "copied manual snapshots", period: "manualSnapshotRetentionPeriod", unit: "days", absent: "forever", zeroMeans: "forever" },
    ],
    destinations: [{ what: "copies snapshots to", region: "destinationRegion" }],
});

export const redshiftLogging = entry<LoggingArgs>()({
    types: ["aws:redshift/logging:Logging"],
    holds: "audit logs of a warehouse (connections, users, and with user-activity logging every query with its literals)",
    tagging: "copy",
    sources: [{ path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES }],
    atRest: { notOffered: "the destination bucket or log groups are judged as copies" },
    inTransit: { notOffered: "delivered by Redshift inside AWS" },
    retention: [
        exportedLogGroups({
            exports: "logExports",
            id: "clusterIdentifier",
            logGroup: (id, type) => `/aws/redshift/cluster/${id}/${type}`,
            when: (props) => props.logDestinationType === "cloudwatch",
        }),
    ],
    destinations: [{ what: "writes audit logs to", store: true, path: "bucketName", types: BUCKET_TYPES }],
});

export const redshiftIntegration = entry<IntegrationArgs>()({
    types: ["aws:redshift/integration:Integration"],
    holds: "a DynamoDB table or S3 data replicated continuously into a warehouse (zero-ETL)",
    tagging: "copy",
    names: ["integrationName"],
    sources: [{ path: "sourceArn", types: ["aws:dynamodb/table:Table", ...BUCKET_TYPES] }],
    atRest: [{ custom: checkIntegrationKey, summary: "kmsKeyId (DynamoDB sources) names a customer-managed key" }],
    inTransit: { notOffered: "replicated by AWS inside AWS" },
    retention: { notOffered: "the data lives in the target warehouse, judged as a copy" },
    destinations: [
        { what: "replicates into", store: true, path: "targetArn", types: [...REDSHIFT_CLUSTER_TYPES, ...SERVERLESS_NAMESPACE_TYPES] },
    ],
});

export const redshiftDataShareAuthorization = entry<DataShareAuthorizationArgs>()({
    types: ["aws:redshift/dataShareAuthorization:DataShareAuthorization"],
    holds: "live read (and with allowWrites, write) access to a datashare's tables for another account",
    tagging: "carrier",
    sources: [{ path: "dataShareArn", types: [...REDSHIFT_CLUSTER_TYPES, ...SERVERLESS_NAMESPACE_TYPES] }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    retention: NOTHING_STORED,
    destinations: [{ what: "authorizes a datashare for", account: "consumerIdentifier" }],
    notes: "consumerIdentifier is an account id, or a keyword such as ADX (AWS Data Exchange, i.e. third-party subscribers): anything but this stack's or the shipping provider's account is reported. A datashare ARN names its producer namespace by its generated id, so it resolves to a warehouse of the stack only through a dependency; unresolved, the authorization is judged as pii (it takes no tags, hence carrier).",
});

export const redshiftDataShareConsumerAssociation = entry<DataShareConsumerAssociationArgs>()({
    types: ["aws:redshift/dataShareConsumerAssociation:DataShareConsumerAssociation"],
    holds: "a datashare made queryable by this account's namespaces (possibly in another region)",
    tagging: "carrier",
    sources: [{ path: "dataShareArn", types: [...REDSHIFT_CLUSTER_TYPES, ...SERVERLESS_NAMESPACE_TYPES] }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    retention: NOTHING_STORED,
    destinations: [
        { what: "makes the datashare queryable in", region: "consumerRegion" },
        {
            what: "makes the datashare queryable by",
            store: true,
            path: "consumerArn",
            types: [...REDSHIFT_CLUSTER_TYPES, ...SERVERLESS_NAMESPACE_TYPES],
        },
    ],
});

export const redshiftEndpointAccess = entry<EndpointAccessArgs>()({
    types: ["aws:redshift/endpointAccess:EndpointAccess"],
    holds: "a network path from a VPC to a warehouse",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: { notOffered: "the cluster's require_ssl applies" },
    exposure: [{ what: "its Redshift-managed VPC endpoint", securityGroups: "vpcSecurityGroupIds" }],
    retention: NOTHING_STORED,
});

export const redshiftEndpointAuthorization = entry<EndpointAuthorizationArgs>()({
    types: ["aws:redshift/endpointAuthorization:EndpointAuthorization"],
    holds: "the right of another account to open VPC endpoints to a warehouse",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    retention: NOTHING_STORED,
    destinations: [{ what: "lets VPC endpoints in from", account: "account" }],
});

export const redshiftResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:redshift/resourcePolicy:ResourcePolicy"],
    holds: "who (including other accounts) may use a warehouse's datashares and integrations",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: [...REDSHIFT_CLUSTER_TYPES, ...SERVERLESS_NAMESPACE_TYPES] }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ what: "its resource policy", policyDocument: "policy" }],
    retention: NOTHING_STORED,
});

export const redshiftPartner = entry<PartnerArgs>()({
    types: ["aws:redshift/partner:Partner"],
    holds: "a third-party partner integration with access to a database of a warehouse",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    retention: NOTHING_STORED,
    destinations: [{ what: "connects the database to the partner", endpoint: "partnerName" }],
    notes: "A partner (a third party outside AWS) is authorised to load data into the database and reads it to do so: a PII warehouse may not have one.",
});

export const redshiftNamespaceRegistration = entry<NamespaceRegistrationArgs>()({
    types: ["aws:redshift/namespaceRegistration:NamespaceRegistration"],
    holds: "a warehouse made queryable through the Glue Data Catalog (Iceberg REST API) of an account",
    tagging: "copy",
    sources: [
        { path: "provisionedClusterIdentifier", types: REDSHIFT_CLUSTER_TYPES },
        { path: "serverlessNamespaceIdentifier", types: SERVERLESS_NAMESPACE_TYPES },
        { path: "serverlessWorkgroupIdentifier", types: SERVERLESS_WORKGROUP_TYPES },
    ],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    retention: NOTHING_STORED,
    destinations: [{ custom: checkCatalogConsumer, summary: "consumerIdentifier names this stack's account (or the shipping provider's)" }],
});
