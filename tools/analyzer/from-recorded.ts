import { RecordedResource } from "../offline/mock-runtime";
import { AnalyzedResource } from "./policy-pack-process";

/** Resources recorded under the mocks, as the engine would send them to AnalyzeStack. */
export function toAnalyzedResources(recorded: readonly RecordedResource[]): (AnalyzedResource & { custom: boolean })[] {
    return recorded.map((r) => ({
        custom: r.custom,
        type: r.type,
        urn: r.urn,
        name: r.name,
        // Outputs (ARNs, ids) beside the inputs, inputs winning, as a deployed stack's export shows a resource.
        properties: { ...(r.outputs ?? {}), ...r.inputs },
        parent: r.parent,
        dependencies: r.dependencies,
        propertyDependencies: r.propertyDependencies,
        provider: r.provider,
    }));
}
