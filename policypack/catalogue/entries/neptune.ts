/** Neptune: graph database clusters, their instances, manual snapshots and global clusters. */
import type { ClusterArgs } from "@pulumi/aws/neptune/cluster";
import type { ClusterInstanceArgs } from "@pulumi/aws/neptune/clusterInstance";
import type { ClusterSnapshotArgs } from "@pulumi/aws/neptune/clusterSnapshot";
import type { GlobalClusterArgs } from "@pulumi/aws/neptune/globalCluster";
import { entry } from "../entry";
import { exportedLogGroups } from "./docdb";

export const NEPTUNE_CLUSTER_TYPES = ["aws:neptune/cluster:Cluster"];
const SNAPSHOT_TYPES = ["aws:neptune/clusterSnapshot:ClusterSnapshot"];
const GLOBAL_CLUSTER_TYPES = ["aws:neptune/globalCluster:GlobalCluster"];

export const neptuneCluster = entry<ClusterArgs>()({
    types: ["aws:neptune/cluster:Cluster"],
    holds: "vertices, edges and their properties of a graph database",
    tagging: "store",
    names: ["clusterIdentifier"],
    sources: [
        { path: "snapshotIdentifier", types: SNAPSHOT_TYPES },
        { path: "replicationSourceIdentifier", types: NEPTUNE_CLUSTER_TYPES },
    ],
    atRest: [
        {
            what: "storage",
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" },
            key: "kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
    ],
    inTransit: { notOffered: "Neptune engine 1.0.4.0 and later accept HTTPS/TLS connections only (neptune_enforce_ssl no longer applies)" },
    exposure: [{ what: "the cluster", securityGroups: "vpcSecurityGroupIds" }],
    retention: [
        { what: "automated backups", period: "backupRetentionPeriod", unit: "days", absent: 1 },
        {
            what: "a final snapshot",
            keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "Neptune takes one" },
        },
        exportedLogGroups({
            exports: "enableCloudwatchLogsExports",
            id: "clusterIdentifier",
            logGroup: (id, type) => `/aws/neptune/${id}/${type}`,
        }),
    ],
    destinations: [{ what: "joins the global cluster", store: true, path: "globalClusterIdentifier", types: GLOBAL_CLUSTER_TYPES }],
    notes: "Audit and slow-query logs quote the queries with their literal values; their log groups /aws/neptune/<cluster>/<type> are copies of the cluster.",
});

export const neptuneClusterInstance = entry<ClusterInstanceArgs>()({
    types: ["aws:neptune/clusterInstance:ClusterInstance"],
    holds: "a member of a Neptune cluster (the cluster's data)",
    tagging: "copy",
    names: ["identifier"],
    sources: [{ path: "clusterIdentifier", types: NEPTUNE_CLUSTER_TYPES }],
    atRest: { notOffered: "storage is the cluster's, encrypted under its key" },
    inTransit: { notOffered: "Neptune accepts HTTPS/TLS connections only" },
    exposure: [{ what: "the cluster member", publicWhen: { path: "publiclyAccessible", absent: false } }],
    retention: { notOffered: "backups and the final snapshot are the cluster's" },
});

export const neptuneClusterSnapshot = entry<ClusterSnapshotArgs>()({
    types: ["aws:neptune/clusterSnapshot:ClusterSnapshot"],
    holds: "a full copy of a graph database",
    tagging: "copy",
    names: ["dbClusterSnapshotIdentifier"],
    sources: [{ path: "dbClusterIdentifier", types: NEPTUNE_CLUSTER_TYPES }],
    atRest: { notOffered: "encrypted under its cluster's key" },
    inTransit: { notOffered: "taken by Neptune inside AWS" },
    retention: [{ what: "a manual snapshot", neverExpires: true }],
});

export const neptuneGlobalCluster = entry<GlobalClusterArgs>()({
    types: ["aws:neptune/globalCluster:GlobalCluster"],
    holds: "a graph database replicated to the regions of its member clusters",
    tagging: "copy",
    names: ["globalClusterIdentifier"],
    sources: [{ path: "sourceDbClusterIdentifier", types: NEPTUNE_CLUSTER_TYPES }],
    atRest: [
        {
            what: "storage",
            when: { path: "sourceDbClusterIdentifier", not: true },
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" },
        },
    ],
    inTransit: { notOffered: "replicated by Neptune inside AWS" },
    retention: { notOffered: "backups are those of its member clusters" },
    notes: "A member cluster in another region is judged on that cluster (it joins the global cluster from its own region).",
});
