#!/usr/bin/env node
// dpcheck's command. It runs the compiled CLI (dist/, built by `npm run build`); in a checkout
// whose sources changed since that build, it runs the sources through ts-node instead, so it
// never runs stale code.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const buildInfo = path.join(root, "dist", "tsconfig.tsbuildinfo");
const compiled = path.join(root, "dist", "tools", "dpcheck", "cli.js");

function newestSource(dir) {
    let newest = 0;
    if (!fs.existsSync(dir)) return newest;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== "node_modules" && entry.name !== "bin") newest = Math.max(newest, newestSource(full));
        } else if (entry.name.endsWith(".ts") || entry.name.endsWith(".js")) {
            newest = Math.max(newest, fs.statSync(full).mtimeMs);
        }
    }
    return newest;
}

function compiledIsCurrent() {
    if (!fs.existsSync(compiled)) return false;
    if (!fs.existsSync(path.join(root, "tools", "dpcheck", "cli.ts"))) return true; // installed: no sources
    if (!fs.existsSync(buildInfo)) return false;
    const built = fs.statSync(buildInfo).mtimeMs;
    return ["tools", "policypack"].every((dir) => newestSource(path.join(root, dir)) <= built);
}

let cli;
if (compiledIsCurrent()) {
    cli = require(compiled);
} else {
    require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
    cli = require("../tools/dpcheck/cli");
}
// main, then the policy pack process stopped, then exit with main's code.
cli.command(process.argv.slice(2));
