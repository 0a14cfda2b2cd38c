import { definePolicy } from "../../../lib/define";
import { regionOf } from "../../../lib/stack-index";
import { asList } from "../../../lib/values";

const SNAPSHOT_TYPES = ["aws:rds/snapshot:Snapshot", "aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/snapshotCopy:SnapshotCopy"];

export const rdsSnapshotRestrictSharing = definePolicy({
    name: "rds-snapshot-restrict-sharing",
    description: "No RDS snapshot is shared with another account or made public (sharedAccounts), since a snapshot carries every row of the database; automated backups are not replicated to a region outside `allowedRegions`.",
    clauses: ["DP-3.2"],
    severity: "critical",
    remediationSteps: "Remove sharedAccounts from the snapshot; remove the backup replication or add its region to allowedRegions after approval.",
    config: ["allowedRegions"],
    check({ index, config, report }) {
        for (const snapshot of index.ofTypes(SNAPSHOT_TYPES)) {
            const shared = asList(snapshot.props.sharedAccounts);
            if (shared.length > 0) report(snapshot, `is shared with ${shared.map((a) => (a === "all" ? "everyone (all)" : a)).join(", ")}`);
        }
        for (const replication of index.ofTypes(["aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication"])) {
            const region = regionOf(index, replication);
            if (region === undefined || !config.allowedRegions.includes(region)) report(replication, `copies automated backups to region ${JSON.stringify(region ?? "of its provider")}, not on allowedRegions`);
        }
    },
});
