/**
 * The data stores of a stack: every resource whose type is in the catalogue, with the
 * classification and retention it is judged by. A store's own tags declare them; a copy (a
 * snapshot, an export, a log, a replica, a side resource) has those of what it copies; and a
 * store that receives a copy of personal data holds personal data, whatever its tag says. These
 * are propagated along the stack's copy edges once per stack, so checks stay linear.
 */
import { Classification, TAG, isClassification } from "../contract";
import { CATALOGUE_BY_TYPE } from "../catalogue";
import { CatalogueEntry, Reference, isCustom, isNotOffered } from "../catalogue/entry";
import { read } from "../catalogue/read";
import { PackConfig } from "./config";
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
    /** What it is judged as: its tag, or what its sources and inflows make it. */
    classification: Classification | "unclassified";
    isPii: boolean;
    /** The shortest retention among its own tag, its sources' and its inflows', in days. */
    retentionDays?: number;
    /** Why it has its classification, for messages. */
    classifiedBy: string;
}

/** Every catalogued resource of the stack, classified; built once per stack. */
export function storesOf(index: StackIndex): Store[] {
    return index.memo("stores", () => buildStores(index)).list;
}

export function storeOf(index: StackIndex, urn: string): Store | undefined {
    return index.memo("stores", () => buildStores(index)).byUrn.get(urn);
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
    const { byUrn, byKey } = index.memo("stores", () => buildStores(index));
    const allowed = (store: Store) => reference.types === "any" || reference.types.includes(store.res.type);
    const property = reference.path.split(".")[0];
    const fromDeps = (res.source.propertyDependencies?.[property] ?? []).map((dep) => byUrn.get(dep.urn)).filter((s): s is Store => s !== undefined && allowed(s));
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
            const found = keysOfReference(name).flatMap((key) => byKey.get(key) ?? []).filter(allowed);
            if (found.length > 0) found.forEach((s) => stores.add(s));
            else if (fromDeps.length === 0) outside.push(target);
        }
    }
    return { stores: [...stores], outside, unknown: unknown && fromDeps.length === 0 };
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

/** The keys a reference may name a store by: itself, and for an ARN its resource name parts. */
export function keysOfReference(value: string): string[] {
    const keys = [value];
    const url = /^https?:\/\/[^/]+\/(?:\d{12}\/)?([^/?#]+)\/?$/.exec(value);
    if (url) keys.push(url[1]);
    const arn = /^arn:[^:]+:([^:]*):[^:]*:[^:]*:(.+)$/.exec(value);
    if (arn) {
        const [, service, resource] = arn;
        const withoutWildcard = resource.replace(/[:/]\*$/, "");
        if (service === "s3") keys.push(withoutWildcard.split("/")[0]);
        keys.push(...withoutWildcard.split(/[:/]/).filter((part) => part !== ""), withoutWildcard);
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
        res, entry, tags, tagsUnknown: unknown || isUnknown(res.props.tags), classificationTag, declared,
        declaredRetentionDays: days !== undefined && days >= 1 ? days : undefined,
        sources: [], outsideSources: [], inflows: [],
        classification: "unclassified", isPii: false, classifiedBy: "",
    };
}

function buildStores(index: StackIndex): StoreIndex {
    const list: Store[] = [];
    for (const res of index.all) {
        const entry = CATALOGUE_BY_TYPE.get(res.type);
        if (entry) list.push(describe(res, entry));
    }
    const byUrn = new Map(list.map((store) => [store.res.urn, store]));
    const byKey = new Map<string, Store[]>();
    for (const store of list) {
        const names = (store.entry.names ?? []).flatMap((path) => read(store.res.props, path)).map((r) => r.value);
        for (const key of new Set([store.res.urn, store.res.name, store.res.props.arn, store.res.props.id, ...names])) {
            if (typeof key === "string" && key !== "" && !isUnknown(key)) byKey.set(key, [...(byKey.get(key) ?? []), store]);
        }
    }
    const stores: StoreIndex = { list, byUrn, byKey };
    index.memo("stores", () => stores);

    // Copy edges: source -> copy, and sender -> the store it writes to.
    const edges: [Store, Store][] = [];
    for (const store of list) {
        for (const reference of store.entry.sources ?? []) {
            const resolved = resolveReference(index, store.res, reference);
            store.sources.push(...resolved.stores.filter((s) => s !== store));
            store.outsideSources.push(...resolved.outside);
        }
        for (const source of store.sources) edges.push([source, store]);
        const destinations = store.entry.destinations;
        if (destinations && !isNotOffered(destinations)) {
            for (const destination of destinations) {
                if (isCustom(destination) || !("store" in destination)) continue;
                for (const target of resolveReference(index, store.res, destination).stores) {
                    if (target === store) continue;
                    edges.push([store, target]);
                    (target.inflows as Store[]).push(store);
                }
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
        } else if (tagging === "store" || (tagging === "copy" && !inherits)) {
            store.classification = "pii";
            store.classifiedBy = "no classification (treated as pii)";
        } else {
            store.classification = "unclassified";
            store.classifiedBy = "no classification";
        }
    }
    // Raise classifications and shorten retentions along the edges until nothing changes. What
    // an unclassified resource passes on counts as pii: the copy cannot tell what it holds.
    for (let changed = true, rounds = 0; changed && rounds <= list.length; rounds++) {
        changed = false;
        for (const [from, to] of edges) {
            const passed = from.classification === "unclassified" ? "pii" : from.classification;
            if (!to.entry.inherent && level(passed) > level(to.classification)) {
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
    for (const store of list) store.isPii = store.classification === "pii";
    return stores;
}

/** The stores whose own tags must declare the contract (DP-1.1, DP-5.1): stores, and copies with nothing in the stack to inherit from. */
export function mustDeclare(store: Store): boolean {
    if (store.entry.inherent) return false;
    return store.entry.tagging === "store" || (store.entry.tagging === "copy" && store.sources.length === 0 && store.inflows.length === 0);
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
