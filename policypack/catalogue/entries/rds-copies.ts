/**
 * RDS and Aurora copies: manual snapshots and their copies, exports, backup replication, global clusters, integrations,
 * activity streams, proxies.
 */
import type { ClusterActivityStreamArgs } from "@pulumi/aws/rds/clusterActivityStream";
import type { ClusterSnapshotArgs } from "@pulumi/aws/rds/clusterSnapshot";
import type { ClusterSnapshotCopyArgs } from "@pulumi/aws/rds/clusterSnapshotCopy";
import type { ExportTaskArgs } from "@pulumi/aws/rds/exportTask";
import type { GlobalClusterArgs } from "@pulumi/aws/rds/globalCluster";
import type { InstanceAutomatedBackupsReplicationArgs } from "@pulumi/aws/rds/instanceAutomatedBackupsReplication";
import type { IntegrationArgs } from "@pulumi/aws/rds/integration";
import type { ProxyArgs } from "@pulumi/aws/rds/proxy";
import type { ShardGroupArgs } from "@pulumi/aws/rds/shardGroup";
import type { SnapshotArgs } from "@pulumi/aws/rds/snapshot";
import type { SnapshotCopyArgs } from "@pulumi/aws/rds/snapshotCopy";
import { entry } from "../entry";
import { RDS_CLUSTER_TYPES, RDS_INSTANCE_TYPES } from "./rds";
import { BUCKET_TYPES } from "./s3";

const SNAPSHOT_TYPES = ["aws:rds/snapshot:Snapshot", "aws:rds/snapshotCopy:SnapshotCopy"];
const CLUSTER_SNAPSHOT_TYPES = ["aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"];
const SOURCE_KEY = { notOffered: "encrypted under its database's key" };
const AWS_INTERNAL = { notOffered: "copied by RDS inside AWS" };

export const rdsSnapshot = entry<SnapshotArgs>()({
    types: ["aws:rds/snapshot:Snapshot"],
    holds: "a full copy of a database",
    tagging: "copy",
    sources: [{ path: "dbInstanceIdentifier", types: RDS_INSTANCE_TYPES }],
    atRest: SOURCE_KEY,
    inTransit: AWS_INTERNAL,
    retention: [{ what: "a manual snapshot", neverExpires: true }],
    destinations: [{ what: "is shared with", sharedWith: "sharedAccounts" }],
});

export const rdsClusterSnapshot = entry<ClusterSnapshotArgs>()({
    types: ["aws:rds/clusterSnapshot:ClusterSnapshot"],
    holds: "a full copy of a cluster's database",
    tagging: "copy",
    sources: [{ path: "dbClusterIdentifier", types: RDS_CLUSTER_TYPES }],
    atRest: SOURCE_KEY,
    inTransit: AWS_INTERNAL,
    retention: [{ what: "a manual snapshot", neverExpires: true }],
    destinations: [{ what: "is shared with", sharedWith: "sharedAccounts" }],
});

export const rdsSnapshotCopy = entry<SnapshotCopyArgs>()({
    types: ["aws:rds/snapshotCopy:SnapshotCopy"],
    holds: "a full copy of a database snapshot",
    tagging: "copy",
    sources: [{ path: "sourceDbSnapshotIdentifier", types: SNAPSHOT_TYPES }],
    atRest: [{ what: "the snapshot copy", key: "kmsKeyId", keyAbsentMeans: "the source snapshot's key" }],
    inTransit: AWS_INTERNAL,
    retention: [{ what: "a manual snapshot copy", neverExpires: true }],
    destinations: [
        { what: "is shared with", sharedWith: "sharedAccounts" },
        { what: "copies the snapshot to", region: "destinationRegion" },
    ],
});

export const rdsClusterSnapshotCopy = entry<ClusterSnapshotCopyArgs>()({
    types: ["aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"],
    holds: "a full copy of a cluster snapshot",
    tagging: "copy",
    sources: [{ path: "sourceDbClusterSnapshotIdentifier", types: CLUSTER_SNAPSHOT_TYPES }],
    atRest: [{ what: "the snapshot copy", key: "kmsKeyId", keyAbsentMeans: "the source snapshot's key" }],
    inTransit: AWS_INTERNAL,
    retention: [{ what: "a manual snapshot copy", neverExpires: true }],
    destinations: [
        { what: "is shared with", sharedWith: "sharedAccounts" },
        { what: "copies the snapshot to", region: "destinationRegion" },
    ],
});

export const rdsInstanceAutomatedBackupsReplication = entry<InstanceAutomatedBackupsReplicationArgs>()({
    types: ["aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication"],
    holds: "a database's automated backups in another region",
    tagging: "copy",
    sources: [{ path: "sourceDbInstanceArn", types: RDS_INSTANCE_TYPES }],
    atRest: [{ what: "the replicated backups", key: "kmsKeyId", keyAbsentMeans: "the AWS-managed aws/rds key of the destination region" }],
    inTransit: AWS_INTERNAL,
    retention: [{ what: "replicated backups", period: "retentionPeriod", unit: "days", absent: 7 }],
    destinations: [{ what: "copies automated backups to", ownRegion: true }],
});

export const rdsExportTask = entry<ExportTaskArgs>()({
    types: ["aws:rds/exportTask:ExportTask"],
    holds: "a database snapshot exported to S3 as Parquet files",
    tagging: "copy",
    sources: [{ path: "sourceArn", types: [...SNAPSHOT_TYPES, ...CLUSTER_SNAPSHOT_TYPES, ...RDS_CLUSTER_TYPES] }],
    atRest: [{ what: "the exported files", key: "kmsKeyId" }],
    inTransit: AWS_INTERNAL,
    retention: { notOffered: "the files live in the destination bucket, judged as a copy through its lifecycle" },
    destinations: [{ what: "exports the database to", store: true, path: "s3BucketName", types: BUCKET_TYPES }],
});

export const rdsGlobalCluster = entry<GlobalClusterArgs>()({
    types: ["aws:rds/globalCluster:GlobalCluster"],
    holds: "a database replicated to the regions of its member clusters",
    tagging: "copy",
    names: ["globalClusterIdentifier"],
    sources: [{ path: "sourceDbClusterIdentifier", types: RDS_CLUSTER_TYPES }],
    atRest: [
        {
            what: "storage",
            when: { path: "sourceDbClusterIdentifier", not: true },
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" },
        },
    ],
    inTransit: AWS_INTERNAL,
    retention: { notOffered: "backups are those of its member clusters" },
});

export const rdsIntegration = entry<IntegrationArgs>()({
    types: ["aws:rds/integration:Integration"],
    holds: "tables replicated continuously into a Redshift warehouse (zero-ETL)",
    tagging: "copy",
    sources: [{ path: "sourceArn", types: RDS_CLUSTER_TYPES }],
    atRest: [{ what: "the integration", key: "kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: AWS_INTERNAL,
    retention: { notOffered: "the data lives in the target warehouse, judged as a copy" },
    destinations: [{ what: "replicates tables to", store: true, path: "targetArn", types: "any" }],
});

export const rdsClusterActivityStream = entry<ClusterActivityStreamArgs>()({
    types: ["aws:rds/clusterActivityStream:ClusterActivityStream"],
    holds: "every SQL statement of a cluster, with its literal values, in a Kinesis stream RDS creates",
    tagging: "copy",
    sources: [{ path: "resourceArn", types: [...RDS_CLUSTER_TYPES, ...RDS_INSTANCE_TYPES] }],
    atRest: [{ what: "activity records", key: "kmsKeyId" }],
    inTransit: AWS_INTERNAL,
    retention: [{ what: "activity records in the stream RDS creates (24 hours)", awsKeepsDays: 1 }],
});

export const rdsProxy = entry<ProxyArgs>()({
    types: ["aws:rds/proxy:Proxy"],
    holds: "database traffic in flight (and, with debugLogging, SQL text in its logs)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a proxy stores nothing; its credentials live in Secrets Manager" },
    inTransit: [{ what: "client connections", setting: { path: "requireTls", absent: false, absentMeans: "TLS optional" } }],
    exposure: [{ what: "the proxy", securityGroups: "vpcSecurityGroupIds" }],
    retention: { notOffered: "a proxy stores nothing" },
});

export const rdsShardGroup = entry<ShardGroupArgs>()({
    types: ["aws:rds/shardGroup:ShardGroup"],
    holds: "the sharded tables of an Aurora Limitless cluster",
    tagging: "copy",
    sources: [{ path: "dbClusterIdentifier", types: RDS_CLUSTER_TYPES }],
    atRest: { notOffered: "encrypted under its cluster's key" },
    inTransit: { notOffered: "its cluster's parameter group applies" },
    exposure: [{ what: "the shard group", publicWhen: { path: "publiclyAccessible", absent: false } }],
    retention: { notOffered: "backups are its cluster's" },
});
