/** dpcheck end to end, run as a user runs it (its `main`, in this process: support/run-dpcheck.ts): its output and exit code. */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv-draft-04";
import { PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { stopPack } from "../../tools/dpcheck/check";
import { ROOT, dpcheck, previewDevExport } from "./support/run-dpcheck";

describe("dpcheck (CLI)", function () {
    this.timeout(180_000);
    let dir: string;
    let exportFile: string;
    const file = (name: string) => path.join(dir, name);
    const writeJson = (name: string, value: unknown) => {
        fs.writeFileSync(file(name), JSON.stringify(value));
        return file(name);
    };
    const mutateExport = (name: string, change: (resources: any[]) => void) => {
        const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
        change(document.deployment.resources);
        return writeJson(name, document);
    };
    const byName = (resources: any[], name: string) => resources.find((r) => r.urn.endsWith(`::${name}`));

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-"));
        exportFile = file("dev-export.json");
        const run = await previewDevExport(exportFile);
        expect(run.status, run.stderr).to.equal(0);
        expect(run.stdout).to.include("no mandatory violation");
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("preview --emit-export writes a stack export (version 3) of every resource", async () => {
        const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
        expect(document.version).to.equal(3);
        const labels = byName(document.deployment.resources, "labels-bucket");
        expect(labels).to.deep.include({ type: "aws:s3/bucket:Bucket", custom: true });
        expect(labels.inputs.tags["data-classification"]).to.equal("pii");
        expect(byName(document.deployment.resources, "labels")).to.deep.include({ custom: false });
        expect(byName(document.deployment.resources, "labels-encryption").propertyDependencies.bucket).to.deep.equal([labels.urn]);
    });

    it("audit passes the export of the compliant stack (exit 0)", async () => {
        const run = await dpcheck("audit", exportFile);
        expect(run.status, run.stderr).to.equal(0);
        expect(run.stdout).to.match(
            /^dpcheck: shipping-label-platform\/dev \(stack-export from \S+dev-export\.json\), \d+ resources, policy pack data-protection 0.1.0 \(reviewed \d{4}-\d{2}-\d{2}\)/,
        );
    });

    it("audit flags a defective export with exit 1, grouped by clause then resource", async () => {
        const bad = mutateExport("bad.json", (resources) => {
            byName(resources, "orders-table").inputs.serverSideEncryption = { enabled: false };
        });
        const run = await dpcheck("audit", bad);
        expect(run.status).to.equal(1);
        expect(run.stdout).to.include(
            "DP-2.1 Stored in S3, RDS, DynamoDB, encrypted to AES-256\n  orders-table (aws:dynamodb/table:Table)\n    mandatory datastore-encryption-require-customer-key [critical]: the table is not encrypted: serverSideEncryption.enabled is false",
        );
        expect(run.stdout).to.include("1 mandatory, 0 advisory violations");
        expect(run.stdout).to.not.include("\u001b[");
    });

    it("audit reads `pulumi preview --json` output too", async () => {
        const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
        const steps = document.deployment.resources.map((r: any) => ({ op: "create", urn: r.urn, newState: r }));
        const bad = steps.find((s: any) => s.urn.endsWith("::labels-public-access-block"));
        bad.newState.inputs.blockPublicAcls = false;
        const run = await dpcheck(
            "audit",
            writeJson("preview.json", { steps, changeSummary: { create: steps.length } }),
            "--format",
            "json",
        );
        expect(run.status).to.equal(1);
        const report = JSON.parse(run.stdout);
        expect(report.source.kind).to.equal("preview-json");
        expect(report.violations.map((v: any) => `${v.policy} ${v.resourceName}`)).to.deep.equal([
            "datastore-access-block-public labels-bucket",
        ]);
    });

    it("--format json follows the documented schema", async () => {
        const bad = mutateExport("bad-json.json", (resources) => {
            byName(resources, "support-role").inputs.assumeRolePolicy = JSON.stringify({
                Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sts:AssumeRole" }],
            });
        });
        const run = await dpcheck("audit", bad, "--format", "json");
        expect(run.status).to.equal(1);
        const report = JSON.parse(run.stdout);
        expect(report).to.include.keys(
            "schema",
            "generatedAt",
            "policyPack",
            "source",
            "resources",
            "violations",
            "summary",
            "clauses",
            "inventory",
        );
        expect(report.policyPack).to.deep.include({ name: "data-protection", version: "0.1.0" });
        expect(report.summary).to.deep.equal({ mandatory: 1, advisory: 0 });
        expect(report.violations[0]).to.deep.include({
            policy: "iam-role-require-mfa",
            clauses: ["DP-4.1"],
            enforcementLevel: "mandatory",
            severity: "critical",
            resourceType: "aws:iam/role:Role",
        });
        expect(report.violations[0].urn).to.match(/::support-role$/);
        const clause = (id: string) => report.clauses.find((c: any) => c.id === id);
        expect(clause("DP-4.1")).to.deep.include({ status: "failing", kind: "policy" });
        expect(clause("DP-2.1").status).to.equal("passing");
        expect(clause("DP-7.3").status).to.equal("process");
        expect(clause("DP-1.2").status).to.equal("evidence");
        const orders = report.inventory.find((e: any) => e.name === "orders-table");
        expect(orders).to.deep.include({
            classification: "pii",
            retentionDays: 3,
            purposes: ["order-fulfilment"],
            piiCategories: ["name", "postal-address", "order-reference"],
        });
        expect(orders.readers).to.deep.equal(["label-service-role", "orders-purge-role", "support-role"]);
    });

    it("--format sarif is valid SARIF 2.1.0 (the published JSON schema)", async () => {
        const bad = mutateExport("bad-sarif.json", (resources) => {
            byName(resources, "orders-table").inputs.ttl = { enabled: false };
        });
        const run = await dpcheck("audit", bad, "--format", "sarif");
        expect(run.status).to.equal(1);
        const sarif = JSON.parse(run.stdout);
        const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
        const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
        expect(validate(sarif), JSON.stringify(validate.errors)).to.equal(true);
        expect(sarif.version).to.equal("2.1.0");
        const [result] = sarif.runs[0].results;
        expect(result).to.deep.include({ ruleId: "datastore-retention-limit-copies", level: "error" });
        expect(result.locations[0].logicalLocations[0].fullyQualifiedName).to.match(/::orders-table$/);
        expect(validate({ version: "2.1.0" })).to.equal(false);
    });

    it("--format markdown and html write the compliance report, with the pack's version and review date", async () => {
        const markdownFile = file("report.md");
        expect((await dpcheck("audit", exportFile, "--format", "markdown", "--out", markdownFile)).status).to.equal(0);
        const markdown = fs.readFileSync(markdownFile, "utf8");
        expect(markdown).to.match(/Policy pack \*\*data-protection 0.1.0\*\*, policy last reviewed \*\*\d{4}-\d{2}-\d{2}\*\* \(DP-9.1\)/);
        expect(markdown).to.include("| DP-7.3 | Post-incident reviews | process, not enforced by code |");
        const dp43 = markdown.split("\n").find((line) => line.startsWith("| DP-4.3 |"))!;
        expect(dp43).to.include("| Logs and monitoring track access (CloudTrail) | enforced, passing |");
        expect(dp43).to.include("cloudtrail-trail-require-data-events").and.include("s3-bucket-require-access-logging");
        expect(markdown).to.match(
            /\| labels-bucket \| aws:s3\/bucket:Bucket \| pii \| name, postal-address, order-reference \| shipping-label \| 3 \| arn:aws:kms:[^|]+ \| label-service-role \| none \|/,
        );
        expect(markdown).to.include("## Privacy impact summary (DP-8.2)");
        const htmlFile = file("report.html");
        expect((await dpcheck("audit", exportFile, "--format", "html", "--out", htmlFile)).status).to.equal(0);
        const html = fs.readFileSync(htmlFile, "utf8");
        expect(html).to.match(/^<!DOCTYPE html>/);
        expect(html).to.include("<td>DP-7.3</td>");
        expect(html).to.include('<td class="good">enforced, passing</td>');
        expect(html).to.not.match(/(src|href)=["']?https?:/);
    });

    it("--since lists what changed since a previous JSON report", async () => {
        const previous = file("previous.json");
        expect((await dpcheck("audit", exportFile, "--format", "json", "--out", previous)).status).to.equal(0);
        const changed = mutateExport("changed.json", (resources) => {
            byName(resources, "labels-bucket").inputs.tags["pii-categories"] = "name postal-address";
            const policy = byName(resources, "label-service-policy");
            policy.urn = policy.urn.replace(/label-service-policy$/, "support-extra-policy");
            policy.inputs.role = byName(resources, "support-role").inputs.name ?? "support-role";
            policy.propertyDependencies = { ...policy.propertyDependencies, role: [byName(resources, "support-role").urn] };
            resources.push(policy);
        });
        const run = await dpcheck("audit", changed, "--since", previous, "--format", "json");
        const report = JSON.parse(run.stdout);
        expect(report.changes.since).to.equal(previous);
        expect(report.changes.changed).to.deep.include({
            store: "labels-bucket",
            field: "piiCategories",
            before: ["name", "postal-address", "order-reference"],
            after: ["name", "postal-address"],
        });
        expect(report.changes.accessWidened).to.deep.include({
            store: "labels-bucket",
            readersAdded: ["support-role"],
            recipientsAdded: [],
        });
    });

    it("--policy-config applies levels as `pulumi preview --policy-pack-config` does", async () => {
        const bad = mutateExport("bad-config.json", (resources) => {
            byName(resources, "orders-table").inputs.ttl = { enabled: false };
        });
        const config = writeJson("policy-config.json", { "datastore-retention-limit-copies": "advisory" });
        const run = await dpcheck("audit", bad, "--policy-config", config, "--format", "json");
        expect(run.status).to.equal(0);
        expect(JSON.parse(run.stdout).summary).to.deep.equal({ mandatory: 0, advisory: 1 });
    });

    it("shows a progress line on long runs when asked (on a terminal by default)", async () => {
        const big = mutateExport("big.json", (resources) => {
            const copies = resources
                .filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm")
                .flatMap((r) =>
                    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30].map(
                        (n) => ({ ...r, urn: `${r.urn}-copy${n}` }),
                    ),
                );
            resources.push(...copies);
        });
        const run = await dpcheck("audit", big, "--progress");
        expect(run.status, run.stderr).to.equal(0);
        expect(run.stderr).to.match(/dpcheck: analysing 100\/\d+ resources/);
        expect(run.stderr).to.match(/dpcheck: analysing (\d+)\/\1 resources\n$/);
        expect((await dpcheck("audit", big)).stderr).to.equal("");
    });

    describe("one policy pack process per dpcheck process", () => {
        /** The packs started while `during` runs. */
        async function packsStarted(during: () => Promise<void>): Promise<PolicyPackProcess[]> {
            const start = PolicyPackProcess.start;
            const started: PolicyPackProcess[] = [];
            PolicyPackProcess.start = async function (...args: Parameters<typeof start>) {
                const pack = await start.apply(this, args);
                started.push(pack);
                return pack;
            };
            try {
                await during();
            } finally {
                PolicyPackProcess.start = start;
            }
            return started;
        }

        it("an audit of two files starts one pack; the next run reuses it, configured afresh; a pack that exited is started again", async () => {
            await stopPack(); // whatever an earlier test left running: this test starts its own
            const bad = mutateExport("bad-reuse.json", (resources) => {
                byName(resources, "orders-table").inputs.ttl = { enabled: false };
            });
            const config = writeJson("policy-config-reuse.json", { "datastore-retention-limit-copies": "advisory" });
            const started = await packsStarted(async () => {
                const run = await dpcheck("audit", exportFile, bad, "--policy-config", config, "--format", "json");
                expect(run.status, run.stderr).to.equal(0);
                expect(JSON.parse(run.stdout).map((r: any) => r.summary)).to.deep.equal([
                    { mandatory: 0, advisory: 0 },
                    { mandatory: 0, advisory: 1 },
                ]);
                // The same pack, without the config: the policy is mandatory again.
                const again = await dpcheck("audit", bad, "--format", "json");
                expect(again.status, again.stderr).to.equal(1);
                expect(JSON.parse(again.stdout).summary).to.deep.equal({ mandatory: 1, advisory: 0 });
            });
            expect(started, "pack processes started").to.have.length(1);

            const [pack] = started;
            expect(pack.running).to.equal(true);
            process.kill(pack.pid!, "SIGKILL");
            while (pack.running) await new Promise((resolve) => setTimeout(resolve, 20));
            const restarted = await packsStarted(async () => {
                const run = await dpcheck("audit", exportFile);
                expect(run.status, run.stderr).to.equal(0);
            });
            expect(restarted, "pack processes started after the first exited").to.have.length(1);
            expect(restarted[0].pid).to.not.equal(pack.pid);
        });
    });

    describe("bad usage or input: exit 2, one line, no stack trace", () => {
        const cases: [string, () => string[], RegExp][] = [
            ["a missing file", () => ["audit", file("nope.json")], /^dpcheck: .*nope\.json does not exist\n$/],
            [
                "invalid JSON",
                () => {
                    fs.writeFileSync(file("broken.json"), "{");
                    return ["audit", file("broken.json")];
                },
                /^dpcheck: .*broken\.json is not valid JSON \(.*\)\n$/,
            ],
            [
                "neither an export nor a preview",
                () => ["audit", writeJson("other.json", { hello: 1 })],
                /^dpcheck: .*other\.json is neither a `pulumi stack export` \(version 3\) nor a `pulumi preview --json` document\n$/,
            ],
            [
                "an old checkpoint version",
                () => ["audit", writeJson("v2.json", { version: 2, deployment: { resources: [] } })],
                /dpcheck reads version 3\n$/,
            ],
            [
                "an unknown stack",
                () => ["preview", "--stack", "staging"],
                /^dpcheck: unknown stack "staging": no .*Pulumi\.staging\.yaml \(stacks here: dev, prod\)\n$/,
            ],
            [
                "a program that throws",
                () => {
                    fs.writeFileSync(
                        file("Pulumi.yaml"),
                        `name: shipping-label-platform\nruntime: nodejs\nmain: ${path.join(ROOT, "index.ts")}\n`,
                    );
                    fs.writeFileSync(
                        file("Pulumi.bad.yaml"),
                        'config:\n  aws:region: eu-west-1\n  shipping-label-platform:owner: x\n  shipping-label-platform:piiRetentionDays: "9"\n',
                    );
                    return ["preview", "--stack", "bad", "--project-dir", dir];
                },
                /^dpcheck: the program failed at platform\/config\.ts:\d+:\d+: config "shipping-label-platform:piiRetentionDays" must be 3; got "9"\n$/,
            ],
            [
                "an unknown format",
                () => ["audit", exportFile, "--format", "pdf"],
                /^dpcheck: --format must be one of text, json, sarif, markdown, html; got "pdf"\n$/,
            ],
            ["no command", () => [], /^dpcheck: usage: dpcheck preview/],
            [
                "an unknown option",
                () => ["audit", exportFile, "--fromat", "json"],
                /^dpcheck: unknown option --fromat; usage: dpcheck preview/,
            ],
            ["an unknown short option", () => ["audit", exportFile, "-x"], /^dpcheck: unknown option -x; usage: dpcheck preview/],
            ["an option without its value", () => ["preview", "--stack"], /^dpcheck: --stack needs a value\n$/],
            [
                "an option followed by another instead of its value",
                () => ["preview", "--stack", "--format", "json"],
                /^dpcheck: --stack needs a value\n$/,
            ],
            ["a value for a flag", () => ["audit", exportFile, "--verbose=yes"], /^dpcheck: --verbose takes no value\n$/],
            ["a preview option given to audit", () => ["audit", exportFile, "--stack=prod"], /^dpcheck: --stack goes with preview\n$/],
            [
                "an unreadable policy config",
                () => ["audit", exportFile, "--policy-config", file("missing-config.json")],
                /^dpcheck: policy config .* cannot be read \(ENOENT\)\n$/,
            ],
            [
                "a policy config naming a policy the pack does not have",
                () => [
                    "audit",
                    exportFile,
                    "--policy-config",
                    writeJson("typo-policy.json", { "datastore-retention-limit-copie": "advisory" }),
                ],
                /^dpcheck: policy config .*typo-policy\.json: "datastore-retention-limit-copie" is not a policy of data-protection@[\d.]+; did you mean "datastore-retention-limit-copies"\?\n$/,
            ],
            [
                "a policy config with a misspelt key",
                () => [
                    "audit",
                    exportFile,
                    "--policy-config",
                    writeJson("typo-key.json", { "datastore-retention-limit-copies": { maxPiiRetentionDay: 2 } }),
                ],
                /^dpcheck: policy config .*typo-key\.json: datastore-retention-limit-copies has no config key "maxPiiRetentionDay"; did you mean "maxPiiRetentionDays"\?\n$/,
            ],
            [
                "a policy config with a string for a number",
                () => [
                    "audit",
                    exportFile,
                    "--policy-config",
                    writeJson("typo-type.json", { "datastore-retention-limit-copies": { maxPiiRetentionDays: "two" } }),
                ],
                /^dpcheck: policy config .*typo-type\.json: datastore-retention-limit-copies\.maxPiiRetentionDays must be integer \(got "two"\)\n$/,
            ],
            [
                "a --since that is not a report",
                () => ["audit", exportFile, "--since", writeJson("not-report.json", { a: 1 })],
                /is not a dpcheck JSON report/,
            ],
        ];
        for (const [label, args, message] of cases) {
            it(label, async () => {
                const run = await dpcheck(...args());
                expect(run.status, run.stdout).to.equal(2);
                expect(run.stderr).to.match(message);
                expect(run.stderr).to.not.match(/\n\s+at /);
            });
        }

        it("--help and -h print the usage on standard output and exit 0, whatever else is given", async () => {
            for (const args of [["--help"], ["-h"], ["audit", "--help"], ["preview", "--bogus", "-h"]]) {
                const run = await dpcheck(...args);
                expect(run.status, args.join(" ")).to.equal(0);
                expect(run.stderr).to.equal("");
                expect(run.stdout).to.match(/^dpcheck: whether a Pulumi stack complies/);
                expect(run.stdout).to.include("dpcheck audit FILE... [options]").and.include("--stack=prod").and.include("Exit codes: 0");
            }
        });

        it("takes an option's value after = as well (--format=json --out=FILE)", async () => {
            const run = await dpcheck("audit", exportFile, "--format=json", `--out=${file("equals.json")}`);
            expect(run.status, run.stderr).to.equal(0);
            expect(run.stdout).to.equal("");
            expect(JSON.parse(fs.readFileSync(file("equals.json"), "utf8")).source).to.deep.include({ kind: "stack-export", stack: "dev" });
        });

        it("--version and -V print dpcheck's and the pack's versions and exit 0", async () => {
            const own = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
            const pack = JSON.parse(fs.readFileSync(path.join(ROOT, "policypack/package.json"), "utf8"));
            for (const flag of ["--version", "-V"]) {
                const run = await dpcheck(flag);
                expect(run.status).to.equal(0);
                expect(run.stdout).to.equal(
                    `dpcheck ${own.version} (${own.name}), policy pack ${pack.name} ${pack.version}, Node ${process.version}\n`,
                );
            }
        });

        it("--verbose adds the stack trace", async () => {
            const run = await dpcheck("audit", file("nope.json"), "--verbose");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.match(/\n\s+at /);
        });
    });
});
