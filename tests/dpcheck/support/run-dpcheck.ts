/** dpcheck as a user runs it: a child process of this Node, from the repository root. */
import { spawnSync } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const BIN = path.join(ROOT, "bin/dpcheck.js");

export function dpcheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 100_000_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
