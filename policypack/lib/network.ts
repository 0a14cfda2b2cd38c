/**
 * Security groups and what they admit: inline rules, SecurityGroupRule and SecurityGroupIngressRule.
 *
 * A group is open to the internet (DP-2.2) when its ingress CIDRs, taken together, admit the
 * internet, not only when one of them is 0.0.0.0/0 or ::/0:
 * - the union of its IPv4 (or IPv6) CIDRs covers the whole address space (0.0.0.0/1 plus
 *   128.0.0.0/1, ::/1 plus 8000::/1, or any other split);
 * - or the CIDRs admit a contiguous range of public addresses wider than a partner's address
 *   can be. Public means outside the private and special-purpose ranges below (RFC 1918, CGNAT
 *   100.64.0.0/10, link-local, loopback; IPv6 unique-local fc00::/7, link-local fe80::/10,
 *   loopback). The threshold is a /24 for IPv4 (256 addresses) and a /48 for IPv6 (one site's
 *   allocation): a partner's office or NAT gateways fit in that, and anything wider is treated
 *   as the internet. (/24 is also the bound Prowler's "wide-open public IPv4" check uses.)
 *   Adjacent and overlapping CIDRs are merged first, so splitting a wide range into narrow
 *   rules does not hide it.
 * A CIDR unknown during preview cannot be verified and is reported as such.
 */
import { referencedResources } from "./monitoring";
import { Res, StackIndex } from "./stack-index";
import { asList, isUnknown } from "./values";

export const SECURITY_GROUP_TYPE = "aws:ec2/securityGroup:SecurityGroup";

/** The widest public range a partner's address may span: a /24 (IPv4), a /48 (IPv6). */
export const PARTNER_PREFIX = { 4: 24, 6: 48 } as const;

type Family = 4 | 6;
const BITS: Record<Family, number> = { 4: 32, 6: 128 };

interface Range {
    readonly family: Family;
    readonly start: bigint;
    /** Inclusive. */
    readonly end: bigint;
}

/** One CIDR the group admits, and where it was written, for messages. */
interface Admitted extends Range {
    readonly cidr: string;
    readonly where: string;
}

function parseIpv4(text: string): bigint | undefined {
    const parts = text.split(".");
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
    return parts.reduce((n, p) => (n << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(text: string): bigint | undefined {
    let address = text.toLowerCase();
    // An embedded IPv4 tail (::ffff:1.2.3.4) as two groups.
    const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(address);
    if (v4) {
        const n = parseIpv4(v4[2]);
        if (n === undefined) return undefined;
        address = `${v4[1]}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
    }
    const halves = address.split("::");
    if (halves.length > 2) return undefined;
    const groups = (s: string) => (s === "" ? [] : s.split(":"));
    const head = groups(halves[0]);
    const tail = halves.length === 2 ? groups(halves[1]) : [];
    const missing = 8 - head.length - tail.length;
    if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return undefined;
    const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
    if (all.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
    return all.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** A CIDR as an address range; a bare address is a /32 or /128. Undefined when it is not a CIDR. */
export function parseCidr(cidr: string): Range | undefined {
    const [address, prefixText, ...rest] = cidr.trim().split("/");
    if (rest.length > 0) return undefined;
    const family: Family = address.includes(":") ? 6 : 4;
    const value = family === 4 ? parseIpv4(address) : parseIpv6(address);
    const bits = BITS[family];
    const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (value === undefined || !(prefix >= 0 && prefix <= bits)) return undefined;
    const size = 1n << BigInt(bits - prefix);
    const start = value & ~(size - 1n) & ((1n << BigInt(bits)) - 1n);
    return { family, start, end: start + size - 1n };
}

const range = (cidr: string): Range => parseCidr(cidr)!;

/** Address ranges that are not the public internet. */
const NOT_PUBLIC: Record<Family, Range[]> = {
    4: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8"].map(range),
    6: ["fc00::/7", "fe80::/10", "::1/128"].map(range),
};

/** Sorted, with overlapping and adjacent ranges merged. */
function merge(ranges: readonly Range[]): Range[] {
    const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const merged: Range[] = [];
    for (const r of sorted) {
        const last = merged[merged.length - 1];
        if (last && r.start <= last.end + 1n) merged[merged.length - 1] = { ...last, end: r.end > last.end ? r.end : last.end };
        else merged.push({ family: r.family, start: r.start, end: r.end });
    }
    return merged;
}

/** `ranges` without the addresses of `holes`. */
function subtract(ranges: readonly Range[], holes: readonly Range[]): Range[] {
    let remaining = [...ranges];
    for (const hole of holes) {
        remaining = remaining.flatMap((r) => {
            if (hole.end < r.start || hole.start > r.end) return [r];
            const pieces: Range[] = [];
            if (hole.start > r.start) pieces.push({ family: r.family, start: r.start, end: hole.start - 1n });
            if (hole.end < r.end) pieces.push({ family: r.family, start: hole.end + 1n, end: r.end });
            return pieces;
        });
    }
    return remaining;
}

const count = (r: Range) => r.end - r.start + 1n;
const overlaps = (a: Range, b: Range) => a.start <= b.end && b.start <= a.end;
const FAMILY_NAME: Record<Family, string> = { 4: "IPv4", 6: "IPv6" };

/** What a set of admitted CIDRs opens to the internet, each finding described for a message. */
export function publicIngressProblems(admitted: readonly Admitted[]): string[] {
    const problems: string[] = [];
    for (const family of [4, 6] as const) {
        const own = admitted.filter((a) => a.family === family);
        if (own.length === 0) continue;
        const whole = own.find((a) => a.start === 0n && a.end === (1n << BigInt(BITS[family])) - 1n);
        if (whole) {
            problems.push(...own.filter((a) => a.start === whole.start && a.end === whole.end).map((a) => `${a.where} ${a.cidr}`));
            continue;
        }
        const merged = merge(own);
        if (merged.length === 1 && merged[0].start === 0n && merged[0].end === (1n << BigInt(BITS[family])) - 1n) {
            problems.push(`${own.map((a) => `${a.where} ${a.cidr}`).join(", ")}: together they admit every ${FAMILY_NAME[family]} address`);
            continue;
        }
        const limit = 1n << BigInt(BITS[family] - PARTNER_PREFIX[family]);
        for (const wide of subtract(merged, NOT_PUBLIC[family]).filter((r) => count(r) > limit)) {
            const sources = own.filter((a) => overlaps(a, wide));
            const size = `the size of a /${BITS[family] - (count(wide).toString(2).length - 1)}${family === 4 ? ` (${count(wide).toLocaleString("en-US")} addresses)` : ""}`;
            problems.push(
                `${sources.map((a) => `${a.where} ${a.cidr}`).join(", ")}: ${sources.length > 1 ? "together they admit" : "admits"} a public range ${size}, wider than the /${PARTNER_PREFIX[family]} the pack accepts as a partner's address, so it is treated as the internet`,
            );
        }
    }
    return problems;
}

/** Ingress rule resources by the URN of the group they belong to, built once per stack. */
function ingressRules(index: StackIndex): Map<string, Res[]> {
    return index.memo("security-group-ingress", () => {
        const byGroup = new Map<string, Res[]>();
        for (const rule of index.ofTypes([
            "aws:ec2/securityGroupRule:SecurityGroupRule",
            "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
        ])) {
            if (rule.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && rule.props.type !== "ingress") continue;
            for (const target of referencedResources(index, [SECURITY_GROUP_TYPE], rule, "securityGroupId", [rule.props.securityGroupId]))
                byGroup.set(target.urn, [...(byGroup.get(target.urn) ?? []), rule]);
        }
        return byGroup;
    });
}

/** Networks of the stack whose address ranges are private by construction (a VPC's, a subnet's). */
const PRIVATE_NETWORK_TYPES = [
    "aws:ec2/vpc:Vpc",
    "aws:ec2/subnet:Subnet",
    "aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation",
    "aws:ec2/defaultVpc:DefaultVpc",
    "aws:ec2/defaultSubnet:DefaultSubnet",
    "awsx:ec2:Vpc",
    "awsx:ec2:DefaultVpc",
];

/**
 * Whether an unknown CIDR of `res.property` can only be a VPC's or subnet's own range: the
 * property depends on resources of the stack, every one of them a VPC or a subnet.
 */
function fromPrivateNetworks(index: StackIndex, res: Res, property: string): boolean {
    const deps = (res.source.propertyDependencies?.[property] ?? []).map((dep) => index.byUrn.get(dep.urn));
    return deps.length > 0 && deps.every((dep) => dep !== undefined && PRIVATE_NETWORK_TYPES.includes(dep.type));
}

/** Every CIDR a group's ingress admits (inline and rule resources), and the ones not known during preview. */
function ingressCidrs(index: StackIndex, group: Res): { admitted: Admitted[]; unknown: string[] } {
    const admitted: Admitted[] = [];
    const unknown: string[] = [];
    const take = (where: string, values: unknown[], listUnknown: boolean, owner: Res, properties: readonly string[]) => {
        const privateRange = properties.some((property) => fromPrivateNetworks(index, owner, property));
        if (listUnknown && !privateRange) unknown.push(`${where} CIDRs not known during preview`);
        for (const value of values) {
            if (value === undefined || value === null || value === "") continue;
            if (isUnknown(value) && !privateRange) unknown.push(`${where} a CIDR not known during preview`);
            const parsed = typeof value === "string" && !isUnknown(value) ? parseCidr(value) : undefined;
            if (parsed) admitted.push({ ...parsed, cidr: value as string, where });
        }
    };
    if (isUnknown(group.props.ingress)) unknown.push("inline ingress rules not known during preview");
    for (const rule of asList(group.props.ingress)) {
        take(
            "inline ingress from",
            [...asList(rule?.cidrBlocks), ...asList(rule?.ipv6CidrBlocks)],
            isUnknown(rule?.cidrBlocks) || isUnknown(rule?.ipv6CidrBlocks),
            group,
            ["ingress"],
        );
    }
    for (const rule of ingressRules(index).get(group.urn) ?? []) {
        const { cidrBlocks, ipv6CidrBlocks, cidrIpv4, cidrIpv6 } = rule.props;
        take(
            `${rule.name} admits`,
            [...asList(cidrBlocks), ...asList(ipv6CidrBlocks), cidrIpv4, cidrIpv6],
            isUnknown(cidrBlocks) || isUnknown(ipv6CidrBlocks),
            rule,
            ["cidrBlocks", "ipv6CidrBlocks", "cidrIpv4", "cidrIpv6"],
        );
    }
    return { admitted, unknown: [...new Set(unknown)] };
}

/** Ingress from the internet on a security group, each described for a message. */
export function openIngress(index: StackIndex, group: Res): string[] {
    return publicIngressProblems(ingressCidrs(index, group).admitted);
}

/**
 * Ingress whose CIDRs are not known during preview, so whether it admits the internet cannot be
 * verified (to report as "cannot be verified during preview", never as "open").
 */
export function unverifiableIngress(index: StackIndex, group: Res): string[] {
    return ingressCidrs(index, group).unknown;
}

/** The security groups of the stack that a resource's property names. */
export function securityGroupsOf(index: StackIndex, res: Res, property: string, values: unknown[]): Res[] {
    return referencedResources(index, [SECURITY_GROUP_TYPE], res, property, values);
}
