import { AnalyzedResource } from "../../../tools/analyzer/policy-pack-process";
import { ResourceSpec, urnOf } from "./specs";

/** Fixture specs as the engine sends them to AnalyzeStack. */
export function toAnalyzedResources(specs: readonly ResourceSpec[]): AnalyzedResource[] {
    const urnByName = new Map<string, string>();
    for (const spec of specs) {
        if (urnByName.has(spec.name)) throw new Error(`fixture names ${spec.name} twice`);
        urnByName.set(spec.name, urnOf(spec));
    }
    const urn = (from: string, name: string) => {
        const found = urnByName.get(name);
        if (!found) throw new Error(`${from} depends on unknown ${name}`);
        return found;
    };
    return specs.map((spec) => {
        const propertyDependencies = Object.fromEntries(Object.entries(spec.propertyDependencies ?? {}).map(([property, names]) => [property, names.map((n) => urn(`${spec.name}.${property}`, n))]));
        return {
            type: spec.type,
            urn: urnOf(spec),
            name: spec.name,
            properties: spec.props,
            parent: spec.parent ? urn(`${spec.name}.parent`, spec.parent) : undefined,
            provider: spec.provider ? urn(`${spec.name}.provider`, spec.provider) : undefined,
            dependencies: [...new Set(Object.values(propertyDependencies).flat())],
            propertyDependencies,
        };
    });
}
