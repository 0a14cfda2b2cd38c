import { definePolicy, POLICY_NAMES } from "../../../lib/define";
import { exemptionsOf } from "../../../lib/exemptions";

export const exemptionTagListActive = definePolicy({
    name: "exemption-tag-list-active",
    description:
        "Advisory: lists every exemption in force, with who approved it and until when, so that the stack's deviations stay visible at every preview. It is advisory because a valid exemption is allowed; invalid ones are caught by exemption-tag-require-valid.",
    clauses: ["DP-8.1", "DP-4.2"],
    severity: "low",
    remediationSteps: "None needed while the exemption is justified; fix the resource and remove the tag before the expiry date.",
    judges: { everything: true },
    enforcementLevel: "advisory",
    exemptible: false,
    check({ index, today, report }) {
        for (const res of index.all) {
            for (const exemption of exemptionsOf(res, POLICY_NAMES, today)) {
                if (!exemption.problem)
                    report(res, `exempt from ${exemption.policy}, approved by ${exemption.approver} until ${exemption.expires}`);
            }
        }
    },
});
