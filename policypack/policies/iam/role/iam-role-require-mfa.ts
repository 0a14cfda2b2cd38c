import { definePolicy } from "../../../lib/define";
import { accessesOf, humanTrustStatements, PREVIEW_UNKNOWN, ROLE_TYPE } from "../../../lib/iam";

export const iamRoleRequireMfa = definePolicy({
    name: "iam-role-require-mfa",
    description:
        'A human role (its trust policy admits AWS accounts, users or roles rather than services) that can read or change PII requires MFA to be assumed: every such trust statement has Condition Bool aws:MultiFactorAuthPresent "true" (not BoolIfExists or ForAllValues:Bool, which let in sessions without MFA information). A policy that cannot be read (unknown during preview, unparsable, defined outside the stack, AWS-managed and not allow-listed) counts as reaching PII.',
    clauses: ["DP-4.1"],
    severity: "critical",
    remediationSteps:
        'Add Condition {"Bool": {"aws:MultiFactorAuthPresent": "true"}} to each trust statement that admits an AWS principal, and a maxSessionDuration.',
    judges: { types: [ROLE_TYPE] },
    config: ["allowedAwsManagedPolicies"],
    check({ index, config, report }) {
        for (const role of index.ofTypes([ROLE_TYPE])) {
            const pii = accessesOf(index, role, config.allowedAwsManagedPolicies).filter((access) => access.store.isPii);
            if (pii.length === 0) continue;
            const known = pii.find((access) => access.assumed === undefined);
            // What the role reaches, truthfully: a store its statements name, or why it is assumed to.
            const reach = known
                ? `can reach PII (${known.store.res.name})`
                : `is treated as reaching PII because ${pii[0].assumed!.reason}`;
            const human = humanTrustStatements(role);
            if (human === "unknown") {
                report(role, `${reach}, and its trust policy ${PREVIEW_UNKNOWN}, so MFA cannot be verified`);
                continue;
            }
            if (human === "unparsable") {
                report(role, `${reach}, but its trust policy cannot be read, so MFA cannot be verified`);
                continue;
            }
            for (const statement of human) {
                // Conditions are ANDed: one exact Bool "true" requires MFA, whatever else is there.
                const mfaConditions = statement.conditions.filter((c) => c.operator === "Bool" && c.key === "aws:multifactorauthpresent");
                if (
                    mfaConditions.some(
                        (c) =>
                            !c.ifExists &&
                            c.qualifier !== "ForAllValues" &&
                            c.values.length > 0 &&
                            c.values.every((v) => v.toLowerCase() === "true"),
                    )
                )
                    continue;
                const mfa = mfaConditions[0];
                if (!mfa) report(role, `${reach} and admits AWS principals without requiring MFA (Bool aws:MultiFactorAuthPresent "true")`);
                else if (mfa.qualifier === "ForAllValues")
                    report(
                        role,
                        `${reach}; it requires MFA with ForAllValues:Bool, which holds when the session has no MFA information at all; use Bool`,
                    );
                else if (mfa.ifExists)
                    report(role, `${reach}; it requires MFA with BoolIfExists, which admits sessions without MFA information; use Bool`);
                else if (!mfa.values.map((v) => v.toLowerCase()).every((v) => v === "true"))
                    report(role, `${reach}; its MFA condition is not "true"`);
            }
        }
    },
});
