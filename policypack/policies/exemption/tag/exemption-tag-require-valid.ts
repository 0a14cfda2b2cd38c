import { definePolicy, POLICY_NAMES } from "../../../lib/define";
import { exemptionsOf } from "../../../lib/exemptions";

export const exemptionTagRequireValid = definePolicy({
    name: "exemption-tag-require-valid",
    description:
        "An exemption tag `dp-exemption:<policy>` = `approver=<who> expires=<YYYY-MM-DD>` must name a policy of this pack, an approver and an unexpired date. An expired or malformed exemption suppresses nothing and is itself a violation, so that exemptions are reviewed (privacy by design).",
    clauses: ["DP-8.1", "DP-4.2"],
    severity: "high",
    remediationSteps: "Fix the tag's format, renew the exemption with a new approval and date, or remove it and fix the resource.",
    judges: { everything: true },
    exemptible: false,
    check({ index, today, report }) {
        for (const res of index.all) {
            for (const exemption of exemptionsOf(res, POLICY_NAMES, today)) {
                if (exemption.problem) report(res, `exemption tag "${exemption.tagKey}" ${exemption.problem}`);
            }
        }
    },
});
