import { definePolicy } from "../../../lib/define";
import { RDS_CLUSTER_TYPES, RDS_INSTANCE_TYPES, Res, StackIndex } from "../../../lib/stack-index";
import { asList, isUnknown } from "../../../lib/values";

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

export const rdsDatabaseRequireTls = definePolicy({
    name: "rds-database-require-tls",
    description: "Every RDS database forces TLS through its parameter group: rds.force_ssl = 1 (PostgreSQL) or require_secure_transport = 1/ON (MySQL, MariaDB). The default group of PostgreSQL 15+ forces TLS already; other defaults do not. A group from outside the stack cannot be verified and is a violation.",
    clauses: ["DP-2.3"],
    severity: "high",
    remediationSteps: "Create an aws.rds.ParameterGroup (or ClusterParameterGroup) with rds.force_ssl = 1 or require_secure_transport = 1 and name it in parameterGroupName (AuditedRdsInstance does).",
    check({ index, report }) {
        const check = (db: Res, property: string, types: string[]) => {
            const name = db.props[property];
            if (name === undefined || name === "" || (typeof name === "string" && name.startsWith("default."))) {
                if (!defaultForcesTls(db)) report(db, `uses the default parameter group, which does not force TLS for ${db.props.engine ?? "this engine"} ${db.props.engineVersion ?? ""}`.trim());
                return;
            }
            if (isUnknown(name) && (db.source.propertyDependencies?.[property] ?? []).length === 0) {
                report(db, `${property} is not known during preview`);
                return;
            }
            const group = parameterGroupOf(index, db, property, types);
            if (!group) {
                report(db, `its parameter group ${JSON.stringify(name)} is not in this stack, so forced TLS cannot be verified`);
                return;
            }
            const forced = asList(group.props.parameters).some((p) => TLS_PARAMETERS[p?.name] !== undefined && ["1", "on", "true"].includes(String(p?.value).toLowerCase()));
            if (!forced) report(db, `its parameter group ${group.name} does not set rds.force_ssl = 1 or require_secure_transport = 1`);
        };
        for (const db of index.ofTypes(RDS_INSTANCE_TYPES)) {
            if (/aurora/.test(String(db.props.engine ?? ""))) continue; // cluster members: the cluster's group decides
            check(db, "parameterGroupName", ["aws:rds/parameterGroup:ParameterGroup"]);
        }
        for (const cluster of index.ofTypes(RDS_CLUSTER_TYPES)) check(cluster, "dbClusterParameterGroupName", ["aws:rds/clusterParameterGroup:ClusterParameterGroup"]);
    },
});
