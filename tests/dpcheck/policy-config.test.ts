/**
 * A policy config checked against the pack's own schemas (tools/dpcheck/policy-config.ts): on a
 * pack described in the test, then on this pack as it describes itself over the protocol.
 */
import { expect } from "chai";
import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { PackInfo, PolicyInfo, PolicyPackConfigFile, PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { UsageError } from "../../tools/dpcheck/errors";
import { checkPolicyConfigAgainstPack } from "../../tools/dpcheck/policy-config";
import { ROOT } from "../support/paths";

const policy = (name: string, properties: Record<string, object>, required: string[] = []): PolicyInfo => ({
    name,
    enforcementLevel: "mandatory",
    severity: 0,
    remediationSteps: "",
    configKeys: Object.keys(properties),
    configSchema: { properties, required },
});
const PACK: PackInfo = {
    name: "example",
    version: "1.2.0",
    policies: [
        policy("datastore-retention-limit-copies", {
            maxPiiRetentionDays: { type: "integer", minimum: 1 },
            allowedRegions: { type: "array", items: { type: "string" } },
        }),
        policy("datastore-tags-require-classification", { allowedPiiCategories: { type: "array", items: { type: "string" } } }),
        policy("needs-a-key", { owner: { type: "string" } }, ["owner"]),
    ],
};
const ok: PolicyPackConfigFile = { "needs-a-key": { owner: "x" } };

function problem(config: PolicyPackConfigFile, pack: PackInfo = PACK): string | undefined {
    try {
        checkPolicyConfigAgainstPack(config, pack, "policy config c.json");
        return undefined;
    } catch (error) {
        expect(error).to.be.instanceOf(UsageError);
        return (error as Error).message;
    }
}

describe("policy config against the pack's schemas", () => {
    it("accepts levels, known keys with valid values, and all", () => {
        expect(
            problem({
                ...ok,
                all: "advisory",
                "datastore-retention-limit-copies": {
                    enforcementLevel: "mandatory",
                    maxPiiRetentionDays: 2,
                    allowedRegions: ["eu-west-1"],
                },
            }),
        ).to.equal(undefined);
        expect(problem({ ...ok, all: { enforcementLevel: "disabled" }, "datastore-tags-require-classification": "advisory" })).to.equal(
            undefined,
        );
    });

    it("refuses a policy the pack does not have, naming the nearest", () => {
        expect(problem({ ...ok, "datastore-retention-limit-copy": "advisory" })).to.equal(
            `policy config c.json: "datastore-retention-limit-copy" is not a policy of example@1.2.0; did you mean "datastore-retention-limit-copies"?`,
        );
    });

    it("refuses a key the policy's schema does not declare, naming the nearest", () => {
        expect(problem({ ...ok, "datastore-retention-limit-copies": { maxPiiRetentionDay: 2 } })).to.equal(
            `policy config c.json: datastore-retention-limit-copies has no config key "maxPiiRetentionDay"; did you mean "maxPiiRetentionDays"?`,
        );
        expect(problem({ ...ok, "datastore-retention-limit-copies": { enforcementlevel: "advisory" } })).to.match(
            /has no config key "enforcementlevel"; did you mean "enforcementLevel"\?$/,
        );
    });

    it("refuses a value of the wrong type or out of range, as the schema says", () => {
        expect(problem({ ...ok, "datastore-retention-limit-copies": { maxPiiRetentionDays: "two" } })).to.equal(
            `policy config c.json: datastore-retention-limit-copies.maxPiiRetentionDays must be integer (got "two")`,
        );
        expect(problem({ ...ok, "datastore-retention-limit-copies": { maxPiiRetentionDays: 0 } })).to.equal(
            `policy config c.json: datastore-retention-limit-copies.maxPiiRetentionDays must be >= 1 (got 0)`,
        );
        expect(problem({ ...ok, "datastore-retention-limit-copies": { allowedRegions: ["eu-west-1", 3] } })).to.equal(
            `policy config c.json: datastore-retention-limit-copies.allowedRegions/1 must be string (got ["eu-west-1",3])`,
        );
    });

    it("refuses config keys under all, which no policy would read", () => {
        expect(problem({ ...ok, all: { enforcementLevel: "advisory", maxPiiRetentionDays: 2 } as never })).to.equal(
            `policy config c.json: "all" takes only an enforcementLevel (config keys belong to a policy), got "maxPiiRetentionDays"`,
        );
    });

    it("refuses a config without a key a policy requires, as the engine does", () => {
        expect(problem({})).to.equal(
            `policy config c.json: needs-a-key requires config "owner" (the engine refuses the config without it)`,
        );
    });

    describe("this pack, as it describes itself (GetAnalyzerInfo)", function () {
        this.timeout(120_000);
        let info: PackInfo;
        before(async () => {
            const pack = await PolicyPackProcess.start(path.join(ROOT, "policypack"));
            try {
                info = await pack.info();
            } finally {
                await pack.stop();
            }
        });

        it("declares a typed schema for every key it reads, so that the engine rejects a wrong type too", () => {
            const retention = info.policies.find((p) => p.name === "datastore-retention-limit-copies")!;
            expect(retention.configSchema.properties).to.have.property("maxPiiRetentionDays").that.deep.include({ type: "integer" });
            // The engine validates each policy's config against {type: object, properties, required} (its convertSchema).
            const asEngine = new Ajv({ strict: false }).compile({
                type: "object",
                properties: retention.configSchema.properties,
                required: [...retention.configSchema.required],
            });
            expect(asEngine({ maxPiiRetentionDays: "two" })).to.equal(false);
            expect(asEngine({ maxPiiRetentionDays: 2 })).to.equal(true);
            for (const p of info.policies) {
                for (const [key, schema] of Object.entries(p.configSchema.properties))
                    expect(schema, `${p.name}.${key}`).to.have.property("type");
            }
        });

        it("accepts the example policy-config.json, which the README shows as it is", () => {
            const example = fs.readFileSync(path.join(ROOT, "policy-config.json"), "utf8");
            expect(problem(JSON.parse(example), info)).to.equal(undefined);
            expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).to.include("```json\n" + example + "```");
        });

        it("refuses the mistakes of the issue: a misspelt policy, a misspelt key, a string for a number", () => {
            expect(problem({ "datastore-retention-limit-copie": "advisory" }, info)).to.match(
                /is not a policy of data-protection@[\d.]+; did you mean "datastore-retention-limit-copies"\?$/,
            );
            expect(problem({ "datastore-retention-limit-copies": { maxPiiRetentionDay: 2 } }, info)).to.match(
                /did you mean "maxPiiRetentionDays"\?$/,
            );
            expect(problem({ "datastore-retention-limit-copies": { maxPiiRetentionDays: "two" } }, info)).to.match(
                /maxPiiRetentionDays must be integer \(got "two"\)$/,
            );
        });
    });
});
