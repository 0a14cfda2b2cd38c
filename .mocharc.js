// mocha's settings for `npm test`: the compiled tests (npm test builds first), source maps on so
// that a failure names the TypeScript line, and test files spread over one worker more than
// there are cores (at least three): many files wait on child processes, the pack or a preview,
// part of the time.
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

// The test files, those that start processes (previews, the pack, the CLI) first: a worker that
// waits on a child leaves its core to the other, and the many short in-process files fill the
// end of the run instead of one long file running alone. tests/package is `npm run test:package`.
const TESTS = path.join(__dirname, "dist", "tests");
const FIRST = ["program", "dpcheck", "tools", "policypack/*.test.js", "components"];
function rank(file) {
    const at = FIRST.findIndex((group) =>
        group.endsWith(".js") ? path.dirname(file) === path.dirname(group) : file.startsWith(`${group}/`),
    );
    return at < 0 ? FIRST.length : at;
}
function testFiles() {
    if (!fs.existsSync(TESTS)) return ["dist/tests/**/*.test.js"]; // not built: mocha says so
    return fs
        .readdirSync(TESTS, { recursive: true })
        .map((file) => file.split(path.sep).join("/"))
        .filter((file) => file.endsWith(".test.js") && !file.startsWith("package/"))
        .sort()
        .sort((a, b) => rank(a) - rank(b))
        .map((file) => path.join("dist", "tests", file));
}

module.exports = {
    spec: testFiles(),
    "node-option": ["enable-source-maps"],
    parallel: true,
    jobs: Math.max(3, os.availableParallelism() + 1),
    timeout: 60000,
    reporter: "spec",
};
