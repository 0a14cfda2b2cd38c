/**
 * The policy pack process dies with the process that started it, however that one goes:
 * SIGKILL (which no handler can catch), SIGTERM, SIGINT, or a plain exit that never stopped
 * the pack. Before, each of these left the pack running, listening on its port.
 *
 * Linux only (reads /proc to find and watch the processes).
 */
import { expect } from "chai";
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/paths";

// The holder runs as this file does: compiled beside it in dist/, or from its source through ts-node.
const HOLDER = path.join(__dirname, `support/pack-holder${path.extname(__filename)}`);
const HOLDER_COMMAND = HOLDER.endsWith(".ts") ? ["-r", "ts-node/register/transpile-only", HOLDER] : [HOLDER];
const BIN = path.join(ROOT, "bin/dpcheck.js");

/** The state letter of a process (R, S, Z…), undefined when there is no such process. */
function processState(pid: number): string | undefined {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
    } catch {
        return undefined;
    }
}

/** Running: present and not a zombie waiting to be reaped (a container's init may never reap). */
function alive(pid: number): boolean {
    const state = processState(pid);
    return state !== undefined && state !== "Z" && state !== "X";
}

function childrenOf(pid: number): number[] {
    const children: number[] = [];
    for (const entry of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
            const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
            if (ppid === pid) children.push(Number(entry));
        } catch {
            // gone meanwhile
        }
    }
    return children;
}

/** Whether the process holds a listening TCP socket. */
function listens(pid: number): boolean {
    const listening = new Set<string>();
    for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
        let text = "";
        try {
            text = fs.readFileSync(table, "utf8");
        } catch {
            continue;
        }
        for (const line of text.split("\n").slice(1)) {
            const columns = line.trim().split(/\s+/);
            if (columns[3] === "0A") listening.add(columns[9]);
        }
    }
    let fds: string[];
    try {
        fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
        return false;
    }
    return fds.some((fd) => {
        try {
            const inode = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
            return inode !== undefined && listening.has(inode);
        } catch {
            return false;
        }
    });
}

/** Polls `probe` every 50 ms until it returns a value (not undefined or false), or fails after `timeoutMs`. */
async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** A pack that starts in a second or two: one stack policy that finds nothing. */
function writeTinyPack(dir: string): string {
    const policy = require.resolve("@pulumi/policy", { paths: [ROOT] });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "tiny-pack", version: "0.0.1", main: "index.js" }));
    fs.writeFileSync(
        path.join(dir, "index.js"),
        [
            `const { PolicyPack } = require(${JSON.stringify(policy)});`,
            `new PolicyPack("tiny", { policies: [{ name: "nothing", description: "finds nothing", enforcementLevel: "advisory", validateStack: () => {} }] });`,
        ].join("\n"),
    );
    return dir;
}

/** A stack export of a provider and `count` component resources, as `pulumi stack export` writes it. */
function writeExport(file: string, count: number): string {
    const urn = (type: string, name: string) => `urn:pulumi:dev::cleanup::${type}::${name}`;
    const resources: unknown[] = [
        { urn: urn("pulumi:pulumi:Stack", "cleanup-dev"), custom: false, type: "pulumi:pulumi:Stack", inputs: {}, outputs: {} },
        {
            urn: urn("pulumi:providers:aws", "default_7_48_0"),
            custom: true,
            id: "p",
            type: "pulumi:providers:aws",
            inputs: { region: "eu-west-1" },
            outputs: { region: "eu-west-1" },
        },
    ];
    for (let i = 0; i < count; i++) {
        resources.push({
            urn: urn("cleanup:test:Thing", `thing-${i}`),
            custom: false,
            type: "cleanup:test:Thing",
            inputs: {},
            outputs: {},
            parent: urn("pulumi:pulumi:Stack", "cleanup-dev"),
        });
    }
    fs.writeFileSync(
        file,
        JSON.stringify({
            version: 3,
            deployment: { manifest: { time: new Date().toISOString(), magic: "", version: "v3.276.0" }, resources },
        }),
    );
    return file;
}

describe("policy pack process: dies with its parent", function () {
    this.timeout(120_000);
    let dir: string;
    let tinyPack: string;
    /** Every process a test started, killed after it if still there. */
    const started: number[] = [];

    before(function () {
        if (os.platform() !== "linux" || !fs.existsSync("/proc/self/stat")) this.skip();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "child-cleanup-"));
        tinyPack = writeTinyPack(path.join(dir, "tiny-pack"));
    });
    afterEach(() => {
        for (const pid of started.splice(0)) {
            try {
                if (alive(pid)) process.kill(pid, "SIGKILL");
            } catch {
                /* already gone */
            }
        }
    });
    after(() => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Starts pack-holder.ts on `packDir`; resolves once the pack listens, with both pids. */
    async function holdPack(packDir: string, mode: "wait" | "exit"): Promise<{ holder: ChildProcess; packPid: number }> {
        const holder = spawn(process.execPath, [...HOLDER_COMMAND, packDir, mode], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
        started.push(holder.pid!);
        let stdout = "";
        let stderr = "";
        holder.stdout!.on("data", (chunk) => {
            stdout += String(chunk);
        });
        holder.stderr!.on("data", (chunk) => {
            stderr += String(chunk);
        });
        const line = await waitFor(
            "the pack's pid",
            () => {
                if (holder.exitCode !== null && !stdout.includes("\n"))
                    throw new Error(`pack-holder exited with ${holder.exitCode}: ${stderr}`);
                return stdout.includes("\n") ? stdout.split("\n")[0] : undefined;
            },
            90_000,
        );
        const packPid = JSON.parse(line).pid as number;
        started.push(packPid);
        if (mode === "wait") expect(childrenOf(holder.pid!), "the pack is a child of its holder").to.include(packPid);
        return { holder, packPid };
    }

    for (const signal of ["SIGKILL", "SIGTERM", "SIGINT"] as const) {
        it(`exits when its parent gets ${signal}, and the parent still dies of it`, async () => {
            const { holder, packPid } = await holdPack(tinyPack, "wait");
            expect(listens(packPid), "the pack listens on its port").to.equal(true);
            holder.kill(signal);
            const end = await exited(holder);
            expect(end.signal, "the parent ended by the signal, not by its own exit").to.equal(signal);
            await waitFor(`pack ${packPid} to exit`, () => !alive(packPid), 10_000);
        });
    }

    it("exits when its parent exits without stopping it", async () => {
        const { holder, packPid } = await holdPack(tinyPack, "exit");
        expect((await exited(holder)).code).to.equal(0);
        await waitFor(`pack ${packPid} to exit`, () => !alive(packPid), 10_000);
    });

    it("dpcheck audit: the real pack exits when dpcheck is SIGKILLed mid-audit", async () => {
        // Enough resources that the audit is still running (one Analyze call each) when the kill comes.
        const exportFile = writeExport(path.join(dir, "export.json"), 3000);
        const dpcheck = spawn(process.execPath, [BIN, "audit", exportFile], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
        started.push(dpcheck.pid!);
        let stderr = "";
        dpcheck.stderr!.on("data", (chunk) => {
            stderr += String(chunk);
        });
        dpcheck.stdout!.resume();
        const packPid = await waitFor(
            "dpcheck's pack to listen",
            () => {
                if (dpcheck.exitCode !== null)
                    throw new Error(`dpcheck exited with ${dpcheck.exitCode} before the pack was seen: ${stderr}`);
                const pack = childrenOf(dpcheck.pid!).find(listens);
                if (pack !== undefined && !started.includes(pack)) started.push(pack);
                return pack;
            },
            100_000,
        );
        expect(dpcheck.exitCode, "dpcheck still running").to.equal(null);
        dpcheck.kill("SIGKILL");
        expect((await exited(dpcheck)).signal).to.equal("SIGKILL");
        await waitFor(`pack ${packPid} to exit`, () => !alive(packPid), 10_000);
    });
});
