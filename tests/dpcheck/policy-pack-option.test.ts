/** `dpcheck --policy-pack DIR`: checking with another version of the pack (the one an organisation publishes). */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packedFiles } from "../support/npm-pack";
import { ROOT } from "../support/paths";
import { dpcheck, previewDevExport } from "./support/run-dpcheck";

describe("dpcheck --policy-pack DIR", function () {
    this.timeout(180_000);
    let dir: string;
    let exportFile: string;
    let published: string;

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-pack-"));
        exportFile = path.join(dir, "dev.json");
        expect((await previewDevExport(exportFile)).status).to.equal(0);
        // What `pulumi policy publish` uploads (npm pack of policypack/), as a later version, with its dependencies.
        const packDir = path.join(ROOT, "policypack");
        const files = await packedFiles(packDir);
        published = path.join(dir, "published");
        for (const file of files) {
            fs.mkdirSync(path.dirname(path.join(published, file)), { recursive: true });
            fs.copyFileSync(path.join(packDir, file), path.join(published, file));
        }
        const manifest = JSON.parse(fs.readFileSync(path.join(published, "package.json"), "utf8"));
        fs.writeFileSync(path.join(published, "package.json"), JSON.stringify({ ...manifest, version: "9.9.9", reviewDate: "2027-01-15" }));
        fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(published, "node_modules"), "dir");
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("checks with the pack in DIR, and the report names its version and review date", async () => {
        const run = await dpcheck("audit", exportFile, "--policy-pack", published, "--format", "json");
        expect(run.status, run.stderr).to.equal(0);
        expect(JSON.parse(run.stdout).policyPack).to.deep.equal({ name: "data-protection", version: "9.9.9", reviewDate: "2027-01-15" });
        const own = JSON.parse((await dpcheck("audit", exportFile, "--format", "json")).stdout);
        expect(own.policyPack.version, "without the option: this package's pack").to.equal(
            JSON.parse(fs.readFileSync(path.join(ROOT, "policypack/package.json"), "utf8")).version,
        );
    });

    it("refuses a folder that is not a pack, and a pack that cannot start, with exit 2", async () => {
        const notPack = await dpcheck("audit", exportFile, "--policy-pack", dir);
        expect(notPack.status).to.equal(2);
        expect(notPack.stderr).to.equal(`dpcheck: --policy-pack ${dir} is not a policy pack folder: it has no PulumiPolicy.yaml\n`);
        const unbuilt = path.join(dir, "unbuilt");
        fs.mkdirSync(unbuilt);
        fs.copyFileSync(path.join(published, "PulumiPolicy.yaml"), path.join(unbuilt, "PulumiPolicy.yaml"));
        fs.writeFileSync(path.join(unbuilt, "package.json"), JSON.stringify({ name: "p", version: "1.0.0", main: "bin/index.js" }));
        const broken = await dpcheck("audit", exportFile, "--policy-pack", unbuilt);
        expect(broken.status).to.equal(2);
        expect(broken.stderr).to.match(
            new RegExp(
                `^dpcheck: the policy pack in ${unbuilt.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} did not start \\(install its dependencies and build it there\\): .+\\n$`,
            ),
        );
    });
});
