/**
 * Runs the pack's policies in-process on stacks written as resource specs, the way the
 * engine's AnalyzeStack presents them: type, URN, name, input properties, parent,
 * dependencies and property dependencies.
 */
import { PolicyResource } from "@pulumi/policy";
import { DataProtectionPolicy } from "../../../policypack/lib/define";

export interface ResourceSpec {
    type: string;
    name: string;
    props: Record<string, any>;
    /** property -> names of the resources its value came from */
    propertyDependencies?: Record<string, string[]>;
    parent?: string;
}

export interface Violation {
    readonly policy: string;
    readonly message: string;
    readonly urn?: string;
}

export function urnOf(spec: Pick<ResourceSpec, "type" | "name">): string {
    return `urn:pulumi:test::fixture::${spec.type}::${spec.name}`;
}

export function toPolicyResources(specs: readonly ResourceSpec[]): PolicyResource[] {
    const byName = new Map<string, PolicyResource>();
    const resources = specs.map((spec) => {
        const resource = {
            type: spec.type,
            name: spec.name,
            urn: urnOf(spec),
            props: spec.props,
            opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: {}, deleteBeforeReplace: false, replaceOnChanges: [], retainOnDelete: false },
            dependencies: [] as PolicyResource[],
            propertyDependencies: {} as Record<string, PolicyResource[]>,
        } as unknown as PolicyResource;
        if (byName.has(spec.name)) throw new Error(`fixture names ${spec.name} twice`);
        byName.set(spec.name, resource);
        return resource;
    });
    specs.forEach((spec, i) => {
        const resource = resources[i] as any;
        for (const [property, names] of Object.entries(spec.propertyDependencies ?? {})) {
            resource.propertyDependencies[property] = names.map((name) => {
                const target = byName.get(name);
                if (!target) throw new Error(`${spec.name}.${property} depends on unknown ${name}`);
                return target;
            });
        }
        resource.dependencies = [...new Set(Object.values(resource.propertyDependencies).flat())];
        if (spec.parent) resource.parent = byName.get(spec.parent);
    });
    return resources;
}

/** Every violation the policies report on the stack. */
export function analyze(policies: readonly DataProtectionPolicy[], specs: readonly ResourceSpec[], config: Record<string, unknown> = {}): Violation[] {
    const resources = toPolicyResources(specs);
    const violations: Violation[] = [];
    for (const policy of policies) {
        policy.validateStack({
            resources,
            stackTags: new Map(),
            getConfig: <T extends object>() => config as T,
            notApplicable: (reason?: string): never => { throw new Error(`notApplicable: ${reason}`); },
        }, (message: string, urn?: string) => violations.push({ policy: policy.name, message, urn }));
    }
    return violations;
}

/** A deep copy of `specs` with `change` applied to the resource named `name`. */
export function withChange(specs: readonly ResourceSpec[], name: string, change: (spec: ResourceSpec) => void): ResourceSpec[] {
    const copy: ResourceSpec[] = JSON.parse(JSON.stringify(specs));
    const spec = copy.find((s) => s.name === name);
    if (!spec) throw new Error(`no fixture resource ${name}`);
    change(spec);
    return copy;
}

export function without(specs: readonly ResourceSpec[], ...names: string[]): ResourceSpec[] {
    const copy: ResourceSpec[] = JSON.parse(JSON.stringify(specs));
    return copy.filter((s) => !names.includes(s.name)).map((s) => ({
        ...s,
        propertyDependencies: Object.fromEntries(Object.entries(s.propertyDependencies ?? {}).map(([k, v]) => [k, v.filter((n) => !names.includes(n))])),
    }));
}
