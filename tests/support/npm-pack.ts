/**
 * What `npm pack` would put in a folder's tarball (`pulumi policy publish` runs it in the pack
 * folder), listed by `npm pack --dry-run` with scripts off. npm takes over a second to start, so
 * each folder is listed once per mocha run (once-per-run.ts).
 */
import { spawnSync } from "child_process";
import { oncePerRun } from "./once-per-run";

const listed = new Map<string, Promise<string[]>>();

/** The paths, relative to `dir`, that `npm pack` would pack; throws with npm's stderr when it fails. */
export function packedFiles(dir: string): Promise<string[]> {
    let files = listed.get(dir);
    if (!files) {
        files = oncePerRun(`npm pack --dry-run ${dir}`, async () => {
            const run = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8" });
            if (run.status !== 0) throw new Error(`npm pack --dry-run in ${dir} exited ${run.status}: ${run.stderr}`);
            return (JSON.parse(run.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
        });
        listed.set(dir, files);
    }
    return files.then((paths) => [...paths]);
}
