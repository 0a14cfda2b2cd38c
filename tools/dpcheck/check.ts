/** Runs the policy pack on a stack through the Analyzer protocol, in its own process, as the engine does. */
import * as fs from "fs";
import * as path from "path";
import {
    AnalyzedResource,
    Diagnostic,
    EnforcementLevel,
    PackInfo,
    PolicyPackConfigFile,
    PolicyPackProcess,
} from "../analyzer/policy-pack-process";
import { UsageError } from "./errors";
import { checkPolicyConfigAgainstPack } from "./policy-config";
import { decodeText, describeValue, excerpt, parseJson } from "./text";

/** The policy pack of this package: `policypack/` at its root, found from the sources or from dist/. */
export const PACK_DIR = packageDirOf(__dirname);

function packageDirOf(start: string): string {
    for (let dir = start; ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, "policypack", "PulumiPolicy.yaml"))) return path.join(dir, "policypack");
        if (path.dirname(dir) === dir) throw new Error(`no policypack/ above ${start}`);
    }
}

export interface PackRun {
    readonly info: PackInfo;
    readonly reviewDate: string;
    readonly diagnostics: Diagnostic[];
    /** The policy config the pack ran with, and its file (undefined: none given, the pack's defaults). */
    readonly config: PolicyPackConfigFile;
    readonly configSource?: string;
}

/** The enforcement levels Pulumi accepts (@pulumi/policy's EnforcementLevel), exactly as spelt there. */
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

const isLevel = (value: unknown): value is EnforcementLevel =>
    typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value);

/**
 * `config` if it is a policy pack config (`all` and per-policy entries, each a level or an
 * object whose `enforcementLevel`, if any, is a level); a UsageError naming `what` and the key
 * otherwise. A level Pulumi does not know must never quietly become advisory. Policy names and
 * config keys are not checked here.
 */
export function validatePolicyConfig(config: unknown, what: string): PolicyPackConfigFile {
    if (config === null || typeof config !== "object" || Array.isArray(config))
        throw new UsageError(`${what} is not a JSON object (got ${describeValue(config)})`);
    const levels = ENFORCEMENT_LEVELS.join(", ");
    for (const [key, entry] of Object.entries(config as Record<string, unknown>)) {
        const name = excerpt(key, 80);
        if (typeof entry === "string") {
            if (!isLevel(entry))
                throw new UsageError(`${what}: ${name} has enforcement level ${excerpt(entry)}; Pulumi's levels are ${levels}`);
        } else if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
            if ("enforcementLevel" in entry && !isLevel((entry as Record<string, unknown>).enforcementLevel)) {
                throw new UsageError(
                    `${what}: ${name} has enforcementLevel ${describeValue((entry as Record<string, unknown>).enforcementLevel)}; Pulumi's levels are ${levels}`,
                );
            }
        } else {
            throw new UsageError(
                `${what}: ${name} must be an enforcement level (${levels}) or an object of config with an optional enforcementLevel; got ${describeValue(entry)}`,
            );
        }
    }
    return config as PolicyPackConfigFile;
}

/** Reads a `--policy-pack-config` file. */
export function readPolicyConfig(file: string | undefined): PolicyPackConfigFile {
    if (file === undefined) return {};
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        throw new UsageError(`policy config ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const what = `policy config ${file}`;
    return validatePolicyConfig(parseJson(decodeText(bytes, what), what, "a JSON object"), what);
}

/**
 * The pack processes of this process, one per pack folder: started on the first run, reused by
 * the next ones (each sends the whole configuration again, Configure then ConfigureStack, so
 * that no run sees another's), started again if it has exited. `stopPack` ends them; whatever is
 * still running at exit is killed then (policy-pack-process.ts).
 */
const shared = new Map<string, Promise<PolicyPackProcess>>();
/** Runs one at a time on the shared packs: a run's configuration holds until its AnalyzeStack. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * A policy pack folder given on the command line (`--policy-pack DIR`, the pack an organisation
 * publishes, say): its absolute path, once it looks like one (PulumiPolicy.yaml, package.json).
 */
export function policyPackDir(dir: string): string {
    const absolute = path.resolve(dir);
    for (const file of ["PulumiPolicy.yaml", "package.json"]) {
        if (!fs.existsSync(path.join(absolute, file)))
            throw new UsageError(`--policy-pack ${dir} is not a policy pack folder: it has no ${file}`);
    }
    return absolute;
}

async function sharedPack(packDir: string): Promise<PolicyPackProcess> {
    const existing = shared.get(packDir);
    const current = existing && (await existing.catch(() => undefined));
    if (current && current.running) return current;
    const starting = PolicyPackProcess.start(packDir).catch((error: Error) => {
        // This repository's pack failing to start is dpcheck's fault; another folder's is the input's.
        if (packDir === PACK_DIR) throw error;
        throw new UsageError(
            `the policy pack in ${packDir} did not start (install its dependencies and build it there): ${error.message.split("\n").find((line) => /error|Error/.test(line)) ?? error.message.split("\n")[0]}`,
        );
    });
    shared.set(packDir, starting);
    starting.catch(() => {
        if (shared.get(packDir) === starting) shared.delete(packDir);
    });
    return starting;
}

/** Stops the shared pack processes, if any run; the next run starts another. */
export async function stopPack(): Promise<void> {
    const current = [...shared.values()];
    shared.clear();
    await Promise.all(current.map(async (starting) => (await starting.catch(() => undefined))?.stop()));
}

export async function runPack(options: {
    resources: readonly AnalyzedResource[];
    stack: string;
    project: string;
    config: PolicyPackConfigFile;
    configSource?: string;
    packDir?: string;
    dryRun: boolean;
    onProgress?: (done: number, total: number) => void;
}): Promise<PackRun> {
    // Whoever built the config: a level the pack process does not know would be sent as advisory.
    validatePolicyConfig(options.config, "the policy config");
    const run = queue.then(() => runOnSharedPack(options));
    queue = run.catch(() => undefined);
    return run;
}

/** Analyze calls in flight at once: the engine too sends them as its steps run side by side. */
const ANALYZE_CONCURRENCY = 16;

async function runOnSharedPack(options: Parameters<typeof runPack>[0]): Promise<PackRun> {
    const packDir = options.packDir ?? PACK_DIR;
    const pack = await sharedPack(packDir);
    let refused = false;
    try {
        const info = await pack.info();
        try {
            checkPolicyConfigAgainstPack(
                options.config,
                info,
                options.configSource === undefined ? "the policy config" : `policy config ${options.configSource}`,
            );
        } catch (error) {
            refused = true;
            throw error;
        }
        await pack.configure(options.config).catch((error) => {
            refused = true;
            throw new UsageError(`the policy config was refused: ${error.details ?? error.message}`);
        });
        await pack.configureStack({ stack: options.stack, project: options.project, dryRun: options.dryRun });
        // The engine sends each resource to Analyze as its step runs, several at once, then the
        // whole stack to AnalyzeStack. Diagnostics keep the resources' order.
        const perResource: Diagnostic[][] = new Array(options.resources.length);
        let next = 0;
        let done = 0;
        const worker = async () => {
            for (let i = next++; i < options.resources.length; i = next++) {
                perResource[i] = await pack.analyze(options.resources[i]);
                options.onProgress?.(++done, options.resources.length);
            }
        };
        await Promise.all(Array.from({ length: ANALYZE_CONCURRENCY }, worker));
        const diagnostics = perResource.flat();
        diagnostics.push(...(await pack.analyzeStack(options.resources)));
        const reviewDate = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")).reviewDate ?? "unknown";
        return { info, reviewDate, diagnostics, config: options.config, configSource: options.configSource };
    } catch (error) {
        // A refused config leaves the pack as it was (the next run configures it again); after
        // any other failure nothing is known of its state: the next run starts a new one.
        if (!refused) await stopPack().catch(() => undefined);
        throw error;
    }
}
