"use strict";
/**
 * `npm run build`: type-checks and compiles the repository (tsconfig.json, into dist/), writes
 * the policy pack's part of that output into policypack/bin/ (mirror-pack.js: the pack's own
 * build, `tsc -p policypack`, compiles the same files the same way, so they are not compiled
 * twice), then removes output whose source is gone. `tsc -b` makes the compile a no-op when
 * nothing changed.
 */
const { spawn } = require("child_process");
const path = require("path");
const { mirrorPackOutput } = require("./mirror-pack");
const { pruneOutputs } = require("./prune-outputs");

const ROOT = path.resolve(__dirname, "../..");
const TSC = require.resolve("typescript/bin/tsc", { paths: [ROOT] });

/** Runs `tsc -b <project>`; resolves with its exit status, its output passed through. */
function compile(project) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [TSC, "-b", project], { cwd: ROOT, stdio: "inherit" });
        child.on("error", (error) => {
            console.error(`tsc -b ${project}: ${error.message}`);
            resolve(1);
        });
        child.on("close", (status, signal) => resolve(status ?? (signal ? 1 : 0)));
    });
}

async function main() {
    if ((await compile("tsconfig.json")) !== 0) {
        console.error("build failed: tsconfig.json");
        return 1;
    }
    const deleted = pruneOutputs(path.join(ROOT, "dist"), ROOT);
    mirrorPackOutput(path.join(ROOT, "dist", "policypack"), path.join(ROOT, "policypack", "bin"));
    deleted.push(...pruneOutputs(path.join(ROOT, "policypack", "bin"), path.join(ROOT, "policypack")));
    for (const file of deleted) console.log(`removed ${path.relative(ROOT, file)} (its source is gone)`);
    return 0;
}

main().then((status) => {
    process.exitCode = status;
});
