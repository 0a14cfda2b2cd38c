/** The work the mocha workers share (once-per-run.ts): done once, handed over when its worker died. */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SHARED_DIR_VARIABLE, oncePerRun } from "./once-per-run";

describe("oncePerRun", () => {
    const saved = process.env[SHARED_DIR_VARIABLE];
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "once-per-run-"));
        process.env[SHARED_DIR_VARIABLE] = dir;
    });
    afterEach(() => {
        fs.rmSync(dir, { recursive: true, force: true });
        if (saved === undefined) delete process.env[SHARED_DIR_VARIABLE];
        else process.env[SHARED_DIR_VARIABLE] = saved;
    });

    it("computes a key once in the run; later askers read the result", async () => {
        let computed = 0;
        const compute = async () => ({ n: ++computed });
        expect(await oncePerRun("k", compute)).to.deep.equal({ n: 1 });
        expect(await oncePerRun("k", compute)).to.deep.equal({ n: 1 });
        expect(await oncePerRun("other", compute)).to.deep.equal({ n: 2 });
    });

    it("computes every time without the run's folder (one file run on its own)", async () => {
        delete process.env[SHARED_DIR_VARIABLE];
        let computed = 0;
        await oncePerRun("k", async () => ++computed);
        expect(await oncePerRun("k", async () => ++computed)).to.equal(2);
    });

    it("takes over a lock whose worker died without a result", async () => {
        await oncePerRun("probe", async () => 0);
        const result = path.join(
            dir,
            fs.readdirSync(dir).find((f) => f.endsWith(".json"))!,
        );
        // As a worker leaves it when it dies computing: its lock, with its pid, and no result.
        fs.rmSync(result);
        fs.writeFileSync(`${result}.lock`, String(spawnSync(process.execPath, ["-e", ""]).pid));
        expect(await oncePerRun("probe", async () => 7)).to.equal(7);
    });

    it("lets the next asker compute when the computation failed", async () => {
        let thrown: unknown;
        await oncePerRun("k", async () => {
            throw new Error("boom");
        }).catch((error) => (thrown = error));
        expect((thrown as Error).message).to.equal("boom");
        expect(await oncePerRun("k", async () => "second")).to.equal("second");
    });
});
