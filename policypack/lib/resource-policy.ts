/**
 * The resource policies of topics and queues: the `policy` argument of the resource and the
 * separate TopicPolicy / QueuePolicy resources that point at it.
 */
import { Res, StackIndex } from "./stack-index";

/** Policy documents attached to `target`: its own `policy` input and those of `policyTypes` naming it. */
export function resourcePolicyDocuments(
    index: StackIndex,
    target: Res,
    policyTypes: readonly string[],
    property: string,
): { source: Res; document: unknown }[] {
    const byTarget = index.memo(`resource-policies:${policyTypes.join(",")}`, () => {
        const map = new Map<string, Res[]>();
        for (const res of index.ofTypes(policyTypes)) {
            const keys = (res.source.propertyDependencies?.[property] ?? []).map((d) => d.urn);
            const value = res.props[property];
            if (typeof value === "string") keys.push(value, value.split(/[:/]/).pop() ?? value);
            for (const key of new Set(keys)) map.set(key, [...(map.get(key) ?? []), res]);
        }
        return map;
    });
    const keys = [target.urn, target.props.name, target.props.arn, target.props.id, target.name].filter(
        (k): k is string => typeof k === "string",
    );
    const attached = [...new Set(keys.flatMap((key) => byTarget.get(key) ?? []))].map((res) => ({
        source: res,
        document: res.props.policy,
    }));
    if (target.props.policy !== undefined && target.props.policy !== "") attached.push({ source: target, document: target.props.policy });
    return attached;
}
