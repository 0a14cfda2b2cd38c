/** DAX: in-memory caches in front of DynamoDB tables. */
import type { ClusterArgs } from "@pulumi/aws/dax/cluster";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { parameterGroupOf, readParameter } from "./docdb";

const PARAMETER_GROUP_TYPES = ["aws:dax/parameterGroup:ParameterGroup"];
/** DAX's item and query caches keep entries 5 minutes unless the parameter group says otherwise. */
const DEFAULT_TTL_MILLIS = 300_000;
const TTL_PARAMETERS = { "record-ttl-millis": "the item cache", "query-ttl-millis": "the query cache" };

/** Cached items outlive a deletion in DynamoDB by their TTL; 0 means they expire only when evicted. */
function checkCacheTtl({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const res = store.res;
    const name = res.props.parameterGroupName;
    const hasDeps = (res.source.propertyDependencies?.parameterGroupName ?? []).length > 0;
    if (!hasDeps && (name === undefined || name === "" || name === "default.dax1.0")) return; // 5 minutes
    if (isUnknown(name) && !hasDeps) {
        report("parameterGroupName is not known during preview, so the cache TTLs cannot be verified");
        return;
    }
    const group = parameterGroupOf(index, res, "parameterGroupName", PARAMETER_GROUP_TYPES);
    if (!group) {
        report(`its parameter group ${JSON.stringify(name)} is not in this stack, so the cache TTLs cannot be verified`);
        return;
    }
    for (const [parameter, cache] of Object.entries(TTL_PARAMETERS)) {
        const reading = readParameter(group, parameter);
        if (reading.state === "unknown") {
            report(`${parameter} of its parameter group ${group.name} is not known during preview`);
            continue;
        }
        const millis = reading.state === "absent" ? DEFAULT_TTL_MILLIS : Number(reading.value);
        if (Number.isNaN(millis))
            report(
                `its parameter group ${group.name} sets ${parameter} to ${JSON.stringify((reading as { value: string }).value)}, not a number`,
            );
        else if (millis <= 0)
            report(
                `keeps ${cache} with no TTL (${parameter} = 0 in ${group.name}): entries stay until evicted, beyond the ${limit}-day retention of personal data`,
            );
        else if (millis > limit * 86_400_000)
            report(
                `keeps ${cache} ${(millis / 86_400_000).toFixed(2)} days (${parameter} in ${group.name}), more than the ${limit}-day retention of personal data`,
            );
    }
}

export const daxCluster = entry<ClusterArgs>()({
    types: ["aws:dax/cluster:Cluster"],
    holds: "cached DynamoDB items and query results",
    tagging: "store",
    names: ["clusterName"],
    atRest: [
        {
            what: "cached items",
            enabled: { path: "serverSideEncryption.enabled", absent: false, absentMeans: "unencrypted" },
            customerKeyNotOffered: "DAX encrypts at rest only under an AWS-owned key: no customer-managed key can be chosen",
        },
    ],
    inTransit: [
        {
            what: "client connections",
            setting: { path: "clusterEndpointEncryptionType", on: ["TLS"], absent: false, absentMeans: "NONE: plain-text connections" },
        },
    ],
    exposure: [{ what: "the DAX cluster", securityGroups: "securityGroupIds" }],
    retention: [
        {
            custom: checkCacheTtl,
            summary: "record-ttl-millis and query-ttl-millis of its parameter group (5 minutes by default) within the retention",
        },
    ],
    notes: "DAX offers no customer-managed key: the switch is checked, the key cannot be. An item deleted in DynamoDB directly (TTL, another client) stays in the item cache until its TTL runs out.",
});
