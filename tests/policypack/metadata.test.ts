import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CLAUSES, ClauseId, ENFORCED_KINDS } from "../../policypack/lib/clauses";
import { FRAMEWORK_NAME, STACK_IDENTITY_KEYS } from "../../policypack/lib/define";
import { allPolicies } from "../../policypack/policies";
import { ROOT } from "../support/paths";

const POLICIES_DIR = path.join(ROOT, "policypack/policies");

function policyFiles(dir = POLICIES_DIR): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? policyFiles(full) : entry.name.endsWith(".ts") && entry.name !== "index.ts" ? [full] : [];
    });
}

describe("policy pack metadata (cdk-nag style coverage)", () => {
    it("enforces the clause catalogue the repository carries (docs/CLAUSES.md): the same clause ids", () => {
        const catalogue = fs.readFileSync(path.join(ROOT, "docs/CLAUSES.md"), "utf8");
        const ids = [...new Set(catalogue.match(/DP-\d+\.\d+/g) ?? [])].sort();
        expect(ids).to.deep.equal(Object.keys(CLAUSES).sort());
        expect(fs.readFileSync(path.join(ROOT, "docs/data-protection-policy.txt"), "utf8")).to.match(/3 days/);
    });

    it("enforces every clause of a technical kind with at least one policy", () => {
        const enforced = new Set(allPolicies.flatMap((p) => p.clauses));
        const technical = (Object.keys(CLAUSES) as ClauseId[]).filter((id) => ENFORCED_KINDS.includes(CLAUSES[id].kind));
        expect(technical.filter((id) => !enforced.has(id))).to.deep.equal([]);
        expect(technical).to.have.length.greaterThan(15);
    });

    it("names only existing clauses, in the framework field and the tags", () => {
        for (const policy of allPolicies) {
            expect(policy.clauses.length, policy.name).to.be.greaterThan(0);
            for (const id of policy.clauses) expect(CLAUSES, `${policy.name} names ${id}`).to.have.property(id);
            expect(policy.framework?.name).to.equal(FRAMEWORK_NAME);
            expect(policy.framework?.reference.split(" ")).to.deep.equal([...policy.clauses]);
            expect(policy.tags).to.deep.equal([...policy.clauses]);
        }
    });

    it("gives every policy a severity, remediation steps and a description; advisory ones say why", () => {
        for (const policy of allPolicies) {
            expect(["low", "medium", "high", "critical"], policy.name).to.include(policy.severity);
            expect(policy.remediationSteps?.length ?? 0, policy.name).to.be.greaterThan(20);
            expect(policy.description.length, policy.name).to.be.greaterThan(40);
            if (policy.enforcementLevel !== "mandatory") expect(policy.description, policy.name).to.match(/advisory because/i);
        }
        expect(allPolicies.filter((p) => p.enforcementLevel !== "mandatory").map((p) => p.name)).to.deep.equal([
            "s3-bucket-recommend-access-logging",
            "exemption-tag-list-active",
        ]);
    });

    it("lets every policy be told the stack's own accounts, organisation and outside customer-managed keys", () => {
        for (const policy of allPolicies) {
            expect(Object.keys(policy.configSchema?.properties ?? {}), policy.name).to.include.members([...STACK_IDENTITY_KEYS]);
        }
    });

    it("is self-contained: nothing in policypack/ imports from outside it", () => {
        const packDir = path.join(ROOT, "policypack");
        const sources = (dir: string): string[] =>
            fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
                const full = path.join(dir, entry.name);
                if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sources(full);
                return entry.name.endsWith(".ts") ? [full] : [];
            });
        for (const file of sources(packDir)) {
            for (const [, target] of fs.readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
                expect(
                    path.resolve(path.dirname(file), target).startsWith(packDir + path.sep),
                    `${path.relative(packDir, file)} imports ${target}`,
                ).to.equal(true);
            }
        }
    });

    it("has unique kebab-case names <service>-<resource>-<verb>-<what>, one policy per file in <service>/<resource>/", () => {
        const names = allPolicies.map((p) => p.name);
        expect(new Set(names).size).to.equal(names.length);
        const files = policyFiles();
        expect(files).to.have.length(allPolicies.length);
        for (const file of files) {
            const [service, resource] = path.relative(POLICIES_DIR, file).split(path.sep);
            const name = path.basename(file, ".ts");
            expect(names, file).to.include(name);
            expect(name.startsWith(`${service}-${resource}-`), `${name} in ${service}/${resource}`).to.equal(true);
            expect(name).to.match(/^[a-z0-9]+(-[a-z0-9]+){3,}$/);
        }
    });
});
