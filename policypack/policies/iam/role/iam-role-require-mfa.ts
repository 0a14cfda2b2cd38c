import { definePolicy } from "../../../lib/define";
import { humanTrustStatements, identityPoliciesOf, ROLE_TYPE, storesReached } from "../../../lib/iam";
import { findCondition } from "../../../lib/policy-document";

export const iamRoleRequireMfa = definePolicy({
    name: "iam-role-require-mfa",
    description: "A human role (its trust policy admits AWS accounts, users or roles rather than services) that can read or change PII requires MFA to be assumed: every such trust statement has Condition Bool aws:MultiFactorAuthPresent \"true\" (not BoolIfExists, which lets in sessions without MFA information).",
    clauses: ["DP-4.1"],
    severity: "critical",
    remediationSteps: "Add Condition {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}} to each trust statement that admits an AWS principal, and a maxSessionDuration.",
    check({ index, report }) {
        for (const role of index.ofTypes([ROLE_TYPE])) {
            const reachesPii = identityPoliciesOf(index, role).some((policy) => storesReached(index, policy).some((access) => access.store.isPii));
            if (!reachesPii) continue;
            const human = humanTrustStatements(role);
            if (human === "unparsable") {
                report(role, "can reach PII but its trust policy cannot be read, so MFA cannot be verified");
                continue;
            }
            for (const statement of human) {
                const mfa = findCondition(statement, "Bool", "aws:MultiFactorAuthPresent");
                if (!mfa) report(role, "can reach PII and admits AWS principals without requiring MFA (Bool aws:MultiFactorAuthPresent \"true\")");
                else if (mfa.ifExists) report(role, "requires MFA with BoolIfExists, which admits sessions without MFA information; use Bool");
                else if (!mfa.values.map((v) => v.toLowerCase()).every((v) => v === "true")) report(role, "its MFA condition is not \"true\"");
            }
        }
    },
});
