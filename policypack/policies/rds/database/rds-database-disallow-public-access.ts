import { definePolicy } from "../../../lib/define";
import { referencedResources } from "../../../lib/monitoring";
import { RDS_INSTANCE_TYPES, Res, StackIndex } from "../../../lib/stack-index";
import { asList, isTrue, isUnknown } from "../../../lib/values";

const SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
const ANYWHERE = ["0.0.0.0/0", "::/0"];

/** Ingress from anywhere on a security group: inline rules, SecurityGroupRule and SecurityGroupIngressRule. */
function openIngress(index: StackIndex, group: Res): string[] {
    const open: string[] = [];
    for (const rule of asList(group.props.ingress)) {
        for (const cidr of [...asList(rule?.cidrBlocks), ...asList(rule?.ipv6CidrBlocks)]) if (ANYWHERE.includes(String(cidr))) open.push(`inline ingress from ${cidr}`);
    }
    const rules = index.memo("security-group-ingress", () => {
        const byGroup = new Map<string, Res[]>();
        for (const rule of index.ofTypes(["aws:ec2/securityGroupRule:SecurityGroupRule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"])) {
            if (rule.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && rule.props.type !== "ingress") continue;
            for (const target of referencedResources(index, [SECURITY_GROUP], rule, "securityGroupId", [rule.props.securityGroupId])) byGroup.set(target.urn, [...(byGroup.get(target.urn) ?? []), rule]);
        }
        return byGroup;
    });
    for (const rule of rules.get(group.urn) ?? []) {
        for (const cidr of [...asList(rule.props.cidrBlocks), ...asList(rule.props.ipv6CidrBlocks), rule.props.cidrIpv4, rule.props.cidrIpv6]) if (ANYWHERE.includes(String(cidr))) open.push(`${rule.name} admits ${cidr}`);
    }
    return open;
}

export const rdsDatabaseDisallowPublicAccess = definePolicy({
    name: "rds-database-disallow-public-access",
    description: "No RDS instance (Aurora cluster members included) is publicly accessible, and each is reachable only through its security groups (vpcSecurityGroupIds set), none of which admits the whole internet.",
    clauses: ["DP-2.2"],
    severity: "critical",
    remediationSteps: "Set publiclyAccessible false and vpcSecurityGroupIds to a group that admits only the application's security groups on the engine port.",
    check({ index, report }) {
        for (const db of index.ofTypes([...RDS_INSTANCE_TYPES, "aws:rds/clusterInstance:ClusterInstance"])) {
            if (isTrue(db.props.publiclyAccessible)) report(db, "is publicly accessible");
            else if (isUnknown(db.props.publiclyAccessible)) report(db, "publiclyAccessible is not known during preview");
        }
        for (const db of index.ofTypes([...RDS_INSTANCE_TYPES, "aws:rds/cluster:Cluster"])) {
            if (db.type === "aws:rds/instance:Instance" && /aurora/.test(String(db.props.engine ?? ""))) continue;
            const groups = db.props.vpcSecurityGroupIds;
            if (!isUnknown(groups) && (!Array.isArray(groups) || groups.length === 0)) {
                report(db, "names no vpcSecurityGroupIds, so the VPC's default security group applies");
                continue;
            }
            for (const group of referencedResources(index, [SECURITY_GROUP], db, "vpcSecurityGroupIds", asList(groups))) {
                for (const problem of openIngress(index, group)) report(db, `its security group ${group.name} is open to the internet: ${problem}`);
            }
        }
    },
});
