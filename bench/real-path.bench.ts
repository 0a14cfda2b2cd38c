/**
 * `npm run bench`: the pack measured on the engine's own path, beside a null pack and
 * @pulumi/awsguard. Each pack runs in its own process through run-policy-pack; the same
 * generated stacks (the platform's resources with fresh names) go through Analyze, one
 * resource at a time, and AnalyzeStack, as `pulumi preview` sends them. Prints every figure,
 * the ratios and peak memory, and exits 1 when a ratio misses its goal (issue 11).
 *
 * Each figure is the median of `--rounds` runs (default 3, the packs taken in turn within a
 * round), so that one noisy run on a shared machine neither passes nor fails a goal; each
 * ratio line also shows the ratio of every round.
 *
 *   npm run bench                                # 10,000 and 50,000 resources, 3 rounds (about 12 min on 2 cores)
 *   npm run bench -- --sizes 10000 --rounds 1    # one size, one round (the scaling goals are then skipped)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { parseArgs } from "util";
import { ensurePackBuilt } from "../tools/analyzer/built-pack";
import { AnalyzedResource, analyzeStackRequest, PolicyPackProcess } from "../tools/analyzer/policy-pack-process";
import { toStackExport } from "../tools/dpcheck/inputs";
import { generatedStack, platformResources } from "./generated-stack";

const ROOT = path.resolve(__dirname, "..");
const PACKS = {
    null: path.join(__dirname, "packs", "null-pack"),
    awsguard: path.join(__dirname, "packs", "awsguard"),
    ours: path.join(ROOT, "policypack"),
};
type PackName = keyof typeof PACKS;

const GOALS = {
    analyzeStackVsNull: 1.5,
    analyzeVsNull: 1.1,
    startVsAwsguard: 1.1,
    scaling: 5.5,
    peakBytes: 2 * 1024 ** 3,
    dpcheckPreviewMs: 5000,
    auditVsPack: 1.5,
};

interface Measured {
    readonly startMs: number;
    readonly analyzeMs: number;
    readonly analyzeStackMs: number;
    readonly peakBytes: number;
    readonly mandatory: number;
}

/** Peak resident memory of a process so far (Linux: VmHWM). */
function peakResidentBytes(pid: number | undefined): number {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status);
    if (!kb) throw new Error(`no VmHWM in /proc/${pid}/status`);
    return Number(kb[1]) * 1024;
}

async function measure(dir: string, resources: readonly AnalyzedResource[]): Promise<Measured> {
    const started = performance.now();
    const pack = await PolicyPackProcess.start(dir, 300_000);
    const startMs = performance.now() - started;
    try {
        await pack.configure();
        await pack.configureStack({ stack: "bench", project: "shipping-label-platform", dryRun: true });
        let mandatory = 0;
        const analyzing = performance.now();
        for (const resource of resources)
            mandatory += (await pack.analyze(resource)).filter((d) => d.enforcementLevel === "mandatory").length;
        const analyzeMs = performance.now() - analyzing;
        // The engine builds its request itself: only sending and answering it is the pack's.
        const request = analyzeStackRequest(resources).serializeBinary();
        const stacking = performance.now();
        mandatory += (await pack.analyzeStack(request)).filter((d) => d.enforcementLevel === "mandatory").length;
        const analyzeStackMs = performance.now() - stacking;
        return { startMs, analyzeMs, analyzeStackMs, peakBytes: peakResidentBytes(pack.pid), mandatory };
    } finally {
        await pack.stop();
    }
}

/** awsguard is installed on first use into its own folder, with its own lock file. */
function ensureInstalled(dir: string): void {
    if (fs.existsSync(path.join(dir, "node_modules"))) return;
    console.error(`installing ${path.relative(ROOT, dir)} (first run only) ...`);
    const run = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, stdio: "inherit" });
    if (run.status !== 0) throw new Error(`npm ci in ${dir} failed`);
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each figure's median over the rounds; peak memory and violations are the largest seen. */
function summarise(rounds: readonly Measured[]): Measured {
    return {
        startMs: median(rounds.map((m) => m.startMs)),
        analyzeMs: median(rounds.map((m) => m.analyzeMs)),
        analyzeStackMs: median(rounds.map((m) => m.analyzeStackMs)),
        peakBytes: Math.max(...rounds.map((m) => m.peakBytes)),
        mandatory: Math.max(...rounds.map((m) => m.mandatory)),
    };
}

function timeCommand(args: string[]): number {
    const started = performance.now();
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "dpcheck.js"), ...args], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 1024 ** 3,
    });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`dpcheck ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
    return ms;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;

async function main(): Promise<number> {
    const { values } = parseArgs({
        options: { sizes: { type: "string", default: "10000,50000" }, rounds: { type: "string", default: "3" } },
    });
    const sizes = values.sizes!.split(",").map(Number);
    const rounds = Number(values.rounds);
    if (sizes.some((size) => !Number.isInteger(size) || size < 1))
        throw new Error(`--sizes must be whole numbers of resources separated by commas, got "${values.sizes}"`);
    if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, got "${values.rounds}"`);
    ensureInstalled(PACKS.awsguard);
    // Start is measured from a built pack, as the engine finds a published one.
    for (const dir of Object.values(PACKS)) ensurePackBuilt(dir);
    const base = platformResources();
    const misses: string[] = [];
    const goal = (ok: boolean, what: string) => {
        if (!ok) misses.push(what);
        return ok ? "ok" : "MISSED";
    };
    const results = new Map<number, Record<PackName, Measured>>();
    console.log(
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians of ${rounds} round${rounds === 1 ? "" : "s"}`,
    );
    for (const size of sizes) {
        const stack = generatedStack(base, size);
        const byRound: Record<PackName, Measured>[] = [];
        for (let round = 0; round < rounds; round++) {
            const measured = {} as Record<PackName, Measured>;
            for (const name of Object.keys(PACKS) as PackName[]) measured[name] = await measure(PACKS[name], stack);
            byRound.push(measured);
        }
        const row = {} as Record<PackName, Measured>;
        for (const name of Object.keys(PACKS) as PackName[]) row[name] = summarise(byRound.map((measured) => measured[name]));
        results.set(size, row);
        const perRound = (figure: (m: Record<PackName, Measured>) => number) =>
            rounds === 1 ? "" : ` (rounds: ${byRound.map((m) => figure(m).toFixed(2)).join(", ")})`;
        console.log(`\n${stack.length} resources (the dev stack's ${base.length}, copied with fresh names)`);
        console.log("| pack | start | Analyze (all) | AnalyzeStack | peak memory | mandatory |");
        console.log("|---|---|---|---|---|---|");
        for (const [name, m] of Object.entries(row)) {
            console.log(
                `| ${name} | ${seconds(m.startMs)} | ${seconds(m.analyzeMs)} | ${seconds(m.analyzeStackMs)} | ${mib(m.peakBytes)} | ${m.mandatory} |`,
            );
        }
        const { ours, null: floor, awsguard } = row;
        const ratio = (a: number, b: number) => a / b;
        console.log(
            `AnalyzeStack ${ratio(ours.analyzeStackMs, floor.analyzeStackMs).toFixed(2)}× null${perRound((m) => m.ours.analyzeStackMs / m.null.analyzeStackMs)} (goal ≤ ${GOALS.analyzeStackVsNull}): ${goal(ours.analyzeStackMs <= GOALS.analyzeStackVsNull * floor.analyzeStackMs, `AnalyzeStack at ${size}`)}`,
        );
        console.log(
            `Analyze ${ratio(ours.analyzeMs, floor.analyzeMs).toFixed(2)}× null${perRound((m) => m.ours.analyzeMs / m.null.analyzeMs)} (goal ≤ ${GOALS.analyzeVsNull}): ${goal(ours.analyzeMs <= GOALS.analyzeVsNull * floor.analyzeMs, `Analyze at ${size}`)}`,
        );
        console.log(
            `start ${ratio(ours.startMs, awsguard.startMs).toFixed(2)}× awsguard${perRound((m) => m.ours.startMs / m.awsguard.startMs)} (goal ≤ ${GOALS.startVsAwsguard}): ${goal(ours.startMs <= GOALS.startVsAwsguard * awsguard.startMs, `start at ${size}`)}`,
        );
        console.log(
            `peak ${mib(ours.peakBytes)} (goal ≤ ${mib(GOALS.peakBytes)}): ${goal(ours.peakBytes <= GOALS.peakBytes, `peak memory at ${size}`)}`,
        );
        // A compliant stack: a mandatory violation means the stack or the pack is wrong.
        console.log(`mandatory violations of the pack: ${ours.mandatory}: ${goal(ours.mandatory === 0, `compliant stack at ${size}`)}`);
    }
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
    if (small !== large) {
        const a = results.get(small)!.ours;
        const b = results.get(large)!.ours;
        const growth = (x: number, y: number) => y / x;
        console.log(`\nscaling ${small} → ${large} (${(large / small).toFixed(1)}× the resources; goal ≤ ${GOALS.scaling}×):`);
        for (const [what, x, y] of [
            ["Analyze", a.analyzeMs, b.analyzeMs],
            ["AnalyzeStack", a.analyzeStackMs, b.analyzeStackMs],
            ["peak memory", a.peakBytes, b.peakBytes],
        ] as const) {
            console.log(`  ${what} ${growth(x, y).toFixed(2)}×: ${goal(growth(x, y) <= GOALS.scaling, `${what} scaling`)}`);
        }
    }
    // The CLI as a user runs it: a whole process each.
    const previewMs = median(Array.from({ length: rounds }, () => timeCommand(["preview", "--stack", "dev", "--format", "json"])));
    console.log(
        `\ndpcheck preview --stack dev: ${seconds(previewMs)} (goal < ${seconds(GOALS.dpcheckPreviewMs)}): ${goal(previewMs < GOALS.dpcheckPreviewMs, "dpcheck preview")}`,
    );
    const auditStack = generatedStack(base, small);
    const exportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-")), "stack.json");
    fs.writeFileSync(exportFile, JSON.stringify(toStackExport(auditStack)));
    const auditMs = median(Array.from({ length: rounds }, () => timeCommand(["audit", exportFile, "--format", "json"])));
    const pack = results.get(small)!.ours;
    const packMs = pack.startMs + pack.analyzeMs + pack.analyzeStackMs;
    console.log(
        `dpcheck audit of ${auditStack.length} resources: ${seconds(auditMs)}, ${(auditMs / packMs).toFixed(2)}× the pack's ${seconds(packMs)} (goal ≤ ${GOALS.auditVsPack}): ${goal(auditMs <= GOALS.auditVsPack * packMs, "dpcheck audit")}`,
    );
    if (misses.length > 0) console.log(`\nmissed: ${misses.join(", ")}`);
    return misses.length === 0 ? 0 : 1;
}

main().then(
    (code) => process.exit(code),
    (error) => {
        console.error(error);
        process.exit(2);
    },
);
