/** FinSpace managed kdb: environments (the key of all their data), databases, volumes, dataviews and clusters. */
import type { KxClusterArgs } from "@pulumi/aws/finspace/kxCluster";
import type { KxDatabaseArgs } from "@pulumi/aws/finspace/kxDatabase";
import type { KxDataviewArgs } from "@pulumi/aws/finspace/kxDataview";
import type { KxEnvironmentArgs } from "@pulumi/aws/finspace/kxEnvironment";
import type { KxVolumeArgs } from "@pulumi/aws/finspace/kxVolume";
import { entry } from "../entry";

const ENVIRONMENT_KEY = { notOffered: "encrypted under its environment's kmsKeyId, judged on KxEnvironment" };
const KDB_TLS = { notOffered: "kdb connections go through the cluster's PrivateLink endpoint; FinSpace has no TLS setting" };

export const finspaceKxEnvironment = entry<KxEnvironmentArgs>()({
    types: ["aws:finspace/kxEnvironment:KxEnvironment"],
    holds: "the key and network of every kdb database, volume and cluster in it",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the environment's data", key: "kmsKeyId" }],
    inTransit: KDB_TLS,
    retention: { notOffered: "an environment keeps no data of its own; its databases do" },
});

export const finspaceKxDatabase = entry<KxDatabaseArgs>()({
    types: ["aws:finspace/kxDatabase:KxDatabase"],
    holds: "kdb tables loaded by changesets",
    tagging: "store",
    names: ["name"],
    atRest: ENVIRONMENT_KEY,
    inTransit: KDB_TLS,
    retention: { notOffered: "changesets stay until the database is deleted: FinSpace offers no expiry" },
});

export const finspaceKxVolume = entry<KxVolumeArgs>()({
    types: ["aws:finspace/kxVolume:KxVolume"],
    holds: "shared storage of kdb clusters (database copies, savedown and tickerplant logs)",
    tagging: "store",
    names: ["name"],
    atRest: ENVIRONMENT_KEY,
    inTransit: KDB_TLS,
    retention: { notOffered: "a volume keeps data until deleted" },
});

export const finspaceKxDataview = entry<KxDataviewArgs>()({
    types: ["aws:finspace/kxDataview:KxDataview"],
    holds: "a cached, queryable copy of a database",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "databaseName", types: ["aws:finspace/kxDatabase:KxDatabase"] }],
    atRest: ENVIRONMENT_KEY,
    inTransit: KDB_TLS,
    retention: { notOffered: "a dataview lives until deleted; with autoUpdate it follows the database" },
});

export const finspaceKxCluster = entry<KxClusterArgs>()({
    types: ["aws:finspace/kxCluster:KxCluster"],
    holds: "kdb processes with caches of the databases they serve",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "databases.databaseName", types: ["aws:finspace/kxDatabase:KxDatabase"] }],
    atRest: ENVIRONMENT_KEY,
    inTransit: KDB_TLS,
    exposure: [{ what: "the cluster's endpoint", securityGroups: "vpcConfiguration.securityGroupIds" }],
    retention: { notOffered: "caches live as long as the cluster" },
});
