import { definePolicy } from "../../../lib/define";
import { accessesOf, USER_TYPE } from "../../../lib/iam";

export const iamUserDisallowDataAccess = definePolicy({
    name: "iam-user-disallow-data-access",
    description:
        "No IAM user has an inline, attached or group policy that reaches a data store: people use roles (with MFA), services use service roles. A policy that cannot be read (unknown during preview, unparsable, defined outside the stack, AWS-managed and not allow-listed) counts as reaching every store.",
    clauses: ["DP-4.1"],
    severity: "high",
    remediationSteps:
        "Remove the user's data-store permissions (its own policies and its groups'); grant them to a role the user assumes with MFA.",
    judges: { types: [USER_TYPE] },
    config: ["allowedAwsManagedPolicies"],
    check({ index, config, report }) {
        for (const user of index.ofTypes([USER_TYPE])) {
            const accesses = accessesOf(index, user, config.allowedAwsManagedPolicies);
            const known = new Set(accesses.filter((a) => a.assumed === undefined).map((a) => a.store.res.name));
            if (known.size > 0) report(user, `has data access to ${[...known].join(", ")}; use a role instead`);
            for (const reason of new Set(accesses.filter((a) => a.assumed !== undefined).map((a) => a.assumed!.reason))) {
                report(user, `is treated as having data access to every store because ${reason}; use a role instead`);
            }
        }
    },
});
