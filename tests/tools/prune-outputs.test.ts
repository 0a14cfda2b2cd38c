/** Compiled output whose source is gone is removed after the build (tools/build/prune-outputs.js). */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pruneOutputs } from "../../tools/build/prune-outputs";

describe("pruneOutputs: compiled files without a source", () => {
    let root: string;
    const write = (file: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), "");
    };
    const exists = (file: string) => fs.existsSync(path.join(root, file));

    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "prune-"));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it("removes the .js, .d.ts and maps of a deleted test, and its folder once empty", () => {
        write("tests/kept.test.ts");
        for (const file of [
            "kept.test.js",
            "kept.test.d.ts",
            "kept.test.js.map",
            "gone.test.js",
            "gone.test.d.ts",
            "gone.test.js.map",
            "gone.test.d.ts.map",
        ])
            write(`dist/tests/${file}`);
        write("dist/old/only.js");
        const deleted = pruneOutputs(path.join(root, "dist"), root)
            .map((file) => path.relative(root, file))
            .sort();
        expect(deleted).to.deep.equal([
            "dist/old/only.js",
            "dist/tests/gone.test.d.ts",
            "dist/tests/gone.test.d.ts.map",
            "dist/tests/gone.test.js",
            "dist/tests/gone.test.js.map",
        ]);
        expect(exists("dist/tests/kept.test.js") && exists("dist/tests/kept.test.d.ts") && exists("dist/tests/kept.test.js.map")).to.equal(
            true,
        );
        expect(exists("dist/old")).to.equal(false);
    });

    it("keeps the output of a JavaScript source and files that are not outputs (build info)", () => {
        write("components/handler.js");
        write("dist/components/handler.js");
        write("dist/tsconfig.tsbuildinfo");
        expect(pruneOutputs(path.join(root, "dist"), root)).to.deep.equal([]);
        expect(exists("dist/components/handler.js") && exists("dist/tsconfig.tsbuildinfo")).to.equal(true);
    });

    it("does nothing when there is no output folder yet", () => {
        expect(pruneOutputs(path.join(root, "dist"), root)).to.deep.equal([]);
    });
});
