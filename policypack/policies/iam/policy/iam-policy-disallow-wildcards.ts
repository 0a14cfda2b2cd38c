import { definePolicy } from "../../../lib/define";
import {
    dataActionsAllowed,
    dataActionsByPrefix,
    GROUP_POLICY_TYPE,
    GROUP_TYPE,
    identityPoliciesOf,
    namesEveryResource,
    POLICY_TYPE,
    ROLE_POLICY_TYPE,
    ROLE_TYPE,
    USER_POLICY_TYPE,
    USER_TYPE,
} from "../../../lib/iam";
import { parsePolicyDocument, Statement } from "../../../lib/policy-document";

function wildcardProblem(statement: Statement): string | undefined {
    if (statement.effect !== "Allow") return undefined;
    if (statement.notAction) return "allows every action but its NotAction";
    const prefixes = dataActionsByPrefix();
    const wide = statement.actions.filter(
        (a) => a === "*" || (a.toLowerCase().endsWith(":*") && prefixes.has(a.toLowerCase().slice(0, -2))),
    );
    if (wide.length > 0) return `allows ${wide.join(", ")}`;
    // Actions that cannot name a resource (s3:ListAllMyBuckets, xray:PutTraceSegments) take Resource "*".
    const dataActions = [...dataActionsAllowed(statement).values()]
        .flat()
        .filter((action) => action.scopable)
        .map((action) => action.name);
    if (dataActions.length === 0) return undefined;
    if (statement.notResource || statement.resources.includes("*"))
        return `allows data actions (${dataActions.slice(0, 3).join(", ")}…) on every resource`;
    const broad = statement.resources.filter(namesEveryResource);
    if (broad.length > 0) return `allows data actions (${dataActions.slice(0, 3).join(", ")}…) on every resource of ${broad.join(", ")}`;
    return undefined;
}

/**
 * AWS-managed policies that grant data actions on every resource of their services (full access,
 * read-only, administrator and job-function policies). Any other AWS-managed policy on a
 * principal that reaches PII is judged by iam-principal-restrict-aws-managed-policies.
 */
const BROAD_MANAGED_POLICIES =
    /:policy\/(?:job-function\/)?(AdministratorAccess|PowerUserAccess|ReadOnlyAccess|ViewOnlyAccess|DatabaseAdministrator|DataScientist|SystemAdministrator|Amazon[A-Za-z0-9]*(?:FullAccess|ReadOnlyAccess)(?:_v2)?|AmazonRDSDataFullAccess|SecretsManagerReadWrite|CloudWatchLogsFullAccess|CloudWatchLogsReadOnlyAccess|AWSBackupFullAccess)$/;

const STANDALONE_POLICY_TYPES = [POLICY_TYPE, ROLE_POLICY_TYPE, USER_POLICY_TYPE, GROUP_POLICY_TYPE];

export const iamPolicyDisallowWildcards = definePolicy({
    name: "iam-policy-disallow-wildcards",
    description:
        "No identity policy allows `*`, a data service's `svc:*` (every service of the catalogue), NotAction, or data actions (Read and Write actions of the data services, from the IAM reference) on Resource `*` or on every resource of a type (`arn:aws:s3:::*/*`); no role, user or group has a broad AWS-managed policy (AdministratorAccess, AmazonS3FullAccess, AmazonDynamoDBFullAccess_v2, …). An unparsable identity policy is a violation.",
    clauses: ["DP-2.2", "DP-4.1"],
    severity: "high",
    remediationSteps:
        "List the actions the role needs (e.g. s3:GetObject) on the ARNs of the stores it serves; replace broad managed policies with scoped ones.",
    judges: { types: [...STANDALONE_POLICY_TYPES, ROLE_TYPE, USER_TYPE, GROUP_TYPE] },
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
        for (const principal of index.ofTypes([ROLE_TYPE, USER_TYPE, GROUP_TYPE])) {
            for (const policy of identityPoliciesOf(index, principal).filter((p) => p.res === principal && p.group === undefined)) {
                if (policy.awsManaged !== undefined) {
                    if (BROAD_MANAGED_POLICIES.test(policy.awsManaged))
                        report(
                            principal,
                            `its ${policy.description} is an AWS-managed policy that grants data actions on every resource of its services`,
                        );
                    continue;
                }
                if (policy.document.kind === "invalid")
                    report(principal, `its ${policy.description} cannot be parsed: ${policy.document.reason}`);
                if (policy.document.kind !== "parsed") continue;
                for (const statement of policy.document.statements) {
                    const problem = wildcardProblem(statement);
                    if (problem) report(principal, `its ${policy.description} ${problem}`);
                }
            }
        }
    },
});
