/**
 * `dpcheck preview`: runs the Pulumi program under Pulumi's mocks in a child process (the
 * offline preview, tools/preview.ts), so that a program that throws cannot take dpcheck down.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { RecordedResource } from "../offline/mock-runtime";
import { AnalyzedResource } from "../analyzer/policy-pack-process";
import { toAnalyzedResources } from "../analyzer/from-recorded";
import { UsageError } from "./errors";
import { LoadedStack } from "./inputs";

const PREVIEW = path.resolve(__dirname, "../preview.ts");

export function collectPreview(projectDir: string, stack: string): LoadedStack & { recorded: (AnalyzedResource & { custom: boolean })[] } {
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", PREVIEW, "--stack", stack, "--project-dir", projectDir, "--json"], {
        encoding: "utf8",
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, TS_NODE_PROJECT: path.resolve(__dirname, "../../tsconfig.json") },
    });
    if (run.status !== 0) {
        const message = (run.stderr || run.error?.message || "the preview failed").trim().split("\n").pop()!.replace(/^preview: /, "");
        throw new UsageError(message);
    }
    const output = JSON.parse(run.stdout) as { project: string; stack: string; resources: RecordedResource[] };
    const recorded = toAnalyzedResources(output.resources);
    return { kind: "preview", project: output.project, stack: output.stack, resources: recorded, recorded };
}
