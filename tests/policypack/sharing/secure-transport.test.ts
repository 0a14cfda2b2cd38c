/**
 * The generic TLS denial of resource policies (EFS file system policies, S3 on Outposts bucket
 * policies), DP-2.3: it counts only when it covers the resource for everyone, with no other
 * condition narrowing it; and the glob rules it (and the S3 bucket check) match resources by.
 */
import { expect } from "chai";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import {
    globCovers,
    globCoversByAutomaton,
    globMatches,
    globMatchesByAutomaton,
    parsePolicyDocument,
    Statement,
} from "../../../policypack/lib/policy-document";
import { deniesInsecureTransport, secureTransportProblem } from "../../../policypack/lib/secure-transport";
import { ACCOUNT, KEY_ARN, PII_TAGS, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec } from "../support/harness";

const FS = "aws:efs/fileSystem:FileSystem";
const FS_ARN = `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-1`;
const DENY_PLAIN_NFS = {
    Sid: "DenyPlainNfs",
    Effect: "Deny",
    Principal: { AWS: "*" },
    Action: "*",
    Resource: "*",
    Condition: { Bool: { "aws:SecureTransport": "false" } },
};

/** The compliant fixture with a PII file system whose policy's TLS denial is changed by `fn`. */
const efs =
    (fn: (statement: any) => void = () => undefined) =>
    (): ResourceSpec[] => {
        const statement: any = JSON.parse(JSON.stringify(DENY_PLAIN_NFS));
        fn(statement);
        return [
            ...compliantStack(),
            {
                type: FS,
                name: "files",
                props: { creationToken: "files", encrypted: true, kmsKeyId: KEY_ARN, tags: PII_TAGS },
                propertyDependencies: { kmsKeyId: ["data-key"] },
            },
            {
                type: "aws:efs/fileSystemPolicy:FileSystemPolicy",
                name: "files-policy",
                props: { fileSystemId: "fs-1", policy: JSON.stringify({ Version: "2012-10-17", Statement: [statement] }) },
                propertyDependencies: { fileSystemId: ["files"] },
            },
        ];
    };
const NO_DENIAL = /its file system policy does not deny connections without TLS/;

function statementOf(statement: object): Statement {
    const parsed = parsePolicyDocument({ Statement: [statement] });
    if (parsed.kind !== "parsed") throw new Error(`not parsed: ${JSON.stringify(parsed)}`);
    return parsed.statements[0];
}

describe("sharing: the TLS denial of a resource policy", () => {
    describePolicy(
        datastoreTransitRequireTls,
        [
            {
                title: "a denial narrowed by another condition",
                stack: efs((s) => {
                    s.Condition.StringEquals = { "aws:PrincipalAccount": "999988887777" };
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
            {
                title: "a denial narrowed by a second key of its Bool block",
                stack: efs((s) => {
                    s.Condition.Bool["aws:ViaAWSService"] = "false";
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
            {
                title: "a denial with NotPrincipal",
                stack: efs((s) => {
                    delete s.Principal;
                    s.NotPrincipal = { AWS: `arn:aws:iam::${ACCOUNT}:role/x` };
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
            {
                title: "a denial with NotResource",
                stack: efs((s) => {
                    delete s.Resource;
                    s.NotResource = FS_ARN;
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
            {
                title: "a denial on another file system only",
                stack: efs((s) => {
                    s.Resource = `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-other`;
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
            {
                title: "a denial of one action only",
                stack: efs((s) => {
                    s.Action = "elasticfilesystem:ClientMount";
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
            {
                title: "the IfExists form (generic helper)",
                stack: efs((s) => {
                    s.Condition = { BoolIfExists: { "aws:SecureTransport": "false" } };
                }),
                at: [FS, "files"],
                message: NO_DENIAL,
            },
        ],
        [
            { title: "a denial of every action to everyone on every resource", stack: efs() },
            {
                title: 'a denial to Principal "*"',
                stack: efs((s) => {
                    s.Principal = "*";
                }),
            },
        ],
    );

    describe("secureTransportProblem with the resource's ARNs as targets", () => {
        const document = (resource: unknown) => JSON.stringify({ Statement: [{ ...DENY_PLAIN_NFS, Resource: resource }] });
        it("accepts a denial naming the resource's ARN", () => {
            expect(secureTransportProblem([document(FS_ARN)], "file system policy", undefined, [FS_ARN])).to.equal(undefined);
        });
        it("accepts a pattern covering the resource's ARN", () => {
            expect(
                secureTransportProblem(
                    [document(`arn:aws:elasticfilesystem:*:${ACCOUNT}:file-system/*`)],
                    "file system policy",
                    undefined,
                    [FS_ARN],
                ),
            ).to.equal(undefined);
        });
        it("refuses a denial naming another ARN", () => {
            expect(secureTransportProblem([document(`${FS_ARN}x`)], "file system policy", undefined, [FS_ARN])).to.match(
                /does not deny connections without TLS/,
            );
        });
        it('refuses a specific ARN when no target is known (only "*" covers every resource)', () => {
            expect(secureTransportProblem([document(FS_ARN)], "file system policy")).to.match(/on Resource "\*"/);
        });
        it("accepts service:* as every action when the service is given", () => {
            expect(deniesInsecureTransport(statementOf({ ...DENY_PLAIN_NFS, Action: "s3-outposts:*" }), "s3-outposts")).to.equal(true);
            expect(deniesInsecureTransport(statementOf({ ...DENY_PLAIN_NFS, Action: "s3-outposts:Get*" }), "s3-outposts")).to.equal(false);
        });
    });

    describe("glob rules of IAM resources", () => {
        it("matches * across colons and slashes and ? as one character", () => {
            expect(globMatches("arn:aws:s3:::labels-*", "arn:aws:s3:::labels-abc/a/b")).to.equal(true);
            expect(globMatches("arn:aws:s3:::label?-abc", "arn:aws:s3:::labels-abc")).to.equal(true);
            expect(globMatches("arn:aws:s3:::labels-abc", "arn:aws:s3:::labels-abcd")).to.equal(false);
            expect(globMatches("arn:aws:s3:::LABELS-abc", "arn:aws:s3:::labels-abc")).to.equal(false);
        });
        it("covers a prefix only when every continuation matches", () => {
            expect(globCovers("*", "arn:aws:s3:::labels-abc/")).to.equal(true);
            expect(globCovers("arn:aws:s3:::labels-abc/*", "arn:aws:s3:::labels-abc/")).to.equal(true);
            expect(globCovers("arn:aws:s3:::lab*", "arn:aws:s3:::labels-abc/")).to.equal(true);
            expect(globCovers("arn:aws:s3:::labels-abc/public/*", "arn:aws:s3:::labels-abc/")).to.equal(false);
            expect(globCovers("arn:aws:s3:::labels-abc/*.pdf", "arn:aws:s3:::labels-abc/")).to.equal(false);
            expect(globCovers("arn:aws:s3:::labels-abc/?*", "arn:aws:s3:::labels-abc/")).to.equal(false);
            expect(globCovers("arn:aws:s3:::labels-abc", "arn:aws:s3:::labels-abc/")).to.equal(false);
            expect(globCovers("arn:aws:s3:::*/*", "arn:aws:s3:::labels-abc/")).to.equal(true);
        });
        it("answers by string comparison as the automaton does, on 20,000 generated pairs", () => {
            // Patterns and values over a small alphabet, so that matches, near misses, literals,
            // trailing stars, inner stars and ? all occur often.
            let seed = 7;
            const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
            const word = (alphabet: string, max: number) =>
                Array.from({ length: next(max + 1) }, () => alphabet[next(alphabet.length)]).join("");
            let simple = 0;
            for (let i = 0; i < 20_000; i++) {
                const literal = word("ab/", 4);
                const pattern = [literal, `${literal}*`, "*", word("ab/*?", 5)][next(4)];
                const value = [literal + word("ab/", 3), word("ab/", 5), literal.slice(0, next(literal.length + 1))][next(3)];
                if (!/[?]|\*./.test(pattern)) simple++;
                expect(globMatches(pattern, value), `globMatches(${pattern}, ${value})`).to.equal(globMatchesByAutomaton(pattern, value));
                expect(globCovers(pattern, value), `globCovers(${pattern}, ${value})`).to.equal(globCoversByAutomaton(pattern, value));
            }
            expect(simple, "pairs taking the string path").to.be.greaterThan(10_000);
        });
    });
});
