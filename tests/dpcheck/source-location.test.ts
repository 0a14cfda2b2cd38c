/**
 * Violations of `dpcheck preview` point at the line of the user's program that declared the
 * resource (from the stack trace the SDK records at each registration), in text and SARIF, and
 * a program that throws is reported at its own line.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv-draft-04";
import { renderSarif } from "../../tools/dpcheck/formats/sarif";
import { renderText } from "../../tools/dpcheck/formats/text";
import { Report } from "../../tools/dpcheck/report";
import { ROOT } from "../support/paths";
import { dpcheck } from "./support/run-dpcheck";

const PROGRAM = "tests/dpcheck/fixtures/violating-program";

describe("dpcheck preview: violations point at the program's code", function () {
    this.timeout(180_000);
    let dir: string;
    let report: Report;
    let exported: string;

    // One preview of the program (seconds: it runs under mocks in a child process), with its export.
    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-location-"));
        exported = path.join(dir, "export.json");
        const run = await dpcheck("preview", "--project-dir", path.join(ROOT, PROGRAM), "--format", "json", "--emit-export", exported);
        expect(run.status, run.stderr).to.equal(1);
        report = JSON.parse(run.stdout);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("JSON and text give the file and line of the program that declared the resource (the helper's line, not the SDK's or the library's)", () => {
        const encryption = report.violations.find((v) => v.policy === "datastore-encryption-require-customer-key")!;
        expect(encryption.location).to.deep.equal({ file: `${PROGRAM}/tables.ts`, line: 5, column: 12 });
        expect(renderText(report, false)).to.include(`  orders (aws:dynamodb/table:Table) at ${PROGRAM}/tables.ts:5\n`);
    });

    it("SARIF results carry a physicalLocation, so that code scanning annotates the line", () => {
        const sarif = renderSarif(report) as any;
        const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
        const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
        expect(validate(sarif), JSON.stringify(validate.errors)).to.equal(true);
        const result = sarif.runs[0].results.find((r: any) => r.ruleId === "datastore-encryption-require-customer-key");
        expect(result.locations[0].physicalLocation).to.deep.equal({
            artifactLocation: { uri: `${PROGRAM}/tables.ts` },
            region: { startLine: 5, startColumn: 12 },
        });
        expect(result.locations[0].logicalLocations[0]).to.deep.include({ name: "orders", kind: "resource" });
    });

    it("an export has no source positions: no location is made up", async () => {
        const audit = JSON.parse((await dpcheck("audit", exported, "--format", "json")).stdout);
        expect(audit.violations).to.not.be.empty;
        expect(audit.violations.every((v: any) => v.location === undefined)).to.equal(true);
    });

    it("a program that throws is reported at the program's line, not dpcheck's stack", async () => {
        const run = await dpcheck("preview", "--project-dir", path.join(ROOT, PROGRAM), "--stack", "fail");
        expect(run.status).to.equal(2);
        expect(run.stderr).to.equal(`dpcheck: the program failed at ${PROGRAM}/index.ts:6:11: asked to fail\n`);
    });
});
