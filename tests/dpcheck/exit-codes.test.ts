/**
 * dpcheck's exit code: 0 only for a stack that was checked and complies. Its `main`, in this
 * process (support/run-dpcheck.ts), and at the end the real command, a process of its own.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dpcheck, dpcheckProcess, previewDevExport } from "./support/run-dpcheck";

describe("dpcheck (CLI): exit 0 means checked and compliant", function () {
    this.timeout(180_000);
    let dir: string;
    let exportFile: string;
    const file = (name: string) => path.join(dir, name);

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-exit-"));
        exportFile = file("dev-export.json");
        const run = await previewDevExport(exportFile);
        expect(run.status, run.stderr).to.equal(0);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("audits an export Windows PowerShell wrote (UTF-16LE with a BOM): exit 0", async () => {
        const utf16 = file("dev-export-utf16.json");
        fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(exportFile, "utf8"), "utf16le")]));
        const run = await dpcheck("audit", utf16);
        expect(run.status, run.stderr).to.equal(0);
        expect(run.stdout).to.include("no mandatory violation");
    });

    it("a document with no resources or with entries that are not resources: exit 2, naming the file and entry", async () => {
        for (const [name, document, message] of [
            ["steps.json", { steps: [null, 5, "x"] }, /steps\.json: steps\[0\] is not a step: it must be an object, got null\n$/],
            ["no-resources.json", { version: 3, deployment: { resources: [] } }, /no-resources\.json has no resources to check\n$/],
        ] as const) {
            fs.writeFileSync(file(name), JSON.stringify(document));
            const run = await dpcheck("audit", file(name));
            expect(run.status, `${name}: ${run.stdout}`).to.equal(2);
            expect(run.stderr).to.match(new RegExp(`^dpcheck: ${file(name).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
            expect(run.stderr).to.match(message);
        }
    });

    it("a policy config level Pulumi does not have is exit 2 on a violating stack, not a silent advisory (exit 0)", async () => {
        const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
        document.deployment.resources.find((r: any) => r.urn.endsWith("::orders-table")).inputs.ttl = { enabled: false };
        const bad = file("bad.json");
        fs.writeFileSync(bad, JSON.stringify(document));
        expect((await dpcheck("audit", bad)).status, "the stack violates a mandatory policy").to.equal(1);
        for (const config of [{ all: "Mandatory" }, { "datastore-retention-limit-copies": "off" }]) {
            const configFile = file("config.json");
            fs.writeFileSync(configFile, JSON.stringify(config));
            const run = await dpcheck("audit", bad, "--policy-config", configFile);
            expect(run.status, JSON.stringify(config)).to.equal(2);
            expect(run.stderr).to.match(
                /^dpcheck: policy config .*config\.json: "(all|datastore-retention-limit-copies)" has enforcement ?[lL]evel "(Mandatory|off|MANDATORY)"; Pulumi's levels are advisory, mandatory, remediate, disabled\n$/,
            );
        }
    });

    it("binary input is exit 2 and no control byte of it reaches the terminal", async () => {
        const binary = file("binary.json");
        fs.writeFileSync(binary, Buffer.from('{"steps": "\u001b]0;pwned\u0007\u001b[2J"}', "utf8"));
        const run = await dpcheck("audit", binary);
        expect(run.status).to.equal(2);
        expect(run.stderr).to.match(/binary\.json is not text: control character U\+001B/);
        expect(run.stderr.slice(0, -1)).to.not.match(/[\u0000-\u001f\u007f-\u009f]/);
    });

    describe("the real command, node bin/dpcheck.js: its exit status and all it prints", () => {
        it("exit 0 for a compliant stack", () => {
            const run = dpcheckProcess("audit", exportFile);
            expect(run.status, run.stderr).to.equal(0);
            expect(run.stdout).to.include("no mandatory violation");
            expect(run.stderr).to.equal("");
        });

        it("exit 1 for a mandatory violation", () => {
            const document = JSON.parse(fs.readFileSync(exportFile, "utf8"));
            document.deployment.resources.find((r: any) => r.urn.endsWith("::orders-table")).inputs.ttl = { enabled: false };
            const bad = file("bad-process.json");
            fs.writeFileSync(bad, JSON.stringify(document));
            const run = dpcheckProcess("audit", bad);
            expect(run.status, run.stderr).to.equal(1);
            expect(run.stdout).to.include("1 mandatory, 0 advisory violations");
        });

        it("exit 2 for bad input: one line on stderr, no stack trace", () => {
            const run = dpcheckProcess("audit", file("nope.json"));
            expect(run.status, run.stdout).to.equal(2);
            expect(run.stderr).to.match(/^dpcheck: .*nope\.json does not exist\n$/);
            expect(run.stderr).to.not.match(/\n\s+at /);
            expect(run.stdout).to.equal("");
        });
    });
});
