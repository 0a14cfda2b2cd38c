/**
 * The library as a team that installs it meets it: `npm pack`, the tarball installed into a
 * fresh project (tests/package/fixtures/consumer) beside @pulumi/pulumi and @pulumi/aws, then
 * that project type-checked, a mocks test run there, and `npx dpcheck` run on it.
 *
 * It installs from the npm registry (the cache first), so it is not part of `npm test`:
 * `npm run test:package` runs it, and CI runs both.
 */
import { expect } from "chai";
import { spawnSync, SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/paths";

const FIXTURE = path.join(ROOT, "tests/package/fixtures/consumer");

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
    return spawnSync(command, args, {
        cwd,
        encoding: "utf8",
        maxBuffer: 100_000_000,
        env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false" },
    });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
    expect(result.status, `${what}\n${result.stdout}\n${result.stderr}`).to.equal(0);
    return result.stdout;
}

/** Every installed copy of a package under `dir`'s node_modules. */
function copiesOf(dir: string, name: string): string[] {
    const found: string[] = [];
    const walk = (modules: string) => {
        if (!fs.existsSync(modules)) return;
        for (const entry of fs.readdirSync(modules)) {
            const scoped = entry.startsWith("@") ? fs.readdirSync(path.join(modules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
            for (const pkg of scoped) {
                const at = path.join(modules, pkg);
                if (pkg === name) found.push(at);
                walk(path.join(at, "node_modules"));
            }
        }
    };
    walk(path.join(dir, "node_modules"));
    return found;
}

describe("the packed library in a fresh project", function () {
    this.timeout(600_000);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    let work: string;
    let project: string;
    let tarball: string;

    before(() => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), "consumer-"));
        const packed = JSON.parse(ok(run("npm", ["pack", "--json", "--pack-destination", work], ROOT), "npm pack"));
        tarball = path.join(work, packed[0].filename);
        project = path.join(work, "project");
        fs.cpSync(FIXTURE, project, { recursive: true });
        fs.writeFileSync(
            path.join(project, "package.json"),
            JSON.stringify(
                {
                    name: "consumer",
                    private: true,
                    dependencies: { "compliant-storage": `file:${tarball}`, ...manifest.peerDependencies },
                    devDependencies: {
                        typescript: manifest.devDependencies.typescript,
                        "@types/node": manifest.devDependencies["@types/node"],
                    },
                },
                null,
                2,
            ),
        );
        ok(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], project), "npm install");
    });
    after(() => fs.rmSync(work, { recursive: true, force: true }));

    it("packs the compiled library, CLI and pack, and no TypeScript source", () => {
        const files = (
            JSON.parse(ok(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT), "npm pack --dry-run"))[0].files as {
                path: string;
            }[]
        ).map((f) => f.path);
        expect(files).to.include.members([
            "bin/dpcheck.js",
            "dist/components/index.js",
            "dist/components/index.d.ts",
            "dist/tools/dpcheck/cli.js",
            "dist/tools/preview.js",
            "policypack/bin/index.js",
            "policypack/PulumiPolicy.yaml",
            "docs/CLAUSES.md",
        ]);
        expect(
            files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")),
            "TypeScript sources",
        ).to.deep.equal([]);
    });

    it("gives the project one copy of the Pulumi SDK and nothing the library does not import", () => {
        expect(copiesOf(project, "@pulumi/pulumi"), "copies of @pulumi/pulumi").to.have.length(1);
        for (const name of ["@pulumi/awsx", "@pulumi/docker", "@pulumi/docker-build", "ts-node", "mocha"])
            expect(copiesOf(project, name), name).to.deep.equal([]);
    });

    it("type-checks a program that uses the library", () => {
        ok(run(process.execPath, [require.resolve("typescript/bin/tsc", { paths: [project] }), "-p", "."], project), "tsc");
    });

    it("runs a mocks test of a component there", () => {
        expect(ok(run(process.execPath, ["out/mocks-check.js"], project), "mocks test")).to.include("mocks test passed");
    });

    it("runs `npx dpcheck preview` on the project's TypeScript program, without ts-node installed", () => {
        const output = ok(run("npx", ["--no-install", "dpcheck", "preview", "--stack", "dev"], project), "dpcheck preview");
        expect(output).to.match(/^dpcheck: consumer\/dev \(preview\), \d+ resources, policy pack data-protection /);
        expect(output).to.include("no mandatory violation");
        expect(ok(run("npx", ["--no-install", "dpcheck", "--version"], project), "dpcheck --version")).to.match(
            new RegExp(`^dpcheck ${manifest.version.replace(/\./g, "\\.")} \\(compliant-storage\\)`),
        );
    });

    it("reports a violation in the project's program at the project's own line", () => {
        fs.appendFileSync(
            path.join(project, "index.ts"),
            `\nimport * as aws from "@pulumi/aws";\nexport const open = new aws.s3.Bucket("open", { tags: { "data-classification": "pii" } });\n`,
        );
        const line =
            fs
                .readFileSync(path.join(project, "index.ts"), "utf8")
                .split("\n")
                .findIndex((l) => l.includes("new aws.s3.Bucket")) + 1;
        const result = run("npx", ["--no-install", "dpcheck", "preview", "--stack", "dev"], project);
        expect(result.status, result.stderr).to.equal(1);
        expect(result.stdout).to.include(`open (aws:s3/bucket:Bucket) at index.ts:${line}`);
    });
});
