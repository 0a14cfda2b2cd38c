import { definePolicy } from "../../../lib/define";
import { RDS_INSTANCE_TYPES } from "../../../lib/stack-index";
import { isTrue, isUnknown } from "../../../lib/values";

export const rdsDatabaseDisallowPublicAccess = definePolicy({
    name: "rds-database-disallow-public-access",
    description: "No RDS instance is publicly accessible, and each is reachable only through security groups (vpcSecurityGroupIds set).",
    clauses: ["DP-2.2"],
    severity: "critical",
    remediationSteps: "Set publiclyAccessible false and vpcSecurityGroupIds to a group that admits only the application's security groups on the engine port.",
    check({ index, report }) {
        for (const db of index.ofTypes(RDS_INSTANCE_TYPES)) {
            if (isTrue(db.props.publiclyAccessible)) report(db, "is publicly accessible");
            else if (isUnknown(db.props.publiclyAccessible)) report(db, "publiclyAccessible is not known during preview");
            const groups = db.props.vpcSecurityGroupIds;
            if (!isUnknown(groups) && (!Array.isArray(groups) || groups.length === 0)) report(db, "names no vpcSecurityGroupIds, so the VPC's default security group applies");
        }
    },
});
