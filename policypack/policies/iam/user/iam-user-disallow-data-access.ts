import { definePolicy } from "../../../lib/define";
import { identityPoliciesOf, storesReached, USER_TYPE } from "../../../lib/iam";

export const iamUserDisallowDataAccess = definePolicy({
    name: "iam-user-disallow-data-access",
    description: "No IAM user has an inline or attached policy that reaches a data store: people use roles (with MFA), services use service roles.",
    clauses: ["DP-4.1"],
    severity: "high",
    remediationSteps: "Remove the user's data-store permissions; grant them to a role the user assumes with MFA.",
    check({ index, report }) {
        for (const user of index.ofTypes([USER_TYPE])) {
            const reached = new Set(identityPoliciesOf(index, user).flatMap((policy) => storesReached(index, policy)).map((a) => a.store.res.name));
            if (reached.size > 0) report(user, `has data access to ${[...reached].join(", ")}; use a role instead`);
        }
    },
});
