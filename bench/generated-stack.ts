/**
 * The benchmark's stacks: the platform's own resources (the dev stack, run offline under the
 * mocks), copied with fresh names until a stack has the size asked for. Each copy renames its
 * components and every name derived from them (URNs, physical names, ARNs, key ids), so the
 * copies are as distinct as the stores of one large real stack, and the stack stays compliant.
 * The provider is shared, as one stack has one default provider.
 */
import { createHash } from "crypto";
import * as path from "path";
import { AnalyzedResource } from "../tools/analyzer/policy-pack-process";
import { collectPreview } from "../tools/dpcheck/collect-preview";

const ROOT = path.resolve(__dirname, "..");

/** A resource as the engine would send it, and whether it is custom (for a stack export). */
export type PlatformResource = AnalyzedResource & { readonly custom: boolean };

/** The dev stack's resources, as the engine would send them. */
export function platformResources(): PlatformResource[] {
    // The pack judges secrets on their plaintext (`resources`); `recorded` says which are custom.
    const { resources, recorded } = collectPreview(ROOT, "dev");
    return resources.map((r, i) => ({ ...r, custom: recorded[i].custom }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Copies of `base` with fresh names: whole copies, at least `count` resources in all. */
export function generatedStack(base: readonly PlatformResource[], count: number): PlatformResource[] {
    const shared = base.filter((r) => r.type.startsWith("pulumi:providers:"));
    const copied = base.filter((r) => !r.type.startsWith("pulumi:providers:"));
    // Every name in the platform derives from a top-level component's name ("labels" ->
    // "labels-key-key"), and physical names, ARNs and key ids from a 7-hex hash of a name.
    const roots = copied
        .filter((r) => r.parent === undefined)
        .map((r) => r.name)
        .sort((a, b) => b.length - a.length);
    const rootName = new RegExp(`\\b(${roots.map(escape).join("|")})\\b`, "g");
    const hash = /\b[0-9a-f]{7}\b/g;
    const stack: PlatformResource[] = [...shared];
    for (let copy = 0; stack.length < count; copy++) {
        const fresh = (text: string) =>
            text
                .replace(rootName, `$1-c${copy}`)
                .replace(hash, (h) => createHash("sha256").update(`${h}/${copy}`).digest("hex").slice(0, 7));
        // URNs: only the name part after the last "::" is renamed, never a type.
        const freshUrn = (urn: string) => {
            const at = urn.lastIndexOf("::");
            return shared.some((r) => r.urn === urn) ? urn : `${urn.slice(0, at + 2)}${fresh(urn.slice(at + 2))}`;
        };
        for (const r of copied) {
            stack.push({
                custom: r.custom,
                type: r.type,
                urn: freshUrn(r.urn),
                name: fresh(r.name),
                properties: JSON.parse(fresh(JSON.stringify(r.properties))),
                parent: r.parent === undefined ? undefined : freshUrn(r.parent),
                dependencies: (r.dependencies ?? []).map(freshUrn),
                propertyDependencies: Object.fromEntries(
                    Object.entries(r.propertyDependencies ?? {}).map(([k, urns]) => [k, urns.map(freshUrn)]),
                ),
                provider: r.provider,
            });
        }
    }
    return stack;
}
