/**
 * A TypeScript pack runs from its compiled entry (`main` in its package.json, built by its
 * `npm run build`), as a published pack does. Where the pack's sources sit beside it (this
 * repository), an entry older than any source is rebuilt first, so that nothing runs a stale
 * pack; a pack without sources (installed, published) is used as it is.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { newestSource } from "../build/freshness";

/** Builds the pack in `packDir` when its entry is missing or older than its sources. */
export function ensurePackBuilt(packDir: string): void {
    const tsconfig = path.join(packDir, "tsconfig.json");
    if (!fs.existsSync(tsconfig)) return;
    const main: string | undefined = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")).main;
    if (main === undefined || !main.endsWith(".js")) return;
    const entry = path.join(packDir, main);
    const outDir = path.join(packDir, path.normalize(main).split(path.sep)[0]);
    const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : -1;
    if (built >= newestSource(packDir, new Set([outDir]))) return;
    const tsc = require.resolve("typescript/bin/tsc", { paths: [packDir] });
    const run = spawnSync(process.execPath, [tsc, "-p", tsconfig], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`building the policy pack in ${packDir} failed:\n${run.stdout}${run.stderr}`);
    // tsc leaves an unchanged file's time alone: mark the entry as built now.
    const now = new Date();
    fs.utimesSync(entry, now, now);
}
