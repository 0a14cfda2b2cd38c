/**
 * dpcheck: whether a stack complies with the data protection policy, without cloud
 * credentials or the Pulumi CLI, and the evidence an auditor asks for.
 *
 *   dpcheck preview [--stack dev] [--project-dir .] [--emit-export FILE]
 *   dpcheck audit FILE...
 *   dpcheck resources [--stack dev] [--project-dir .] [--format text|json]
 *   common: [--policy-config FILE] [--policy-pack DIR] [--format text|json|sarif|markdown|html] [--out FILE]
 *           [--since PREVIOUS.json] [--progress] [--verbose]
 *   dpcheck --help | --version
 *
 * Exit codes: 0 no mandatory violation; 1 mandatory violations; 2 bad usage or input.
 */
import * as fs from "fs";
import * as path from "path";
import { PolicyPackConfigFile } from "../analyzer/policy-pack-process";
import { parseArgs } from "util";
import { PACK_DIR, policyPackDir, readPolicyConfig, runPack, stopPack } from "./check";
import { collectPreview, runProgram } from "./collect-preview";
import { renderResources } from "./resources";
import { UsageError } from "./errors";
import { LoadedStack, loadStackFile, toStackExport } from "./inputs";
import { buildReport, Report, REPORT_SCHEMA } from "./report";
import { scrub, secrets } from "./redact";
import { escapeMarkdown, visible } from "./escape";
import { backendRoot, backendStacks } from "./backend";
import { fleetLines, FleetSummary, summariseFleet } from "./fleet";
import { decodeText } from "./text";
import { renderHtml } from "./formats/html";
import { renderMarkdown } from "./formats/markdown";
import { renderSarif } from "./formats/sarif";
import { renderText } from "./formats/text";

/** Where dpcheck writes: a stream's `write`, and whether it is a terminal (colour, progress). */
export interface Output {
    write(text: string): unknown;
    readonly isTTY?: boolean;
}

/** dpcheck's output and error streams: the process's own unless given (a test's, in-process). */
export interface Io {
    readonly stdout: Output;
    readonly stderr: Output;
}

const FORMATS = ["text", "json", "sarif", "markdown", "html"] as const;
type Format = (typeof FORMATS)[number];

interface Options {
    command: "preview" | "audit" | "resources";
    files: string[];
    stack: string;
    projectDir: string;
    policyConfig?: string;
    /** Another policy pack folder to check with (the one an organisation publishes). */
    policyPack?: string;
    format: Format;
    out?: string;
    since?: string;
    emitExport?: string;
    /** Outputs of the stacks a StackReference reads, by stack name (a JSON file). */
    stackOutputs?: string;
    verbose: boolean;
    /** Progress line on stderr: on a terminal by default, `--progress` forces it. */
    progress: boolean;
}

const USAGE =
    "usage: dpcheck preview [--stack NAME] [--project-dir DIR] [--emit-export FILE] [--stack-outputs FILE] | dpcheck audit FILE... | dpcheck resources [--stack NAME] [--project-dir DIR] [--format text|json]; options: --policy-config FILE --policy-pack DIR --format text|json|sarif|markdown|html --out FILE --since PREVIOUS.json --progress --verbose; dpcheck --help";

const HELP = `dpcheck: whether a Pulumi stack complies with the data protection policy, checked by the
policy pack as the Pulumi engine runs it, without cloud credentials or the Pulumi CLI.

Usage:
  dpcheck preview [options]        run the program offline (Pulumi's mocks) and check what it declares
  dpcheck audit FILE... [options]  check \`pulumi stack export\` or \`pulumi preview --json\` documents,
                                   or every stack of a file backend (file://DIR, as \`pulumi login\`
                                   takes it), with a fleet summary
  dpcheck resources [options]      run the program offline and show what it declares, unchecked:
                                   its resource tree and each data store's key controls (text), or
                                   every resource's inputs (--format json); takes the options of
                                   preview but --emit-export

preview:
  --stack NAME         the stack whose Pulumi.<NAME>.yaml to read (default: dev)
  --project-dir DIR    the folder of Pulumi.yaml (default: the current folder)
  --emit-export FILE   also write what ran as a \`pulumi stack export\` document
  --stack-outputs FILE outputs of the stacks the program's StackReferences read, as
                       {"org/project/stack": {"name": value}}; a stack not listed has
                       unknown outputs, which the pack fails closed on

Both:
  --policy-config FILE a policy config, as for \`pulumi preview --policy-pack-config\`
  --policy-pack DIR    check with the policy pack in DIR (a version an organisation publishes,
                       built, with its dependencies installed) instead of this package's
  --format FORMAT      text (default), json, sarif, markdown or html
  --out FILE           write the report to FILE instead of standard output
  --since FILE         a previous JSON report: list what changed since
  --progress           show progress on standard error (default on a terminal)
  --verbose            add the stack trace to an error
  -h, --help           show this help
  -V, --version        show the versions of dpcheck and of its policy pack

Options take their value as the next argument or after "=" (--stack=prod).

Exit codes: 0 checked, no mandatory violation; 1 mandatory violations; 2 bad usage or input.
`;

const OPTIONS = {
    stack: { type: "string" },
    "project-dir": { type: "string" },
    "emit-export": { type: "string" },
    "stack-outputs": { type: "string" },
    "policy-config": { type: "string" },
    "policy-pack": { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    since: { type: "string" },
    progress: { type: "boolean" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "V" },
} as const;

/** What the command line asks for: a check, or the help or version text. */
type Request = { readonly kind: "check"; readonly options: Options } | { readonly kind: "help" } | { readonly kind: "version" };

/** util.parseArgs's errors, in dpcheck's words (the option and what is wrong with it). */
function usageErrorOf(error: unknown): UsageError {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`unknown option ${option}; ${USAGE}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
        const name = option.split(",")[0].trim();
        return /argument missing|ambiguous/.test(message)
            ? new UsageError(`${name} needs a value`)
            : new UsageError(`${name} takes no value`);
    }
    return new UsageError(message);
}

function parseCommandLine(argv: string[], io: Io): Request {
    // Help is what someone asks for after a wrong option too: it answers before any error.
    if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
    let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
    try {
        parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
        throw usageErrorOf(error);
    }
    const { values, positionals } = parsed;
    if (values.help) return { kind: "help" };
    if (values.version) return { kind: "version" };
    const [command, ...files] = positionals;
    if (command !== "preview" && command !== "audit" && command !== "resources")
        throw new UsageError(command === undefined ? USAGE : `unknown command "${command}"; ${USAGE}`);
    const format = values.format ?? "text";
    if (!(FORMATS as readonly string[]).includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`);
    if (command !== "audit" && files.length > 0) throw new UsageError(`${command} takes no file (got ${files[0]}); use --project-dir`);
    if (command === "resources") {
        if (format !== "text" && format !== "json") throw new UsageError(`resources takes --format text or json; got "${format}"`);
        for (const option of ["emit-export", "policy-config", "policy-pack", "since", "out"] as const) {
            if (values[option] !== undefined) throw new UsageError(`--${option} goes with preview or audit: resources checks nothing`);
        }
    }
    if (command === "audit" && files.length === 0)
        throw new UsageError("audit needs at least one FILE (a `pulumi stack export` or `pulumi preview --json` output)");
    for (const option of ["stack", "project-dir", "emit-export", "stack-outputs"] as const) {
        if (command === "audit" && values[option] !== undefined) throw new UsageError(`--${option} goes with preview`);
    }
    return {
        kind: "check",
        options: {
            command,
            files,
            stack: values.stack ?? "dev",
            projectDir: path.resolve(values["project-dir"] ?? process.cwd()),
            policyConfig: values["policy-config"],
            policyPack: values["policy-pack"],
            format: format as Format,
            out: values.out,
            since: values.since,
            emitExport: values["emit-export"],
            stackOutputs: values["stack-outputs"],
            verbose: values.verbose ?? false,
            progress: values.progress ?? io.stderr.isTTY === true,
        },
    };
}

/** dpcheck's version and its policy pack's, from their package.json files. */
function versionText(): string {
    const versionOf = (dir: string) =>
        JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; version: string };
    const cli = versionOf(path.dirname(PACK_DIR));
    const pack = versionOf(PACK_DIR);
    return `dpcheck ${cli.version} (${cli.name}), policy pack ${pack.name} ${pack.version}, Node ${process.version}\n`;
}

function readPrevious(file: string | undefined): Report[] {
    if (file === undefined) return [];
    let parsed: unknown;
    try {
        parsed = JSON.parse(decodeText(fs.readFileSync(file), `--since ${file}`));
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(
            `--since ${file} is not a readable JSON report (${(error as NodeJS.ErrnoException).code ?? visible((error as Error).message).slice(0, 120)})`,
        );
    }
    const reports = Array.isArray(parsed) ? parsed : [parsed];
    if (!reports.every((r: any) => r?.schema === REPORT_SCHEMA))
        throw new UsageError(`--since ${file} is not a dpcheck JSON report (schema ${REPORT_SCHEMA})`);
    return reports as Report[];
}

/** The policy config of a run and where it came from (for messages). */
interface PolicyConfigInput {
    readonly config: PolicyPackConfigFile;
    readonly source?: string;
    /** The pack folder to run (undefined: this package's). */
    readonly packDir?: string;
}

function progress(enabled: boolean, stderr: Output): ((done: number, total: number) => void) | undefined {
    if (!enabled) return undefined;
    return (done, total) => {
        if (total >= 200 && (done % 100 === 0 || done === total))
            stderr.write(`\rdpcheck: analysing ${done}/${total} resources${done === total ? "\n" : ""}`);
    };
}

async function checkStack(
    stack: LoadedStack,
    files: string[],
    config: PolicyConfigInput,
    previous: Report[],
    sinceFile: string | undefined,
    onProgress: ((done: number, total: number) => void) | undefined,
    warn: (message: string) => void,
): Promise<Report> {
    const run = await runPack({
        resources: stack.resources,
        stack: stack.stack,
        project: stack.project,
        config: config.config,
        configSource: config.source,
        packDir: config.packDir,
        dryRun: stack.kind !== "stack-export",
        onProgress,
    });
    const before =
        previous.find((r) => r.source.stack === stack.stack && r.source.project === stack.project) ??
        (previous.length === 1 ? previous[0] : undefined);
    if (before && sinceFile && (before.source.stack !== stack.stack || before.source.project !== stack.project)) {
        warn(
            `--since ${sinceFile} is a report of ${before.source.project}/${before.source.stack}, not of ${stack.project}/${stack.stack}: the changes listed compare two different stacks`,
        );
    }
    return buildReport({
        run,
        resources: stack.resources,
        locations: stack.locations,
        source: { kind: stack.kind, stack: stack.stack, project: stack.project, files },
        previous: before && sinceFile ? { report: before, file: sinceFile } : undefined,
    });
}

function render(reports: Report[], format: Format, colour: boolean, fleet?: FleetSummary): string {
    switch (format) {
        case "json": {
            if (fleet) return JSON.stringify({ schema: fleet.schema, fleet, reports }, null, 2) + "\n";
            return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n";
        }
        case "sarif": {
            const logs = reports.map((r) => renderSarif(r) as { runs: unknown[] });
            if (logs.length === 0)
                return (
                    JSON.stringify({ version: "2.1.0", $schema: "https://json.schemastore.org/sarif-2.1.0.json", runs: [] }, null, 2) + "\n"
                );
            return JSON.stringify({ ...logs[0], runs: logs.flatMap((l) => l.runs) }, null, 2) + "\n";
        }
        case "markdown":
            return [...(fleet ? [renderFleetMarkdown(fleet)] : []), ...reports.map(renderMarkdown)].join("\n---\n\n");
        case "html":
            return renderHtml(reports, fleet);
        default:
            return [
                ...reports.map((r) => renderText(r, colour)),
                ...(fleet ? [fleetLines(fleet).map(visible).join("\n") + "\n"] : []),
            ].join("\n");
    }
}

/** The fleet summary as a Markdown section. */
function renderFleetMarkdown(fleet: FleetSummary): string {
    return ["# Fleet summary", "", ...fleetLines(fleet).map((line) => `- ${escapeMarkdown(line)}`), ""].join("\n");
}

/**
 * Runs dpcheck on `argv`, writing to `io`; resolves with the exit code. The policy pack process
 * it starts stays up for the next call in this process (check.ts): a command stops it with
 * `stopPack` before it exits.
 */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
    const verbose = argv.includes("--verbose");
    // The secrets of this run only (redact.ts): none of an earlier call in this process, none left for a later one.
    secrets.clear();
    try {
        const request = parseCommandLine(argv, io);
        if (request.kind === "help") {
            io.stdout.write(HELP);
            return 0;
        }
        if (request.kind === "version") {
            io.stdout.write(versionText());
            return 0;
        }
        const { options } = request;
        if (options.command === "resources") {
            const run = runProgram(options.projectDir, options.stack, options.stackOutputs);
            io.stdout.write(options.format === "json" ? `${JSON.stringify(run, null, 2)}\n` : renderResources(run));
            return 0;
        }
        const warn = (message: string) => io.stderr.write(`dpcheck: warning: ${visible(scrub(message))}\n`);
        const onProgress = progress(options.progress, io.stderr);
        const config: PolicyConfigInput = {
            config: readPolicyConfig(options.policyConfig),
            source: options.policyConfig,
            packDir: options.policyPack === undefined ? undefined : policyPackDir(options.policyPack),
        };
        const previous = readPrevious(options.since);
        const reports: Report[] = [];
        let fleet: FleetSummary | undefined;
        if (options.command === "preview") {
            const stack = collectPreview(options.projectDir, options.stack, options.stackOutputs);
            if (options.emitExport) fs.writeFileSync(options.emitExport, JSON.stringify(toStackExport(stack.recorded), null, 2) + "\n");
            reports.push(await checkStack(stack, [], config, previous, options.since, onProgress, warn));
        } else {
            // A file, or a whole file backend (file://DIR): every stack in it, then a fleet summary.
            const backends: string[] = [];
            const empty: string[] = [];
            const stacks = options.files.flatMap((arg) => {
                const root = backendRoot(arg);
                if (root === undefined) return [{ file: arg, stack: loadStackFile(arg) }];
                backends.push(root);
                return backendStacks(root).flatMap(({ file, name, stack }) => (stack ? [{ file, stack }] : (empty.push(name), [])));
            });
            for (const { file, stack } of stacks)
                reports.push(await checkStack(stack, [file], config, previous, options.since, onProgress, warn));
            if (backends.length > 0) fleet = summariseFleet(backends, reports, empty);
        }
        const output = render(reports, options.format, options.out === undefined && io.stdout.isTTY === true, fleet);
        if (options.out) fs.writeFileSync(options.out, output);
        else io.stdout.write(output);
        return reports.some((r) => r.summary.mandatory > 0) ? 1 : 0;
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // One line, and nothing a terminal would act on, whatever the input put in the message.
        io.stderr.write(`dpcheck: ${visible(scrub(message.split("\n")[0]))}\n`);
        if (verbose && error instanceof Error && error.stack) io.stderr.write(`${scrub(error.stack)}\n`); // secrets scrubbed: redact.ts
        return 2;
    } finally {
        secrets.clear();
    }
}

export { stopPack };

/** dpcheck as a command: `main` on these arguments, the pack stopped, then exit with main's code. */
export async function command(argv: string[]): Promise<never> {
    const code = await main(argv);
    await stopPack().catch(() => undefined); // killed at exit all the same (policy-pack-process.ts)
    process.exit(code);
}

if (require.main === module) {
    void command(process.argv.slice(2));
}
