/** Fixture resources, written as a stack export presents them. */
export interface ResourceSpec {
    type: string;
    name: string;
    props: Record<string, any>;
    /** property -> names of the resources its value came from */
    propertyDependencies?: Record<string, string[]>;
    parent?: string;
    /** name of the `pulumi:providers:aws` spec that manages it */
    provider?: string;
}

export function urnOf(spec: Pick<ResourceSpec, "type" | "name">): string {
    return `urn:pulumi:test::fixture::${spec.type}::${spec.name}`;
}
