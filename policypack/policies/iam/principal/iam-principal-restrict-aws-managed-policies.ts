import { definePolicy } from "../../../lib/define";
import { accessesOf, GROUP_TYPE, identityPoliciesOf, ROLE_TYPE, USER_TYPE } from "../../../lib/iam";

export const iamPrincipalRestrictAwsManagedPolicies = definePolicy({
    name: "iam-principal-restrict-aws-managed-policies",
    description:
        "A role, user or group (a group's members may be added outside the stack; a user is judged with its groups' policies too) that can reach a PII store holds no AWS-managed policy (arn:aws:iam::aws:policy/...) unless it is on the pack's allowedAwsManagedPolicies (default: the Lambda basic and VPC execution roles, X-Ray daemon write, Lambda Insights). AWS writes and changes these policies without the stack's review, so one that is not allow-listed fails closed: it is treated as reaching every data store (AmazonDynamoDBFullAccess_v2, job-function/DatabaseAdministrator, ...).",
    clauses: ["DP-4.1", "DP-2.2"],
    severity: "high",
    remediationSteps:
        "Replace the AWS-managed policy with a policy of the stack that lists the actions the principal needs on the ARNs of the stores it serves; or, for a service basic that reaches no data, add its ARN to the pack's allowedAwsManagedPolicies.",
    judges: { types: [ROLE_TYPE, USER_TYPE, GROUP_TYPE] },
    config: ["allowedAwsManagedPolicies"],
    check({ index, config, report }) {
        for (const principal of index.ofTypes([ROLE_TYPE, USER_TYPE, GROUP_TYPE])) {
            const managed = identityPoliciesOf(index, principal, config.allowedAwsManagedPolicies).filter(
                (p) => p.awsManaged !== undefined && p.assumed !== undefined,
            );
            if (managed.length === 0) continue;
            const pii = [
                ...new Set(
                    accessesOf(index, principal, config.allowedAwsManagedPolicies)
                        .filter((a) => a.store.isPii)
                        .map((a) => a.store.res.name),
                ),
            ];
            if (pii.length === 0) continue;
            const stores = `${pii.slice(0, 3).join(", ")}${pii.length > 3 ? `, and ${pii.length - 3} more` : ""}`;
            for (const policy of managed) {
                report(
                    principal,
                    `has the AWS-managed policy ${policy.awsManaged}${policy.group ? ` through group ${policy.group}` : ""}, which is not on allowedAwsManagedPolicies; AWS-managed policies change without review, so it is treated as reaching every data store, and the PII stores ${stores} are among them`,
                );
            }
        }
    },
});
