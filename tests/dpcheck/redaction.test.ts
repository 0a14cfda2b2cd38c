/** No secret leaves dpcheck: the pack judges the plaintext, every output shows `[secret]`. */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { concealSecrets, REDACTED, revealSecrets, SECRET_SIG, SecretSet, SIG_KEY } from "../../tools/dpcheck/redact";
import { buildReport, Report } from "../../tools/dpcheck/report";
import { PackRun } from "../../tools/dpcheck/check";
import { renderHtml } from "../../tools/dpcheck/formats/html";
import { renderMarkdown } from "../../tools/dpcheck/formats/markdown";
import { renderSarif } from "../../tools/dpcheck/formats/sarif";
import { renderText } from "../../tools/dpcheck/formats/text";
import { dpcheck, previewDevExport } from "./support/run-dpcheck";
import { sourceDirOf } from "../support/paths";

const SECRET = "SUPERSECRET-123";
/** A secret as `pulumi stack export --show-secrets` writes it: the plaintext JSON-encoded. */
const exported = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(value) });

describe("dpcheck: secrets", () => {
    describe("SecretSet", () => {
        it("scrubs every occurrence, longest secret first", () => {
            const set = new SecretSet();
            set.add("SUPERSECRET");
            set.add("SUPERSECRET-123");
            expect(set.scrub(`got "SUPERSECRET-123", and SUPERSECRET alone`)).to.equal(`got "[secret]", and [secret] alone`);
        });

        it("collects the string and number leaves of a structured secret, JSON text included", () => {
            const set = new SecretSet();
            set.add({ owner: "team-SUPERSECRET", nested: [{ window: 4711 }] });
            set.add(JSON.stringify({ Statement: [{ Sid: "SUPERSECRET-SID" }] }));
            expect(set.scrub('team-SUPERSECRET, 4711, statement "SUPERSECRET-SID"')).to.equal('[secret], [secret], statement "[secret]"');
        });

        it("leaves trivially short values alone, and a secret number inside a longer one", () => {
            const set = new SecretSet();
            for (const trivial of ["", "true", "ab", 7, 30]) set.add(trivial);
            set.add(365);
            expect(set.size).to.equal(1);
            expect(set.scrub("true ab 7 30 days, 3650 days, 365 days")).to.equal("true ab 7 30 days, 3650 days, [secret] days");
        });

        it("catches a secret the pack quotes JSON-escaped", () => {
            const set = new SecretSet();
            set.add(`pa"ss\\word-x`);
            expect(set.scrub(`got ${JSON.stringify(`pa"ss\\word-x`)}`)).to.equal(`got "[secret]"`);
        });
    });

    describe("unwrapping", () => {
        it("reveals export secrets (plaintext JSON-encoded) and SDK secrets (value), remembering them; ciphertext-only ones are [secret]", () => {
            const set = new SecretSet();
            const revealed = revealSecrets(
                {
                    a: exported(SECRET),
                    b: { [SIG_KEY]: SECRET_SIG, value: { tag: "sdk-SUPERSECRET" } },
                    c: { [SIG_KEY]: SECRET_SIG, ciphertext: "AAAA" },
                },
                set,
            );
            expect(revealed).to.deep.equal({ a: SECRET, b: { tag: "sdk-SUPERSECRET" }, c: REDACTED });
            expect(set.scrub(`${SECRET} sdk-SUPERSECRET`)).to.equal("[secret] [secret]");
        });

        it("conceals for writing out: secrets stay marked without plaintext, copies elsewhere are scrubbed", () => {
            const set = new SecretSet();
            set.add(SECRET);
            const concealed = concealSecrets(
                { a: { [SIG_KEY]: SECRET_SIG, value: SECRET }, arn: `arn:aws:sns:eu-west-1:1:${SECRET}` },
                set,
            );
            expect(concealed).to.deep.equal({
                a: { [SIG_KEY]: SECRET_SIG, ciphertext: REDACTED },
                arn: "arn:aws:sns:eu-west-1:1:[secret]",
            });
        });
    });

    it("buildReport scrubs messages, names, inventory and changes, in every format", () => {
        const set = new SecretSet();
        set.add(SECRET);
        set.add(`arn:aws:kms:eu-west-1:123456789012:key/${SECRET}`);
        const urn = "urn:pulumi:dev::p::aws:dynamodb/table:Table::orders";
        const run: PackRun = {
            info: { name: "data-protection", version: "0.1.0", policies: [] },
            reviewDate: "2026-01-01",
            config: {},
            diagnostics: [
                {
                    policyName: "kms-key-require-rotation",
                    policyPackName: "data-protection",
                    policyPackVersion: "0.1.0",
                    description: "d",
                    message: `d\norders (aws:dynamodb/table:Table): needs an explicit deletionWindowInDays of 7-30, got "${SECRET}"`,
                    enforcementLevel: "mandatory",
                    urn,
                },
            ],
        };
        const resources = [
            {
                type: "aws:dynamodb/table:Table",
                urn,
                name: "orders",
                properties: {
                    name: "orders",
                    hashKey: "id",
                    attributes: [{ name: "id", type: "S" }],
                    serverSideEncryption: { enabled: true, kmsKeyArn: `arn:aws:kms:eu-west-1:123456789012:key/${SECRET}` },
                    tags: {
                        "data-classification": "pii",
                        owner: `team-${SECRET}`,
                        "pii-categories": "name",
                        "pii-purpose": "orders",
                        "retention-days": "3",
                    },
                },
            },
        ];
        const previous = {
            report: {
                inventory: [
                    {
                        urn,
                        name: "orders",
                        type: "aws:dynamodb/table:Table",
                        classification: "pii",
                        piiCategories: [],
                        purposes: [],
                        retentionDays: 3,
                        owner: null,
                        key: "old-key",
                        readers: [],
                        recipients: [],
                    },
                ],
            } as unknown as Report,
            file: "prev.json",
        };
        const report = buildReport({
            run,
            resources,
            source: { kind: "stack-export", stack: "dev", project: "p", files: ["x.json"] },
            previous,
            secrets: set,
        });
        expect(report.violations[0].message).to.include('got "[secret]"');
        expect(report.inventory[0].key).to.equal(REDACTED);
        expect(report.inventory[0].owner).to.equal("team-[secret]");
        expect(report.changes!.changed).to.deep.include({ store: "orders", field: "key", before: "old-key", after: REDACTED });
        expect(report.violations[0].resourceType).to.equal("aws:dynamodb/table:Table");
        const outputs = [
            JSON.stringify(report),
            renderText(report, true),
            renderMarkdown(report),
            renderHtml([report]),
            JSON.stringify(renderSarif(report)),
        ];
        for (const output of outputs) expect(output).to.not.include("SUPERSECRET");
    });

    describe("end to end", function () {
        this.timeout(300_000);
        let dir: string;
        let secretExport: string;
        before(async () => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-secrets-"));
            const exportFile = path.join(dir, "dev-export.json");
            const run = await previewDevExport(exportFile);
            expect(run.status, run.stderr).to.equal(0);
            const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
            const resources: any[] = document.deployment.resources;
            const byName = (name: string) => resources.find((r) => r.urn.endsWith(`::${name}`));
            // The examples of the issue: a secret deletion window, tag value, endpoint, Sid, table key.
            byName("access-logs-key-key").inputs.deletionWindowInDays = exported(SECRET);
            const table = byName("orders-table");
            table.inputs.tags = { ...table.inputs.tags, owner: exported(`owner-${SECRET}`) };
            table.inputs.serverSideEncryption = {
                ...table.inputs.serverSideEncryption,
                kmsKeyArn: exported(`arn:aws:kms:eu-west-1:123456789012:key/${SECRET}`),
            };
            const subscription = resources.find((r) => r.type === "aws:sns/topicSubscription:TopicSubscription");
            subscription.inputs.protocol = "http";
            subscription.inputs.endpoint = exported(`http://user:${SECRET}@example.com/hook`);
            const policy = byName("labels-policy");
            const document_ = JSON.parse(policy.inputs.policy);
            document_.Statement.push({
                Sid: "SUPERSECRET-SID",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::999999999999:root" },
                Action: "s3:GetObject",
                Resource: "arn:aws:s3:::labels-bucket/*",
            });
            policy.inputs.policy = exported(JSON.stringify(document_));
            secretExport = path.join(dir, "secret-export.json");
            fs.writeFileSync(secretExport, JSON.stringify(document));
        });
        after(() => fs.rmSync(dir, { recursive: true, force: true }));

        for (const format of ["text", "json", "sarif", "markdown", "html"]) {
            it(`audit --format ${format} judges the secrets but never shows them`, async () => {
                const run = await dpcheck("audit", secretExport, "--format", format, "--verbose");
                expect(run.status, run.stderr).to.equal(1);
                expect(run.stdout + run.stderr).to.not.include("SUPERSECRET");
                expect(run.stdout).to.include(format === "markdown" ? "\\[secret\\]" : REDACTED);
                // The pack saw the plaintext: the wrong window is a violation, quoted as [secret].
                expect(run.stdout).to.include("deletionWindowInDays of 7-30, got");
                if (format === "json") {
                    const report = JSON.parse(run.stdout);
                    expect(report.violations.map((v: any) => `${v.resourceName} (${v.resourceType}): ${v.message}`)).to.include(
                        'access-logs-key-key (aws:kms/key:Key): needs an explicit deletionWindowInDays of 7-30, got "[secret]"',
                    );
                    expect(report.violations.map((v: any) => v.message).join("\n")).to.include('statement "[secret]"');
                    const orders = report.inventory.find((e: any) => e.name === "orders-table");
                    expect(orders.key).to.equal(REDACTED);
                    expect(orders.owner).to.equal(REDACTED);
                }
            });
        }

        it("--verbose error output is scrubbed too", async () => {
            const bad = path.join(dir, "bad.json");
            const document = JSON.parse(fs.readFileSync(secretExport, "utf8"));
            document.deployment.resources[1].urn = `not-a-urn-${SECRET}`;
            fs.writeFileSync(bad, JSON.stringify(document));
            const run = await dpcheck("audit", secretExport, bad, "--verbose");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.not.include("SUPERSECRET");
        });

        it("preview: the program's secrets are judged on their plaintext, shown nowhere, and stay secrets in --emit-export", async () => {
            fs.writeFileSync(
                path.join(dir, "Pulumi.yaml"),
                `name: secret-program\nruntime: nodejs\nmain: ${path.join(sourceDirOf(__dirname), "fixtures/secret-program/index.ts")}\n`,
            );
            fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config:\n  aws:region: eu-west-1\n");
            const emitted = path.join(dir, "emitted.json");
            const run = await dpcheck("preview", "--project-dir", dir, "--stack", "dev", "--format", "json", "--emit-export", emitted);
            expect(run.status, run.stderr).to.equal(1);
            const text = fs.readFileSync(emitted, "utf8");
            expect(run.stdout + run.stderr + text).to.not.include("SUPERSECRET");
            const report = JSON.parse(run.stdout);
            const windows = report.violations.filter((v: any) => /deletionWindowInDays/.test(v.message));
            // secret-key's window is wrong, fine-key's (10, a secret too) is right: the pack judged the plaintext.
            expect(windows.map((v: any) => [v.resourceName, v.message.replace(/^.*?\): /, "")])).to.deep.equal([
                ["secret-key", 'needs an explicit deletionWindowInDays of 7-30, got "[secret]"'],
            ]);
            expect(report.violations.map((v: any) => v.message).join("\n")).to.include('"[secret]"');
            const key = JSON.parse(text).deployment.resources.find((r: any) => r.urn.endsWith("::secret-key"));
            expect(key.inputs.deletionWindowInDays).to.deep.equal({ [SIG_KEY]: SECRET_SIG, ciphertext: REDACTED });
        });
    });
});
