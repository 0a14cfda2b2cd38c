import { TAG, parseTagList } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { mustDeclare, storesOf } from "../../../lib/stores";

export const datastoreTagsRequirePurpose = definePolicy({
    name: "datastore-tags-require-purpose",
    description:
        "A PII store declares the purposes its personal data is processed for in the `pii-purpose` tag, each on the allow-list of purposes (a copy has its source's).",
    clauses: ["DP-1.3"],
    severity: "high",
    remediationSteps:
        "Add the tag `pii-purpose` with space-separated purposes from `allowedPurposes` (default: order-fulfilment shipping-label).",
    judges: { stores: "pii" },
    config: ["allowedPurposes"],
    check({ index, config, report }) {
        for (const store of storesOf(index).filter((s) => s.isPii && (mustDeclare(s) || s.declared === "pii"))) {
            const raw = store.tags[TAG.piiPurpose];
            const purposes = typeof raw === "string" ? parseTagList(raw) : [];
            if (purposes.length === 0) {
                report(store.res, `a PII store must declare its purposes in tag "${TAG.piiPurpose}"`);
                continue;
            }
            const refused = purposes.filter((p) => !config.allowedPurposes.includes(p));
            if (refused.length > 0)
                report(store.res, `purposes ${refused.join(", ")} are not on the allow-list (${config.allowedPurposes.join(", ")})`);
        }
    },
});
