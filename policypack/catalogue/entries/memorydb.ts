/** MemoryDB: durable in-memory clusters, their snapshots and multi-Region clusters. */
import type { ClusterArgs } from "@pulumi/aws/memorydb/cluster";
import type { MultiRegionClusterArgs } from "@pulumi/aws/memorydb/multiRegionCluster";
import type { SnapshotArgs } from "@pulumi/aws/memorydb/snapshot";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

export const MEMORYDB_CLUSTER_TYPES = ["aws:memorydb/cluster:Cluster"];
const SNAPSHOT_TYPES = ["aws:memorydb/snapshot:Snapshot"];
const MULTI_REGION_TYPES = ["aws:memorydb/multiRegionCluster:MultiRegionCluster"];

/** The built-in open-access ACL lets every client in without authentication. */
function checkOpenAccess({ store, report }: StoreContext): void {
    const acl = store.res.props.aclName;
    if (isUnknown(acl)) report("aclName is not known during preview, so open access cannot be ruled out");
    else if (acl === "open-access")
        report(
            'uses the open-access ACL (aclName "open-access"): any client that reaches its port reads and writes every key without authentication',
        );
}

export const memorydbCluster = entry<ClusterArgs>()({
    types: ["aws:memorydb/cluster:Cluster"],
    holds: "records of a durable in-memory database (Redis OSS / Valkey keys and values)",
    tagging: "store",
    names: ["name"],
    sources: [
        { path: "snapshotName", types: SNAPSHOT_TYPES },
        { path: "snapshotArns", types: BUCKET_TYPES },
        { path: "multiRegionClusterName", types: MULTI_REGION_TYPES },
    ],
    atRest: [{ what: "the cluster", key: "kmsKeyArn", keyAbsentMeans: "MemoryDB's default service key" }],
    inTransit: [{ what: "client connections", setting: { path: "tlsEnabled", absent: true } }],
    exposure: [
        { what: "the cluster", securityGroups: "securityGroupIds" },
        { custom: checkOpenAccess, summary: "not the open-access ACL" },
    ],
    retention: [
        { what: "automatic snapshots", period: "snapshotRetentionLimit", unit: "days", absent: 0 },
        { what: "a final snapshot", keepsForever: { path: "finalSnapshotName", on: [], absent: false } },
    ],
    destinations: [{ what: "joins the multi-Region cluster", store: true, path: "multiRegionClusterName", types: MULTI_REGION_TYPES }],
    notes: "MemoryDB always encrypts at rest; its multi-AZ transaction log is part of the cluster's storage and follows the records' deletion. tlsEnabled false requires the open-access ACL.",
});

export const memorydbSnapshot = entry<SnapshotArgs>()({
    types: ["aws:memorydb/snapshot:Snapshot"],
    holds: "a full copy of a cluster's records",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "clusterName", types: MEMORYDB_CLUSTER_TYPES }],
    atRest: [{ what: "the snapshot", key: "kmsKeyArn", keyAbsentMeans: "MemoryDB's default service key" }],
    inTransit: { notOffered: "taken by MemoryDB inside AWS" },
    retention: [{ what: "a manual snapshot", neverExpires: true }],
});

export const memorydbMultiRegionCluster = entry<MultiRegionClusterArgs>()({
    types: ["aws:memorydb/multiRegionCluster:MultiRegionCluster"],
    holds: "records replicated between its regional member clusters",
    tagging: "copy",
    names: ["multiRegionClusterNameSuffix"],
    atRest: { notOffered: "each regional member cluster is encrypted under its own key, judged there" },
    inTransit: [
        {
            what: "client connections",
            setting: { path: "tlsEnabled", absent: false, absentMeans: "AWS does not document the default: set it" },
        },
    ],
    retention: { notOffered: "snapshots are those of its regional member clusters" },
    notes: "Its classification comes from the regional clusters that join it (multiRegionClusterName); each member is judged for its own region.",
});
