/**
 * The program host (tools/preview.ts, what `dpcheck preview` and `dpcheck resources` run) as
 * the tests run it: in its own process, since the
 * program runs under Pulumi's mocks and those cannot be set up twice in one process. A run
 * costs seconds (the SDK loads, ts-node transpiles the program), so each distinct run happens
 * once per mocha run, whichever test file of whichever worker asks first (once-per-run.ts), and
 * at most as many run at once in a process as there are cores.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { distIsCurrent } from "../../tools/build/freshness";
import { oncePerRun } from "./once-per-run";
import { ROOT } from "./paths";

export { ROOT };

export interface PreviewRun {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

let script: string | undefined;
/**
 * The compiled preview (dist/, `npm run build`) when no source under tools/ or policypack/ has
 * changed since that build, else the TypeScript source; decided once per process.
 */
export function previewScript(): string {
    if (script === undefined) {
        const compiled = path.join(ROOT, "dist", "tools", "preview.js");
        script = fs.existsSync(compiled) && distIsCurrent(ROOT) ? compiled : path.join(ROOT, "tools", "preview.ts");
    }
    return script;
}

const SLOTS = os.availableParallelism();
let running = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
    if (running >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
        return await work();
    } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
    }
}

// A preview still running when mocha exits (a bail, a failed hook) goes with it.
const live = new Set<ChildProcess>();
process.on("exit", () => live.forEach((child) => child.kill()));

/** What the host runs: a stack of a project (the repository's by default), with other stacks' outputs. */
export interface PreviewRequest {
    readonly stack: string;
    readonly projectDir?: string;
    readonly stackOutputs?: string;
}

function spawnPreview(request: PreviewRequest): Promise<PreviewRun> {
    const projectDir = path.resolve(ROOT, request.projectDir ?? ROOT);
    // The compiled preview registers ts-node for the program itself, as the CLI runs it
    // (tools/offline/typescript.ts). Its TypeScript source needs ts-node first, with the
    // project's tsconfig, the repository's when the project has none.
    const script = previewScript();
    const tsconfig = path.join(projectDir, "tsconfig.json");
    const env = { ...process.env, TS_NODE_PROJECT: fs.existsSync(tsconfig) ? tsconfig : path.join(ROOT, "tsconfig.json") };
    const loader = script.endsWith(".ts") ? ["-r", "ts-node/register/transpile-only"] : [];
    return new Promise((resolve) => {
        const hostRequest = {
            stack: request.stack,
            projectDir,
            ...(request.stackOutputs === undefined ? {} : { stackOutputs: path.resolve(ROOT, request.stackOutputs) }),
        };
        const child = spawn(process.execPath, [...loader, script, JSON.stringify(hostRequest)], {
            cwd: ROOT,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        live.add(child);
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
        const done = (run: PreviewRun) => {
            live.delete(child);
            resolve(run);
        };
        child.on("error", (error) => done({ status: null, stdout: "", stderr: String(error) }));
        child.on("close", (status) =>
            done({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }),
        );
    });
}

const runs = new Map<string, Promise<PreviewRun>>();

/**
 * Runs the program host on `request` once per mocha run: the same request again gets the first
 * run's exit code and output. A project directory must not change after its first run.
 */
export function runPreview(request: PreviewRequest): Promise<PreviewRun> {
    const key = JSON.stringify([request.stack, request.projectDir ?? ROOT, request.stackOutputs ?? null]);
    let run = runs.get(key);
    if (!run) {
        run = oncePerRun(`preview ${key}`, () => inSlot(() => spawnPreview(request)));
        runs.set(key, run);
    }
    return run;
}

/** The preview of one stack, as JSON (a fresh copy each call); throws with its stderr when it fails. */
export async function previewJson(stack: string, projectDir = ROOT): Promise<any> {
    const run = await runPreview({ stack, projectDir });
    if (run.status !== 0) throw new Error(`preview of ${stack} in ${projectDir} exited ${run.status}: ${run.stderr}`);
    return JSON.parse(run.stdout);
}
