/**
 * A resource's tags as the contract reads them: the AWS provider's `defaultTags`, then the
 * resource's `tagsAll` (what a deployed resource reports), then its own `tags`, later ones
 * winning, as AWS applies them. Tags given as a list of `{key, value}` (aws-native, CloudFormation)
 * read the same.
 */
import { TAG } from "../contract";
import type { Res } from "./stack-index";
import { isObject, isUnknown, unwrap } from "./values";

export interface ResourceTags {
    readonly tags: Record<string, unknown>;
    /** The tags (or the provider's default tags) are not known during preview. */
    readonly unknown: boolean;
}

function asTagMap(value: unknown): Record<string, unknown> | "unknown" | undefined {
    if (isUnknown(value)) return "unknown";
    if (typeof value === "string") {
        try {
            return asTagMap(JSON.parse(value));
        } catch {
            return undefined;
        }
    }
    if (Array.isArray(value)) {
        const entries = value
            .filter(isObject)
            .map((t) => [t.key ?? t.Key, t.value ?? t.Value] as const)
            .filter(([k]) => typeof k === "string");
        return Object.fromEntries(entries);
    }
    return isObject(value) ? value : undefined;
}

export function tagsOf(res: Res): ResourceTags {
    let unknown = false;
    const layers: Record<string, unknown>[] = [];
    const add = (value: unknown) => {
        const map = asTagMap(value);
        if (map === "unknown") unknown = true;
        else if (map) layers.push(map);
    };
    const providerProps = unwrap(res.source.provider?.props);
    if (isObject(providerProps)) {
        const defaults = asTagMap(providerProps.defaultTags);
        if (defaults === "unknown") unknown = true;
        else if (defaults) add(defaults.tags);
    }
    add(res.props.tagsAll);
    add(res.props.tags);
    return { tags: Object.assign({}, ...layers), unknown };
}

/** Keys of the contract that declare a resource a data store (owner alone does not: keys and roles carry it). */
export const STORE_DECLARING_TAGS: readonly string[] = [TAG.classification, TAG.piiCategories, TAG.retentionDays];

/** Whether a resource carries any tag of the classification contract. */
export function carriesContractTag(tags: Record<string, unknown>): boolean {
    return (Object.values(TAG) as string[]).some((key) => key in tags);
}
