"use strict";
/**
 * `npm run lint` (check) and `npm run format` (write): prettier on the sources, then ESLint
 * (tools/lint/eslint.config.mjs). The two tools live in tools/lint/ with a lockfile of their own
 * and install there on first use, so that `npm ci` for building and testing stays as lean as it
 * is (about 5 s more on 2 cores otherwise). Exits non-zero when a file is not formatted or
 * ESLint reports an error.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const LINT = __dirname;
const ROOT = path.resolve(LINT, "../..");
const SOURCES = "**/*.{ts,js,mjs,cjs}";

function run(command, args, cwd = ROOT) {
    const result = spawnSync(command, args, { cwd, stdio: "inherit" });
    if (result.error) {
        console.error(`${command}: ${result.error.message}`);
        return 1;
    }
    return result.status ?? 1;
}

function bin(name) {
    return path.join(LINT, "node_modules", ".bin", name);
}

function main(mode) {
    if (mode !== "check" && mode !== "write") {
        console.error("usage: node tools/lint/run.js check|write");
        return 2;
    }
    if (!fs.existsSync(bin("eslint")) || !fs.existsSync(bin("prettier"))) {
        const installed = run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], LINT);
        if (installed !== 0) return installed;
    }
    const formatted = run(bin("prettier"), [mode === "check" ? "--check" : "--write", "--log-level", "warn", SOURCES]);
    const linted = run(bin("eslint"), ["--config", path.join(LINT, "eslint.config.mjs"), ...(mode === "write" ? ["--fix"] : []), "."]);
    if (formatted === 0 && linted === 0) console.log(mode === "check" ? "lint: formatted, and no ESLint error" : "format: written");
    return formatted !== 0 ? formatted : linted;
}

process.exitCode = main(process.argv[2]);
