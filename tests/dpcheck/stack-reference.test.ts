/**
 * A program that reads another stack through `pulumi.StackReference` runs offline: with the
 * outputs given in `--stack-outputs FILE`, or else with unknown outputs, on which the pack fails
 * closed. Never a crash (before: "error serializing property ...", exit 2).
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/paths";
import { dpcheck } from "./support/run-dpcheck";

const PROGRAM = path.join(ROOT, "tests/dpcheck/fixtures/stack-reference-program");
const SHARED = "acme/platform-shared/prod";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/shared-1";

describe("dpcheck preview: a program with a StackReference", function () {
    this.timeout(180_000);
    let dir: string;
    const writeJson = (name: string, value: unknown) => {
        fs.writeFileSync(path.join(dir, name), JSON.stringify(value));
        return path.join(dir, name);
    };
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-stackref-"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("without the other stack's outputs: they are unknown, and the pack fails closed on what depends on them", async () => {
        const run = await dpcheck("preview", "--project-dir", PROGRAM, "--format", "json");
        expect(run.status, run.stderr).to.equal(1);
        const [violation] = JSON.parse(run.stdout).violations;
        expect(violation).to.deep.include({
            policy: "datastore-encryption-require-customer-key",
            resourceName: "events",
            enforcementLevel: "mandatory",
        });
        expect(violation.message).to.match(/serverSideEncryption\.kmsKeyArn is not known during preview/);
    });

    it("with the outputs in --stack-outputs: judged on their values (an outside key passes once the config names it customer-managed)", async () => {
        const outputs = writeJson("outputs.json", { [SHARED]: { dataKeyArn: KEY } });
        const exported = path.join(dir, "export.json");
        const without = await dpcheck(
            "preview",
            "--project-dir",
            PROGRAM,
            "--stack-outputs",
            outputs,
            "--format",
            "json",
            "--emit-export",
            exported,
        );
        expect(without.status).to.equal(1);
        expect(JSON.parse(without.stdout).violations[0].message).to.include(KEY);
        // The same stack (its export) under a config that counts the outside key as customer-managed.
        const config = writeJson("config.json", { "datastore-encryption-require-customer-key": { customerManagedKeyArns: [KEY] } });
        const run = await dpcheck("audit", exported, "--policy-config", config);
        expect(run.status, run.stdout + run.stderr).to.equal(0);
    });

    it("an output the program requires and the file lacks fails as Pulumi would, naming the output and the stack", async () => {
        const run = await dpcheck(
            "preview",
            "--project-dir",
            PROGRAM,
            "--stack-outputs",
            writeJson("partial.json", { [SHARED]: { other: 1 } }),
        );
        expect(run.status).to.equal(2);
        // Thrown while the SDK serialises the table's inputs: no frame of the program is on that stack.
        expect(run.stderr).to.equal(
            `dpcheck: the program failed: error serializing property "serverSideEncryption": Required output 'dataKeyArn' does not exist on stack '${SHARED}'.\n`,
        );
    });

    it("refuses a file that is not stack outputs, and the option with audit, with exit 2", async () => {
        const bad = await dpcheck("preview", "--project-dir", PROGRAM, "--stack-outputs", writeJson("list.json", [1]));
        expect(bad.status).to.equal(2);
        expect(bad.stderr).to.equal(
            `dpcheck: --stack-outputs ${path.join(dir, "list.json")} must be a JSON object of stack names (org/project/stack) to their outputs\n`,
        );
        const audit = await dpcheck("audit", writeJson("x.json", {}), "--stack-outputs", path.join(dir, "list.json"));
        expect(audit.status).to.equal(2);
        expect(audit.stderr).to.equal("dpcheck: --stack-outputs goes with preview\n");
    });
});
