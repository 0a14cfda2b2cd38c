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

/**
 * Forced TLS, engine family by engine family (DP-2.3). A parameter group that leaves the TLS
 * parameter unset inherits its family's default, so the default decides for default groups and
 * for custom groups alike. AWS's documented defaults:
 * - RDS for PostgreSQL: rds.force_ssl is 1 from PostgreSQL 15 on, 0 before
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html#PostgreSQL.Concepts.General.SSL.Requiring).
 *   Multi-AZ DB clusters of RDS for PostgreSQL (engine "postgres" on aws.rds.Cluster) use the same families.
 * - Aurora PostgreSQL: rds.force_ssl is 0 in every version ("By default, the rds.force_ssl parameter
 *   is set to 0 (off)", https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/ssl-certificate-rotation-aurora-postgresql.html;
 *   https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html#AuroraPostgreSQL.Security.SSL).
 * - RDS for MySQL and MariaDB: require_secure_transport is OFF
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.html#mysql-ssl-connections.require-ssl,
 *   https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.html).
 * - Aurora MySQL: require_secure_transport is OFF
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Security.html#AuroraMySQL.Security.SSL.RequireSSL).
 * - RDS for SQL Server: rds.force_ssl is 0
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html).
 * - RDS for Oracle and Db2 force TLS through an option group or their own settings, not a
 *   parameter the pack reads: never forced by the parameter group.
 */
interface EngineFamily {
    /** The engine as RDS families name it: postgres, aurora-postgresql, mysql, aurora-mysql, ... */
    readonly engine: string;
    /** The major version (16, 8), when known. */
    readonly major?: number;
    /** The family or engine and version, for messages ("aurora-postgresql16", "postgres 14.9"). */
    readonly shown: string;
}

const FAMILY =
    /^(aurora-postgresql|aurora-mysql|aurora|postgres|mysql|mariadb|sqlserver-[a-z]+|oracle-[a-z0-9]+|db2-[a-z]+|custom-[a-z0-9-]+)(\d+(?:\.\d+)?)?$/;

/** The engine family of a parameter group's `family` (`postgres16`) or of a default group's name (`default.postgres16`). */
function familyOf(text: unknown): EngineFamily | undefined {
    if (typeof text !== "string" || isUnknown(text)) return undefined;
    const shown = text.replace(/^default\./, "");
    const match = FAMILY.exec(shown);
    if (!match) return undefined;
    return { engine: match[1], major: match[2] === undefined ? undefined : Math.floor(Number(match[2])), shown };
}

/** The engine family of the database itself: its engine and engineVersion. */
function dbFamily(db: Res): EngineFamily | undefined {
    const engine = db.props.engine;
    if (typeof engine !== "string" || isUnknown(engine) || engine === "") return undefined;
    const raw = db.props.engineVersion;
    const version = typeof raw === "number" ? String(raw) : typeof raw === "string" && raw !== "" && !isUnknown(raw) ? raw : undefined;
    const major = version === undefined ? undefined : /^(\d+)/.exec(version)?.[1];
    return {
        engine,
        major: major === undefined ? undefined : Number(major),
        shown: version === undefined ? engine : `${engine} ${version}`,
    };
}

/** The parameter that forces TLS for an engine, if the engine has one. */
function tlsParameter(engine: string): string | undefined {
    if (/postgres|sqlserver/.test(engine)) return "rds.force_ssl";
    if (/mysql|mariadb|^aurora$/.test(engine)) return "require_secure_transport";
    return undefined;
}

/** Whether a family's default forces TLS; undefined when it cannot be told (no major version). */
function familyDefaultForcesTls(family: EngineFamily): boolean | undefined {
    if (family.engine === "postgres") return family.major === undefined ? undefined : family.major >= 15;
    return false;
}

const ON = ["1", "on", "true"];

function parameterGroupOf(index: StackIndex, db: Res, property: string, types: string[]): Res | undefined {
    const fromDeps = (db.source.propertyDependencies?.[property] ?? [])
        .map((dep) => index.byUrn.get(dep.urn))
        .find((res) => res && types.includes(res.type));
    if (fromDeps) return fromDeps;
    const byName = index.memo(`rds-parameter-groups:${types.join(",")}`, () => {
        const map = new Map<unknown, Res>();
        for (const group of index.ofTypes(types)) for (const key of [group.props.name, group.name]) if (!map.has(key)) map.set(key, group);
        return map;
    });
    return byName.get(db.props[property]);
}

/**
 * TLS forced through the parameter group: rds.force_ssl (PostgreSQL, SQL Server) or require_secure_transport (MySQL,
 * MariaDB), set or inherited.
 */
function forcedTls(property: string, types: string[], kind: string) {
    return ({ index, store, report }: StoreContext): void => {
        const db = store.res;
        if (db.type === "aws:rds/instance:Instance" && /aurora/.test(String(db.props.engine ?? ""))) return; // cluster members: the cluster's group decides
        const name = db.props[property];
        const own = dbFamily(db);
        if (name === undefined || name === "" || (typeof name === "string" && name.startsWith("default."))) {
            const family = familyOf(name) ?? own;
            const forced = family === undefined ? undefined : familyDefaultForcesTls(family);
            if (forced === undefined)
                report(
                    `uses the default ${kind}, and ${family ? `${family.shown} names no major version` : "its engine is not known"}, so whether it forces TLS cannot be verified: set engineVersion, or use a ${kind} that sets the TLS parameter`,
                );
            else if (!forced)
                report(
                    `uses the default ${kind}, which does not force TLS for ${family!.shown}${family!.engine === "aurora-postgresql" ? " (rds.force_ssl defaults to 0 in every Aurora PostgreSQL version)" : ""}`,
                );
            return;
        }
        if (isUnknown(name) && (db.source.propertyDependencies?.[property] ?? []).length === 0) {
            report(`${property} is not known during preview, so forced TLS cannot be verified`);
            return;
        }
        const group = parameterGroupOf(index, db, property, types);
        if (!group) {
            report(`its ${kind} ${JSON.stringify(name)} is not in this stack, so forced TLS cannot be verified`);
            return;
        }
        const family = familyOf(group.props.family) ?? own;
        // The TLS parameter of the group's family (and of the database's engine, should they differ: AWS rejects the mismatch anyway).
        const wanted = [family, own]
            .flatMap((f) => (f === undefined ? [] : [tlsParameter(f.engine)]))
            .filter((n): n is string => n !== undefined);
        const names = wanted.length > 0 ? [...new Set(wanted)] : ["rds.force_ssl", "require_secure_transport"];
        const parameters = group.props.parameters;
        if (
            isUnknown(parameters) ||
            asList(parameters).some((p) => isUnknown(p) || isUnknown(p?.name) || (names.includes(p?.name) && isUnknown(p?.value)))
        ) {
            report(`the parameters of its ${kind} ${group.name} are not known during preview, so forced TLS cannot be verified`);
            return;
        }
        const set = asList(parameters).filter((p) => names.includes(p?.name));
        if (set.length > 0) {
            const off = set.find((p) => !ON.includes(String(p?.value).toLowerCase()));
            if (off)
                report(
                    `its ${kind} ${group.name} does not set rds.force_ssl = 1 or require_secure_transport = 1: it sets ${off.name} = ${JSON.stringify(off.value)}`,
                );
            return;
        }
        // Left unset: the family's default applies.
        const inherited = family === undefined ? undefined : familyDefaultForcesTls(family);
        if (inherited === true) return;
        const why =
            family === undefined
                ? "and its engine family is not known"
                : inherited === undefined
                  ? `and ${family.shown} names no major version, so its default cannot be told`
                  : `and the ${family.shown} default leaves it off`;
        report(`its ${kind} ${group.name} does not set rds.force_ssl = 1 or require_secure_transport = 1 (${why})`);
    };
}

/** Exported logs go to /aws/rds/<kind>/<id>/<log>, which RDS creates with no retention unless the stack declares it. */
function exportedLogGroups(kind: "instance" | "cluster", idPath: "identifier" | "clusterIdentifier") {
    return ({ index, store, report }: StoreContext): void => {
        const logs = readStrings(store.res.props, "enabledCloudwatchLogsExports");
        if (logs.length === 0) return;
        const id = readStrings(store.res.props, idPath)[0];
        if (id === undefined) {
            if (!hasUnnamedLogGroup(index))
                report(
                    `exports logs (${logs.join(", ")}) but its ${idPath} is not known, so the log groups RDS writes to cannot be found in the stack`,
                );
            return;
        }
        const missing = logs.map((log) => `/aws/rds/${kind}/${id}/${log}`).filter((name) => !declaredLogGroupNames(index).has(name));
        if (missing.length > 0 && !hasUnnamedLogGroup(index))
            report(
                `exports logs to ${missing.join(", ")}, which are not log groups of this stack: RDS creates them with no retention (kept forever); declare them with a retention and a customer-managed key`,
            );
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
        {
            what: "storage",
            when: { path: "replicateSourceDb", not: true },
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" },
            key: "kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
        {
            what: "storage of the replica",
            when: { path: "replicateSourceDb" },
            key: "kmsKeyId",
            keyAbsentMeans: "the source's key, or the AWS-managed aws/rds key",
        },
        {
            what: "Performance Insights",
            when: { path: "performanceInsightsEnabled", on: [true] },
            key: "performanceInsightsKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
        {
            what: "the master user secret",
            when: { path: "manageMasterUserPassword", on: [true] },
            key: "masterUserSecretKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/secretsmanager key",
        },
    ],
    inTransit: [
        {
            custom: forcedTls("parameterGroupName", ["aws:rds/parameterGroup:ParameterGroup"], "parameter group"),
            summary: "parameter group sets rds.force_ssl or require_secure_transport (PostgreSQL 15+ defaults to it)",
        },
    ],
    exposure: [
        { what: "the database", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the database", securityGroups: "vpcSecurityGroupIds", when: NOT_AURORA },
    ],
    retention: [
        { what: "automated backups", period: "backupRetentionPeriod", unit: "days", absent: 1 },
        { what: "a final snapshot", keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "RDS takes one" } },
        {
            what: "automated backups after the database is deleted",
            keepsForever: { path: "deleteAutomatedBackups", on: [false], absent: false },
        },
        {
            custom: exportedLogGroups("instance", "identifier"),
            summary: "the log groups of enabledCloudwatchLogsExports are declared in the stack",
        },
    ],
});

export const rdsCluster = entry<ClusterArgs>()({
    types: ["aws:rds/cluster:Cluster"],
    holds: "rows of a database",
    tagging: "store",
    names: ["clusterIdentifier"],
    sources: [
        { path: "replicationSourceIdentifier", types: RDS_CLUSTER_TYPES },
        {
            path: "snapshotIdentifier",
            types: ["aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"],
        },
        { path: "restoreToPointInTime.sourceClusterIdentifier", types: RDS_CLUSTER_TYPES },
    ],
    atRest: [
        {
            what: "storage",
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted, unless Aurora Serverless v1" },
            key: "kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
        {
            what: "Performance Insights",
            when: { path: "performanceInsightsEnabled", on: [true] },
            key: "performanceInsightsKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
        {
            what: "the master user secret",
            when: { path: "manageMasterUserPassword", on: [true] },
            key: "masterUserSecretKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/secretsmanager key",
        },
    ],
    inTransit: [
        {
            custom: forcedTls(
                "dbClusterParameterGroupName",
                ["aws:rds/clusterParameterGroup:ClusterParameterGroup"],
                "cluster parameter group",
            ),
            summary: "cluster parameter group sets rds.force_ssl or require_secure_transport",
        },
    ],
    exposure: [{ what: "the cluster", securityGroups: "vpcSecurityGroupIds" }],
    retention: [
        { what: "automated backups", period: "backupRetentionPeriod", unit: "days", absent: 1 },
        { what: "a final snapshot", keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "RDS takes one" } },
        {
            what: "automated backups after the cluster is deleted",
            keepsForever: { path: "deleteAutomatedBackups", on: [false], absent: false },
        },
        { what: "backtrack history", period: "backtrackWindow", unit: "seconds", absent: 0 },
        {
            custom: exportedLogGroups("cluster", "clusterIdentifier"),
            summary: "the log groups of enabledCloudwatchLogsExports are declared in the stack",
        },
    ],
    destinations: [
        { what: "joins the global cluster", store: true, path: "globalClusterIdentifier", types: ["aws:rds/globalCluster:GlobalCluster"] },
    ],
    dataEvents: {
        resourceType: "AWS::RDS::DBCluster",
        basicSelectors: false,
        service: "rds",
        resource: (name) => `cluster:${name}`,
        when: { path: "enableHttpEndpoint", on: [true] },
    },
});

export const rdsClusterInstance = entry<ClusterInstanceArgs>()({
    types: ["aws:rds/clusterInstance:ClusterInstance"],
    holds: "a member of an Aurora cluster (the cluster's data)",
    tagging: "copy",
    names: ["identifier"],
    sources: [{ path: "clusterIdentifier", types: RDS_CLUSTER_TYPES }],
    atRest: [
        {
            what: "Performance Insights",
            when: { path: "performanceInsightsEnabled", on: [true] },
            key: "performanceInsightsKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
    ],
    inTransit: { notOffered: "a member uses its cluster's parameter group, checked on the cluster" },
    exposure: [{ what: "the cluster member", publicWhen: { path: "publiclyAccessible", absent: false } }],
    retention: { notOffered: "backups are the cluster's" },
});
