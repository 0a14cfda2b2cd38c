// mocha's settings for `npm test`: the compiled tests (npm test builds first), source maps on so
// that a failure names the TypeScript line, and test files spread over every core (at least
// two: most files wait on child processes, the pack or a preview, part of the time).
const os = require("os");

module.exports = {
    spec: ["dist/tests/**/*.test.js"],
    ignore: ["dist/tests/package/**"],
    "node-option": ["enable-source-maps"],
    parallel: true,
    jobs: Math.max(2, os.availableParallelism()),
    timeout: 60000,
    reporter: "spec",
};
