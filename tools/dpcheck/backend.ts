/**
 * `dpcheck audit file://DIR`: every stack of a Pulumi self-managed ("DIY") backend, the layout
 * `pulumi login file://DIR` writes: `DIR/.pulumi/stacks/<project>/<stack>.json` (and, from
 * older CLIs, `DIR/.pulumi/stacks/<stack>.json`), each a checkpoint
 * `{"version": 3, "checkpoint": {"stack": "...", "latest": {"manifest", "resources"}}}`, gzipped
 * (`.json.gz`) when the backend is set to. Backups (`.bak`) and history are left alone.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fileURLToPath } from "url";
import { gunzipSync } from "zlib";
import { UsageError } from "./errors";
import { LoadedStack, parseStackDocument } from "./inputs";
import { decodeText, describeValue, parseJson } from "./text";

/** One stack of a backend: its checkpoint file and what it holds (undefined: no resources yet). */
export interface BackendStack {
    readonly file: string;
    readonly name: string;
    readonly stack?: LoadedStack;
}

/** The folder a command-line argument names as a backend (`file://…`, or a folder holding `.pulumi`), else undefined. */
export function backendRoot(arg: string): string | undefined {
    let dir: string;
    if (arg.startsWith("file://")) {
        const rest = arg.slice("file://".length);
        // `file://~/state` is how `pulumi login` is told a folder under the home directory.
        dir = rest.startsWith("~")
            ? path.join(os.homedir(), rest.slice(1))
            : rest.startsWith("/")
              ? fileURLToPath(arg)
              : path.resolve(rest);
        if (!fs.existsSync(path.join(dir, ".pulumi")))
            throw new UsageError(`${arg} is not a Pulumi file backend: ${path.join(dir, ".pulumi")} does not exist`);
        return dir;
    }
    dir = path.basename(path.resolve(arg)) === ".pulumi" ? path.dirname(path.resolve(arg)) : path.resolve(arg);
    return fs.existsSync(arg) && fs.statSync(arg).isDirectory() && fs.existsSync(path.join(dir, ".pulumi", "stacks")) ? dir : undefined;
}

function checkpointFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) return checkpointFiles(full);
            return /\.json(\.gz)?$/.test(entry.name) ? [full] : [];
        })
        .sort();
}

/** Every stack of the backend at `root`, in path order. */
export function backendStacks(root: string): BackendStack[] {
    const stacksDir = path.join(root, ".pulumi", "stacks");
    const files = checkpointFiles(stacksDir);
    if (files.length === 0) throw new UsageError(`the Pulumi file backend ${root} has no stacks (no checkpoint under ${stacksDir})`);
    return files.map((file) => {
        const bytes = fs.readFileSync(file);
        let text: string;
        try {
            text = decodeText(file.endsWith(".gz") ? gunzipSync(bytes) : bytes, file);
        } catch (error) {
            if (error instanceof UsageError) throw error;
            throw new UsageError(`${file} cannot be decompressed (${(error as Error).message})`);
        }
        const document = parseJson(text, file) as any;
        if (document?.version !== 3 || typeof document?.checkpoint !== "object" || document.checkpoint === null) {
            throw new UsageError(`${file} is not a Pulumi checkpoint of version 3 (got version ${describeValue(document?.version)})`);
        }
        const name =
            typeof document.checkpoint.stack === "string"
                ? document.checkpoint.stack
                : path.relative(stacksDir, file).replace(/\.json(\.gz)?$/, "");
        const resources = document.checkpoint.latest?.resources;
        if (!Array.isArray(resources) || resources.length === 0) return { file, name };
        // A checkpoint's `latest` is what `pulumi stack export` writes as `deployment`.
        try {
            return { file, name, stack: parseStackDocument(JSON.stringify({ version: 3, deployment: document.checkpoint.latest }), file) };
        } catch (error) {
            // Every resource pending deletion: nothing to check, as for a stack without resources.
            if (error instanceof UsageError && /has no resources to check/.test(error.message)) return { file, name };
            throw error;
        }
    });
}
