import { TAG, isIsoDate, parseTagList } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { identityPoliciesOf, ROLE_TYPE, storesReached } from "../../../lib/iam";
import { isObject } from "../../../lib/values";

export const iamRoleRequireAccessTags = definePolicy({
    name: "iam-role-require-access-tags",
    description: "A role that can reach PII carries `owner`, a `review-by` date (YYYY-MM-DD, not past) for its next access review, and a `pii-purpose` that names a purpose of each PII store it reaches.",
    clauses: ["DP-4.2", "DP-1.3"],
    severity: "medium",
    remediationSteps: "Tag the role owner=<team>, review-by=<YYYY-MM-DD within the year>, pii-purpose=<purpose of the stores it serves>; review and re-date it before review-by passes.",
    check({ index, today, report }) {
        for (const role of index.ofTypes([ROLE_TYPE])) {
            const piiStores = new Set(identityPoliciesOf(index, role).flatMap((policy) => storesReached(index, policy)).filter((a) => a.store.isPii).map((a) => a.store));
            if (piiStores.size === 0) continue;
            const tags = isObject(role.props.tags) ? role.props.tags : {};
            if (typeof tags[TAG.owner] !== "string" || tags[TAG.owner].trim() === "") report(role, `can reach PII and has no "${TAG.owner}" tag`);
            const reviewBy = tags[TAG.reviewBy];
            if (!isIsoDate(reviewBy)) report(role, `can reach PII and needs a "${TAG.reviewBy}" tag (YYYY-MM-DD), got ${JSON.stringify(reviewBy ?? null)}`);
            else if (reviewBy < today) report(role, `its access review was due on ${reviewBy}`);
            const purposes = typeof tags[TAG.piiPurpose] === "string" ? parseTagList(tags[TAG.piiPurpose]) : [];
            for (const store of piiStores) {
                const storePurposes = typeof store.tags[TAG.piiPurpose] === "string" ? parseTagList(store.tags[TAG.piiPurpose] as string) : [];
                if (!purposes.some((p) => storePurposes.includes(p))) {
                    report(role, `reaches ${store.res.name}, whose purposes are ${storePurposes.join(", ") || "undeclared"}, but its "${TAG.piiPurpose}" tag names ${purposes.join(", ") || "none"}`);
                }
            }
        }
    },
});
