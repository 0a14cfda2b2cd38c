import { TAG } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { mustDeclare, storesOf } from "../../../lib/stores";

export const datastoreTagsRequireRetention = definePolicy({
    name: "datastore-tags-require-retention",
    description:
        "Every data store declares in `retention-days` the whole days within which every copy of its data is erased, and an `owner`; for a PII store the retention may not exceed `maxPiiRetentionDays`. A copy whose source is in the stack has its source's.",
    clauses: ["DP-5.1", "DP-5.4"],
    severity: "high",
    remediationSteps:
        "Tag the store `retention-days` with a whole number of days (at most 3 for personal data, or the configured maximum) and `owner` with the team that answers for it.",
    judges: { stores: "all" },
    config: ["maxPiiRetentionDays"],
    check({ index, config, report }) {
        for (const store of storesOf(index)) {
            if (!mustDeclare(store)) {
                if (store.isPii && store.declaredRetentionDays !== undefined && store.declaredRetentionDays > config.maxPiiRetentionDays) {
                    report(
                        store.res,
                        `a PII store's "${TAG.retentionDays}" (${store.declaredRetentionDays}) exceeds maxPiiRetentionDays (${config.maxPiiRetentionDays})`,
                    );
                }
                continue;
            }
            if (store.declaredRetentionDays === undefined) {
                report(
                    store.res,
                    `tag "${TAG.retentionDays}" must be a whole number of days >= 1, got ${JSON.stringify(store.tags[TAG.retentionDays] ?? null)}`,
                );
            } else if (store.isPii && store.declaredRetentionDays > config.maxPiiRetentionDays) {
                report(
                    store.res,
                    `a PII store's "${TAG.retentionDays}" (${store.declaredRetentionDays}) exceeds maxPiiRetentionDays (${config.maxPiiRetentionDays})`,
                );
            }
            const owner = store.tags[TAG.owner];
            if (typeof owner !== "string" || owner.trim() === "")
                report(store.res, `tag "${TAG.owner}" must name the team that answers for the store`);
        }
    },
});
