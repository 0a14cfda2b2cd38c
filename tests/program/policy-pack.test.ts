/**
 * The platform's own stacks, run under mocks and sent to the policy pack the way the engine
 * does (its own process, AnalyzeStack), pass without a single violation; and a careless
 * change to one of them is caught.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { toAnalyzedResources } from "../../tools/analyzer/from-recorded";
import { Diagnostic, PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { RecordedResource } from "../../tools/offline/mock-runtime";
import { previewJson, ROOT } from "../support/preview";

async function recordedStack(stack: string, projectDir = ROOT): Promise<RecordedResource[]> {
    return (await previewJson(stack, projectDir)).resources;
}

/** A project beside the repository's, running its program, whose dev stack also lists the shipping provider's account. */
function projectWithProvider(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "provider-"));
    fs.writeFileSync(
        path.join(dir, "Pulumi.yaml"),
        `name: shipping-label-platform\nruntime: nodejs\nmain: ${path.join(ROOT, "index.ts")}\n`,
    );
    fs.writeFileSync(
        path.join(dir, "Pulumi.dev.yaml"),
        fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8") +
            '  shipping-label-platform:shippingProviderAccountIds: ["444455556666"]\n',
    );
    return dir;
}

const named = (resources: RecordedResource[], name: string) => {
    const found = resources.find((r) => r.name === name);
    if (!found) throw new Error(`no resource ${name}`);
    return found;
};
const describeAll = (diagnostics: Diagnostic[]) =>
    diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName}: ${d.message.split("\n").pop()}`);

describe("the platform's stacks under the policy pack (Analyzer protocol)", function () {
    this.timeout(180_000);
    let pack: PolicyPackProcess;
    const stacks: Record<string, RecordedResource[]> = {};
    let withProviderRun: Promise<RecordedResource[]>;

    before(async () => {
        // The three previews and the pack start together; the previews take turns for the cores.
        const previews = Promise.all([recordedStack("dev"), recordedStack("prod")]);
        const dir = projectWithProvider();
        withProviderRun = recordedStack("dev", dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
        withProviderRun.catch(() => undefined); // awaited, and so reported, by its own describe
        const started = (async () => {
            pack = await PolicyPackProcess.start(path.join(ROOT, "policypack"));
            await pack.configure({});
            await pack.configureStack({ stack: "dev", project: "shipping-label-platform", dryRun: true });
        })();
        [[stacks.dev, stacks.prod]] = await Promise.all([previews, started]);
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
        expect(diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`)).to.deep.equal([
            `mandatory cloudtrail-trail-require-data-events ${table.urn}`,
        ]);
    });

    it("rejects dev with the labels kept 30 days", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        named(resources, "labels-lifecycle").inputs.rules[0].expiration.days = 30;
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(resources));
        expect(diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`)).to.deep.equal([
            `mandatory datastore-retention-limit-copies ${named(resources, "labels-bucket").urn}`,
        ]);
    });

    it("rejects dev with the purge role widened to dynamodb:*", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        const policy = named(resources, "orders-purge-policy");
        const document = JSON.parse(policy.inputs.policy);
        document.Statement[0].Action = "dynamodb:*";
        policy.inputs.policy = JSON.stringify(document);
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(resources));
        expect(diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`)).to.deep.equal([
            `mandatory iam-policy-disallow-wildcards ${policy.urn}`,
        ]);
    });

    const violationsOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`);

    it("rejects dev with the support role's MFA condition removed", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        const role = named(resources, "support-role");
        const trust = JSON.parse(role.inputs.assumeRolePolicy);
        delete trust.Statement[0].Condition;
        role.inputs.assumeRolePolicy = JSON.stringify(trust);
        expect(violationsOf(await pack.analyzeStack(toAnalyzedResources(resources)))).to.deep.equal([
            `mandatory iam-role-require-mfa ${role.urn}`,
        ]);
    });

    it("rejects dev with the label service widened to s3:*", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        const policy = named(resources, "label-service-policy");
        const document = JSON.parse(policy.inputs.policy);
        document.Statement[0].Action = "s3:*";
        policy.inputs.policy = JSON.stringify(document);
        expect(violationsOf(await pack.analyzeStack(toAnalyzedResources(resources)))).to.deep.equal([
            `mandatory iam-policy-disallow-wildcards ${policy.urn}`,
        ]);
    });

    it("rejects dev with the orders kept 30 days", async () => {
        const resources: RecordedResource[] = JSON.parse(JSON.stringify(stacks.dev));
        const table = named(resources, "orders-table");
        table.inputs.tags["retention-days"] = "30";
        expect(violationsOf(await pack.analyzeStack(toAnalyzedResources(resources)))).to.deep.equal([
            `mandatory datastore-tags-require-retention ${table.urn}`,
        ]);
    });

    describe("with the shipping provider's account configured (DP-3.1)", () => {
        let withProvider: RecordedResource[];
        before(async () => {
            withProvider = await withProviderRun;
        });
        after(async () => pack.configure({}));

        it("lets the provider read label objects only, through the bucket policy and the key", () => {
            const policy = JSON.parse(named(withProvider, "labels-policy").inputs.policy);
            const grant = policy.Statement.find((s: any) => s.Sid === "ShippingProviderReadsLabels");
            expect(grant).to.deep.include({
                Effect: "Allow",
                Principal: { AWS: ["arn:aws:iam::444455556666:root"] },
                Action: "s3:GetObject",
            });
            expect(grant.Resource).to.match(/\/labels\/\*$/);
            const key = JSON.parse(named(withProvider, "labels-key-key").inputs.policy);
            expect(key.Statement.find((s: any) => s.Sid === "ShippingProviderDecryptsThroughS3").Condition).to.deep.equal({
                StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" },
            });
        });

        it("is refused by the pack until the organisation lists the provider", async () => {
            await pack.configure({});
            const refused = violationsOf(await pack.analyzeStack(toAnalyzedResources(withProvider)));
            expect(refused).to.deep.equal([
                `mandatory datastore-sharing-restrict-destinations ${named(withProvider, "labels-bucket").urn}`,
                `mandatory kms-key-restrict-policy ${named(withProvider, "labels-key-key").urn}`,
            ]);
            await pack.configure({
                "datastore-sharing-restrict-destinations": { shippingProviderAccountIds: ["444455556666"] },
                "kms-key-restrict-policy": { shippingProviderAccountIds: ["444455556666"] },
            });
            expect(violationsOf(await pack.analyzeStack(toAnalyzedResources(withProvider)))).to.deep.equal([]);
        });
    });
});
