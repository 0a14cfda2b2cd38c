/**
 * `npm run build` does not compile the pack a second time: it writes the pack's part of the
 * repository's build into policypack/bin/ (tools/build/mirror-pack.js). What `pulumi policy
 * publish` runs is the pack's own build (`npm pack` there runs prepack: `tsc -p .`). This checks
 * that the two agree, file for file, and that the pack's own tsconfig still compiles it.
 *
 * It type-checks the pack again (about 10 s on 2 cores), so it runs with the package test
 * (`npm run test:package`, in CI), not in `npm test`.
 */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/paths";

const PACK_DIR = path.join(ROOT, "policypack");
const BIN = path.join(PACK_DIR, "bin");

/** Every .js and .js.map under `dir`, relative to it, sorted. */
function outputsUnder(dir: string): string[] {
    return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.js(\.map)?$/.test(file)).sort();
}

/** A source map with its sources made absolute (they are relative to the map's folder). */
function mapOf(file: string): Record<string, unknown> {
    const map = JSON.parse(fs.readFileSync(file, "utf8"));
    return { ...map, sources: map.sources.map((source: string) => path.resolve(path.dirname(file), source)) };
}

describe("the policy pack's own build and npm run build", function () {
    this.timeout(300_000);
    let out: string;

    before(() => {
        out = fs.mkdtempSync(path.join(os.tmpdir(), "pack-own-build-"));
        const tsc = require.resolve("typescript/bin/tsc", { paths: [PACK_DIR] });
        const run = spawnSync(
            process.execPath,
            [tsc, "-p", path.join(PACK_DIR, "tsconfig.json"), "--outDir", out, "--tsBuildInfoFile", path.join(out, "tsconfig.tsbuildinfo")],
            { encoding: "utf8" },
        );
        expect(run.status, `tsc -p policypack\n${run.stdout}${run.stderr}`).to.equal(0);
    });
    after(() => fs.rmSync(out, { recursive: true, force: true }));

    it("write the same files into policypack/bin", () => {
        const own = outputsUnder(out);
        expect(own, "the pack's own build wrote its entry").to.include("index.js");
        expect(outputsUnder(BIN)).to.deep.equal(own);
    });

    it("write the same JavaScript, and source maps that point at the same sources", () => {
        for (const file of outputsUnder(out)) {
            if (file.endsWith(".map")) expect(mapOf(path.join(BIN, file)), file).to.deep.equal(mapOf(path.join(out, file)));
            else expect(fs.readFileSync(path.join(BIN, file), "utf8"), file).to.equal(fs.readFileSync(path.join(out, file), "utf8"));
        }
    });
});
