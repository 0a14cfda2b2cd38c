import { definePolicy } from "../../../lib/define";
import { identityPoliciesOf, DATA_ACTIONS, ROLE_TYPE, USER_TYPE } from "../../../lib/iam";
import { parsePolicyDocument, statementAllowsAction, Statement } from "../../../lib/policy-document";

/** Services whose `svc:*` would reach stored data or its keys. */
const DATA_SERVICES = ["s3", "dynamodb", "rds", "rds-db", "rds-data", "kms", "secretsmanager"];

function wildcardProblem(statement: Statement): string | undefined {
    if (statement.effect !== "Allow") return undefined;
    if (statement.notAction) return "allows every action but its NotAction";
    const wide = statement.actions.filter((a) => a === "*" || DATA_SERVICES.some((svc) => a.toLowerCase() === `${svc}:*`));
    if (wide.length > 0) return `allows ${wide.join(", ")}`;
    const dataActions = DATA_ACTIONS.filter((action) => statementAllowsAction(statement, action));
    if (dataActions.length > 0 && (statement.notResource || statement.resources.includes("*"))) return `allows data actions (${dataActions.slice(0, 3).join(", ")}…) on every resource`;
    return undefined;
}

const STANDALONE_POLICY_TYPES = ["aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/userPolicy:UserPolicy", "aws:iam/groupPolicy:GroupPolicy"];

export const iamPolicyDisallowWildcards = definePolicy({
    name: "iam-policy-disallow-wildcards",
    description: "No identity policy allows `*`, a data service's `svc:*` (s3, dynamodb, rds, kms, secretsmanager), NotAction, or data actions on Resource `*`; no role or user has a broad AWS-managed policy (AdministratorAccess, AmazonS3FullAccess, …). An unparsable identity policy is a violation.",
    clauses: ["DP-2.2", "DP-4.1"],
    severity: "high",
    remediationSteps: "List the actions the role needs (e.g. s3:GetObject) on the ARNs of the stores it serves; replace broad managed policies with scoped ones.",
    check({ index, report }) {
        for (const res of index.ofTypes(STANDALONE_POLICY_TYPES)) {
            const parsed = parsePolicyDocument(res.props.policy);
            if (parsed.kind === "invalid") report(res, `its policy cannot be parsed: ${parsed.reason}`);
            if (parsed.kind !== "parsed") continue;
            for (const statement of parsed.statements) {
                const problem = wildcardProblem(statement);
                if (problem) report(res, `${statement.sid ? `statement "${statement.sid}" ` : ""}${problem}`);
            }
        }
        for (const principal of index.ofTypes([ROLE_TYPE, USER_TYPE])) {
            for (const policy of identityPoliciesOf(index, principal).filter((p) => p.res === principal)) {
                if (policy.document.kind === "invalid") report(principal, `its ${policy.description} cannot be parsed: ${policy.document.reason}`);
                if (policy.document.kind !== "parsed") continue;
                for (const statement of policy.document.statements) {
                    const problem = wildcardProblem(statement);
                    if (problem) report(principal, `its ${policy.description} ${problem}`);
                }
            }
        }
    },
});
