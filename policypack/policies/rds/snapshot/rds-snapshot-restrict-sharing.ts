import { definePolicy } from "../../../lib/define";
import { asList } from "../../../lib/values";

const SNAPSHOT_TYPES = ["aws:rds/snapshot:Snapshot", "aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/snapshotCopy:SnapshotCopy"];

export const rdsSnapshotRestrictSharing = definePolicy({
    name: "rds-snapshot-restrict-sharing",
    description: "No RDS snapshot is shared with another account or made public (sharedAccounts), since a snapshot carries every row of the database.",
    clauses: ["DP-3.2"],
    severity: "critical",
    remediationSteps: "Remove sharedAccounts from the snapshot.",
    check({ index, report }) {
        for (const snapshot of index.ofTypes(SNAPSHOT_TYPES)) {
            const shared = asList(snapshot.props.sharedAccounts);
            if (shared.length > 0) report(snapshot, `is shared with ${shared.map((a) => (a === "all" ? "everyone (all)" : a)).join(", ")}`);
        }
    },
});
