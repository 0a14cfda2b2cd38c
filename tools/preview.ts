/**
 * Offline preview: runs the Pulumi program under Pulumi's mocks with one stack's config and
 * prints the resource tree and each data store's key controls. Nothing is deployed and no
 * cloud credentials or Pulumi CLI are needed.
 *
 *   preview [--stack dev] [--project-dir .] [--json]
 *
 * Exit codes: 0 done; 2 bad usage, an unknown stack, or a program that throws.
 */
import * as fs from "fs";
import * as path from "path";
import { RecordedResource, startMockRuntime, withDefaultAwsProvider } from "./offline/mock-runtime";
import { readStackSettings, StackSettingsError } from "./offline/stack-config";
import { describeStores, describeTags } from "./offline/key-controls";
import { errorSite, formatSite, programSite } from "./offline/source-site";
import { registerTypeScript } from "./offline/typescript";

interface Options { stack: string; projectDir: string; json: boolean; stackOutputs?: string }

function parseArgs(argv: string[]): Options {
    const options: Options = { stack: "dev", projectDir: process.cwd(), json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const next = argv[++i];
            if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
            return next;
        };
        if (arg === "--stack") options.stack = value();
        else if (arg === "--project-dir") options.projectDir = path.resolve(value());
        else if (arg === "--json") options.json = true;
        else if (arg === "--stack-outputs") options.stackOutputs = value();
        else throw new UsageError(`unknown argument ${arg} (usage: preview [--stack NAME] [--project-dir DIR] [--json])`);
    }
    return options;
}

class UsageError extends Error {}

/** `--stack-outputs FILE`: `{"<org>/<project>/<stack>": {"<output>": value, ...}, ...}`. */
function readStackOutputs(file: string): Record<string, Record<string, unknown>> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        throw new UsageError(`--stack-outputs ${file} cannot be read as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
    if (!isObject(parsed)) throw new UsageError(`--stack-outputs ${file} must be a JSON object of stack names (org/project/stack) to their outputs`);
    for (const [stack, outputs] of Object.entries(parsed)) {
        if (!isObject(outputs)) throw new UsageError(`--stack-outputs ${file}: the outputs of "${stack}" must be an object of output names to values`);
    }
    return parsed as Record<string, Record<string, unknown>>;
}

function fail(message: string): never {
    process.stderr.write(`preview: ${message}\n`);
    process.exit(2);
}

function printTree(resources: RecordedResource[]): void {
    const children = new Map<string | undefined, RecordedResource[]>();
    const urns = new Set(resources.map((r) => r.urn));
    for (const resource of resources) {
        const parent = resource.parent && urns.has(resource.parent) ? resource.parent : undefined;
        children.set(parent, [...(children.get(parent) ?? []), resource]);
    }
    const walk = (parent: string | undefined, indent: string) => {
        const list = children.get(parent) ?? [];
        list.forEach((resource, i) => {
            const last = i === list.length - 1;
            console.log(`${indent}${last ? "└─" : "├─"} ${resource.name}  (${resource.type})`);
            walk(resource.urn, indent + (last ? "   " : "│  "));
        });
    };
    walk(undefined, "");
}

async function main(): Promise<void> {
    let options: Options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        fail((error as Error).message);
    }
    let settings;
    try {
        settings = readStackSettings(options.projectDir, options.stack);
    } catch (error) {
        if (error instanceof StackSettingsError) fail(error.message);
        throw error;
    }
    const programDirs = [options.projectDir, path.dirname(settings.main)];
    let stackOutputs;
    try {
        stackOutputs = options.stackOutputs === undefined ? undefined : readStackOutputs(options.stackOutputs);
    } catch (error) {
        fail((error as Error).message);
    }
    const recorder = startMockRuntime({ project: settings.project, stack: settings.stack, config: settings.config, stackOutputs });
    // The user's file and line first: where in their program it failed, not where in ours.
    const programFailed = (error: unknown) => {
        const site = errorSite(error, programDirs);
        fail(`the program failed${site ? ` at ${formatSite(site)}` : ""}: ${error instanceof Error ? error.message : String(error)}`);
    };
    process.on("unhandledRejection", programFailed);
    process.on("uncaughtException", programFailed);
    try {
        if (/\.tsx?$/.test(settings.main)) registerTypeScript(options.projectDir);
        require(settings.main);
    } catch (error) {
        programFailed(error);
    }
    await recorder.settled();

    const stores = describeStores(recorder);
    if (options.json) {
        const resources = withDefaultAwsProvider(recorder.resources, { project: settings.project, stack: settings.stack, config: settings.config })
            .map(({ frames, ...resource }) => ({ ...resource, declaredAt: programSite(frames ?? [], programDirs) }));
        console.log(JSON.stringify({ project: settings.project, stack: settings.stack, resources, stores }, null, 2));
        return;
    }
    console.log(`Offline preview of ${settings.project}/${settings.stack}: ${recorder.resources.length} resources (Pulumi mocks; nothing is deployed)\n`);
    printTree(recorder.resources);
    console.log(`\nData stores and their key controls:`);
    for (const store of stores) {
        console.log(`\n  ${store.name}  (${store.type})\n    ${describeTags(store.tags)}`);
        for (const control of store.controls) console.log(`    - ${control}`);
    }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
