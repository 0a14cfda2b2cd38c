import { CLASSIFICATIONS, TAG, parseTagList } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { classificationLevel, mustDeclare, storesOf } from "../../../lib/stores";

export const datastoreTagsRequireClassification = definePolicy({
    name: "datastore-tags-require-classification",
    description:
        "Every data store in the catalogue (and every copy whose source is not in the stack) declares its data classification in the `data-classification` tag; a PII store declares its categories of personal data in `pii-categories`, each on the allow-list. An unclassified store is treated as PII by every other policy, a store that receives a copy of personal data may not be classified lower, and a store classified otherwise may not carry the PII tags.",
    clauses: ["DP-1.1", "DP-8.1"],
    severity: "high",
    remediationSteps:
        "Tag the store `data-classification` = pii | confidential | internal | public. For pii, add `pii-categories` with space-separated categories from `allowedPiiCategories` (default: name postal-address order-reference), or use a compliant-storage component, which writes the tags.",
    judges: { stores: "all" },
    config: ["allowedPiiCategories"],
    check({ index, config, report }) {
        for (const store of storesOf(index)) {
            const declares = mustDeclare(store);
            if (declares && store.tagsUnknown && store.declared === undefined) {
                report(
                    store.res,
                    "its tags are not known during preview, so its classification cannot be read; the store is treated as pii",
                );
                continue;
            }
            if (declares && store.declared === undefined) {
                report(
                    store.res,
                    `tag "${TAG.classification}" must be one of ${CLASSIFICATIONS.join(", ")}, got ${JSON.stringify(store.classificationTag ?? null)}; the store is treated as pii`,
                );
            } else if (store.declared !== undefined && classificationLevel(store.declared) < classificationLevel(store.classification)) {
                report(
                    store.res,
                    `is classified ${store.declared} but holds ${store.classification} data as ${store.classifiedBy}: classify it ${store.classification}`,
                );
            }
            // Personal-data tags on a store classified otherwise contradict its classification.
            if (store.declared !== undefined && store.declared !== "pii") {
                const contradicting = [TAG.piiCategories, TAG.piiPurpose].filter(
                    (tag) => typeof store.tags[tag] === "string" && (store.tags[tag] as string).trim() !== "",
                );
                if (contradicting.length > 0)
                    report(
                        store.res,
                        `is classified ${store.declared} but carries ${contradicting.map((t) => `"${t}"`).join(" and ")}, the tags of a PII store: classify it pii or remove them`,
                    );
            }
            if (!store.isPii || (!declares && store.declared !== "pii")) continue;
            const raw = store.tags[TAG.piiCategories];
            const categories = typeof raw === "string" ? parseTagList(raw) : [];
            if (categories.length === 0) {
                report(store.res, `a PII store must list its categories of personal data in tag "${TAG.piiCategories}" (space-separated)`);
                continue;
            }
            const refused = categories.filter((c) => !config.allowedPiiCategories.includes(c));
            if (refused.length > 0)
                report(store.res, `categories ${refused.join(", ")} are not on the allow-list (${config.allowedPiiCategories.join(", ")})`);
        }
    },
});
