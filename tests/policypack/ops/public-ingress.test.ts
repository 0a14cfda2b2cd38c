/**
 * DP-2.2: security groups whose CIDRs, taken together, are the internet. The arithmetic of
 * policypack/lib/network.ts, and the finding on stores other than RDS that declare
 * `securityGroups` in the catalogue (here an ElastiCache replication group).
 */
import { expect } from "chai";
import { parseCidr, publicIngressProblems, PARTNER_PREFIX } from "../../../policypack/lib/network";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { KEY_ARN, PII_TAGS, compliantStack } from "../fixtures/compliant-stack";
import { analyze, ResourceSpec, urnOf } from "../support/harness";

const admitted = (...cidrs: string[]) => cidrs.map((cidr) => ({ ...parseCidr(cidr)!, cidr, where: "inline ingress from" }));
const SG = "aws:ec2/securityGroup:SecurityGroup";
const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

/** The fixture plus a PII replication group whose security group `cache-sg` has `ingress` inline and `rules` as rule resources. */
function cacheStack(cidrs: string[], rules: { name: string; props: object }[] = []): ResourceSpec[] {
    return [
        ...compliantStack(),
        {
            type: SG,
            name: "cache-sg",
            props: {
                vpcId: "vpc-1",
                ingress:
                    cidrs.length === 0
                        ? []
                        : [
                              {
                                  protocol: "tcp",
                                  fromPort: 6379,
                                  toPort: 6379,
                                  cidrBlocks: cidrs.filter((c) => !c.includes(":")),
                                  ipv6CidrBlocks: cidrs.filter((c) => c.includes(":")),
                              },
                          ],
            },
        },
        {
            type: RG,
            name: "sessions",
            props: {
                replicationGroupId: "sessions",
                description: "sessions",
                engine: "redis",
                atRestEncryptionEnabled: true,
                kmsKeyId: KEY_ARN,
                transitEncryptionEnabled: true,
                securityGroupIds: ["sg-cache"],
                snapshotRetentionLimit: 1,
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyId: ["data-key"], securityGroupIds: ["cache-sg"] },
        },
        ...rules.map(({ name, props }) => ({
            type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
            name,
            props: { securityGroupId: "sg-cache", ipProtocol: "tcp", fromPort: 6379, toPort: 6379, ...props },
            propertyDependencies: { securityGroupId: ["cache-sg"] },
        })),
    ];
}

function openFindings(stack: ResourceSpec[], type: string, name: string): string[] {
    return analyze([datastoreAccessBlockPublic], stack)
        .filter((v) => v.urn === urnOf({ type, name }) && /open to the internet/.test(v.message))
        .map((v) => v.message);
}

describe("ops: ingress CIDRs that together are the internet (DP-2.2)", () => {
    describe("the arithmetic", () => {
        it("parses IPv4 and IPv6 CIDRs, masking host bits, and rejects what is not a CIDR", () => {
            expect(parseCidr("10.1.2.3/8")).to.deep.include({ family: 4, start: 10n << 24n, end: (11n << 24n) - 1n });
            expect(parseCidr("2001:db8::1/64")?.family).to.equal(6);
            expect(parseCidr("::ffff:192.0.2.1/128")?.start).to.equal((0xffffn << 32n) | (192n << 24n) | (2n << 8n) | 1n);
            for (const bad of ["garbage", "1.2.3.4/33", "300.1.1.1/8", "1::2::3/64", "::/129"])
                expect(parseCidr(bad), bad).to.equal(undefined);
        });

        it("finds every split of the whole space, IPv4 and IPv6", () => {
            expect(publicIngressProblems(admitted("0.0.0.0/1", "128.0.0.0/1"))).to.have.length(1);
            expect(publicIngressProblems(admitted("::/1", "8000::/1"))[0]).to.match(/together they admit every IPv6 address/);
            expect(publicIngressProblems(admitted("0.0.0.0/2", "64.0.0.0/3", "96.0.0.0/3", "128.0.0.0/1"))[0]).to.match(
                /every IPv4 address/,
            );
            // Overlapping halves count too.
            expect(publicIngressProblems(admitted("0.0.0.0/1", "64.0.0.0/2", "128.0.0.0/1"))[0]).to.match(/every IPv4 address/);
        });

        it(`accepts a partner's public /${PARTNER_PREFIX[4]} (IPv4) or /${PARTNER_PREFIX[6]} (IPv6) and the private ranges`, () => {
            expect(publicIngressProblems(admitted("203.0.113.0/24", "198.51.100.7/32", "2001:db8:5::/48"))).to.deep.equal([]);
            expect(
                publicIngressProblems(
                    admitted("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "fc00::/7", "fe80::/10"),
                ),
            ).to.deep.equal([]);
        });

        it("treats a wider public range as the internet, and says how wide", () => {
            expect(publicIngressProblems(admitted("203.0.112.0/23"))[0]).to.match(
                /the size of a \/23 \(512 addresses\), wider than the \/24/,
            );
            expect(publicIngressProblems(admitted("2001:db8::/47"))[0]).to.match(/the size of a \/47, wider than the \/48/);
            // Private space beside public space: only the public part is measured.
            expect(publicIngressProblems(admitted("10.0.0.0/8", "11.0.0.0/24"))).to.deep.equal([]);
            expect(publicIngressProblems(admitted("8.0.0.0/6"))[0]).to.match(/8.0.0.0\/6: admits a public range/);
        });
    });

    describe("on a store other than RDS (an ElastiCache replication group)", () => {
        it("passes with a partner's /24 and private ranges", () => {
            expect(openFindings(cacheStack(["203.0.113.0/24", "10.0.0.0/16"]), RG, "sessions")).to.deep.equal([]);
        });

        it("flags 0.0.0.0/1 plus 128.0.0.0/1", () => {
            expect(openFindings(cacheStack(["0.0.0.0/1", "128.0.0.0/1"]), RG, "sessions")).to.deep.equal([
                "sessions (aws:elasticache/replicationGroup:ReplicationGroup): the replication group: its security group cache-sg is open to the internet: inline ingress from 0.0.0.0/1, inline ingress from 128.0.0.0/1: together they admit every IPv4 address",
            ]);
        });

        it("flags IPv6 halves split between two rule resources", () => {
            const found = openFindings(
                cacheStack(
                    [],
                    [
                        { name: "low", props: { cidrIpv6: "::/1" } },
                        { name: "high", props: { cidrIpv6: "8000::/1" } },
                    ],
                ),
                RG,
                "sessions",
            );
            expect(found).to.have.length(1);
            expect(found[0]).to.match(/low admits ::\/1, high admits 8000::\/1: together they admit every IPv6 address/);
        });

        it("flags a public /12", () => {
            expect(openFindings(cacheStack(["80.0.0.0/12"]), RG, "sessions")[0]).to.match(
                /inline ingress from 80.0.0.0\/12: admits a public range the size of a \/12/,
            );
        });
    });

    describe("CIDRs not known during preview", () => {
        const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
        const unverifiable = (stack: ResourceSpec[]) =>
            analyze([datastoreAccessBlockPublic], stack)
                .filter((v) => v.urn === urnOf({ type: RG, name: "sessions" }) && /cannot be verified during preview/.test(v.message))
                .map((v) => v.message);

        it("reports an unknown inline CIDR as unverifiable", () => {
            expect(unverifiable(cacheStack([UNKNOWN]))).to.deep.equal([
                "sessions (aws:elasticache/replicationGroup:ReplicationGroup): the replication group: whether its security group cache-sg admits the internet cannot be verified during preview: inline ingress from a CIDR not known during preview",
            ]);
        });

        it("reports an unknown CIDR of a rule resource that depends on something other than a VPC", () => {
            const stack = cacheStack([], [{ name: "from-elsewhere", props: { cidrIpv4: UNKNOWN } }]);
            stack.push({ type: "aws:ec2/eip:Eip", name: "partner-ip", props: {} });
            stack.find((s) => s.name === "from-elsewhere")!.propertyDependencies = {
                securityGroupId: ["cache-sg"],
                cidrIpv4: ["partner-ip"],
            };
            expect(unverifiable(stack)[0]).to.match(/from-elsewhere admits a CIDR not known during preview/);
        });

        it("accepts an unknown CIDR that is the stack's own VPC range", () => {
            const stack = cacheStack([UNKNOWN]);
            stack.push({ type: "aws:ec2/vpc:Vpc", name: "main", props: { cidrBlock: "10.0.0.0/16" } });
            stack.find((s) => s.name === "cache-sg")!.propertyDependencies = { ingress: ["main"] };
            expect(unverifiable(stack)).to.deep.equal([]);
        });
    });
});
