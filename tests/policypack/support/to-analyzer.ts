import { AnalyzedResource } from "../../../tools/analyzer/policy-pack-process";
import { ResourceSpec, urnOf } from "./specs";

/** The provider spec that, as the engine's default provider, manages AWS resources that name none. */
export const DEFAULT_PROVIDER = "default-provider";

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
    const hasDefault = urnByName.has(DEFAULT_PROVIDER);
    const providerOf = (spec: ResourceSpec) => spec.provider ?? (hasDefault && spec.type.startsWith("aws:") ? DEFAULT_PROVIDER : undefined);
    return specs.map((spec) => {
        const provider = providerOf(spec);
        const propertyDependencies = Object.fromEntries(
            Object.entries(spec.propertyDependencies ?? {}).map(([property, names]) => [
                property,
                names.map((n) => urn(`${spec.name}.${property}`, n)),
            ]),
        );
        return {
            type: spec.type,
            urn: urnOf(spec),
            name: spec.name,
            properties: spec.props,
            parent: spec.parent ? urn(`${spec.name}.parent`, spec.parent) : undefined,
            provider: provider ? urn(`${spec.name}.provider`, provider) : undefined,
            dependencies: [...new Set(Object.values(propertyDependencies).flat())],
            propertyDependencies,
        };
    });
}
