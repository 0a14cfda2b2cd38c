"use strict";
/**
 * Writes the policy pack's compiled JavaScript (and source maps) into policypack/bin/, from what
 * the repository's build already compiled into dist/policypack/. The pack's own build
 * (`tsc -p policypack`, what `npm pack` runs there before `pulumi policy publish`) compiles the
 * same files with the same emit settings; compiling them a second time in `npm run build` cost
 * about 6 s of a fresh clone's build on 2 cores. tests/package/pack-build.test.ts checks that
 * the two give the same files.
 *
 * A source map's `sources` are written relative to the map's new folder, as tsc writes them.
 */
const fs = require("fs");
const path = require("path");

const MIRRORED = /\.js(\.map)?$/;

/**
 * Writes every .js and .js.map under `fromDir` to the same place under `toDir`; each map's
 * sources are resolved from its old folder and made relative to its new one. Returns the number
 * of files written.
 * @param {string} fromDir
 * @param {string} toDir
 * @returns {number}
 */
function mirrorPackOutput(fromDir, toDir) {
    let written = 0;
    for (const entry of fs.readdirSync(fromDir, { withFileTypes: true })) {
        const from = path.join(fromDir, entry.name);
        const to = path.join(toDir, entry.name);
        if (entry.isDirectory()) {
            written += mirrorPackOutput(from, to);
            continue;
        }
        if (!MIRRORED.test(entry.name)) continue;
        fs.mkdirSync(toDir, { recursive: true });
        if (entry.name.endsWith(".map")) {
            const map = JSON.parse(fs.readFileSync(from, "utf8"));
            // tsc writes sourceRoot "" unless told otherwise; the tsconfigs do not.
            if (map.sourceRoot) throw new Error(`${from}: a sourceRoot (${map.sourceRoot}) is not expected`);
            map.sources = map.sources.map((source) => path.relative(toDir, path.resolve(fromDir, source)).split(path.sep).join("/"));
            fs.writeFileSync(to, JSON.stringify(map));
        } else {
            // Written, not copied: the entry's time is the build's, which is what decides
            // whether the pack must be rebuilt before it starts (tools/analyzer/built-pack.ts).
            fs.writeFileSync(to, fs.readFileSync(from));
        }
        written += 1;
    }
    return written;
}

module.exports = { mirrorPackOutput };
