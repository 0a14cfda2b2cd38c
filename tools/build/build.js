"use strict";
/**
 * `npm run build`: type-checks and compiles the repository (tsconfig.json, into dist/) and the
 * policy pack (policypack/tsconfig.json, into policypack/bin/), then removes output whose source
 * is gone. The two compilations are independent and each is mostly one thread, so they run side
 * by side: on 2 cores a fresh build takes about 19 s instead of 24 s. `tsc -b` makes each a no-op
 * when nothing changed.
 */
const { spawn } = require("child_process");
const path = require("path");
const { pruneOutputs } = require("./prune-outputs");

const ROOT = path.resolve(__dirname, "../..");
const TSC = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
const PROJECTS = ["tsconfig.json", "policypack/tsconfig.json"];

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
    const statuses = await Promise.all(PROJECTS.map(compile));
    const failed = PROJECTS.filter((_, i) => statuses[i] !== 0);
    if (failed.length > 0) {
        console.error(`build failed: ${failed.join(", ")}`);
        return 1;
    }
    const deleted = [
        ...pruneOutputs(path.join(ROOT, "dist"), ROOT),
        ...pruneOutputs(path.join(ROOT, "policypack", "bin"), path.join(ROOT, "policypack")),
    ];
    for (const file of deleted) console.log(`removed ${path.relative(ROOT, file)} (its source is gone)`);
    return 0;
}

main().then((status) => { process.exitCode = status; });
