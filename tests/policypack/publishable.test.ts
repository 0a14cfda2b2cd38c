/**
 * The pack folder is what `pulumi policy publish` uploads (it runs `npm pack` there): its own
 * package.json, PulumiPolicy.yaml and a compiled entry that runs without the repository's
 * sources around it, and without compiling TypeScript at start.
 */
import { expect } from "chai";
import * as fs from "fs";
import { isBuiltin } from "module";
import * as os from "os";
import * as path from "path";
import { allPolicies } from "../../policypack/policies";
import { ensurePackBuilt } from "../../tools/analyzer/built-pack";
import { PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { packedFiles } from "../support/npm-pack";
import { ROOT } from "../support/paths";

const PACK_DIR = path.join(ROOT, "policypack");

describe("policy pack folder: publishable and compiled", function () {
    this.timeout(120_000);
    const manifest = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8"));

    before(() => ensurePackBuilt(PACK_DIR));

    it("declares a compiled entry, built before packing, and a TypeScript build", () => {
        expect(manifest.main).to.equal("bin/index.js");
        expect(manifest.scripts.prepack).to.equal("npm run build");
        expect(manifest.scripts.build).to.equal("tsc -p .");
        expect(JSON.parse(fs.readFileSync(path.join(PACK_DIR, "tsconfig.json"), "utf8")).compilerOptions.outDir).to.equal("bin");
    });

    // What npm would pack, scripts not run: the build is checked below.
    it("packs its manifest, PulumiPolicy.yaml and the compiled pack, and no TypeScript source", async () => {
        const files = await packedFiles(PACK_DIR);
        expect(files).to.include.members([
            "package.json",
            "PulumiPolicy.yaml",
            "bin/index.js",
            "bin/lib/stack-index.js",
            "bin/lib/deserialize-once.js",
        ]);
        expect(
            files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")),
            "TypeScript sources",
        ).to.deep.equal([]);
    });

    it("declares every package its compiled files require as a dependency (the copy below shares the repository's node_modules, so it cannot tell)", async () => {
        const required = new Set<string>();
        for (const file of (await packedFiles(PACK_DIR)).filter((f) => f.endsWith(".js"))) {
            for (const [, id] of fs.readFileSync(path.join(PACK_DIR, file), "utf8").matchAll(/require\("([^"./][^"]*)"\)/g)) {
                if (!isBuiltin(id)) required.add(id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0]);
            }
        }
        expect([...required].sort()).to.include.members(["@pulumi/policy", "fastest-levenshtein"]);
        expect(Object.keys(manifest.dependencies)).to.include.members([...required]);
    });

    it("runs from a copy of the packed files alone, with only its dependencies installed", async () => {
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "published-pack-"));
        try {
            for (const file of await packedFiles(PACK_DIR)) {
                fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
                fs.copyFileSync(path.join(PACK_DIR, file), path.join(copy, file));
            }
            // What the engine's `npm install` gives it: the dependencies (here, the repository's).
            fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
            const pack = await PolicyPackProcess.start(copy);
            try {
                const info = await pack.info();
                expect(info.name).to.equal("data-protection");
                expect(info.policies.map((p) => p.name)).to.have.members(allPolicies.map((p) => p.name));
            } finally {
                await pack.stop();
            }
        } finally {
            fs.rmSync(copy, { recursive: true, force: true });
        }
    });
});
