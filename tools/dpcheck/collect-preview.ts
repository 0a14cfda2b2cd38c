/**
 * `dpcheck preview` and `dpcheck resources`: run the Pulumi program under Pulumi's mocks in a
 * child process (the program host, tools/preview.ts), so that a program that throws cannot take
 * dpcheck down.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { StoreControls } from "../offline/key-controls";
import { RecordedResource } from "../offline/mock-runtime";
import type { ProgramHostRequest } from "../preview";
import { AnalyzedResource } from "../analyzer/policy-pack-process";
import { toAnalyzedResources } from "../analyzer/from-recorded";
import { UsageError } from "./errors";
import { LoadedStack } from "./inputs";
import { concealSecrets, revealSecrets } from "./redact";

// The preview beside this module: compiled (dist/) when this is, else its TypeScript source.
const PREVIEW = path.resolve(__dirname, `../preview${path.extname(__filename)}`);

/** What the program host prints: the program's resources and each data store's key controls. */
export interface ProgramRun {
    readonly project: string;
    readonly stack: string;
    readonly resources: RecordedResource[];
    readonly stores: StoreControls[];
}

/** Runs the program of `projectDir` with `stack`'s config in the program host; a failure is a UsageError with the host's message. */
export function runProgram(projectDir: string, stack: string, stackOutputs?: string): ProgramRun {
    // The compiled host registers TypeScript for the program itself, as Pulumi does
    // (offline/typescript.ts); its TypeScript source (in this repository) needs ts-node first.
    const loader = PREVIEW.endsWith(".ts") ? ["-r", require.resolve("ts-node/register/transpile-only")] : [];
    const request: ProgramHostRequest = {
        stack,
        projectDir: path.resolve(projectDir),
        ...(stackOutputs === undefined ? {} : { stackOutputs: path.resolve(stackOutputs) }),
    };
    const run = spawnSync(process.execPath, [...loader, PREVIEW, JSON.stringify(request)], {
        encoding: "utf8",
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, ...(loader.length > 0 ? typeScriptSettings(projectDir) : {}) },
    });
    if (run.status !== 0) {
        const message = (run.stderr || run.error?.message || "the preview failed")
            .trim()
            .split("\n")
            .pop()!
            .replace(/^preview: /, "");
        throw new UsageError(message);
    }
    return JSON.parse(run.stdout) as ProgramRun;
}

export function collectPreview(
    projectDir: string,
    stack: string,
    stackOutputs?: string,
): LoadedStack & { recorded: (AnalyzedResource & { custom: boolean })[] } {
    const output = runProgram(projectDir, stack, stackOutputs);
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
    return {
        TS_NODE_SKIP_PROJECT: "true",
        TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs", target: "ES2020", esModuleInterop: true }),
    };
}
