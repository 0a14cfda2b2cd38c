#!/usr/bin/env node
// dpcheck's command: runs the TypeScript sources through ts-node (type-checked by `npm test`).
const path = require("path");
require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "..", "tsconfig.json") });
require("../tools/dpcheck/cli").main(process.argv.slice(2)).then((code) => process.exit(code));
