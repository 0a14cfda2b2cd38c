"use strict";
/**
 * Whether compiled output is older than its sources, by modification times: what decides
 * whether dpcheck, the tests and the pack's starter may run what `npm run build` wrote or must
 * use (or rebuild from) the sources. Plain JavaScript, so that bin/dpcheck.js can read it
 * before anything is compiled.
 */
const fs = require("fs");
const path = require("path");

/**
 * The newest modification time of a source under `dir`: TypeScript (not declarations),
 * JavaScript, tsconfig.json and package.json, outside node_modules and the `skip` folders.
 * @param {string} dir
 * @param {ReadonlySet<string>} [skip] absolute paths of folders to leave out (build outputs)
 * @returns {number}
 */
function newestSource(dir, skip = new Set()) {
    let newest = 0;
    if (!fs.existsSync(dir)) return newest;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== "node_modules" && !skip.has(full)) newest = Math.max(newest, newestSource(full, skip));
        } else if (
            (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) ||
            entry.name === "tsconfig.json" ||
            entry.name === "package.json"
        ) {
            newest = Math.max(newest, fs.statSync(full).mtimeMs);
        }
    }
    return newest;
}

/**
 * Whether `dist/` of the repository at `root` holds what its tools and pack sources say: the
 * last build (its tsbuildinfo) is newer than every source under tools/ and policypack/. An
 * installed package, which has no CLI sources (tools/dpcheck/cli.ts) and no build info, counts
 * as built.
 * @param {string} root
 * @returns {boolean}
 */
function distIsCurrent(root) {
    const buildInfo = path.join(root, "dist", "tsconfig.tsbuildinfo");
    // An installed package ships dist/ and this file, not the CLI's TypeScript sources.
    if (!fs.existsSync(path.join(root, "tools", "dpcheck", "cli.ts"))) return true;
    if (!fs.existsSync(buildInfo)) return false;
    const built = fs.statSync(buildInfo).mtimeMs;
    // Build output, and the formatter and linter (tools/lint: not part of the build).
    const skip = new Set([path.join(root, "policypack", "bin"), path.join(root, "tools", "lint")]);
    return ["tools", "policypack"].every((dir) => newestSource(path.join(root, dir), skip) <= built);
}

module.exports = { newestSource, distIsCurrent };
