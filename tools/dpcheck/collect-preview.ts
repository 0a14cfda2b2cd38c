/**
 * `dpcheck preview`: runs the Pulumi program under Pulumi's mocks in a child process (the
 * offline preview, tools/preview.ts), so that a program that throws cannot take dpcheck down.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { RecordedResource } from "../offline/mock-runtime";
import { AnalyzedResource } from "../analyzer/policy-pack-process";
import { toAnalyzedResources } from "../analyzer/from-recorded";
import { UsageError } from "./errors";
import { LoadedStack } from "./inputs";
import { concealSecrets, revealSecrets } from "./redact";

// The preview beside this module: compiled (dist/) when this is, else its TypeScript source.
const PREVIEW = path.resolve(__dirname, `../preview${path.extname(__filename)}`);

export function collectPreview(projectDir: string, stack: string, stackOutputs?: string): LoadedStack & { recorded: (AnalyzedResource & { custom: boolean })[] } {
    // The compiled preview registers TypeScript for the program itself, as Pulumi does
    // (offline/typescript.ts); its TypeScript source (in this repository) needs ts-node first.
    const loader = PREVIEW.endsWith(".ts") ? ["-r", require.resolve("ts-node/register/transpile-only")] : [];
    const run = spawnSync(process.execPath, [...loader, PREVIEW, "--stack", stack, "--project-dir", projectDir, "--json", ...(stackOutputs === undefined ? [] : ["--stack-outputs", path.resolve(stackOutputs)])], {
        encoding: "utf8",
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, ...(loader.length > 0 ? typeScriptSettings(projectDir) : {}) },
    });
    if (run.status !== 0) {
        const message = (run.stderr || run.error?.message || "the preview failed").trim().split("\n").pop()!.replace(/^preview: /, "");
        throw new UsageError(message);
    }
    const output = JSON.parse(run.stdout) as { project: string; stack: string; resources: RecordedResource[] };
    const locations = new Map(output.resources.flatMap((r) => (r.declaredAt ? [[r.urn, r.declaredAt] as const] : [])));
    const analyzed = toAnalyzedResources(output.resources);
    // Secrets arrive as the SDK marks them ({sig: secret, value}): the pack judges their plaintext,
    // and what dpcheck writes (--emit-export) keeps them marked, without it.
    const resources = analyzed.map((r) => ({ ...r, properties: revealSecrets(r.properties) as Record<string, unknown> }));
    const recorded = analyzed.map((r) => ({ ...r, properties: concealSecrets(r.properties) as Record<string, unknown> }));
    return { kind: "preview", project: output.project, stack: output.stack, resources, recorded, locations };
}

/**
 * ts-node compiles the program as Pulumi does: with the project's tsconfig.json when it has
 * one, else with CommonJS defaults and no project file looked up elsewhere.
 */
function typeScriptSettings(projectDir: string): Record<string, string> {
    const tsconfig = path.join(projectDir, "tsconfig.json");
    if (fs.existsSync(tsconfig)) return { TS_NODE_PROJECT: tsconfig };
    return { TS_NODE_SKIP_PROJECT: "true", TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs", target: "ES2020", esModuleInterop: true }) };
}
