"use strict";
/**
 * Removes compiled output whose source is gone. `tsc -b` writes what the sources say but never
 * deletes: a test file deleted or renamed would otherwise still run from dist/, and a deleted
 * pack module would still be published from policypack/bin/. Plain JavaScript, run after the
 * build (`npm run build`).
 */
const fs = require("fs");
const path = require("path");

const OUTPUT = /(\.d\.ts\.map|\.d\.ts|\.js\.map|\.js)$/;

/**
 * Deletes each output under `outDir` (.js, .d.ts and their maps) that has no .ts or .js source
 * at the same place under `sourceDir`; returns the paths deleted.
 * @param {string} outDir
 * @param {string} sourceDir
 * @returns {string[]}
 */
function pruneOutputs(outDir, sourceDir) {
    const deleted = [];
    if (!fs.existsSync(outDir)) return deleted;
    for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
        const output = path.join(outDir, entry.name);
        const source = path.join(sourceDir, entry.name);
        if (entry.isDirectory()) {
            deleted.push(...pruneOutputs(output, source));
            if (fs.readdirSync(output).length === 0) fs.rmdirSync(output);
            continue;
        }
        if (!OUTPUT.test(entry.name)) continue;
        const stem = source.replace(OUTPUT, "");
        if (!fs.existsSync(`${stem}.ts`) && !fs.existsSync(`${stem}.js`)) {
            fs.rmSync(output);
            deleted.push(output);
        }
    }
    return deleted;
}

module.exports = { pruneOutputs };
