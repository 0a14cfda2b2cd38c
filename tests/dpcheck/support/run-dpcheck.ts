/**
 * dpcheck for the tests: `dpcheck(...)` runs its `main` in this process, as a user's command
 * would run it (the repository root as working directory, output and errors to pipes, not a
 * terminal); `dpcheckProcess(...)` runs the real command, `node bin/dpcheck.js`, for what only
 * a process shows (its exit status, all it prints).
 *
 * In-process runs share one policy pack process (tools/dpcheck/check.ts), stopped once the
 * whole mocha run is done, so that nothing keeps mocha from exiting.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, stopPack } from "../../../tools/dpcheck/cli";
import { oncePerRun } from "../../support/once-per-run";
import { ROOT } from "../../support/paths";

export { ROOT };
export const BIN = path.join(ROOT, "bin/dpcheck.js");

export interface DpcheckRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Whether an in-process run is under way: runs share the working directory and the pack. */
let running = false;

/** dpcheck's `main` on these arguments, in this process; its exit code and what it wrote. */
export async function dpcheck(...args: string[]): Promise<DpcheckRun> {
    if (running) throw new Error("dpcheck runs one at a time in a test process (it sets the working directory)");
    running = true;
    const stdout: string[] = [];
    const stderr: string[] = [];
    // As a child process of the root, and with pipes, as spawnSync gave it: no terminal, no colour, no progress by default.
    const cwd = process.cwd();
    if (cwd !== ROOT) process.chdir(ROOT);
    try {
        const status = await main(args, {
            stdout: { isTTY: false, write: (text: string) => stdout.push(text) },
            stderr: { isTTY: false, write: (text: string) => stderr.push(text) },
        });
        return { status, stdout: stdout.join(""), stderr: stderr.join("") };
    } finally {
        if (cwd !== ROOT) process.chdir(cwd);
        running = false;
    }
}

/** The real command, `node bin/dpcheck.js ...`, a child process run from the repository root. */
export function dpcheckProcess(...args: string[]): DpcheckRun {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 100_000_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let devPreview: Promise<{ run: DpcheckRun; exported?: string }> | undefined;

/**
 * `dpcheck preview --stack dev --emit-export FILE`, run once per mocha run (it runs the program
 * under Pulumi's mocks: seconds), its export written to `file`; the run's result.
 */
export async function previewDevExport(file: string): Promise<DpcheckRun> {
    devPreview ??= oncePerRun("dpcheck preview --stack dev --emit-export", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpcheck-dev-preview-"));
        try {
            const emitted = path.join(dir, "dev-export.json");
            const run = await dpcheck("preview", "--stack", "dev", "--emit-export", emitted);
            return { run, exported: fs.existsSync(emitted) ? fs.readFileSync(emitted, "utf8") : undefined };
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
    const { run, exported } = await devPreview;
    if (exported !== undefined) fs.writeFileSync(file, exported);
    return { ...run };
}

/** Whether this is a worker of a parallel mocha run (mocha runs its files through workerpool). */
function inMochaWorker(): boolean {
    const workerpool = require(require.resolve("workerpool", { paths: [path.dirname(require.resolve("mocha"))] })) as {
        isMainThread: boolean;
    };
    return !workerpool.isMainThread;
}

// Root hook (this module is first loaded by a test file, at the top level): in a single mocha
// process the pack is stopped after the tests, so that nothing keeps mocha from exiting. A
// worker of a parallel run keeps it for every file it runs (a start costs a second of CPU); it
// is killed when the worker exits (tools/analyzer/policy-pack-process.ts).
if (typeof after === "function" && !inMochaWorker()) after(() => stopPack());
