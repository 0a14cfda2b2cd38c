import { definePolicy } from "../../../lib/define";
import { GRANT_TYPES, GrantTarget, principalGrantsOf, PREVIEW_UNKNOWN, resourcePolicyGrants, StoreAccess } from "../../../lib/iam";

/** How a grant's reach reads in a message: the PII stores it names, or why it is treated as reaching them all. */
function describeReach(pii: readonly StoreAccess[]): string {
    const known = [...new Set(pii.filter((a) => a.assumed === undefined).map((a) => a.store.res.name))];
    if (known.length > 0)
        return `access to PII (${known.slice(0, 3).join(", ")}${known.length > 3 ? `, and ${known.length - 3} more` : ""})`;
    return `what is treated as access to every PII store (${pii[0].assumed!.reason})`;
}

function describeTarget(target: GrantTarget): string {
    if (target.unknown) return `a ${target.kind} that ${PREVIEW_UNKNOWN}`;
    return `${target.kind} ${target.outside}, which is not defined in this stack`;
}

export const iamPrincipalRequireDefinedInStack = definePolicy({
    name: "iam-principal-require-defined-in-stack",
    description:
        "Whoever the stack gives PII access must be a role (or, for the checks that forbid it, a user) that the stack defines, so that its MFA, trust policy, tags and other policies can be checked: an inline policy, policy attachment or group membership that gives access to a PII store (an AWS-managed or unreadable policy counts) to a role, user or group the stack does not define, or to one not known during preview, is a violation; so is a PII store's resource policy that names a role or user of the stack's own account that the stack does not define, or any IAM user (people reach PII through roles with MFA).",
    clauses: ["DP-2.2", "DP-4.1", "DP-4.2"],
    severity: "high",
    remediationSteps:
        "Define the role in this stack (for example with PiiAccessRole) and grant it there, or grant the access in the stack that defines the principal; in resource policies, name roles of this stack or the account root and let identity policies decide.",
    judges: { stores: "all", types: GRANT_TYPES },
    config: ["allowedAwsManagedPolicies", "ownAccountIds"],
    check({ index, config, report }) {
        for (const grant of principalGrantsOf(index, config.allowedAwsManagedPolicies)) {
            const pii = grant.reaches.filter((a) => a.store.isPii);
            if (pii.length === 0) continue;
            for (const target of grant.targets.filter((t) => t.principal === undefined)) {
                report(
                    grant.res,
                    `gives ${describeReach(pii)} to ${describeTarget(target)}, so its MFA, trust and tags cannot be verified`,
                );
            }
        }
        for (const grant of resourcePolicyGrants(index, config)) {
            const where = `${grant.access.policy.description}${grant.access.statement?.sid ? ` (statement "${grant.access.statement.sid}")` : ""}`;
            if (grant.named.kind === "user")
                report(grant.store.res, `${where} gives IAM user ${grant.value} data access; people reach PII through roles with MFA`);
            else if (grant.principal === undefined)
                report(
                    grant.store.res,
                    `${where} gives role ${grant.value} data access, and that role is not defined in this stack, so its MFA, trust and tags cannot be verified`,
                );
        }
    },
});
