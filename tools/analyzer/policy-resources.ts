import { PolicyResource } from "@pulumi/policy";
import { AnalyzedResource } from "./policy-pack-process";

/**
 * Resources as @pulumi/policy presents them to a stack policy, built from what the engine
 * sends, so that in-process code (tests, reports) runs the pack's own readers on them.
 */
export function asPolicyResources(resources: readonly AnalyzedResource[]): PolicyResource[] {
    const byUrn = new Map<string, PolicyResource>();
    const list = resources.map((r) => {
        const resource = {
            type: r.type,
            urn: r.urn,
            name: r.name,
            props: r.properties,
            opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: {}, parent: r.parent },
            dependencies: [],
            propertyDependencies: {},
        } as unknown as PolicyResource;
        byUrn.set(r.urn, resource);
        return resource;
    });
    resources.forEach((r, i) => {
        const target = list[i] as { -readonly [K in keyof PolicyResource]: PolicyResource[K] };
        for (const [property, urns] of Object.entries(r.propertyDependencies ?? {})) {
            target.propertyDependencies[property] = urns.map((u) => byUrn.get(u)).filter((d): d is PolicyResource => d !== undefined);
        }
        target.dependencies = (r.dependencies ?? []).map((u) => byUrn.get(u)).filter((d): d is PolicyResource => d !== undefined);
        if (r.parent) target.parent = byUrn.get(r.parent);
        const provider = r.provider ? byUrn.get(r.provider) : undefined;
        if (provider)
            target.provider = {
                type: provider.type,
                urn: provider.urn,
                name: provider.name,
                props: provider.props,
            } as PolicyResource["provider"];
    });
    return list;
}
