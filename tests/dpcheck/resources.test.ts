/** `dpcheck resources`: what a program declares, unchecked (the text form is in tests/program/program.test.ts). */
import { expect } from "chai";
import { dpcheck } from "./support/run-dpcheck";

describe("dpcheck resources", function () {
    this.timeout(120_000);

    it("--format json gives every resource the program declared and each store's key controls", async () => {
        const run = await dpcheck("resources", "--stack", "prod", "--format", "json");
        expect(run.status, run.stderr).to.equal(0);
        const output = JSON.parse(run.stdout);
        expect(output).to.include({ project: "shipping-label-platform", stack: "prod" });
        const orders = output.resources.find((r: any) => r.type === "aws:dynamodb/table:Table" && r.name === "orders-table");
        expect(orders.inputs.serverSideEncryption.enabled).to.equal(true);
        expect(orders.declaredAt.file, "where the program declared it").to.match(/\/index\.ts$/);
        expect(output.stores.map((s: any) => s.name)).to.include.members(["orders-table", "order-history-instance"]);
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
