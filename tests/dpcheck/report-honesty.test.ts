/**
 * Reports never claim more than was checked (issue 12): the policy config a report ran with, a
 * clause whose policies were disabled, made advisory or judged nothing, per-clause counts of
 * what the clause's policies judged, and the findings as a reader needs them.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dpcheck, previewDevExport } from "./support/run-dpcheck";

describe("dpcheck: reports claim no more than was checked", function () {
    this.timeout(180_000);
    let dir: string;
    let exportFile: string;
    const file = (name: string) => path.join(dir, name);
    const writeJson = (name: string, value: unknown) => {
        fs.writeFileSync(file(name), JSON.stringify(value));
        return file(name);
    };
    const byName = (resources: any[], name: string) => resources.find((r) => r.urn.endsWith(`::${name}`));
    /** The dev stack with an unencrypted table and a bucket policy that lets everyone read. */
    let badStack: string;
    const ENFORCED = (c: any) => c.status !== "process" && c.status !== "evidence";
    const json = async (...args: string[]) => {
        const run = await dpcheck(...args, "--format", "json");
        expect(run.stderr).to.equal("");
        return { status: run.status, report: JSON.parse(run.stdout) };
    };

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-honesty-"));
        exportFile = file("dev-export.json");
        expect((await previewDevExport(exportFile)).status).to.equal(0);
        const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
        byName(document.deployment.resources, "orders-table").inputs.serverSideEncryption = { enabled: false };
        byName(document.deployment.resources, "labels-policy").inputs.policy = JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }],
        });
        badStack = writeJson("bad.json", document);
        expect((await dpcheck("audit", badStack)).status, "the changed stack breaks mandatory policies").to.equal(1);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("with every policy disabled: names the config, calls every enforced clause not checked, never passing", async () => {
        const config = writeJson("all-disabled.json", { all: "disabled" });
        const { status, report } = await json("audit", badStack, "--policy-config", config);
        expect(status).to.equal(0);
        expect(report.policyConfig).to.deep.include({ source: config, entries: { all: "disabled" } });
        expect(Object.values(report.policyConfig.levels)).to.satisfy((levels: string[]) => levels.every((l) => l === "disabled"));
        const enforced = report.clauses.filter(ENFORCED);
        expect(enforced).to.not.be.empty;
        expect(enforced.map((c: any) => c.status)).to.satisfy((s: string[]) => s.every((x) => x === "not-checked"));
        expect(enforced.every((c: any) => c.resourcesChecked === 0)).to.equal(true);
        const text = (await dpcheck("audit", badStack, "--policy-config", config)).stdout;
        expect(text)
            .to.include(`policy config: ${config};`)
            .and.include("nothing checked: the policy config disables every policy")
            .and.not.include("no mandatory violation");
        const markdown = (await dpcheck("audit", badStack, "--policy-config", config, "--format", "markdown")).stdout;
        expect(markdown).to.include("not checked (all its policies disabled)").and.not.include("enforced, passing");
    });

    it("with every policy advisory: the findings are there, and the clauses say advisory only", async () => {
        const { status, report } = await json("audit", badStack, "--policy-config", writeJson("all-advisory.json", { all: "advisory" }));
        expect(status).to.equal(0);
        expect(report.summary.advisory).to.be.greaterThan(0);
        expect(report.clauses.filter(ENFORCED).map((c: any) => c.status)).to.satisfy((s: string[]) =>
            s.every((x) => x === "advisory-only"),
        );
    });

    it("with one policy disabled: its clauses say partly checked (or not checked), never passing", async () => {
        const { report } = await json(
            "audit",
            exportFile,
            "--policy-config",
            writeJson("no-encryption.json", { "datastore-encryption-require-customer-key": "disabled" }),
        );
        const touched = report.clauses.filter((c: any) => c.policies.includes("datastore-encryption-require-customer-key"));
        expect(touched).to.not.be.empty;
        for (const clause of touched) {
            expect(clause.levels["datastore-encryption-require-customer-key"], clause.id).to.equal("disabled");
            expect(clause.status, clause.id).to.equal(clause.policies.length > 1 ? "partly-checked" : "not-checked");
        }
        expect(report.clauses.find((c: any) => c.id === "DP-4.1").status, "a clause the config leaves alone").to.equal("passing");
    });

    it("counts, per clause, the resources its policies judged, not the stack's total", async () => {
        const { report } = await json("audit", exportFile);
        const resources = JSON.parse(fs.readFileSync(exportFile, "utf8")).deployment.resources;
        const keys = resources.filter((r: any) => r.type === "aws:kms/key:Key").length;
        const clause = (id: string) => report.clauses.find((c: any) => c.id === id);
        // DP-6.2 is enforced by the key policies and by the store policies that name keys.
        expect(clause("DP-6.2").resourcesChecked).to.be.at.least(keys).and.below(report.resources);
        expect(clause("DP-5.2").resourcesChecked).to.be.below(report.resources);
        expect(
            new Set(report.clauses.filter(ENFORCED).map((c: any) => c.resourcesChecked)).size,
            "counts differ between clauses",
        ).to.be.greaterThan(1);
    });

    it("a stack with nothing the policies judge says nothing to check, not passing", async () => {
        const stackOnly = writeJson("vpc-only.json", {
            version: 3,
            deployment: {
                manifest: {},
                resources: [
                    { urn: "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev", custom: false, type: "pulumi:pulumi:Stack" },
                    {
                        urn: "urn:pulumi:dev::p::aws:ec2/vpc:Vpc::vpc",
                        custom: true,
                        type: "aws:ec2/vpc:Vpc",
                        inputs: { cidrBlock: "10.0.0.0/16" },
                    },
                ],
            },
        });
        const { status, report } = await json("audit", stackOnly);
        expect(status).to.equal(0);
        const byId = (id: string) => report.clauses.find((c: any) => c.id === id);
        for (const id of ["DP-2.1", "DP-5.4", "DP-6.2", "DP-4.1"])
            expect(byId(id), id).to.deep.include({ status: "nothing-to-check", resourcesChecked: 0 });
        expect(
            report.clauses.filter((c: any) => c.status === "passing").map((c: any) => c.id),
            "clauses of checks that judge every resource",
        ).to.deep.equal(["DP-1.1", "DP-4.2", "DP-8.1"]);
        expect((await dpcheck("audit", stackOnly)).stdout).to.match(
            /nothing to check \(the stack holds nothing its policies judge\): DP-1\.3, DP-2\.1/,
        );
    });

    it("gives each finding without repeating its resource, with severity and remediation in every format", async () => {
        const { report } = await json("audit", badStack);
        const encryption = report.violations.find((v: any) => v.policy === "datastore-encryption-require-customer-key");
        expect(encryption).to.deep.include({ resourceName: "orders-table", severity: "critical" });
        expect(encryption.message).to.not.include("orders-table (aws:dynamodb/table:Table)");
        expect(encryption.remediation).to.match(/customer-managed aws\.kms\.Key/);
        const markdown = (await dpcheck("audit", badStack, "--format", "markdown")).stdout;
        expect(markdown).to.include("| level | severity | policy | clauses | resource | finding |");
        expect(markdown).to.include(`| mandatory | critical | datastore-encryption-require-customer-key |`);
        expect(markdown).to.match(
            /## Remediation\n\n(- .*\n)*- datastore-encryption-require-customer-key: Turn on the store's encryption at rest/,
        );
        const html = (await dpcheck("audit", badStack, "--format", "html")).stdout;
        expect(html).to.include("<h2>Remediation</h2>").and.include("<td>critical</td>");
        const text = (await dpcheck("audit", badStack)).stdout;
        expect(text).to.match(
            /\n {2}orders-table \(aws:dynamodb\/table:Table\)\n {4}mandatory datastore-encryption-require-customer-key \[critical\]: (?!orders-table)/,
        );
    });

    it("--since works in the text format, and warns when the two reports are of different stacks", async () => {
        const previous = (await dpcheck("audit", exportFile, "--format", "json", "--out", file("previous.json"))).status;
        expect(previous).to.equal(0);
        const run = await dpcheck("audit", badStack, "--since", file("previous.json"));
        expect(run.stdout)
            .to.include(`changes since ${file("previous.json")}`)
            .and.include("orders-table: key");
        expect(run.stderr).to.equal("");
        const other = JSON.parse(fs.readFileSync(file("previous.json"), "utf8"));
        other.source.stack = "prod";
        const warned = await dpcheck("audit", badStack, "--since", writeJson("prod-report.json", other));
        expect(warned.stderr).to.equal(
            `dpcheck: warning: --since ${file("prod-report.json")} is a report of shipping-label-platform/prod, not of shipping-label-platform/dev: the changes listed compare two different stacks\n`,
        );
    });

    it("with several files, each report names its file", async () => {
        const run = await dpcheck("audit", exportFile, badStack);
        expect(run.stdout).to.include(`(stack-export from ${exportFile})`).and.include(`(stack-export from ${badStack})`);
    });
});
