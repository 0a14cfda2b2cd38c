/**
 * The program host of `dpcheck preview` and `dpcheck resources` (tools/dpcheck/cli.ts): runs a
 * Pulumi program under Pulumi's mocks with one stack's config, in a process of its own (a
 * program that throws cannot take dpcheck down, and the mocks are set up once), and prints
 * what it declared as JSON: every resource with its inputs and where the program declared it,
 * and each data store's key controls. Nothing is deployed.
 *
 * Not a command: dpcheck passes one JSON argument, a `ProgramHostRequest`. A bad stack or a
 * program that throws is one line on stderr, `preview: <message>`, and exit code 2; dpcheck
 * reports the message as its own.
 */
import * as fs from "fs";
import * as path from "path";
import { startMockRuntime, withDefaultAwsProvider } from "./offline/mock-runtime";
import { readStackSettings, StackSettingsError } from "./offline/stack-config";
import { describeStores } from "./offline/key-controls";
import { errorSite, formatSite, programSite } from "./offline/source-site";
import { registerTypeScript } from "./offline/typescript";

/** What dpcheck asks the host to run. */
export interface ProgramHostRequest {
    /** The stack whose `Pulumi.<stack>.yaml` gives the config. */
    readonly stack: string;
    /** The folder of `Pulumi.yaml`, absolute. */
    readonly projectDir: string;
    /** A JSON file of other stacks' outputs, for the program's StackReferences. */
    readonly stackOutputs?: string;
}

function fail(message: string): never {
    process.stderr.write(`preview: ${message}\n`);
    process.exit(2);
}

/** `--stack-outputs FILE`: `{"<org>/<project>/<stack>": {"<output>": value, ...}, ...}`. */
function readStackOutputs(file: string): Record<string, Record<string, unknown>> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        fail(`--stack-outputs ${file} cannot be read as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const isObject = (value: unknown): value is Record<string, unknown> =>
        typeof value === "object" && value !== null && !Array.isArray(value);
    if (!isObject(parsed)) fail(`--stack-outputs ${file} must be a JSON object of stack names (org/project/stack) to their outputs`);
    for (const [stack, outputs] of Object.entries(parsed)) {
        if (!isObject(outputs)) fail(`--stack-outputs ${file}: the outputs of "${stack}" must be an object of output names to values`);
    }
    return parsed as Record<string, Record<string, unknown>>;
}

/** The request dpcheck passed; anything else is dpcheck's own mistake, not the user's. */
function requestOf(argv: readonly string[]): ProgramHostRequest {
    let request: Partial<ProgramHostRequest> | undefined;
    try {
        request = JSON.parse(argv[0] ?? "");
    } catch {
        request = undefined;
    }
    if (
        typeof request?.stack !== "string" ||
        typeof request.projectDir !== "string" ||
        (request.stackOutputs !== undefined && typeof request.stackOutputs !== "string")
    ) {
        fail(`the program host takes one JSON argument {"stack", "projectDir", "stackOutputs"?}; got ${JSON.stringify(argv)}`);
    }
    return request as ProgramHostRequest;
}

async function main(): Promise<void> {
    const request = requestOf(process.argv.slice(2));
    let settings;
    try {
        settings = readStackSettings(request.projectDir, request.stack);
    } catch (error) {
        if (error instanceof StackSettingsError) fail(error.message);
        throw error;
    }
    const programDirs = [request.projectDir, path.dirname(settings.main)];
    const stackOutputs = request.stackOutputs === undefined ? undefined : readStackOutputs(request.stackOutputs);
    const recorder = startMockRuntime({ project: settings.project, stack: settings.stack, config: settings.config, stackOutputs });
    // The user's file and line first: where in their program it failed, not where in ours.
    const programFailed = (error: unknown) => {
        const site = errorSite(error, programDirs);
        fail(`the program failed${site ? ` at ${formatSite(site)}` : ""}: ${error instanceof Error ? error.message : String(error)}`);
    };
    process.on("unhandledRejection", programFailed);
    process.on("uncaughtException", programFailed);
    try {
        if (/\.tsx?$/.test(settings.main)) registerTypeScript(request.projectDir);
        require(settings.main);
    } catch (error) {
        programFailed(error);
    }
    await recorder.settled();

    const resources = withDefaultAwsProvider(recorder.resources, {
        project: settings.project,
        stack: settings.stack,
        config: settings.config,
    }).map(({ frames, ...resource }) => ({ ...resource, declaredAt: programSite(frames ?? [], programDirs) }));
    process.stdout.write(
        JSON.stringify({ project: settings.project, stack: settings.stack, resources, stores: describeStores(recorder) }, null, 2) + "\n",
    );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
