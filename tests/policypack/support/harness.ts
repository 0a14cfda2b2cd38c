/**
 * Runs the pack's policies in-process on stacks written as resource specs, the way the
 * engine's AnalyzeStack presents them: type, URN, name, input properties, parent,
 * dependencies and property dependencies.
 */
import { PolicyResource } from "@pulumi/policy";
import { DataProtectionPolicy } from "../../../policypack/lib/define";
import { asPolicyResources } from "../../../tools/analyzer/policy-resources";
import { ResourceSpec } from "./specs";
import { toAnalyzedResources } from "./to-analyzer";

export { ResourceSpec, urnOf } from "./specs";

export interface Violation {
    readonly policy: string;
    readonly message: string;
    readonly urn?: string;
}

export function toPolicyResources(specs: readonly ResourceSpec[]): PolicyResource[] {
    return asPolicyResources(toAnalyzedResources(specs));
}

/**
 * Every violation the policies report on the stack. `config` is pack-wide, as a test means it:
 * each policy is given the keys its schema declares, as a well-formed per-policy config would.
 */
export function analyze(
    policies: readonly DataProtectionPolicy[],
    specs: readonly ResourceSpec[],
    config: Record<string, unknown> = {},
): Violation[] {
    const resources = toPolicyResources(specs);
    const violations: Violation[] = [];
    for (const policy of policies) {
        policy.validateStack(
            {
                resources,
                stackTags: new Map(),
                getConfig: <T extends object>() =>
                    Object.fromEntries(Object.entries(config).filter(([key]) => key in (policy.configSchema?.properties ?? {}))) as T,
                notApplicable: (reason?: string): never => {
                    throw new Error(`notApplicable: ${reason}`);
                },
            },
            (message: string, urn?: string) => violations.push({ policy: policy.name, message, urn }),
        );
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
    return copy
        .filter((s) => !names.includes(s.name))
        .map((s) => ({
            ...s,
            propertyDependencies: Object.fromEntries(
                Object.entries(s.propertyDependencies ?? {}).map(([k, v]) => [k, v.filter((n) => !names.includes(n))]),
            ),
        }));
}
