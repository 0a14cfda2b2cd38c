/**
 * One pass over a stack's resources: by URN, by type, and the side resources of each bucket
 * (the catalogued data stores and their classification are in `stores.ts`).
 * Built once per AnalyzeStack call and shared by every policy (memoised on the resource list),
 * so that checking a stack stays linear in its size.
 */
import { PolicyResource } from "@pulumi/policy";
import { isUnknown, unwrap } from "./values";

export const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];

/** Side resources of a bucket, by role; each role lists the v7 token and the deprecated V2 one. */
export const BUCKET_SIDE_TYPES = {
    encryption: [
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    ],
    publicAccessBlock: ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"],
    policy: ["aws:s3/bucketPolicy:BucketPolicy"],
    lifecycle: [
        "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
        "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
    ],
    versioning: ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"],
    logging: ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"],
    replication: ["aws:s3/bucketReplicationConfig:BucketReplicationConfig"],
} as const;
export type BucketSideRole = keyof typeof BUCKET_SIDE_TYPES;

/** A resource with its raw (unproxied) properties. */
export interface Res {
    readonly type: string;
    readonly urn: string;
    readonly name: string;
    readonly props: Record<string, any>;
    readonly source: PolicyResource;
}

export class StackIndex {
    readonly all: Res[];
    readonly byUrn = new Map<string, Res>();
    private readonly byType = new Map<string, Res[]>();
    private readonly sides = new Map<string, Map<BucketSideRole, Res[]>>();

    constructor(resources: readonly PolicyResource[]) {
        this.all = resources.map((source) => ({
            type: source.type,
            urn: source.urn,
            name: source.name,
            props: unwrap(source.props) ?? {},
            source,
        }));
        for (const res of this.all) {
            this.byUrn.set(res.urn, res);
            const ofType = this.byType.get(res.type);
            if (ofType) ofType.push(res);
            else this.byType.set(res.type, [res]);
        }
        this.joinBucketSides();
    }

    ofTypes(types: readonly string[]): Res[] {
        return types.flatMap((type) => this.byType.get(type) ?? []);
    }

    private readonly memos = new Map<string, unknown>();

    /** A value derived from the whole stack, computed once per stack and shared by policies. */
    memo<T>(key: string, compute: () => T): T {
        if (!this.memos.has(key)) this.memos.set(key, compute());
        return this.memos.get(key) as T;
    }

    /** Side resources of `role` attached to the bucket with this URN. */
    sidesOf(bucketUrn: string, role: BucketSideRole): Res[] {
        return this.sides.get(bucketUrn)?.get(role) ?? [];
    }

    /**
     * The bucket a side resource configures: through the property dependencies of its
     * `bucket` input (what the engine reports), else by the bucket's name or id, as exports
     * from elsewhere may lack dependencies.
     */
    bucketOf(side: Res, byName: Map<string, Res>): Res | undefined {
        const deps = side.source.propertyDependencies?.bucket ?? [];
        const fromDeps = deps.map((dep) => this.byUrn.get(dep.urn)).find((res) => res && BUCKET_TYPES.includes(res.type));
        if (fromDeps) return fromDeps;
        const name = side.props.bucket;
        if (typeof name === "string" && !isUnknown(name)) return byName.get(name.replace(/^arn:[^:]+:s3:::/, ""));
        const fromAny = (side.source.dependencies ?? [])
            .map((dep) => this.byUrn.get(dep.urn))
            .filter((res) => res && BUCKET_TYPES.includes(res.type));
        return fromAny.length === 1 ? fromAny[0] : undefined;
    }

    private joinBucketSides(): void {
        const buckets = this.ofTypes(BUCKET_TYPES);
        const byName = new Map<string, Res>();
        for (const bucket of buckets) {
            for (const name of [bucket.props.bucket, bucket.props.id, bucket.name]) {
                if (typeof name === "string" && !isUnknown(name) && !byName.has(name)) byName.set(name, bucket);
            }
        }
        for (const [role, types] of Object.entries(BUCKET_SIDE_TYPES) as [BucketSideRole, readonly string[]][]) {
            for (const side of this.ofTypes(types)) {
                const bucket = this.bucketOf(side, byName);
                if (!bucket) continue;
                let roles = this.sides.get(bucket.urn);
                if (!roles) this.sides.set(bucket.urn, (roles = new Map<BucketSideRole, Res[]>()));
                const ofRole = roles.get(role);
                if (ofRole) ofRole.push(side);
                else roles.set(role, [side]);
            }
        }
    }
}

/**
 * The region a resource lives in: its own `region` argument (aws v7), else its provider's, else
 * the stack's region; undefined when the stack does not say.
 */
export function regionOf(index: StackIndex, res: Res): string | undefined {
    return explicitRegionOf(res) ?? stackRegion(index);
}

/** The region a resource names itself or through its provider, if either does. */
export function explicitRegionOf(res: Res): string | undefined {
    const own = res.props.region;
    if (typeof own === "string" && own !== "" && !isUnknown(own)) return own;
    const fromProvider = unwrap(res.source.provider?.props)?.region;
    if (typeof fromProvider === "string" && fromProvider !== "" && !isUnknown(fromProvider)) return fromProvider;
    return undefined;
}

/**
 * The stack's own region: that of its default AWS provider (the engine names it `default_<version>`),
 * else the one region all its AWS providers share; undefined when the stack does not say.
 */
export function stackRegion(index: StackIndex): string | undefined {
    return index.memo("stack-region", () => {
        const providers = index.ofTypes(["pulumi:providers:aws"]);
        const regionOfProvider = (p: Res) =>
            typeof p.props.region === "string" && !isUnknown(p.props.region) && p.props.region !== ""
                ? (p.props.region as string)
                : undefined;
        const defaults = providers.filter((p) => /^default(_|$)/.test(p.name)).map(regionOfProvider);
        if (defaults.length === 1 && defaults[0] !== undefined) return defaults[0];
        const regions = new Set(providers.map(regionOfProvider));
        return regions.size === 1 ? [...regions][0] : undefined;
    });
}

/**
 * The index of a stack is built once per AnalyzeStack call, however many policies read it.
 *
 * @pulumi/policy hands each stack policy of a call its own array of resource objects, so
 * neither the array nor the resources identify the call. Two levels:
 * - the array itself (a caller that passes the same array to every policy, as the in-process
 *   harness does);
 * - the index built last, reused for a resource list of the same content (same types, URNs,
 *   names, properties, parents, dependencies, providers and options, in the same order); it is
 *   kept only until the current turn of the event loop ends. The policies of one call run in
 *   one turn (the server awaits each synchronous `validateStack` in a microtask), and any
 *   later call starts in another turn, so no index outlives its call; the content check is what
 *   makes reuse safe even within a turn (several stacks analysed back to back in one test).
 */
const byList = new WeakMap<readonly PolicyResource[], StackIndex>();
/** The index built last, and the properties objects of the list it was last matched with. */
let last: { index: StackIndex; props: readonly unknown[] } | undefined;

let builds = 0;

/** How many indexes were built in this process so far (for tests and benchmarks). */
export function stackIndexBuilds(): number {
    return builds;
}

/** The index of this stack, built on first use by any policy of the AnalyzeStack call. */
export function indexStack(resources: readonly PolicyResource[]): StackIndex {
    let index = byList.get(resources);
    if (index) return index;
    const props = resources.map((r) => unwrap(r.props));
    if (last && sameResources(last.index.all, last.props, resources, props)) {
        index = last.index;
        last.props = props;
    } else {
        index = new StackIndex(resources);
        builds++;
        const built = { index, props };
        last = built;
        setImmediate(() => {
            if (last === built) last = undefined;
        }).unref();
    }
    byList.set(resources, index);
    return index;
}

/**
 * Whether `resources` says exactly what the resources indexed in `indexed` said. In the pack's
 * process each resource is deserialised once per request (`deserialize-once.ts`), so the same
 * properties object as in the list seen last means the same resource message of the same
 * request, whose options and provider are then the same too: only names and links are
 * compared for it, not values.
 */
function sameResources(
    indexed: readonly Res[],
    seen: readonly unknown[],
    resources: readonly PolicyResource[],
    props: readonly unknown[],
): boolean {
    if (indexed.length !== resources.length) return false;
    for (let i = 0; i < resources.length; i++) {
        const a = indexed[i].source;
        const b = resources[i];
        if (a === b) continue;
        const sameMessage = seen[i] === props[i];
        if (a.type !== b.type || a.urn !== b.urn || a.name !== b.name) return false;
        if (a.parent?.urn !== b.parent?.urn) return false;
        if (!sameUrns(a.dependencies, b.dependencies)) return false;
        const aProps = a.propertyDependencies ?? {};
        const bProps = b.propertyDependencies ?? {};
        const keys = Object.keys(aProps);
        if (keys.length !== Object.keys(bProps).length) return false;
        for (const key of keys) {
            if (!Object.prototype.hasOwnProperty.call(bProps, key) || !sameUrns(aProps[key], bProps[key])) return false;
        }
        if ((a.provider === undefined) !== (b.provider === undefined)) return false;
        if (sameMessage) continue;
        if (a.provider && b.provider) {
            if (a.provider.urn !== b.provider.urn || a.provider.type !== b.provider.type || a.provider.name !== b.provider.name)
                return false;
            if (!sameValue(unwrap(a.provider.props), unwrap(b.provider.props))) return false;
        }
        if (!sameValue(a.opts, b.opts)) return false;
        if (!sameValue(indexed[i].props, props[i])) return false;
    }
    return true;
}

function sameUrns(a: readonly PolicyResource[] | undefined, b: readonly PolicyResource[] | undefined): boolean {
    const left = a ?? [];
    const right = b ?? [];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) if (left[i]?.urn !== right[i]?.urn) return false;
    return true;
}

/**
 * Deep equality of deserialised property values: primitives, arrays, and objects of the same
 * prototype with the same own keys and equal values. Promises (the fields of deserialised
 * assets and archives) compare equal, as no synchronous policy can read them.
 */
function sameValue(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
        return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
    }
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Promise) return true;
    if (Array.isArray(a)) {
        const other = b as unknown[];
        if (a.length !== other.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
        return true;
    }
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length) return false;
    for (const key of keys) {
        if (!Object.prototype.hasOwnProperty.call(right, key) || !sameValue(left[key], right[key])) return false;
    }
    return true;
}
