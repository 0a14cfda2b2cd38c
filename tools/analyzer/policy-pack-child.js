"use strict";
/**
 * Entry of the policy pack process that policy-pack-process.ts starts: a watchdog, then
 * `@pulumi/pulumi/cmd/run-policy-pack` as if it had been run itself.
 *
 *   node policy-pack-child.js <parent-pid> <run-policy-pack> <engine-address> <pack-dir>
 *
 * The pack dies with the process that started it, however that one goes (SIGKILL included,
 * which no handler in the parent can catch): the parent holds the write end of our stdin and
 * never writes, so end of file on stdin means the parent is gone; as a second guard, a changed
 * parent pid (we were re-parented to init or a subreaper) means the same. Plain JavaScript, as
 * it runs before run-policy-pack registers TypeScript.
 */
const [parentArg, runner, ...args] = process.argv.slice(2);
const parentPid = Number(parentArg);
if (!Number.isInteger(parentPid) || parentPid <= 0 || runner === undefined) {
    console.error("usage: policy-pack-child.js <parent-pid> <run-policy-pack> <engine-address> <pack-dir>");
    process.exit(2);
}

function parentGone() {
    // Exit at once: nobody is left to ask the pack anything.
    process.exit(0);
}

// The parent died between spawning us and now.
if (process.ppid !== parentPid) parentGone();

// Only a pipe from the parent counts (not a terminal or /dev/null, when run by hand). The
// handle is unreferenced, so that the watch alone keeps no pack process alive.
let stdin;
try {
    stdin = require("fs").fstatSync(0);
} catch {
    stdin = undefined;
}
if (stdin && (stdin.isFIFO() || stdin.isSocket())) {
    process.stdin.on("end", parentGone);
    process.stdin.on("close", parentGone);
    process.stdin.on("error", parentGone);
    process.stdin.on("data", () => {}); // nothing is ever written; read only to see the end
    if (typeof process.stdin.unref === "function") process.stdin.unref();
}
setInterval(() => {
    if (process.ppid !== parentPid) parentGone();
}, 500).unref();

process.argv = [process.argv[0], runner, ...args];
require(runner);
