/** What `dpcheck audit` accepts as input: documents, encodings and policy configs (no policy pack run). */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readPolicyConfig, validatePolicyConfig } from "../../tools/dpcheck/check";
import { UsageError } from "../../tools/dpcheck/errors";
import { loadStackFile, MAX_DEPTH, nestsDeeperThan, parseStackDocument } from "../../tools/dpcheck/inputs";
import { decodeText } from "../../tools/dpcheck/text";
import { SecretSet } from "../../tools/dpcheck/redact";

const STACK = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";
const BUCKET = "urn:pulumi:dev::shop::aws:s3/bucket:Bucket::labels";
const POLICY = "urn:pulumi:dev::shop::aws:s3/bucketPolicy:BucketPolicy::labels-policy";
const SIG = "4dabf18193072939515e22adb298388d";

/** A small valid `pulumi stack export`. */
function stackExport(): any {
    return {
        version: 3,
        deployment: {
            manifest: { time: "2026-01-01T00:00:00Z", magic: "", version: "v3.0.0" },
            resources: [
                { urn: STACK, custom: false, type: "pulumi:pulumi:Stack" },
                {
                    urn: BUCKET,
                    custom: true,
                    type: "aws:s3/bucket:Bucket",
                    parent: STACK,
                    inputs: { bucket: "labels-abc", tags: { "data-classification": "pii" } },
                    outputs: { arn: "arn:aws:s3:::labels-abc" },
                },
                {
                    urn: POLICY,
                    custom: true,
                    type: "aws:s3/bucketPolicy:BucketPolicy",
                    parent: STACK,
                    inputs: { bucket: "labels-abc" },
                    dependencies: [BUCKET],
                    propertyDependencies: { bucket: [BUCKET] },
                },
            ],
        },
    };
}

/** The same stack as `pulumi preview --json` steps. */
function previewJson(): any {
    return {
        steps: stackExport().deployment.resources.map((r: any) => ({ op: "create", urn: r.urn, newState: r })),
        changeSummary: { create: 3 },
    };
}

/** The document as JSON text; a `DEEP` string in it stands for `[[[…]]]` 10,000 levels deep (too deep for JSON.stringify). */
const parse = (document: unknown, file = "stack.json") =>
    parseStackDocument(JSON.stringify(document).replace(/"DEEP"/g, "[".repeat(10_000) + "]".repeat(10_000)), file);
const DEEP = "DEEP";

/** The UsageError `action` throws (and fails the test if it throws anything else, or nothing). */
function usageError(action: () => unknown): UsageError {
    try {
        action();
    } catch (error) {
        expect(error, String((error as Error)?.stack)).to.be.instanceOf(UsageError);
        return error as UsageError;
    }
    expect.fail("no UsageError: the input was accepted");
}

/** `[[[…]]]` `levels` deep. */
const nested = (levels: number): unknown => {
    let value: unknown = "leaf";
    for (let i = 0; i < levels; i++) value = [value];
    return value;
};

describe("dpcheck: inputs", () => {
    describe("documents", () => {
        it("reads a valid stack export and preview JSON (the baseline for what follows)", () => {
            const loaded = parse(stackExport());
            expect(loaded).to.deep.include({ kind: "stack-export", stack: "dev", project: "shop" });
            expect(loaded.resources.map((r) => r.name)).to.deep.equal(["shop-dev", "labels", "labels-policy"]);
            expect(loaded.resources[1].properties).to.deep.equal({
                arn: "arn:aws:s3:::labels-abc",
                bucket: "labels-abc",
                tags: { "data-classification": "pii" },
            });
            expect(loaded.resources[2].propertyDependencies).to.deep.equal({ bucket: [BUCKET] });
            expect(parse(previewJson()).resources).to.have.length(3);
        });

        it("accepts the nulls Pulumi's Go types write for nil slices and maps", () => {
            const document = stackExport();
            Object.assign(document.deployment.resources[2], {
                parent: null,
                dependencies: null,
                propertyDependencies: { bucket: null, policy: [] },
                outputs: null,
            });
            const policy = parse(document).resources[2];
            expect(policy).to.deep.include({ parent: undefined, dependencies: [] });
            expect(policy.propertyDependencies).to.deep.equal({ bucket: [], policy: [] });
        });

        it("refuses steps that are not steps, naming the file and the entry", () => {
            const error = usageError(() => parse({ steps: [null, 5, "x"] }, "preview.json"));
            expect(error.message).to.equal("preview.json: steps[0] is not a step: it must be an object, got null");
            const later = previewJson();
            later.steps.push(5);
            expect(usageError(() => parse(later, "preview.json")).message).to.equal(
                "preview.json: steps[3] is not a step: it must be an object, got 5",
            );
        });

        it("refuses a document with no resources", () => {
            expect(usageError(() => parse({ steps: [] }, "preview.json")).message).to.equal("preview.json has no resources to check");
            expect(usageError(() => parse({ version: 3, deployment: { resources: [] } }, "empty.json")).message).to.equal(
                "empty.json has no resources to check",
            );
            // `pulumi stack export` of a stack never deployed: no `resources` at all.
            expect(usageError(() => parse({ version: 3, deployment: { manifest: {} } }, "new.json")).message).to.equal(
                "new.json has no resources to check",
            );
            const deleted = stackExport();
            for (const r of deleted.deployment.resources) r.delete = true;
            expect(usageError(() => parse(deleted, "deleted.json")).message).to.match(
                /^deleted\.json has no resources to check \(all 3 are pending deletion\)$/,
            );
            const deletes = { steps: stackExport().deployment.resources.map((r: any) => ({ op: "delete", urn: r.urn, oldState: r })) };
            expect(usageError(() => parse(deletes, "deletes.json")).message).to.match(/^deletes\.json has no resources to check/);
        });

        it("refuses a step that would be checked but has no newState", () => {
            const document = previewJson();
            delete document.steps[1].newState;
            expect(usageError(() => parse(document, "preview.json")).message).to.equal(
                `preview.json: steps[1] ("${BUCKET}"): a "create" step has no newState to check`,
            );
        });

        it("refuses a null resource, naming the file and its index", () => {
            const document = stackExport();
            document.deployment.resources.splice(1, 0, null);
            expect(usageError(() => parse(document)).message).to.equal(
                "stack.json: deployment.resources[1] is not a resource: it must be an object, got null",
            );
        });

        it("refuses a resource without urn or type, naming what it has", () => {
            const document = stackExport();
            delete document.deployment.resources[1].type;
            expect(usageError(() => parse(document)).message).to.equal(
                `stack.json: deployment.resources[1] ("${BUCKET}") is not a resource: it has no "type"`,
            );
            const noUrn = stackExport();
            noUrn.deployment.resources[2].urn = "labels-policy";
            expect(usageError(() => parse(noUrn)).message).to.equal(
                `stack.json: deployment.resources[2] ("labels-policy"): urn must be a Pulumi URN (urn:pulumi:…), got "labels-policy"`,
            );
        });

        it('refuses `delete: "false"` rather than dropping the resource', () => {
            const document = stackExport();
            document.deployment.resources[1].delete = "false";
            expect(usageError(() => parse(document)).message).to.equal(
                `stack.json: deployment.resources[1] ("${BUCKET}"): delete must be a boolean or null, got "false"`,
            );
        });

        it("refuses propertyDependencies of the wrong shape, naming the resource and the property", () => {
            const strings = stackExport();
            strings.deployment.resources[2].propertyDependencies = { bucket: BUCKET };
            expect(usageError(() => parse(strings)).message).to.equal(
                `stack.json: deployment.resources[2] ("${POLICY}"): propertyDependencies.bucket must be an array or null, got "${BUCKET.slice(0, 40)}…"`,
            );
            const array = stackExport();
            array.deployment.resources[2].propertyDependencies = [BUCKET];
            expect(usageError(() => parse(array)).message).to.match(
                /^stack\.json: deployment\.resources\[2\] \(.*\): propertyDependencies must be an object or null, got \["urn:pulumi:/,
            );
            const notUrns = stackExport();
            notUrns.deployment.resources[2].dependencies = [5];
            expect(usageError(() => parse(notUrns)).message).to.match(/: dependencies\[0\] must be a string, got 5$/);
            const inPreview = previewJson();
            inPreview.steps[2].newState.propertyDependencies = { bucket: BUCKET };
            expect(usageError(() => parse(inPreview, "preview.json")).message).to.equal(
                `preview.json: steps[2] ("${POLICY}"): newState.propertyDependencies.bucket must be an array or null, got "${BUCKET.slice(0, 40)}…"`,
            );
        });

        it(`limits nesting to ${MAX_DEPTH} levels, without overflowing the stack at 10,000`, () => {
            const deep = stackExport();
            deep.deployment.resources[1].inputs.deep = DEEP;
            expect(usageError(() => parse(deep)).message).to.equal(
                `stack.json: deployment.resources[1] ("${BUCKET}"): its inputs nest more than ${MAX_DEPTH} levels deep`,
            );
            const deepOutputs = previewJson();
            deepOutputs.steps[1].newState.outputs.deep = DEEP;
            expect(usageError(() => parse(deepOutputs, "preview.json")).message).to.equal(
                `preview.json: steps[1] ("${BUCKET}"): its outputs nest more than ${MAX_DEPTH} levels deep`,
            );
            // inputs (level 1) holding `deep` (level 2) … : 100 levels in all pass, 101 do not.
            const atLimit = stackExport();
            atLimit.deployment.resources[1].inputs.deep = nested(MAX_DEPTH - 1);
            expect(parse(atLimit).resources).to.have.length(3);
            atLimit.deployment.resources[1].inputs.deep = nested(MAX_DEPTH);
            expect(usageError(() => parse(atLimit)).message).to.match(/nest more than 100 levels deep$/);
        });

        it("counts a secret's plaintext where the secret sits", () => {
            const document = stackExport();
            document.deployment.resources[1].inputs.secret = {
                [SIG]: "1b47061264138c4ac30d75fd1eb44270",
                plaintext: "[".repeat(10_000) + "]".repeat(10_000),
            };
            expect(usageError(() => parse(document)).message).to.match(/\(".*::labels"\): its inputs nest more than 100 levels deep$/);
            expect(nestsDeeperThan({ a: { [SIG]: "1b47061264138c4ac30d75fd1eb44270", plaintext: JSON.stringify(nested(4)) } }, 5)).to.equal(
                false,
            );
            expect(nestsDeeperThan({ a: { [SIG]: "1b47061264138c4ac30d75fd1eb44270", plaintext: JSON.stringify(nested(5)) } }, 5)).to.equal(
                true,
            );
        });
    });

    describe("secrets and other signed values", () => {
        it("reveals a secret's plaintext to the pack, and leaves assets, archives and resource references as they are", () => {
            const document = stackExport();
            const asset = { [SIG]: "c44067f5952c0a294b673a41bacaf5e9", path: "./handler.js" };
            document.deployment.resources[1].inputs.owner = {
                [SIG]: "1b47061264138c4ac30d75fd1eb44270",
                plaintext: JSON.stringify("team-secret"),
            };
            document.deployment.resources[1].inputs.code = asset;
            const bucket = parse(document).resources.find((r) => r.urn === BUCKET)!;
            expect(bucket.properties.owner).to.equal("team-secret");
            expect(bucket.properties.code).to.deep.equal(asset);
        });

        it("remembers a secret whose plaintext is JSON nested 10,000 deep without overflowing", () => {
            const set = new SecretSet();
            expect(() => set.add("[".repeat(10_000) + '"deep-secret"' + "]".repeat(10_000))).to.not.throw();
            expect(set.scrub("the deep-secret leaked")).to.equal("the [secret] leaked");
        });
    });

    describe("encodings", () => {
        let dir: string;
        before(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-inputs-"));
        });
        after(() => fs.rmSync(dir, { recursive: true, force: true }));
        const write = (name: string, bytes: Buffer) => {
            fs.writeFileSync(path.join(dir, name), bytes);
            return path.join(dir, name);
        };
        const text = JSON.stringify(stackExport(), null, 2);
        const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();

        it("reads UTF-8 with a BOM, and UTF-16LE and UTF-16BE with one (Windows PowerShell's `>`)", () => {
            const expected = loadStackFile(write("plain.json", Buffer.from(text, "utf8"))).resources;
            for (const [name, bytes] of [
                ["utf8-bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
                ["utf16le.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
                ["utf16be.json", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
            ] as const) {
                expect(loadStackFile(write(name, bytes)).resources, name).to.deep.equal(expected);
            }
        });

        it("keeps non-ASCII text intact in UTF-16", () => {
            const document = stackExport();
            document.deployment.resources[1].inputs.tags.owner = "Zoë 🚚";
            const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(document), "utf16le")]);
            expect((loadStackFile(write("unicode.json", bytes)).resources[1].properties.tags as any).owner).to.equal("Zoë 🚚");
        });

        const binaries: [string, Buffer, RegExp][] = [
            [
                "UTF-16 without a BOM",
                Buffer.from(text, "utf16le"),
                /is not text: control character U\+0000 at line 1, column 2, near .* \(UTF-16 without a byte-order mark, or a binary file\?\)$/,
            ],
            ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xfd, 0x22, 0x7d]), /is not text: it is not valid UTF-8/],
            [
                "terminal escapes",
                Buffer.from('{"a": "\u001b[2J\u001b]0;pwned\u0007"}', "utf8"),
                /is not text: control character U\+001B at line 1, column 8, near "\{\\"a\\": \\"\\x1b\[2J\\x1b\]0;pw/,
            ],
            ["a NUL byte", Buffer.from('{"a":\n 1,\u0000}', "utf8"), /control character U\+0000 at line 2, column 4/],
            [
                "a truncated UTF-16 file",
                Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d]),
                /is not valid UTF-16LE text despite its byte-order mark$/,
            ],
            ["UTF-32", Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0]), /is UTF-32 text; dpcheck reads UTF-8 or UTF-16$/],
        ];
        for (const [label, bytes, message] of binaries) {
            it(`refuses ${label} with a message free of control bytes`, () => {
                const error = usageError(() => loadStackFile(write("binary.json", bytes)));
                expect(error.message).to.match(message);
                expect(error.message.startsWith(path.join(dir, "binary.json"))).to.equal(true);
                expect(error.message).to.not.match(/[\u0000-\u001f\u007f-\u009f]/);
                expect(error.message.length).to.be.below(300);
            });
        }

        it("escapes control characters V8 quotes from the input in a JSON syntax error", () => {
            // U+009B is a C1 control (CSI) and valid UTF-8: it passes decoding and fails JSON.parse.
            const error = usageError(() => parseStackDocument('{"a": \u009b31m x}', "csi.json"));
            expect(error.message).to.match(/^csi\.json is not valid JSON \(.*\\x9b31m/);
            expect(error.message).to.not.match(/[\u0000-\u001f\u007f-\u009f]/);
        });

        it("decodeText strips the BOM and nothing else", () => {
            expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), "x")).to.equal("{}");
            expect(decodeText(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), "x")).to.equal("{}");
            expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]), "x")).to.equal("{}");
            expect(decodeText(Buffer.from("\t{\r\n}", "utf8"), "x")).to.equal("\t{\r\n}");
        });
    });

    describe("policy config", () => {
        const LEVELS = "Pulumi's levels are advisory, mandatory, remediate, disabled";

        it("accepts Pulumi's levels, as strings and as enforcementLevel, with other config", () => {
            const config = {
                all: "mandatory",
                a: "advisory",
                b: "remediate",
                c: "disabled",
                d: { enforcementLevel: "mandatory", maxDays: 3 },
                e: { maxDays: 3 },
                "unknown-policy": "advisory",
            };
            expect(validatePolicyConfig(config, "cfg")).to.equal(config);
            expect(validatePolicyConfig({}, "cfg")).to.deep.equal({});
        });

        const refused: [string, unknown, string][] = [
            ["a capitalised level for all", { all: "Mandatory" }, `cfg: "all" has enforcement level "Mandatory"; ${LEVELS}`],
            [
                "a level Pulumi does not have",
                { "datastore-retention-limit-copies": "off" },
                `cfg: "datastore-retention-limit-copies" has enforcement level "off"; ${LEVELS}`,
            ],
            [
                "a bad enforcementLevel in an object",
                { p: { enforcementLevel: "MANDATORY", maxDays: 3 } },
                `cfg: "p" has enforcementLevel "MANDATORY"; ${LEVELS}`,
            ],
            ["a null enforcementLevel", { all: { enforcementLevel: null } }, `cfg: "all" has enforcementLevel null; ${LEVELS}`],
            [
                "an entry that is a number",
                { p: 5 },
                `cfg: "p" must be an enforcement level (advisory, mandatory, remediate, disabled) or an object of config with an optional enforcementLevel; got 5`,
            ],
            [
                "an entry that is an array",
                { p: ["mandatory"] },
                `cfg: "p" must be an enforcement level (advisory, mandatory, remediate, disabled) or an object of config with an optional enforcementLevel; got ["mandatory"]`,
            ],
            [
                "an entry that is null",
                { p: null },
                `cfg: "p" must be an enforcement level (advisory, mandatory, remediate, disabled) or an object of config with an optional enforcementLevel; got null`,
            ],
            ["a config that is a string", "bogus", `cfg is not a JSON object (got "bogus")`],
            ["a config that is an array", ["mandatory"], `cfg is not a JSON object (got ["mandatory"])`],
        ];
        for (const [label, config, message] of refused) {
            it(`refuses ${label}, naming the key`, () => {
                expect(usageError(() => validatePolicyConfig(config, "cfg")).message).to.equal(message);
            });
        }

        it("reads the file (UTF-16 with a BOM too) and validates it, naming the file", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-config-"));
            try {
                const file = path.join(dir, "config.json");
                fs.writeFileSync(
                    file,
                    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ all: "mandatory" }), "utf16le")]),
                );
                expect(readPolicyConfig(file)).to.deep.equal({ all: "mandatory" });
                fs.writeFileSync(file, JSON.stringify({ all: "Mandatory" }));
                expect(usageError(() => readPolicyConfig(file)).message).to.equal(
                    `policy config ${file}: "all" has enforcement level "Mandatory"; ${LEVELS}`,
                );
                fs.writeFileSync(file, '"bogus"');
                expect(usageError(() => readPolicyConfig(file)).message).to.equal(
                    `policy config ${file} is not a JSON object (got "bogus")`,
                );
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });
    });
});
