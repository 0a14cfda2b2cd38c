/**
 * The documents `dpcheck audit` reads: the output of `pulumi stack export` (checkpoint
 * version 3) and of `pulumi preview --json`, turned into the resources the engine would send
 * to the policy pack.
 */
import { AnalyzedResource } from "../analyzer/policy-pack-process";
import { UsageError } from "./errors";
import { SchemaError, validators } from "./export-schema";
import { visible } from "./escape";
import { describeValue, excerpt, parseJson, readTextFile } from "./text";
import { isSecretWrapper, REDACTED, rememberSecret } from "./redact";
import { SourceSite } from "../offline/source-site";

export type SourceKind = "stack-export" | "preview-json" | "preview";

export interface LoadedStack {
    readonly kind: SourceKind;
    readonly stack: string;
    readonly project: string;
    readonly resources: AnalyzedResource[];
    /** Where the program declared each resource, by URN (a preview only: exports do not say). */
    readonly locations?: ReadonlyMap<string, SourceSite>;
}

/** Secrets as their plaintext when the export carries it, `[secret]` otherwise. */
function revealOrMask(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(revealOrMask);
    if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        // Assets, archives and resource references carry the same key with other values.
        if (isSecretWrapper(record)) {
            if (typeof record.plaintext === "string") {
                let revealed: unknown;
                try {
                    revealed = revealOrMask(JSON.parse(record.plaintext));
                } catch {
                    revealed = record.plaintext;
                }
                rememberSecret(revealed); // the pack judges the plaintext; every output is scrubbed of it (redact.ts)
                return revealed;
            }
            return REDACTED;
        }
        return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revealOrMask(v)]));
    }
    return value;
}

/** How deep `inputs` and `outputs` may nest (objects and arrays, secrets' plaintext included). */
export const MAX_DEPTH = 100;

/**
 * Whether `value` nests objects and arrays more than `limit` levels deep (a secret's JSON
 * plaintext counts where the secret sits). Iterative, so that no depth overflows the stack;
 * checked before anything recursive (revealing secrets, the pack, the report) sees the value.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_DEPTH): boolean {
    const pending: [unknown, number][] = [[value, 1]];
    while (pending.length > 0) {
        const [current, depth] = pending.pop()!;
        if (current === null || typeof current !== "object") continue;
        if (depth > limit) return true;
        const record = current as Record<string, unknown>;
        if (!Array.isArray(current) && isSecretWrapper(record) && typeof record.plaintext === "string") {
            let plaintext: unknown;
            try {
                plaintext = JSON.parse(record.plaintext);
            } catch {
                continue;
            }
            pending.push([plaintext, depth]);
            continue;
        }
        for (const child of Object.values(record)) pending.push([child, depth + 1]);
    }
    return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Where a resource came from, for messages: the file and the entry (`deployment.resources[3] (urn:…)`). */
function entryLabel(file: string, entry: string, urn: unknown): string {
    return `${file}: ${entry}${typeof urn === "string" ? ` (${excerpt(urn, 200)})` : ""}`;
}

/** A resource that has passed the schema (export-schema.ts) as the engine sends it to the pack. */
function fromState(state: Record<string, any>, where: string): AnalyzedResource {
    for (const field of ["inputs", "outputs"]) {
        if (nestsDeeperThan(state[field])) throw new UsageError(`${where}: its ${field} nest more than ${MAX_DEPTH} levels deep`);
    }
    const propertyDependencies: Record<string, string[]> = {};
    for (const [key, urns] of Object.entries((state.propertyDependencies ?? {}) as Record<string, string[] | null>))
        propertyDependencies[key] = urns ?? [];
    return {
        type: state.type,
        urn: state.urn,
        name: state.urn.split("::").pop() ?? state.urn,
        // A deployed resource's outputs hold what AWS chose (the AWS-managed key a table reports); inputs win where both say.
        properties: revealOrMask({ ...(state.outputs ?? {}), ...(state.inputs ?? {}) }) as Record<string, unknown>,
        parent: typeof state.parent === "string" && state.parent !== "" ? state.parent : undefined,
        dependencies: state.dependencies ?? [],
        propertyDependencies,
        // `urn::id` of the provider resource; its default tags count as the resource's tags.
        provider:
            typeof state.provider === "string" && state.provider.includes("::")
                ? state.provider.slice(0, state.provider.lastIndexOf("::"))
                : undefined,
    };
}

/** `urn:pulumi:<stack>::<project>::…` */
export function stackOfUrn(urn: string | undefined): { stack: string; project: string } {
    const match = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn ?? "");
    return { stack: match?.[1] ?? "unknown", project: match?.[2] ?? "unknown" };
}

/** Ops of `pulumi preview --json` steps that remove a resource: nothing of it is left to check. */
const REMOVING_OPS = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace"]);

function describeSchemaError(error: SchemaError): string {
    const params = error.params as Record<string, any>;
    switch (error.keyword) {
        case "type":
            return `must be ${String(params.type)
                .split(",")
                .map((t) => (t === "null" ? "null" : `a${/^[aeiou]/.test(t) ? "n" : ""} ${t}`))
                .join(" or ")}`;
        case "required":
            return `has no "${params.missingProperty}"`;
        case "pattern":
            return "must be a Pulumi URN (urn:pulumi:…)";
        case "minLength":
            return "must not be empty";
        default:
            return error.message ?? error.keyword;
    }
}

/** The schema error as a one-line message naming the file, the entry (index and urn) and the field. */
function schemaMessage(file: string, document: any, error: SchemaError, kind: "stack-export" | "preview-json"): string {
    const segments = error.instancePath
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const entryDepth = kind === "stack-export" ? 3 : 2; // deployment/resources/<i> or steps/<i>
    let value: any = document;
    for (const segment of segments) value = value?.[segment];
    const problem =
        error.keyword === "required" ? describeSchemaError(error) : `${describeSchemaError(error)}, got ${describeValue(value)}`;
    const path = (parts: string[]) => parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i === 0 ? "" : "."}${p}`)).join("");
    if (segments.length < entryDepth) return `${file}: ${segments.length === 0 ? "the document" : path(segments)} ${problem}`;
    const entrySegments = segments.slice(0, entryDepth);
    let entry: any = document;
    for (const segment of entrySegments) entry = entry?.[segment];
    const urn = isRecord(entry) ? (entry.urn ?? (isRecord(entry.newState) ? entry.newState.urn : undefined)) : undefined;
    const where = entryLabel(file, path(entrySegments), urn);
    const rest = segments.slice(entryDepth);
    if (rest.length === 0) return `${where} is not a ${kind === "stack-export" ? "resource" : "step"}: it ${problem}`;
    return `${where}: ${path(rest)} ${problem}`;
}

export function parseStackDocument(text: string, file: string): LoadedStack {
    const document = parseJson(text, file) as any;
    const isObject = document !== null && typeof document === "object" && !Array.isArray(document);
    if (isObject && "deployment" in document) {
        if (document.version !== 3)
            throw new UsageError(
                `${file} is a stack export of checkpoint version ${describeValue(document.version)}; dpcheck reads version 3`,
            );
        const validate = validators().stackExport;
        if (!validate(document as unknown)) throw new UsageError(schemaMessage(file, document, validate.errors![0], "stack-export"));
        const entries = (document.deployment.resources ?? []) as Record<string, any>[];
        const resources = entries.flatMap((r, i) =>
            r.delete === true ? [] : [fromState(r, entryLabel(file, `deployment.resources[${i}]`, r.urn))],
        );
        if (resources.length === 0)
            throw new UsageError(
                `${file} has no resources to check${entries.length > 0 ? ` (all ${entries.length} are pending deletion)` : ""}`,
            );
        return { kind: "stack-export", ...stackOfUrn(resources[0].urn), resources };
    }
    if (isObject && "steps" in document) {
        const validate = validators().previewJson;
        if (!validate(document as unknown)) throw new UsageError(schemaMessage(file, document, validate.errors![0], "preview-json"));
        const steps = document.steps as Record<string, any>[];
        const resources: AnalyzedResource[] = [];
        for (const [i, step] of steps.entries()) {
            if (REMOVING_OPS.has(step.op)) continue;
            const where = entryLabel(file, `steps[${i}]`, step.urn ?? step.newState?.urn);
            if (step.newState == null) throw new UsageError(`${where}: a "${visible(step.op)}" step has no newState to check`);
            resources.push(fromState(step.newState, where));
        }
        if (resources.length === 0)
            throw new UsageError(
                `${file} has no resources to check${steps.length > 0 ? ` (all ${steps.length} steps remove resources)` : ""}`,
            );
        return { kind: "preview-json", ...stackOfUrn(resources[0].urn), resources };
    }
    throw new UsageError(`${file} is neither a \`pulumi stack export\` (version 3) nor a \`pulumi preview --json\` document`);
}

export function loadStackFile(file: string): LoadedStack {
    return parseStackDocument(readTextFile(file), file);
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
