#!/usr/bin/env node
// dpcheck's command. It runs the compiled CLI (dist/, built by `npm run build`); in a checkout
// whose sources changed since that build, it runs the sources through ts-node instead, so it
// never runs stale code.
const fs = require("fs");
const path = require("path");
const { distIsCurrent } = require("../tools/build/freshness");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "tools", "dpcheck", "cli.js");

let cli;
if (fs.existsSync(compiled) && distIsCurrent(root)) {
    cli = require(compiled);
} else {
    require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
    cli = require("../tools/dpcheck/cli");
}
// main, then the policy pack process stopped, then exit with main's code.
cli.command(process.argv.slice(2));
