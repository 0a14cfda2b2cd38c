/**
 * The platform's own stacks, run under mocks and sent to the policy pack the way the engine
 * does (its own process, AnalyzeStack), pass without a single violation; and a careless
 * change to one of them is caught.
 */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as path from "path";
import { toAnalyzedResources } from "../../tools/analyzer/from-recorded";
import { Diagnostic, PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { RecordedResource } from "../../tools/offline/mock-runtime";

const ROOT = path.resolve(__dirname, "../..");

function recordedStack(stack: string): RecordedResource[] {
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "tools/preview.ts"), "--stack", stack, "--json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 100_000_000 });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout).resources;
}

const named = (resources: RecordedResource[], name: string) => {
    const found = resources.find((r) => r.name === name);
    if (!found) throw new Error(`no resource ${name}`);
    return found;
};
const describeAll = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName}: ${d.message.split("\n").pop()}`);

describe("the platform's stacks under the policy pack (Analyzer protocol)", function () {
    this.timeout(180_000);
    let pack: PolicyPackProcess;
    const stacks: Record<string, RecordedResource[]> = {};

    before(async () => {
        stacks.dev = recordedStack("dev");
        stacks.prod = recordedStack("prod");
        pack = await PolicyPackProcess.start(path.join(ROOT, "policypack"));
        await pack.configure({});
        await pack.configureStack({ stack: "dev", project: "shipping-label-platform", dryRun: true });
    });
    after(async () => pack?.stop());

    for (const stack of ["dev", "prod"]) {
        it(`${stack}: no mandatory and no advisory violation`, async () => {
            expect(describeAll(await pack.analyzeStack(toAnalyzedResources(stacks[stack])))).to.deep.equal([]);
        });
    }

    it("rejects dev without the orders table's data events in the trail", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        const trail = named(resources, "audit-trail");
        const table = named(resources, "orders-table");
        (trail.inputs.eventSelectors[0].dataResources as any[]).splice(1, 1);
        trail.propertyDependencies.eventSelectors = trail.propertyDependencies.eventSelectors.filter((urn) => urn !== table.urn);
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(resources));
        expect(diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`)).to.deep.equal([`mandatory cloudtrail-trail-require-data-events ${table.urn}`]);
    });

    it("rejects dev with the labels kept 30 days", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        named(resources, "labels-lifecycle").inputs.rules[0].expiration.days = 30;
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(resources));
        expect(diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`)).to.deep.equal([`mandatory s3-bucket-require-lifecycle ${named(resources, "labels-bucket").urn}`]);
    });

    it("rejects dev with the purge role widened to dynamodb:*", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        const policy = named(resources, "orders-purge-policy");
        const document = JSON.parse(policy.inputs.policy);
        document.Statement[0].Action = "dynamodb:*";
        policy.inputs.policy = JSON.stringify(document);
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(resources));
        expect(diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`)).to.deep.equal([`mandatory iam-policy-disallow-wildcards ${policy.urn}`]);
    });
});
