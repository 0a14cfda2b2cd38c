/**
 * DocumentDB: clusters, instances, manual snapshots, global and elastic clusters.
 *
 * This file also exports the checks that the other database entries of its group share (they
 * read parameter groups, log groups a database creates in CloudWatch Logs, and key arguments
 * that may name the AWS-owned key by a keyword): Neptune, Redshift, DAX, QLDB, DSQL, Keyspaces
 * and Neptune Analytics import them from here.
 */
import type { ClusterArgs } from "@pulumi/aws/docdb/cluster";
import type { ClusterInstanceArgs } from "@pulumi/aws/docdb/clusterInstance";
import type { ClusterSnapshotArgs } from "@pulumi/aws/docdb/clusterSnapshot";
import type { ElasticClusterArgs } from "@pulumi/aws/docdb/elasticCluster";
import type { GlobalClusterArgs } from "@pulumi/aws/docdb/globalCluster";
import { customerKeyProblem } from "../../lib/encryption";
import { Res, StackIndex } from "../../lib/stack-index";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read, shown } from "../read";

// ---------------------------------------------------------------------------------------------
// Shared checks
// ---------------------------------------------------------------------------------------------

const LOG_GROUP_TYPE = "aws:cloudwatch/logGroup:LogGroup";

/** The parameter group `res` names in `property`: through its property dependencies, else by its name. */
export function parameterGroupOf(index: StackIndex, res: Res, property: string, types: readonly string[]): Res | undefined {
    const fromDeps = (res.source.propertyDependencies?.[property] ?? [])
        .map((dep) => index.byUrn.get(dep.urn))
        .find((r) => r !== undefined && types.includes(r.type));
    if (fromDeps) return fromDeps;
    const name = res.props[property];
    if (typeof name !== "string" || isUnknown(name)) return undefined;
    return index.ofTypes(types).find((group) => [group.props.name, group.props.id, group.name].includes(name));
}

export type ParameterReading = { state: "unknown" } | { state: "absent" } | { state: "known"; value: string };

/** The value a parameter group gives `name` (parameter names compare case-insensitively). */
export function readParameter(group: Res, name: string): ParameterReading {
    const parameters = group.props.parameters;
    if (isUnknown(parameters)) return { state: "unknown" };
    const found = asList(parameters).find((p) => typeof p?.name === "string" && p.name.toLowerCase() === name.toLowerCase());
    if (!found) return { state: "absent" };
    if (isUnknown(found.value)) return { state: "unknown" };
    return { state: "known", value: String(found.value) };
}

/** A setting that lives in a parameter group the resource names (TLS of DocumentDB and Redshift). */
export interface ParameterRule {
    /** The argument naming the group. */
    readonly property: string;
    readonly groupTypes: readonly string[];
    readonly parameter: string;
    /** What the setting protects, for messages ("TLS"). */
    readonly what: string;
    /** Whether a value complies. */
    readonly complies: (value: string) => boolean;
    /** What the value must be, for messages. */
    readonly requirement: string;
    /** Whether AWS's default group and the family default comply; when not, what they do. */
    readonly defaultComplies: boolean;
    readonly defaultMeans: string;
}

/** Checks a parameter of the group a resource names; the default group (absent, or `default.*`) has the family default. */
export function parameterGroupCheck(rule: ParameterRule): CustomCheck {
    return {
        summary: `${rule.property} names a group that ${rule.requirement}`,
        custom: ({ index, store, report }: StoreContext) => {
            const res = store.res;
            const name = res.props[rule.property];
            const hasDeps = (res.source.propertyDependencies?.[rule.property] ?? []).length > 0;
            if (!hasDeps && (name === undefined || name === "" || (typeof name === "string" && name.startsWith("default.")))) {
                if (!rule.defaultComplies)
                    report(
                        `${rule.what}: uses the default parameter group${typeof name === "string" && name !== "" ? ` ${name}` : ""}, where ${rule.defaultMeans}: name a parameter group that ${rule.requirement}`,
                    );
                return;
            }
            if (isUnknown(name) && !hasDeps) {
                report(`${rule.what}: ${rule.property} is not known during preview, so ${rule.parameter} cannot be verified`);
                return;
            }
            const group = parameterGroupOf(index, res, rule.property, rule.groupTypes);
            if (!group) {
                report(`${rule.what}: its parameter group ${shown(name)} is not in this stack, so ${rule.parameter} cannot be verified`);
                return;
            }
            const reading = readParameter(group, rule.parameter);
            if (reading.state === "unknown")
                report(`${rule.what}: ${rule.parameter} of its parameter group ${group.name} is not known during preview`);
            else if (reading.state === "absent" && !rule.defaultComplies)
                report(
                    `${rule.what}: its parameter group ${group.name} does not set ${rule.parameter}, and ${rule.defaultMeans}: it must set ${rule.parameter} so that it ${rule.requirement}`,
                );
            else if (reading.state === "known" && !rule.complies(reading.value))
                report(
                    `${rule.what}: its parameter group ${group.name} sets ${rule.parameter} = ${shown(reading.value)}; it must be a group that ${rule.requirement}`,
                );
        },
    };
}

/**
 * Logs a database exports to CloudWatch Logs go to log groups it names by convention; one that
 * the stack does not define is created by CloudWatch Logs with no retention (kept forever, DP-5.1).
 */
export function exportedLogGroups(options: {
    exports: string;
    id: string;
    logGroup: (id: string, type: string) => string;
    when?: (props: Record<string, any>) => boolean;
}): CustomCheck {
    return {
        summary: `each log type in ${options.exports} goes to a log group of this stack (with a retention)`,
        custom: ({ index, store, report }: StoreContext) => {
            const props = store.res.props;
            if (options.when && !options.when(props)) return;
            const readings = read(props, options.exports);
            if (readings.some((r) => r.state === "unknown")) {
                report(`${options.exports} is not known during preview, so the log groups it creates cannot be verified`);
                return;
            }
            const types = readings
                .flatMap((r) => (r.state === "known" ? asList(r.value) : []))
                .filter((t): t is string => typeof t === "string" && !isUnknown(t) && t !== "");
            if (types.length === 0) return;
            const id = props[options.id];
            if (typeof id !== "string" || isUnknown(id) || id === "") {
                report(
                    `exports ${types.join(", ")} logs to CloudWatch Logs, but ${options.id} is ${isUnknown(id) ? "not known during preview" : "not set"}, so the log groups cannot be found in this stack: CloudWatch Logs would create them with no retention`,
                );
                return;
            }
            const groups = index.ofTypes([LOG_GROUP_TYPE]);
            const dependsOnStore = (group: Res) => (group.source.propertyDependencies?.name ?? []).some((dep) => dep.urn === store.res.urn);
            for (const type of types) {
                const name = options.logGroup(id, type);
                const defined = groups.some((group) => group.props.name === name || (isUnknown(group.props.name) && dependsOnStore(group)));
                if (!defined)
                    report(
                        `exports its ${type} log to ${name}, which is not a log group of this stack: CloudWatch Logs creates it with no retention (kept forever); define that log group with a retention`,
                    );
            }
        },
    };
}

/**
 * A key argument that also accepts a keyword for the AWS-owned key (`AWS_OWNED_KMS_KEY`): absent
 * or that keyword is not a customer-managed key (DP-2.1, DP-6.1).
 */
export function ownedKeyCheck(what: string, path: string, ownedKeywords: readonly string[], absentMeans: string): CustomCheck {
    return {
        summary: `${path} names a customer-managed KMS key (absent or ${ownedKeywords.join(" / ")}: ${absentMeans})`,
        custom: ({ index, config, store, report }: StoreContext) => {
            for (const reading of read(store.res.props, path)) {
                if (reading.state === "unknown") continue; // a key created in the stack
                if (reading.state === "absent") {
                    report(`${what}: has no ${path}, so ${what} is encrypted under ${absentMeans}: name a customer-managed KMS key`);
                } else if (
                    typeof reading.value === "string" &&
                    ownedKeywords.some((k) => k.toLowerCase() === (reading.value as string).toLowerCase())
                ) {
                    report(`${what}: ${path} is ${shown(reading.value)}, an AWS-owned key: name a customer-managed KMS key`);
                } else {
                    const problem = customerKeyProblem(reading.value, path, { index, config, res: store.res, path });
                    if (problem) report(`${what}: ${problem}`);
                }
            }
        },
    };
}

// ---------------------------------------------------------------------------------------------
// DocumentDB
// ---------------------------------------------------------------------------------------------

export const DOCDB_CLUSTER_TYPES = ["aws:docdb/cluster:Cluster"];
const GLOBAL_CLUSTER_TYPES = ["aws:docdb/globalCluster:GlobalCluster"];
const CLUSTER_SNAPSHOT_TYPES = ["aws:docdb/clusterSnapshot:ClusterSnapshot"];

/** Values of the `tls` cluster parameter that require TLS (`disabled` is the only one that does not). */
const DOCDB_TLS_ON = ["enabled", "tls1.2+", "tls1.3+", "fips-140-3"];

export const docdbCluster = entry<ClusterArgs>()({
    types: ["aws:docdb/cluster:Cluster"],
    holds: "documents (JSON records) of a database",
    tagging: "store",
    names: ["clusterIdentifier"],
    sources: [
        { path: "snapshotIdentifier", types: CLUSTER_SNAPSHOT_TYPES },
        { path: "restoreToPointInTime.sourceClusterIdentifier", types: DOCDB_CLUSTER_TYPES },
    ],
    atRest: [
        {
            what: "storage",
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" },
            key: "kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
    ],
    inTransit: [
        parameterGroupCheck({
            property: "dbClusterParameterGroupName",
            groupTypes: ["aws:docdb/clusterParameterGroup:ClusterParameterGroup"],
            parameter: "tls",
            what: "client connections",
            complies: (value) => DOCDB_TLS_ON.includes(value.toLowerCase()),
            requirement: "keeps tls enabled (enabled, tls1.2+, tls1.3+ or fips-140-3)",
            defaultComplies: true,
            defaultMeans: "tls is enabled",
        }),
    ],
    exposure: [{ what: "the cluster", securityGroups: "vpcSecurityGroupIds" }],
    retention: [
        { what: "automated backups", period: "backupRetentionPeriod", unit: "days", absent: 1 },
        {
            what: "a final snapshot",
            keepsForever: { path: "skipFinalSnapshot", on: [false], absent: true, absentMeans: "DocumentDB takes one" },
        },
        exportedLogGroups({
            exports: "enabledCloudwatchLogsExports",
            id: "clusterIdentifier",
            logGroup: (id, type) => `/aws/docdb/${id}/${type}`,
        }),
    ],
    destinations: [{ what: "joins the global cluster", store: true, path: "globalClusterIdentifier", types: GLOBAL_CLUSTER_TYPES }],
    notes: "TLS is the `tls` parameter of the cluster parameter group (enabled in the default group). Audit and profiler logs (enabledCloudwatchLogsExports) can quote the documents they touch; their log groups /aws/docdb/<cluster>/<type> are copies of the cluster.",
});

export const docdbClusterInstance = entry<ClusterInstanceArgs>()({
    types: ["aws:docdb/clusterInstance:ClusterInstance"],
    holds: "a member of a DocumentDB cluster (the cluster's data)",
    tagging: "copy",
    names: ["identifier"],
    sources: [{ path: "clusterIdentifier", types: DOCDB_CLUSTER_TYPES }],
    atRest: [
        {
            what: "Performance Insights",
            when: { path: "enablePerformanceInsights", on: [true] },
            key: "performanceInsightsKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/rds key",
        },
    ],
    inTransit: { notOffered: "an instance uses its cluster's parameter group, checked on the cluster" },
    retention: { notOffered: "backups are the cluster's" },
    notes: "DocumentDB instances cannot be made publicly accessible; the cluster's security groups apply.",
});

export const docdbClusterSnapshot = entry<ClusterSnapshotArgs>()({
    types: ["aws:docdb/clusterSnapshot:ClusterSnapshot"],
    holds: "a full copy of a cluster's documents",
    tagging: "copy",
    names: ["dbClusterSnapshotIdentifier"],
    sources: [{ path: "dbClusterIdentifier", types: DOCDB_CLUSTER_TYPES }],
    atRest: { notOffered: "encrypted under its cluster's key" },
    inTransit: { notOffered: "taken by DocumentDB inside AWS" },
    retention: [{ what: "a manual snapshot", neverExpires: true }],
});

export const docdbGlobalCluster = entry<GlobalClusterArgs>()({
    types: ["aws:docdb/globalCluster:GlobalCluster"],
    holds: "a database replicated to the regions of its member clusters",
    tagging: "copy",
    names: ["globalClusterIdentifier"],
    sources: [{ path: "sourceDbClusterIdentifier", types: DOCDB_CLUSTER_TYPES }],
    atRest: [
        {
            what: "storage",
            when: { path: "sourceDbClusterIdentifier", not: true },
            enabled: { path: "storageEncrypted", absent: false, absentMeans: "unencrypted" },
        },
    ],
    inTransit: { notOffered: "replicated by DocumentDB inside AWS" },
    retention: { notOffered: "backups are those of its member clusters" },
    notes: "A member cluster in another region is judged on that cluster (it joins the global cluster from its own region).",
});

export const docdbElasticCluster = entry<ElasticClusterArgs>()({
    types: ["aws:docdb/elasticCluster:ElasticCluster"],
    holds: "documents (JSON records) of a sharded database",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "storage", key: "kmsKeyId", keyAbsentMeans: "the AWS-managed key KMS creates for DocumentDB elastic clusters" }],
    inTransit: { notOffered: "elastic clusters accept TLS connections only; there is no setting" },
    exposure: [{ what: "the elastic cluster", securityGroups: "vpcSecurityGroupIds" }],
    retention: [{ what: "automatic snapshots", period: "backupRetentionPeriod", unit: "days", absent: 1 }],
    notes: "authType PLAIN_TEXT puts the administrator password in the stack's state; SECRET_ARN reads it from Secrets Manager.",
});
