// mocha's settings for `npm test`: the compiled tests (npm test builds first), source maps on so
// that a failure names the TypeScript line, and test files spread over every core (at least
// two: most files wait on child processes, the pack or a preview, part of the time).
const fs = require("fs");
const os = require("os");
const path = require("path");

// One folder per run, for work the workers share rather than repeat (tests/support/once-per-run.ts).
// Workers inherit the variable; only the process that made the folder removes it.
const SHARED = "TEST_RUN_SHARED_DIR";
if (!process.env[SHARED]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mocha-run-"));
    process.env[SHARED] = dir;
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}

module.exports = {
    spec: ["dist/tests/**/*.test.js"],
    ignore: ["dist/tests/package/**"],
    "node-option": ["enable-source-maps"],
    parallel: true,
    jobs: Math.max(2, os.availableParallelism()),
    timeout: 60000,
    reporter: "spec",
};
