import { dynamoDbDeletionBoundHours } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { TABLE_TYPES } from "../../../lib/stack-index";
import { asList, isTrue, isUnknown, wholeNumber } from "../../../lib/values";

/** DynamoDB's PITR window when none is given. */
const DEFAULT_PITR_DAYS = 35;

export const dynamodbTableLimitRetention = definePolicy({
    name: "dynamodb-table-limit-retention",
    description: "A PII table's copies do not outlive its retention: point-in-time recovery keeps deleted items for its whole window (35 days unless set), so the window plus at least one hour of purge lag must fit both the table's retention-days and maxPiiRetentionDays.",
    clauses: ["DP-5.3", "DP-5.4"],
    severity: "high",
    remediationSteps: "Set pointInTimeRecovery { enabled: true, recoveryPeriodInDays: 1 } (or disable it), keep the retention within 3 days, and run a scheduled purge of expired items (PiiTable does).",
    config: ["maxPiiRetentionDays"],
    check({ index, config, report }) {
        for (const table of index.ofTypes(TABLE_TYPES)) {
            const store = index.store(table.urn);
            if (!store?.isPii) continue;
            const limitDays = Math.min(config.maxPiiRetentionDays, store.retentionDays ?? config.maxPiiRetentionDays);
            const pitr = asList(table.props.pointInTimeRecovery)[0];
            if (pitr && isUnknown(pitr.enabled)) report(table, "pointInTimeRecovery.enabled is not known during preview");
            else if (pitr && isTrue(pitr.enabled)) {
                const days = wholeNumber(pitr.recoveryPeriodInDays) ?? DEFAULT_PITR_DAYS;
                if (dynamoDbDeletionBoundHours(1, 0, days) > limitDays * 24) {
                    report(table, `point-in-time recovery keeps deleted items for ${days} days, which leaves no time within the ${limitDays}-day retention`);
                }
            }
        }
    },
});
