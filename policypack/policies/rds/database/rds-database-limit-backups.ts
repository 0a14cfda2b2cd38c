import { definePolicy } from "../../../lib/define";
import { RDS_CLUSTER_TYPES, RDS_INSTANCE_TYPES } from "../../../lib/stack-index";
import { isTrue, wholeNumber } from "../../../lib/values";

/** What RDS keeps when no backupRetentionPeriod is set (the API default). */
const DEFAULT_BACKUP_DAYS: Record<string, number> = { "aws:rds/instance:Instance": 1, "aws:rds/cluster:Cluster": 1 };

export const rdsDatabaseLimitBackups = definePolicy({
    name: "rds-database-limit-backups",
    description: "Backups of a PII database are copies of its data: automated backups may not be kept longer than its retention-days or maxPiiRetentionDays, and no final snapshot is taken (a manual snapshot never expires).",
    clauses: ["DP-5.3", "DP-5.4"],
    severity: "high",
    remediationSteps: "Set backupRetentionPeriod within the retention (1 day for personal data), skipFinalSnapshot true and deleteAutomatedBackups true.",
    config: ["maxPiiRetentionDays"],
    check({ index, config, report }) {
        for (const db of index.ofTypes([...RDS_INSTANCE_TYPES, ...RDS_CLUSTER_TYPES])) {
            const store = index.store(db.urn);
            if (!store?.isPii) continue;
            const limit = Math.min(config.maxPiiRetentionDays, store.retentionDays ?? config.maxPiiRetentionDays);
            const backups = wholeNumber(db.props.backupRetentionPeriod) ?? DEFAULT_BACKUP_DAYS[db.type];
            if (backups > limit) report(db, `keeps automated backups ${backups} days, more than the ${limit}-day retention`);
            if (!isTrue(db.props.skipFinalSnapshot)) report(db, "takes a final snapshot on deletion, a copy that never expires");
            if (db.props.deleteAutomatedBackups === false || db.props.deleteAutomatedBackups === "false") report(db, "keeps automated backups after the database is deleted");
        }
    },
});
