/** What decides between compiled output and sources (tools/build/freshness.js). */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { distIsCurrent, newestSource } from "../../tools/build/freshness";

describe("build freshness", () => {
    let root: string;
    const write = (file: string, secondsAgo: number) => {
        const full = path.join(root, file);
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, "");
        const time = new Date(Date.now() - secondsAgo * 1000);
        fs.utimesSync(full, time, time);
    };
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "freshness-"));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it("dist is current when built after every source under tools/ and policypack/, the pack's own output aside", () => {
        write("tools/dpcheck/cli.ts", 300);
        write("policypack/lib/x.ts", 300);
        write("policypack/bin/lib/x.js", 10); // the pack's build output: not a source
        write("dist/tsconfig.tsbuildinfo", 100);
        expect(distIsCurrent(root)).to.equal(true);
        write("policypack/lib/x.ts", 50);
        expect(distIsCurrent(root), "a pack source changed after the build").to.equal(false);
    });

    it("the formatter and linter (tools/lint) are not build sources", () => {
        write("tools/dpcheck/cli.ts", 300);
        write("dist/tsconfig.tsbuildinfo", 100);
        write("tools/lint/run.js", 10);
        write("tools/lint/package.json", 10);
        expect(distIsCurrent(root)).to.equal(true);
    });

    it("dist is not current without a build, and an installed package (no sources) is", () => {
        write("tools/dpcheck/cli.ts", 300);
        expect(distIsCurrent(root)).to.equal(false);
        fs.rmSync(path.join(root, "tools"), { recursive: true });
        expect(distIsCurrent(root)).to.equal(true);
        // What the package ships: this file under tools/build, no CLI sources, no build info.
        write("tools/build/freshness.js", 300);
        expect(distIsCurrent(root), "an installed package with tools/build/freshness.js").to.equal(true);
    });

    it("counts sources and manifests, not declarations, dependencies or skipped folders", () => {
        write("src/a.ts", 300);
        write("src/b.d.ts", 10);
        write("src/node_modules/c.js", 10);
        write("src/out/d.js", 10);
        const newest = newestSource(path.join(root, "src"), new Set([path.join(root, "src", "out")]));
        expect(Math.round((Date.now() - newest) / 1000)).to.be.within(299, 301);
        write("src/tsconfig.json", 20);
        expect(
            Math.round((Date.now() - newestSource(path.join(root, "src"), new Set([path.join(root, "src", "out")]))) / 1000),
        ).to.be.within(19, 21);
        expect(Math.round((Date.now() - newestSource(path.join(root, "src"))) / 1000), "the output folder when not skipped").to.be.within(
            9,
            11,
        );
    });
});
