/** Runs the policy pack on a stack through the Analyzer protocol, in its own process, as the engine does. */
import * as fs from "fs";
import * as path from "path";
import { AnalyzedResource, Diagnostic, PackInfo, PolicyPackConfigFile, PolicyPackProcess } from "../analyzer/policy-pack-process";
import { UsageError } from "./errors";

export const PACK_DIR = path.resolve(__dirname, "../../policypack");

export interface PackRun {
    readonly info: PackInfo;
    readonly reviewDate: string;
    readonly diagnostics: Diagnostic[];
}

/** Reads a `--policy-pack-config` file. */
export function readPolicyConfig(file: string | undefined): PolicyPackConfigFile {
    if (file === undefined) return {};
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        throw new UsageError(`policy config ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    try {
        const config = JSON.parse(text);
        if (config === null || typeof config !== "object" || Array.isArray(config)) throw new Error("not an object");
        return config;
    } catch (error) {
        throw new UsageError(`policy config ${file} is not a JSON object (${(error as Error).message})`);
    }
}

export async function runPack(options: { resources: readonly AnalyzedResource[]; stack: string; project: string; config: PolicyPackConfigFile; dryRun: boolean; onProgress?: (done: number, total: number) => void }): Promise<PackRun> {
    const pack = await PolicyPackProcess.start(PACK_DIR);
    try {
        const info = await pack.info();
        await pack.configure(options.config).catch((error) => { throw new UsageError(`the policy config was refused: ${error.details ?? error.message}`); });
        await pack.configureStack({ stack: options.stack, project: options.project, dryRun: options.dryRun });
        const diagnostics: Diagnostic[] = [];
        // The engine sends each resource to Analyze, then the whole stack to AnalyzeStack.
        for (const [i, resource] of options.resources.entries()) {
            diagnostics.push(...await pack.analyze(resource));
            options.onProgress?.(i + 1, options.resources.length);
        }
        diagnostics.push(...await pack.analyzeStack(options.resources));
        const reviewDate = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8")).reviewDate ?? "unknown";
        return { info, reviewDate, diagnostics };
    } finally {
        await pack.stop();
    }
}
