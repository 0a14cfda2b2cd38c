/** `dpcheck resources`: what a program declares, unchecked (the text form is in tests/program/program.test.ts). */
import { expect } from "chai";
import * as path from "path";
import { sourceDirOf } from "../support/paths";
import { dpcheck } from "./support/run-dpcheck";

const PROGRAM = path.join(sourceDirOf(__dirname), "fixtures", "violating-program");

describe("dpcheck resources", function () {
    this.timeout(120_000);

    // A small program (one table, declared in a helper file): the platform's own tree is in program.test.ts.
    it("--format json gives every resource the program declared, where, and each store's key controls", async () => {
        const run = await dpcheck("resources", "--project-dir", PROGRAM, "--format", "json");
        expect(run.status, run.stderr).to.equal(0);
        const output = JSON.parse(run.stdout);
        expect(output).to.include({ project: "violating-program", stack: "dev" });
        const orders = output.resources.find((r: any) => r.type === "aws:dynamodb/table:Table" && r.name === "orders");
        expect(orders.inputs).to.have.property("hashKey");
        expect(orders.declaredAt.file, "where the program declared it").to.match(/\/tables\.ts$/);
        expect(output.stores.map((s: any) => s.name)).to.deep.equal(["orders"]);
        expect(run.stderr).to.equal("");
    });

    describe("bad usage: exit 2, one line, nothing run", () => {
        const cases: [string, string[], string][] = [
            [
                "a policy config (it checks nothing)",
                ["--policy-config", "policy-config.json"],
                "dpcheck: --policy-config goes with preview or audit: resources checks nothing\n",
            ],
            [
                "an export to write",
                ["--emit-export", "x.json"],
                "dpcheck: --emit-export goes with preview or audit: resources checks nothing\n",
            ],
            ["a report format", ["--format", "sarif"], `dpcheck: resources takes --format text or json; got "sarif"\n`],
            ["a file", ["stack.json"], "dpcheck: resources takes no file (got stack.json); use --project-dir\n"],
        ];
        for (const [what, args, stderr] of cases) {
            it(what, async () => {
                const run = await dpcheck("resources", ...args);
                expect(run.status).to.equal(2);
                expect(run.stderr).to.equal(stderr);
                expect(run.stdout).to.equal("");
            });
        }

        it("an unknown stack, as the program host words it", async () => {
            const run = await dpcheck("resources", "--stack", "staging");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.match(/^dpcheck: unknown stack "staging": no .*Pulumi\.staging\.yaml \(stacks here: dev, prod\)\n$/);
        });
    });
});
