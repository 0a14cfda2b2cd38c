/** Aurora DSQL: clusters, their multi-Region peering and resource policies. */
import type { ClusterArgs } from "@pulumi/aws/dsql/cluster";
import type { ClusterPeeringArgs } from "@pulumi/aws/dsql/clusterPeering";
import type { ClusterPolicyArgs } from "@pulumi/aws/dsql/clusterPolicy";
import { entry } from "../entry";
import { ownedKeyCheck } from "./docdb";

const CLUSTER_TYPES = ["aws:dsql/cluster:Cluster"];
const NOTHING_STORED = { notOffered: "stores no rows; the cluster is judged" };

export const dsqlCluster = entry<ClusterArgs>()({
    types: ["aws:dsql/cluster:Cluster"],
    holds: "rows of a distributed SQL database",
    tagging: "store",
    atRest: [ownedKeyCheck("the cluster", "kmsEncryptionKey", ["AWS_OWNED_KMS_KEY"], "an AWS-owned key")],
    inTransit: { notOffered: "Aurora DSQL accepts TLS connections only (IAM authentication tokens)" },
    retention: { notOffered: "Aurora DSQL takes no automatic backups; AWS Backup plans are judged on their own" },
    destinations: [
        { what: "peers with", store: true, path: "multiRegionProperties.clusters", types: CLUSTER_TYPES },
        { what: "keeps encrypted transaction logs in the witness", region: "multiRegionProperties.witnessRegion" },
    ],
    notes: "A multi-Region cluster replicates every row to its peers and keeps a window of its transaction log in the witness region.",
});

export const dsqlClusterPeering = entry<ClusterPeeringArgs>()({
    types: ["aws:dsql/clusterPeering:ClusterPeering"],
    holds: "the replication of a cluster's rows to its peer clusters",
    tagging: "copy",
    sources: [{ path: "identifier", types: CLUSTER_TYPES }],
    atRest: { notOffered: "each peer is encrypted under its own key, judged there" },
    inTransit: { notOffered: "replicated by Aurora DSQL inside AWS" },
    retention: NOTHING_STORED,
    destinations: [
        { what: "peers the cluster with", store: true, path: "clusters", types: CLUSTER_TYPES },
        { what: "keeps encrypted transaction logs in the witness", region: "witnessRegion" },
    ],
});

export const dsqlClusterPolicy = entry<ClusterPolicyArgs>()({
    types: ["aws:dsql/clusterPolicy:ClusterPolicy"],
    holds: "who (including other accounts) may connect to a cluster",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "identifier", types: CLUSTER_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ what: "its cluster policy", policyDocument: "policy" }],
    retention: NOTHING_STORED,
});
