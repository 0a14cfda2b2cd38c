import { AnalyzedResource } from "../../../tools/analyzer/policy-pack-process";
import { ResourceSpec, urnOf } from "./harness";

/** Fixture specs as the engine sends them to AnalyzeStack. */
export function toAnalyzedResources(specs: readonly ResourceSpec[]): AnalyzedResource[] {
    const urnByName = new Map(specs.map((spec) => [spec.name, urnOf(spec)]));
    return specs.map((spec) => {
        const propertyDependencies = Object.fromEntries(Object.entries(spec.propertyDependencies ?? {}).map(([property, names]) => [property, names.map((n) => urnByName.get(n)!)]));
        return {
            type: spec.type,
            urn: urnOf(spec),
            name: spec.name,
            properties: spec.props,
            parent: spec.parent ? urnByName.get(spec.parent) : undefined,
            dependencies: [...new Set(Object.values(propertyDependencies).flat())],
            propertyDependencies,
        };
    });
}
