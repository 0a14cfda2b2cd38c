/** Security groups and what they admit: inline rules, SecurityGroupRule and SecurityGroupIngressRule. */
import { referencedResources } from "./monitoring";
import { Res, StackIndex } from "./stack-index";
import { asList } from "./values";

export const SECURITY_GROUP_TYPE = "aws:ec2/securityGroup:SecurityGroup";
const ANYWHERE = ["0.0.0.0/0", "::/0"];

/** Ingress from anywhere on a security group, each described for a message. */
export function openIngress(index: StackIndex, group: Res): string[] {
    const open: string[] = [];
    for (const rule of asList(group.props.ingress)) {
        for (const cidr of [...asList(rule?.cidrBlocks), ...asList(rule?.ipv6CidrBlocks)]) if (ANYWHERE.includes(String(cidr))) open.push(`inline ingress from ${cidr}`);
    }
    const rules = index.memo("security-group-ingress", () => {
        const byGroup = new Map<string, Res[]>();
        for (const rule of index.ofTypes(["aws:ec2/securityGroupRule:SecurityGroupRule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"])) {
            if (rule.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && rule.props.type !== "ingress") continue;
            for (const target of referencedResources(index, [SECURITY_GROUP_TYPE], rule, "securityGroupId", [rule.props.securityGroupId])) byGroup.set(target.urn, [...(byGroup.get(target.urn) ?? []), rule]);
        }
        return byGroup;
    });
    for (const rule of rules.get(group.urn) ?? []) {
        for (const cidr of [...asList(rule.props.cidrBlocks), ...asList(rule.props.ipv6CidrBlocks), rule.props.cidrIpv4, rule.props.cidrIpv6]) if (ANYWHERE.includes(String(cidr))) open.push(`${rule.name} admits ${cidr}`);
    }
    return open;
}

/** The security groups of the stack that a resource's property names. */
export function securityGroupsOf(index: StackIndex, res: Res, property: string, values: unknown[]): Res[] {
    return referencedResources(index, [SECURITY_GROUP_TYPE], res, property, values);
}
