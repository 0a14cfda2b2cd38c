import { TAG, isIsoDate, parseTagList } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { accessesOf, isEvidenced, ROLE_TYPE } from "../../../lib/iam";
import { isObject } from "../../../lib/values";

export const iamRoleRequireAccessTags = definePolicy({
    name: "iam-role-require-access-tags",
    description:
        "A role that can reach PII (an AWS-managed or unreadable policy counts as reaching every store) carries `owner`, a `review-by` date (YYYY-MM-DD, not past) for its next access review, and a `pii-purpose` that names a purpose of each PII store it reaches.",
    clauses: ["DP-4.2", "DP-1.3"],
    severity: "medium",
    remediationSteps:
        "Tag the role owner=<team>, review-by=<YYYY-MM-DD within the year>, pii-purpose=<purpose of the stores it serves>; review and re-date it before review-by passes.",
    judges: { types: [ROLE_TYPE] },
    config: ["allowedAwsManagedPolicies"],
    check({ index, config, today, report }) {
        for (const role of index.ofTypes([ROLE_TYPE])) {
            // A document not known until deployed counts by the stores it is built from: the
            // policies that fail closed on it (MFA, trust) do not need it to reach every store here.
            const pii = accessesOf(index, role, config.allowedAwsManagedPolicies).filter(
                (a) => a.store.isPii && (isEvidenced(a) || !a.assumed!.preview),
            );
            if (pii.length === 0) continue;
            // Purposes are checked on the stores the role is known to reach.
            const piiStores = new Set(pii.filter(isEvidenced).map((a) => a.store));
            const reach = piiStores.size > 0 ? "can reach PII" : `is treated as reaching PII because ${pii[0].assumed!.reason},`;
            const tags = isObject(role.props.tags) ? role.props.tags : {};
            if (typeof tags[TAG.owner] !== "string" || tags[TAG.owner].trim() === "")
                report(role, `${reach} and has no "${TAG.owner}" tag`);
            const reviewBy = tags[TAG.reviewBy];
            if (!isIsoDate(reviewBy))
                report(role, `${reach} and needs a "${TAG.reviewBy}" tag (YYYY-MM-DD), got ${JSON.stringify(reviewBy ?? null)}`);
            else if (reviewBy < today) report(role, `its access review was due on ${reviewBy}`);
            const purposes = typeof tags[TAG.piiPurpose] === "string" ? parseTagList(tags[TAG.piiPurpose]) : [];
            for (const store of piiStores) {
                const storePurposes =
                    typeof store.tags[TAG.piiPurpose] === "string" ? parseTagList(store.tags[TAG.piiPurpose] as string) : [];
                if (!purposes.some((p) => storePurposes.includes(p))) {
                    report(
                        role,
                        `reaches ${store.res.name}, whose purposes are ${storePurposes.join(", ") || "undeclared"}, but its "${TAG.piiPurpose}" tag names ${purposes.join(", ") || "none"}`,
                    );
                }
            }
        }
    },
});
