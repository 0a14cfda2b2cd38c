/** `dpcheck audit file://DIR`: every stack of a Pulumi file backend, one report each, and a fleet summary. */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { dpcheck, previewDevExport } from "./support/run-dpcheck";

describe("dpcheck audit of a Pulumi file backend", function () {
    this.timeout(180_000);
    let dir: string;
    let backend: string;

    /** A checkpoint as the CLI writes it for `stack`, holding the dev export's resources renamed to that stack. */
    function checkpoint(deployment: any, project: string, stack: string): object {
        const renamed = JSON.parse(
            JSON.stringify(deployment).split("urn:pulumi:dev::shipping-label-platform::").join(`urn:pulumi:${stack}::${project}::`),
        );
        return { version: 3, checkpoint: { stack: `organization/${project}/${stack}`, latest: renamed } };
    }

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-backend-"));
        const exportFile = path.join(dir, "dev.json");
        expect((await previewDevExport(exportFile)).status).to.equal(0);
        const { deployment } = JSON.parse(fs.readFileSync(exportFile, "utf8"));
        backend = path.join(dir, "state");
        const stacks = path.join(backend, ".pulumi", "stacks");
        fs.mkdirSync(path.join(stacks, "shipping-label-platform"), { recursive: true });
        fs.mkdirSync(path.join(stacks, "reporting"), { recursive: true });
        fs.writeFileSync(path.join(backend, ".pulumi", "meta.yaml"), "version: 1\n");
        fs.writeFileSync(
            path.join(stacks, "shipping-label-platform", "dev.json"),
            JSON.stringify(checkpoint(deployment, "shipping-label-platform", "dev")),
        );
        fs.writeFileSync(path.join(stacks, "shipping-label-platform", "dev.json.bak"), "not read");
        // prod: the orders table unencrypted, gzipped as a backend set to compress writes it.
        const prod = checkpoint(deployment, "shipping-label-platform", "prod") as any;
        prod.checkpoint.latest.resources.find((r: any) => r.urn.endsWith("::orders-table")).inputs.serverSideEncryption = {
            enabled: false,
        };
        fs.writeFileSync(path.join(stacks, "shipping-label-platform", "prod.json.gz"), gzipSync(JSON.stringify(prod)));
        // A stack created but never deployed.
        fs.writeFileSync(
            path.join(stacks, "reporting", "new.json"),
            JSON.stringify({ version: 3, checkpoint: { stack: "organization/reporting/new", latest: null } }),
        );
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("checks every stack, one report each, and ends with the fleet: stacks, PII stores, violations by clause", async () => {
        const run = await dpcheck("audit", `file://${backend}`);
        expect(run.status, run.stderr).to.equal(1);
        expect(run.stdout)
            .to.include("dpcheck: shipping-label-platform/dev (stack-export from")
            .and.include("dpcheck: shipping-label-platform/prod (stack-export from");
        expect(run.stdout).to.include(
            `fleet: 2 stacks checked in ${backend}; 1 with no resources (nothing to check): organization/reporting/new`,
        );
        expect(run.stdout).to.match(/PII stores: \d+; violations: 1 mandatory, 0 advisory\n/);
        expect(run.stdout).to.include("mandatory violations by clause: DP-2.1 1, DP-2.3 1, DP-6.1 1\n");
        expect(run.stdout).to.include("stacks with mandatory violations: shipping-label-platform/prod\n");
    });

    it("--format json gives the fleet and every report", async () => {
        const run = await dpcheck("audit", `file://${backend}`, "--format", "json");
        const { schema, fleet, reports } = JSON.parse(run.stdout);
        expect(schema).to.equal("dpcheck-fleet/1");
        expect(fleet).to.deep.include({
            stacks: 2,
            emptyStacks: ["organization/reporting/new"],
            failingStacks: ["shipping-label-platform/prod"],
            mandatoryByClause: { "DP-2.1": 1, "DP-2.3": 1, "DP-6.1": 1 },
        });
        const devPii = reports[0].inventory.filter((e: any) => e.classification === "pii").length;
        expect(devPii).to.be.greaterThan(0);
        expect(fleet.piiStores).to.equal(2 * devPii);
        expect(reports.map((r: any) => `${r.source.stack} ${path.basename(r.source.files[0])}`)).to.deep.equal([
            "dev dev.json",
            "prod prod.json.gz",
        ]);
    });

    it("takes the backend folder itself too, and puts the fleet first in Markdown", async () => {
        const markdown = await dpcheck("audit", backend, "--format", "markdown");
        expect(markdown.stdout).to.match(/^# Fleet summary\n\n- fleet: 2 stacks checked/);
    });

    it("refuses a file:// folder that is no backend, with exit 2", async () => {
        const run = await dpcheck("audit", `file://${dir}`);
        expect(run.status).to.equal(2);
        expect(run.stderr).to.equal(`dpcheck: file://${dir} is not a Pulumi file backend: ${path.join(dir, ".pulumi")} does not exist\n`);
    });
});
