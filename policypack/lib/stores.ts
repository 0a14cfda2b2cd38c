/**
 * The data stores of a stack: every resource whose type is in the catalogue, with the
 * classification and retention it is judged by. A store's own tags declare them; a copy (a
 * snapshot, an export, a log, a replica, a side resource) has those of what it copies; and a
 * store that receives a copy of personal data holds personal data, whatever its tag says. These
 * are propagated along the stack's copy edges once per stack, so checks stay linear.
 */
import { Classification, TAG, isClassification } from "../contract";
import { entryOf } from "../catalogue";
import { CatalogueEntry, Reference, isCustom, isNotOffered } from "../catalogue/entry";
import { holds, read } from "../catalogue/read";
import { UNTAGGABLE_TYPES } from "../catalogue/untaggable";
import { PackConfig } from "./config";
import { arnMayName } from "./accounts";
import { Res, StackIndex } from "./stack-index";
import { tagsOf } from "./tags";
import { isUnknown, wholeNumber } from "./values";

/** From least to most sensitive; a copy is never less sensitive than its source. */
const LEVELS: readonly (Classification | "unclassified")[] = ["unclassified", "public", "internal", "confidential", "pii"];
const level = (c: Classification | "unclassified") => LEVELS.indexOf(c);

export interface Store {
    readonly res: Res;
    readonly entry: CatalogueEntry;
    /** The contract tags, merged from the provider's default tags and the resource. */
    readonly tags: Record<string, unknown>;
    readonly tagsUnknown: boolean;
    /** The raw `data-classification` tag. */
    readonly classificationTag: unknown;
    /** The resource's own valid classification, if it declares one. */
    readonly declared?: Classification;
    /** The resource's own valid `retention-days`. */
    readonly declaredRetentionDays?: number;
    /** The stores this one copies, logs or configures (resolved `sources`). */
    readonly sources: Store[];
    /** References to sources that are not resources of this stack. */
    readonly outsideSources: string[];
    /** Stores that send it a copy (destinations of other resources). */
    readonly inflows: Store[];
    /**
     * It holds no customer data: a copy whose sources were resolved to nothing (a backup selection that picks no
     * store), a scheduled rule, or what only such resources feed.
     */
    copiesNothing: boolean;
    /** What it is judged as: its tag, or what its sources and inflows make it. */
    classification: Classification | "unclassified";
    isPii: boolean;
    /** The shortest retention among its own tag, its sources' and its inflows', in days. */
    retentionDays?: number;
    /** Why it has its classification, for messages. */
    classifiedBy: string;
}

const built = new WeakMap<StackIndex, StoreIndex>();

/** The stores of the stack, built on first use (and reachable while they are being built). */
function storeIndex(index: StackIndex): StoreIndex {
    return built.get(index) ?? buildStores(index);
}

/** Every catalogued resource of the stack, classified; built once per stack. */
export function storesOf(index: StackIndex): Store[] {
    return storeIndex(index).list;
}

export function storeOf(index: StackIndex, urn: string): Store | undefined {
    return storeIndex(index).byUrn.get(urn);
}

/** The days within which every copy of a PII store's data must be gone; undefined for other stores. */
export function retentionLimit(store: Store, config: PackConfig): number | undefined {
    if (!store.isPii) return undefined;
    return Math.min(config.maxPiiRetentionDays, store.retentionDays ?? config.maxPiiRetentionDays);
}

export interface Resolved {
    readonly stores: Store[];
    /** Known references that name nothing in this stack. */
    readonly outside: string[];
    /** A reference whose value is not known (and no dependency names what it points at). */
    readonly unknown: boolean;
}

/** The stores a reference of `res` points at: through property dependencies, names, ids or ARNs. */
export function resolveReference(index: StackIndex, res: Res, reference: Reference): Resolved {
    const { byUrn, byKey } = storeIndex(index);
    const allowed = (store: Store) => reference.types === "any" || reference.types.includes(store.res.type);
    const property = reference.path.split(".")[0];
    const fromDeps = (res.source.propertyDependencies?.[property] ?? [])
        .map((dep) => byUrn.get(dep.urn))
        .filter((s): s is Store => s !== undefined && allowed(s));
    const stores = new Set<Store>(fromDeps);
    const outside: string[] = [];
    let unknown = false;
    for (const reading of read(res.props, reference.path)) {
        const values = reading.state === "known" ? (Array.isArray(reading.value) ? reading.value : [reading.value]) : [];
        if (reading.state === "unknown") unknown = true;
        for (const value of values) {
            if (isUnknown(value)) {
                unknown = true;
                continue;
            }
            if (value === "" || (typeof value !== "string" && !(reference.json && typeof value === "object"))) continue;
            const target = reference.json ? jsonKey(value, reference.json) : value;
            if (isUnknown(target)) unknown = true;
            if (typeof target !== "string" || target === "") continue;
            const name = reference.pattern ? reference.pattern.exec(target)?.[1] : target;
            if (name === undefined) continue;
            const found = keysOfReference(name, reference.types === "any")
                .flatMap((key) => byKey.get(key) ?? [])
                .filter((store) => allowed(store) && arnMayName(index, store.res, target));
            if (found.length > 0) found.forEach((s) => stores.add(s));
            else if (fromDeps.length === 0 || (reference.path.includes(".") && !explainedByDependencies(index, res, target, fromDeps)))
                outside.push(target);
        }
    }
    return { stores: [...stores], outside, unknown: unknown && fromDeps.length === 0 };
}

/**
 * Whether a nested value that names nothing in the stack may still be the output of one of the
 * stores its top-level property depends on (a deployed stack's inputs hold resolved ARNs with
 * generated ids): an ARN of the stack's own account and region, or a plain name when a store it
 * depends on has no known name. A literal beside such outputs (another account's ARN, a bucket
 * name) is not explained.
 */
function explainedByDependencies(index: StackIndex, res: Res, value: string, deps: readonly Store[]): boolean {
    if (value.startsWith("arn:")) return arnMayName(index, res, value);
    return deps.some((dep) => (dep.entry.names ?? []).flatMap((path) => read(dep.res.props, path)).every((r) => r.state !== "known"));
}

/** One key of a JSON document given as text (or as an object). */
function jsonKey(text: unknown, key: string): unknown {
    try {
        const document = typeof text === "string" ? JSON.parse(text) : text;
        return document !== null && typeof document === "object" ? (document as Record<string, unknown>)[key] : undefined;
    } catch {
        return undefined;
    }
}

/**
 * The keys a reference may name a store by: itself, and for an ARN its resource name (with
 * `narrow`, only the last part of the resource; otherwise every part, for types whose ARNs nest
 * names, such as `table/NAME/stream/...`).
 */
export function keysOfReference(value: string, narrow = false): string[] {
    const keys = [value];
    const logGroup = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(?::\*)?$/.exec(value);
    if (logGroup) return [value, logGroup[1]];
    const url = /^https?:\/\/[^/]+\/(?:\d{12}\/)?([^/?#]+)\/?$/.exec(value);
    if (url) keys.push(url[1]);
    const arn = /^arn:[^:]+:([^:]*):[^:]*:[^:]*:(.+)$/.exec(value);
    if (arn) {
        const [, service, resource] = arn;
        const withoutWildcard = resource.replace(/[:/]\*$/, "");
        if (service === "s3") keys.push(withoutWildcard.split("/")[0]);
        // `type/NAME/...` or `type:NAME`: the name, and the last part; not the type words (`table`, `stream`).
        const parts = withoutWildcard.split(/[:/]/).filter((part) => part !== "");
        keys.push(...(narrow || parts.length < 2 ? parts.slice(-1) : [parts[1], parts[parts.length - 1]]), withoutWildcard);
    }
    return [...new Set(keys)];
}

interface StoreIndex {
    readonly list: Store[];
    readonly byUrn: Map<string, Store>;
    readonly byKey: Map<string, Store[]>;
}

function describe(res: Res, entry: CatalogueEntry): Store {
    const { tags, unknown } = tagsOf(res);
    const classificationTag = tags[TAG.classification];
    const declared = isClassification(classificationTag) ? classificationTag : undefined;
    const days = wholeNumber(tags[TAG.retentionDays]);
    return {
        res,
        entry,
        tags,
        tagsUnknown: unknown || isUnknown(res.props.tags),
        classificationTag,
        declared,
        declaredRetentionDays: days !== undefined && days >= 1 ? days : undefined,
        sources: [],
        outsideSources: [],
        inflows: [],
        copiesNothing: false,
        classification: "unclassified",
        isPii: false,
        classifiedBy: "",
    };
}

/** Raises each edge's target to its source's classification and retention, until nothing changes. */
function propagate(edges: readonly [Store, Store][], limit: number, unclassifiedPasses: (from: Store) => Classification | undefined): void {
    for (let changed = true, rounds = 0; changed && rounds <= limit; rounds++) {
        changed = false;
        for (const [from, to] of edges) {
            const passed = from.classification === "unclassified" ? unclassifiedPasses(from) : from.classification;
            if (passed !== undefined && !to.entry.inherent && level(passed) > level(to.classification)) {
                to.classification = passed;
                to.classifiedBy = `a copy of ${from.res.name} (${from.classification === "unclassified" ? "unclassified, treated as pii" : from.classification})`;
                changed = true;
            }
            if (from.retentionDays !== undefined && (to.retentionDays === undefined || from.retentionDays < to.retentionDays)) {
                to.retentionDays = from.retentionDays;
                changed = true;
            }
        }
    }
}

function buildStores(index: StackIndex): StoreIndex {
    const list: Store[] = [];
    for (const res of index.all) {
        const entry = entryOf(res.type);
        if (entry) list.push(describe(res, entry));
    }
    const byUrn = new Map(list.map((store) => [store.res.urn, store]));
    const byKey = new Map<string, Store[]>();
    for (const store of list) {
        const names = (store.entry.names ?? []).flatMap((path) => read(store.res.props, path)).map((r) => r.value);
        // Not the `arn` input: where a type has one, it names another resource (a target, a topic).
        for (const key of new Set([store.res.urn, store.res.props.id, ...names])) {
            if (typeof key === "string" && key !== "" && !isUnknown(key)) byKey.set(key, [...(byKey.get(key) ?? []), store]);
        }
    }
    const stores: StoreIndex = { list, byUrn, byKey };
    built.set(index, stores);

    // Copy edges: source -> copy, and sender -> the store it writes to.
    const edges: [Store, Store][] = [];
    for (const store of list) {
        for (const reference of store.entry.sources ?? []) {
            const resolved =
                "computed" in reference ? reference.computed(index, store.res, list) : resolveReference(index, store.res, reference);
            store.sources.push(...resolved.stores.filter((s) => s !== store));
            store.outsideSources.push(...resolved.outside);
            if ("computed" in reference && resolved.stores.length === 0 && resolved.outside.length === 0) store.copiesNothing = true;
        }
        for (const source of store.sources) edges.push([source, store]);
        const destinations = store.entry.destinations;
        if (destinations && !isNotOffered(destinations)) {
            for (const destination of destinations) {
                if (isCustom(destination) || !("store" in destination) || !holds(store.res.props, destination.when)) continue;
                for (const target of resolveReference(index, store.res, destination).stores) {
                    if (target === store) continue;
                    edges.push([store, target]);
                    (target.inflows as Store[]).push(store);
                }
            }
        }
    }

    // What carries nothing passes nothing on: a resource fed only by such resources carries nothing either.
    for (const store of list)
        if (store.entry.carriesNothingWhen && holds(store.res.props, store.entry.carriesNothingWhen)) store.copiesNothing = true;
    for (let changed = true, rounds = 0; changed && rounds <= list.length; rounds++) {
        changed = false;
        for (const store of list) {
            const feeders = [...store.sources, ...store.inflows];
            if (!store.copiesNothing && feeders.length > 0 && store.outsideSources.length === 0 && feeders.every((s) => s.copiesNothing)) {
                store.copiesNothing = true;
                changed = true;
            }
        }
    }
    for (const store of list) {
        const { tagging, inherent } = store.entry;
        const inherits = store.sources.length > 0 || store.inflows.length > 0;
        store.retentionDays = store.declaredRetentionDays;
        if (inherent) {
            store.classification = inherent.classification;
            store.classifiedBy = `${inherent.classification} by nature (${inherent.why})`;
        } else if (store.declared) {
            store.classification = store.declared;
            store.classifiedBy = `its tag ${TAG.classification}=${store.declared}`;
        } else if (store.outsideSources.length > 0) {
            store.classification = "pii";
            store.classifiedBy = `a copy of ${store.outsideSources[0]}, outside this stack (treated as pii)`;
        } else if (tagging === "store" || (tagging === "copy" && !inherits && !store.copiesNothing)) {
            store.classification = "pii";
            store.classifiedBy = "no classification (treated as pii)";
        } else {
            store.classification = "unclassified";
            store.classifiedBy = "no classification";
        }
    }
    // Raise classifications and shorten retentions along the edges until nothing changes. First
    // with "unclassified" as the bottom (a copy's classification is still being found); then what
    // an unclassified carrier (or a copy with nothing classified behind it) passes on counts as
    // pii, since its copies cannot tell what they hold.
    propagate(edges, list.length, () => undefined);
    propagate(edges, list.length, (from) => (from.copiesNothing ? undefined : "pii"));
    for (const store of list) {
        if (store.classification === "unclassified" && store.entry.tagging === "copy" && !store.copiesNothing) {
            store.classification = "pii";
            store.classifiedBy = "a copy of an unclassified resource (treated as pii)";
        }
    }
    for (const store of list) store.isPii = store.classification === "pii";
    return stores;
}

/** The stores whose own tags must declare the contract (DP-1.1, DP-5.1): stores, and copies with nothing in the stack to inherit from. */
export function mustDeclare(store: Store): boolean {
    if (store.entry.inherent || UNTAGGABLE_TYPES.has(store.res.type)) return false;
    return (
        store.entry.tagging === "store" ||
        (store.entry.tagging === "copy" && store.sources.length === 0 && store.inflows.length === 0 && !store.copiesNothing)
    );
}

export { level as classificationLevel };

/** Side resources judged through `store` (its bucket policy, ACL, topic policy ...), built once per stack. */
export function sidesOf(index: StackIndex, store: Store): Store[] {
    const bySource = index.memo("store-sides", () => {
        const map = new Map<Store, Store[]>();
        for (const side of storesOf(index).filter((s) => s.entry.judgedWithSource)) {
            for (const source of side.sources) map.set(source, [...(map.get(source) ?? []), side]);
        }
        return map;
    });
    return bySource.get(store) ?? [];
}
