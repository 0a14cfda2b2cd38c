/** RDS and Aurora: instances, clusters and their members. Snapshots and exports are in rds-copies.ts. */
import type { ClusterArgs } from "@pulumi/aws/rds/cluster";
import type { ClusterInstanceArgs } from "@pulumi/aws/rds/clusterInstance";
import type { InstanceArgs } from "@pulumi/aws/rds/instance";
import { Res, StackIndex } from "../../lib/stack-index";
import { declaredLogGroupNames, hasUnnamedLogGroup } from "../../lib/service-logs";
import { asList, isUnknown } from "../../lib/values";
import { readStrings } from "../read";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const RDS_INSTANCE_TYPES = ["aws:rds/instance:Instance"];
export const RDS_CLUSTER_TYPES = ["aws:rds/cluster:Cluster"];

const TLS_PARAMETERS: Record<string, string> = { "rds.force_ssl": "1", "require_secure_transport": "1" };

/** Engines whose default parameter group already forces TLS (RDS for PostgreSQL 15 and later). */
function defaultForcesTls(db: Res): boolean {
    const major = Number(String(db.props.engineVersion ?? "").split(".")[0]);
    return /postgres/.test(String(db.props.engine ?? "")) && major >= 15;
}

function parameterGroupOf(index: StackIndex, db: Res, property: string, types: string[]): Res | undefined {
    const fromDeps = (db.source.propertyDependencies?.[property] ?? []).map((dep) => index.byUrn.get(dep.urn)).find((res) => res && types.includes(res.type));
    if (fromDeps) return fromDeps;
    const byName = index.memo(`rds-parameter-groups:${types.join(",")}`, () => {
        const map = new Map<unknown, Res>();
        for (const group of index.ofTypes(types)) for (const key of [group.props.name, group.name]) if (!map.has(key)) map.set(key, group);
        return map;
    });
    return byName.get(db.props[property]);
}

/** TLS forced through the parameter group: rds.force_ssl (PostgreSQL) or require_secure_transport (MySQL, MariaDB). */
function forcedTls(property: string, types: string[]) {
    return ({ index, store, report }: StoreContext): void => {
        const db = store.res;
        if (db.type === "aws:rds/instance:Instance" && /aurora/.test(String(db.props.engine ?? ""))) return; // cluster members: the cluster's group decides
        const name = db.props[property];
        if (name === undefined || name === "" || (typeof name === "string" && name.startsWith("default."))) {
            if (!defaultForcesTls(db)) report(`uses the default parameter group, which does not force TLS for ${db.props.engine ?? "this engine"} ${db.props.engineVersion ?? ""}`.trim());
            return;
        }
        if (isUnknown(name) && (db.source.propertyDependencies?.[property] ?? []).length === 0) {
            report(`${property} is not known during preview`);
            return;
        }
        const group = parameterGroupOf(index, db, property, types);
        if (!group) {
            report(`its parameter group ${JSON.stringify(name)} is not in this stack, so forced TLS cannot be verified`);
            return;
        }
        const forced = asList(group.props.parameters).some((p) => TLS_PARAMETERS[p?.name] !== undefined && ["1", "on", "true"].includes(String(p?.value).toLowerCase()));
        if (!forced) report(`its parameter group ${group.name} does not set rds.force_ssl = 1 or require_secure_transport = 1`);
    };
}

/** Exported logs go to /aws/rds/<kind>/<id>/<log>, which RDS creates with no retention unless the stack declares it. */
function exportedLogGroups(kind: "instance" | "cluster", idPath: "identifier" | "clusterIdentifier") {
    return ({ index, store, report }: StoreContext): void => {
        const logs = readStrings(store.res.props, "enabledCloudwatchLogsExports");
        if (logs.length === 0) return;
        const id = readStrings(store.res.props, idPath)[0];
        if (id === undefined) {
            if (!hasUnnamedLogGroup(index)) report(`exports logs (${logs.join(", ")}) but its ${idPath} is not known, so the log groups RDS writes to cannot be found in the stack`);
            return;
        }
        const missing = logs.map((log) => `/aws/rds/${kind}/${id}/${log}`).filter((name) => !declaredLogGroupNames(index).has(name));
        if (missing.length > 0 && !hasUnnamedLogGroup(index)) report(`exports logs to ${missing.join(", ")}, which are not log groups of this stack: RDS creates them with no retention (kept forever); declare them with a retention and a customer-managed key`);
    };
}

const NOT_AURORA = { path: "engine", on: ["aurora", "aurora-mysql", "aurora-postgresql"], not: true } as const;

export const rdsInstance = entry<InstanceArgs>()({
    types: ["aws:rds/instance:Instance"],
    holds: "rows of a database",
    tagging: "store",
    names: ["identifier"],
    sources: [
        { path: "replicateSourceDb", types: RDS_INSTANCE_TYPES },
        { path: "snapshotIdentifier", types: ["aws:rds/snapshot:Snapshot", "aws:rds/snapshotCopy:SnapshotCopy"] },
        { path: "restoreToPointInTime.sourceDbInstanceIdentifier", types: RDS_INSTANCE_TYPES },
    ],
    atRest: [
        { what: "storage", when: { path: "replicateSourceDb", not: true }, enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" }, key: "kmsKeyId", keyAbsentMeans: "the AWS-managed aws/rds key" },
        { what: "storage of the replica", when: { path: "replicateSourceDb" }, key: "kmsKeyId", keyAbsentMeans: "the source's key, or the AWS-managed aws/rds key" },
        { what: "Performance Insights", when: { path: "performanceInsightsEnabled", on: [true] }, key: "performanceInsightsKmsKeyId", keyAbsentMeans: "the AWS-managed aws/rds key" },
        { what: "the master user secret", when: { path: "manageMasterUserPassword", on: [true] }, key: "masterUserSecretKmsKeyId", keyAbsentMeans: "the AWS-managed aws/secretsmanager key" },
    ],
    inTransit: [{ custom: forcedTls("parameterGroupName", ["aws:rds/parameterGroup:ParameterGroup"]), summary: "parameter group sets rds.force_ssl or require_secure_transport (PostgreSQL 15+ defaults to it)" }],
    exposure: [
        { what: "the database", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the database", securityGroups: "vpcSecurityGroupIds", when: NOT_AURORA },
    ],
    retention: [
        { what: "automated backups", period: "backupRetentionPeriod", unit: "days", absent: 1 },
        { what: "a final snapshot", keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "RDS takes one" } },
        { what: "automated backups after the database is deleted", keepsForever: { path: "deleteAutomatedBackups", on: [false], absent: false } },
        { custom: exportedLogGroups("instance", "identifier"), summary: "the log groups of enabledCloudwatchLogsExports are declared in the stack" },
    ],
});

export const rdsCluster = entry<ClusterArgs>()({
    types: ["aws:rds/cluster:Cluster"],
    holds: "rows of a database",
    tagging: "store",
    names: ["clusterIdentifier"],
    sources: [
        { path: "replicationSourceIdentifier", types: RDS_CLUSTER_TYPES },
        { path: "snapshotIdentifier", types: ["aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"] },
        { path: "restoreToPointInTime.sourceClusterIdentifier", types: RDS_CLUSTER_TYPES },
    ],
    atRest: [
        { what: "storage", enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted, unless Aurora Serverless v1" }, key: "kmsKeyId", keyAbsentMeans: "the AWS-managed aws/rds key" },
        { what: "Performance Insights", when: { path: "performanceInsightsEnabled", on: [true] }, key: "performanceInsightsKmsKeyId", keyAbsentMeans: "the AWS-managed aws/rds key" },
        { what: "the master user secret", when: { path: "manageMasterUserPassword", on: [true] }, key: "masterUserSecretKmsKeyId", keyAbsentMeans: "the AWS-managed aws/secretsmanager key" },
    ],
    inTransit: [{ custom: forcedTls("dbClusterParameterGroupName", ["aws:rds/clusterParameterGroup:ClusterParameterGroup"]), summary: "cluster parameter group sets rds.force_ssl or require_secure_transport" }],
    exposure: [{ what: "the cluster", securityGroups: "vpcSecurityGroupIds" }],
    retention: [
        { what: "automated backups", period: "backupRetentionPeriod", unit: "days", absent: 1 },
        { what: "a final snapshot", keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "RDS takes one" } },
        { what: "automated backups after the cluster is deleted", keepsForever: { path: "deleteAutomatedBackups", on: [false], absent: false } },
        { what: "backtrack history", period: "backtrackWindow", unit: "seconds", absent: 0 },
        { custom: exportedLogGroups("cluster", "clusterIdentifier"), summary: "the log groups of enabledCloudwatchLogsExports are declared in the stack" },
    ],
    destinations: [{ what: "joins the global cluster", store: true, path: "globalClusterIdentifier", types: ["aws:rds/globalCluster:GlobalCluster"] }],
    dataEvents: { resourceType: "AWS::RDS::DBCluster", basicSelectors: false, service: "rds", resource: (name) => `cluster:${name}`, when: { path: "enableHttpEndpoint", on: [true] } },
});

export const rdsClusterInstance = entry<ClusterInstanceArgs>()({
    types: ["aws:rds/clusterInstance:ClusterInstance"],
    holds: "a member of an Aurora cluster (the cluster's data)",
    tagging: "copy",
    names: ["identifier"],
    sources: [{ path: "clusterIdentifier", types: RDS_CLUSTER_TYPES }],
    atRest: [{ what: "Performance Insights", when: { path: "performanceInsightsEnabled", on: [true] }, key: "performanceInsightsKmsKeyId", keyAbsentMeans: "the AWS-managed aws/rds key" }],
    inTransit: { notOffered: "a member uses its cluster's parameter group, checked on the cluster" },
    exposure: [{ what: "the cluster member", publicWhen: { path: "publiclyAccessible", absent: false } }],
    retention: { notOffered: "backups are the cluster's" },
});
