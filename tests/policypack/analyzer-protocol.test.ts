import { allPolicies } from "../../policypack/policies";
/**
 * The pack as the engine runs it: its own process started through
 * @pulumi/pulumi/cmd/run-policy-pack, driven over the Analyzer gRPC protocol.
 */
import { expect } from "chai";
import * as path from "path";
import { Diagnostic, PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { compliantStack } from "./fixtures/compliant-stack";
import { urnOf, withChange, without } from "./support/harness";
import { toAnalyzedResources } from "./support/to-analyzer";
import { ROOT } from "../support/paths";

const PACK_DIR = path.join(ROOT, "policypack");
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const TABLE_URN = urnOf({ type: "aws:dynamodb/table:Table", name: "orders" });

describe("policy pack over the Analyzer protocol (as the engine runs it)", function () {
    this.timeout(120_000);
    let pack: PolicyPackProcess;

    before(async () => {
        pack = await PolicyPackProcess.start(PACK_DIR);
        await pack.configure({});
        await pack.configureStack({ stack: "dev", project: "shipping-labels", dryRun: true });
    });
    after(async () => pack?.stop());

    const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn}`);

    it("describes itself: name, version from package.json, every policy with its level, severity and clauses", async () => {
        const info = await pack.info();
        expect(info.name).to.equal("data-protection");
        expect(info.version).to.equal(require(path.join(PACK_DIR, "package.json")).version);
        expect(info.policies.map((p) => p.name)).to.have.members(allPolicies.map((p) => p.name));
        const table = info.policies.find((p) => p.name === "datastore-encryption-require-customer-key")!;
        expect(table).to.deep.include({ enforcementLevel: "mandatory", severity: 4 });
        expect(table.framework?.reference).to.equal("DP-2.1 DP-2.3 DP-6.1");
        expect(info.policies.find((p) => p.name === "exemption-tag-list-active")!.enforcementLevel).to.equal("advisory");
        expect(info.policies.find((p) => p.name === "datastore-sharing-restrict-destinations")!.configKeys).to.have.members([
            "ownAccountIds",
            "organizationIds",
            "customerManagedKeyArns",
            "shippingProviderAccountIds",
            "allowedRegions",
        ]);
    });

    it("raises nothing on the compliant stack", async () => {
        expect(summary(await pack.analyzeStack(toAnalyzedResources(compliantStack())))).to.deep.equal([]);
    });

    it("flags a non-compliant stack with mandatory violations that name the resource", async () => {
        const stack = withChange(compliantStack(), "orders", (s) => {
            s.props.serverSideEncryption = { enabled: false };
        });
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(stack));
        expect(summary(diagnostics)).to.deep.equal([`mandatory datastore-encryption-require-customer-key ${TABLE_URN}`]);
        expect(diagnostics[0].message).to.include(
            "orders (aws:dynamodb/table:Table): the table is not encrypted: serverSideEncryption.enabled is false",
        );
        expect(diagnostics[0].policyPackVersion).to.equal("0.1.0");
    });

    it("keeps a control mandatory when the value is unknown during preview (no advisory downgrade)", async () => {
        const stack = withChange(compliantStack(), "orders", (s) => {
            s.props.serverSideEncryption.enabled = UNKNOWN;
        });
        const diagnostics = await pack.analyzeStack(toAnalyzedResources(stack));
        expect(summary(diagnostics)).to.deep.equal([`mandatory datastore-encryption-require-customer-key ${TABLE_URN}`]);
        expect(diagnostics[0].message).to.include("not known during preview");
    });

    it("joins side resources through the property dependencies the engine sends", async () => {
        const stack = without(compliantStack(), "labels-pab");
        expect(summary(await pack.analyzeStack(toAnalyzedResources(stack)))).to.deep.equal([
            `mandatory datastore-access-block-public ${urnOf({ type: "aws:s3/bucket:Bucket", name: "labels" })}`,
        ]);
    });

    describe("with a policy pack config file applied", () => {
        before(async () =>
            pack.configure({
                all: "mandatory",
                "s3-bucket-require-access-logging": "advisory",
                "datastore-tags-require-classification": { allowedPiiCategories: ["name"] },
            }),
        );
        after(async () => pack.configure({}));

        it("uses the configured levels and properties", async () => {
            const stack = without(compliantStack(), "labels-logging");
            const diagnostics = summary(await pack.analyzeStack(toAnalyzedResources(stack)));
            expect(diagnostics).to.include(
                `advisory s3-bucket-require-access-logging ${urnOf({ type: "aws:s3/bucket:Bucket", name: "labels" })}`,
            );
            expect(diagnostics).to.include(
                `mandatory datastore-tags-require-classification ${urnOf({ type: "aws:s3/bucket:Bucket", name: "labels" })}`,
            );
            expect(diagnostics.filter((d) => d.startsWith("advisory"))).to.have.length(1);
        });
    });

    describe("with a key a policy does not read (the engine passes it through unvalidated)", () => {
        before(async () => pack.configure({ "datastore-retention-limit-copies": { maxPiiRetentionDay: 30 } }));
        after(async () => pack.configure({}));

        it("fails the stack with a mandatory violation naming the key and the nearest one, not a silent default", async () => {
            const diagnostics = await pack.analyzeStack(toAnalyzedResources(compliantStack()));
            const config = diagnostics.filter((d) => /does not read/.test(d.message));
            expect(config.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.urn ?? ""}`)).to.deep.equal([
                "mandatory datastore-retention-limit-copies ",
            ]);
            expect(config[0].message).to.include(
                `the policy config gives datastore-retention-limit-copies the key "maxPiiRetentionDay", which it does not read (did you mean "maxPiiRetentionDays"?)`,
            );
        });
    });
});
