import { definePolicy } from "../../../lib/define";
import { regionOf, TABLE_TYPES } from "../../../lib/stack-index";
import { asList } from "../../../lib/values";

export const dynamodbTableRestrictReplicas = definePolicy({
    name: "dynamodb-table-restrict-replicas",
    description: "A table is replicated only to regions on `allowedRegions` (empty by default: no replicas, as data stays in the stack's own region), whether through the table's `replicas` or a TableReplica resource.",
    clauses: ["DP-3.2"],
    severity: "high",
    remediationSteps: "Remove the replica, or add its region to allowedRegions after approval.",
    config: ["allowedRegions"],
    check({ index, config, report }) {
        for (const table of index.ofTypes(TABLE_TYPES)) {
            for (const replica of asList(table.props.replicas)) {
                const region = replica?.regionName;
                if (typeof region !== "string" || !config.allowedRegions.includes(region)) {
                    report(table, `is replicated to region ${JSON.stringify(region ?? null)}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
                }
            }
        }
        for (const replica of index.ofTypes(["aws:dynamodb/tableReplica:TableReplica"])) {
            const region = regionOf(index, replica);
            if (region === undefined || !config.allowedRegions.includes(region)) {
                report(replica, `replicates a table to region ${JSON.stringify(region ?? "of its provider")}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
            }
        }
    },
});
