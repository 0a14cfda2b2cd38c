/**
 * The documents `dpcheck audit` reads: the output of `pulumi stack export` (checkpoint
 * version 3) and of `pulumi preview --json`, turned into the resources the engine would send
 * to the policy pack.
 */
import * as fs from "fs";
import { AnalyzedResource } from "../analyzer/policy-pack-process";
import { UsageError } from "./errors";

export type SourceKind = "stack-export" | "preview-json" | "preview";

export interface LoadedStack {
    readonly kind: SourceKind;
    readonly stack: string;
    readonly project: string;
    readonly resources: AnalyzedResource[];
}

/** The signature Pulumi marks secret values with in exports. */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";

/** Secrets as their plaintext when the export carries it, `[secret]` otherwise. */
function revealOrMask(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(revealOrMask);
    if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        if (SECRET_SIG in record) {
            if (typeof record.plaintext === "string") {
                try { return revealOrMask(JSON.parse(record.plaintext)); } catch { return record.plaintext; }
            }
            return "[secret]";
        }
        return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revealOrMask(v)]));
    }
    return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fromState(state: Record<string, any>): AnalyzedResource {
    if (typeof state.urn !== "string" || typeof state.type !== "string") throw new UsageError("a resource has no urn or type");
    return {
        type: state.type,
        urn: state.urn,
        name: state.urn.split("::").pop() ?? state.urn,
        // A deployed resource's outputs hold what AWS chose (the AWS-managed key a table reports); inputs win where both say.
        properties: (revealOrMask({ ...(isRecord(state.outputs) ? state.outputs : {}), ...(isRecord(state.inputs) ? state.inputs : {}) }) as Record<string, unknown>),
        parent: typeof state.parent === "string" && state.parent !== "" ? state.parent : undefined,
        dependencies: Array.isArray(state.dependencies) ? state.dependencies : [],
        propertyDependencies: state.propertyDependencies && typeof state.propertyDependencies === "object" ? state.propertyDependencies : {},
        // `urn::id` of the provider resource; its default tags count as the resource's tags.
        provider: typeof state.provider === "string" && state.provider.includes("::") ? state.provider.slice(0, state.provider.lastIndexOf("::")) : undefined,
    };
}

/** `urn:pulumi:<stack>::<project>::…` */
export function stackOfUrn(urn: string | undefined): { stack: string; project: string } {
    const match = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn ?? "");
    return { stack: match?.[1] ?? "unknown", project: match?.[2] ?? "unknown" };
}

export function parseStackDocument(text: string, file: string): LoadedStack {
    let document: any;
    try {
        document = JSON.parse(text);
    } catch (error) {
        throw new UsageError(`${file} is not valid JSON (${(error as Error).message})`);
    }
    if (document && typeof document === "object" && document.deployment && Array.isArray(document.deployment.resources)) {
        if (document.version !== 3) throw new UsageError(`${file} is a stack export of checkpoint version ${JSON.stringify(document.version)}; dpcheck reads version 3`);
        const resources = (document.deployment.resources as any[]).filter((r) => !r.delete).map(fromState);
        return { kind: "stack-export", ...stackOfUrn(resources[0]?.urn), resources };
    }
    if (document && typeof document === "object" && Array.isArray(document.steps)) {
        const resources = (document.steps as any[]).filter((step) => step?.newState && step.op !== "delete").map((step) => fromState(step.newState));
        return { kind: "preview-json", ...stackOfUrn(resources[0]?.urn), resources };
    }
    throw new UsageError(`${file} is neither a \`pulumi stack export\` (version 3) nor a \`pulumi preview --json\` document`);
}

export function loadStackFile(file: string): LoadedStack {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === "ENOENT" ? `${file} does not exist` : `${file} cannot be read (${code ?? (error as Error).message})`);
    }
    return parseStackDocument(text, file);
}

/** A `pulumi stack export` document (version 3) of the given resources, for `--emit-export`. */
export function toStackExport(resources: readonly (AnalyzedResource & { custom?: boolean })[]): object {
    return {
        version: 3,
        deployment: {
            manifest: { time: new Date().toISOString(), magic: "", version: "dpcheck" },
            resources: resources.map((r) => ({
                urn: r.urn,
                custom: r.custom ?? true,
                type: r.type,
                inputs: r.properties,
                parent: r.parent,
                dependencies: r.dependencies ?? [],
                propertyDependencies: r.propertyDependencies ?? {},
                // The engine writes `<provider urn>::<provider id>`.
                ...(r.provider ? { provider: `${r.provider}::offline` } : {}),
            })),
        },
    };
}
