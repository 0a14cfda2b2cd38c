/**
 * Where things are, whether the tests run compiled (dist/tests, what `npm test` runs) or from
 * their TypeScript sources (mocha with ts-node). Fixtures, the pack and the program stay
 * beside the sources; only JavaScript is compiled into dist/.
 */
import * as fs from "fs";
import * as path from "path";

function rootAbove(dir: string): string {
    for (let at = dir; ; at = path.dirname(at)) {
        if (fs.existsSync(path.join(at, "policypack", "PulumiPolicy.yaml"))) return at;
        if (path.dirname(at) === at) throw new Error(`no repository root (policypack/PulumiPolicy.yaml) above ${dir}`);
    }
}

/** The repository's root. */
export const ROOT = rootAbove(__dirname);

const DIST = path.join(ROOT, "dist");

/** The source folder of `dir` (a test's `__dirname`): the same folder under the root, outside dist/. */
export function sourceDirOf(dir: string): string {
    const relative = path.relative(DIST, dir);
    return relative.startsWith("..") || path.isAbsolute(relative) ? dir : path.join(ROOT, relative);
}
