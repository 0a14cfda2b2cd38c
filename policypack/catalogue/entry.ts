/**
 * The shape of a catalogue entry: for one kind of AWS resource that can hold or carry customer
 * data, where its classification, encryption, TLS setting, exposure, retention, copies and
 * destinations live. Entries are data; a few generic policies read them (`policies/datastore/`).
 *
 * Property paths are typed from the provider's own input types (`aws.efs.FileSystemArgs`, ...):
 * `entry<FileSystemArgs>({ ... key: "kmsKeyId" })` does not compile with a misspelled property.
 * A path is dotted; it passes through lists (every element is read), so
 * `"ebsBlockDevices.kmsKeyId"` reads the key of every attached volume.
 */
import type { Unwrap } from "@pulumi/pulumi";
import type { Classification } from "../contract";
import type { Res, StackIndex } from "../lib/stack-index";
import type { Store } from "../lib/stores";
import type { StoreContext } from "./context";

type Element<T> = T extends readonly (infer E)[] ? E : T;
type Step<T> = NonNullable<Element<NonNullable<T>>>;
type Depth = [never, 0, 1, 2, 3, 4, 5];
export type Scalar = string | number | boolean;

/** Every dotted path into `T`, up to five levels deep. */
export type PropPath<T, D extends number = 5> = [D] extends [never]
    ? never
    : T extends object
      ? { [K in keyof T & string]-?: K | (Step<T[K]> extends Scalar ? never : `${K}.${PropPath<Step<T[K]>, Depth[D]>}`) }[keyof T & string]
      : never;

/** The paths of a resource's arguments (`Input<...>` unwrapped). */
export type ArgPath<Args> = PropPath<Unwrap<Args>>;

/** How a resource gets its classification (`data-classification`, `retention-days`, `owner`). */
export type Tagging =
    /** A store: it must carry the contract tags itself; without them it is a DP-1.1 violation and judged as pii. */
    | "store"
    /**
     * A copy, log, side or forwarder of the stores named in `sources`: it has their classification and retention (its
     * own tags may only raise them). Without a source in the stack it must carry the tags, else it is judged as pii.
     */
    | "copy"
    /**
     * A resource that runs or configures something and may carry data in its settings (environment, user data): judged
     * as pii only when tagged so, or when a source is; the controls that hold for every classification apply always.
     */
    | "carrier";

/** A setting that turns a control on, or (for exposure) opens something. */
export interface Setting<P extends string = string> {
    readonly path: P;
    /** Values that count as "on"; strings compare case-insensitively; `[]` means any value present. @default [true] */
    readonly on?: readonly Scalar[];
    /** Whether the setting counts as on when the argument is absent (AWS's default). */
    readonly absent: boolean;
    /** AWS's behaviour when the argument is absent, for messages (e.g. "unencrypted"). */
    readonly absentMeans?: string;
}

/** A condition under which a control applies: the path holds one of `on` (or, without `on`, is present and not empty); `not` inverts it. */
export interface When<P extends string = string> {
    readonly path: P;
    readonly on?: readonly Scalar[];
    readonly not?: boolean;
}

/** Something AWS does not offer for this type, and what it does instead. */
export interface NotOffered {
    readonly notOffered: string;
}

/** A check written as code, for what a table cannot say (S3's side resources, RDS parameter groups). */
export interface CustomCheck {
    readonly custom: (context: StoreContext) => void;
    /** One line for the catalogue table. */
    readonly summary: string;
}

/** An aspect's controls (declared, or custom where a table cannot say it), or what AWS does not offer. */
export type Controls<C> = readonly (C | CustomCheck)[] | NotOffered;

/** Encryption at rest: each control names its switch and its key; a missing key means an AWS key. */
export interface KeyControl<P extends string = string> {
    /** What the key protects, for messages ("storage", "environment variables"). */
    readonly what: string;
    /** Only when this holds (e.g. Performance Insights on, an environment present). */
    readonly when?: When<P>;
    /** The encryption switch, when the type has one. */
    readonly enabled?: Setting<P>;
    /** The KMS key argument; absent or naming an `aws/...` alias is not a customer-managed key. */
    readonly key?: P;
    /** What AWS uses when `key` is absent. @default "an AWS-managed key" */
    readonly keyAbsentMeans?: string;
    /** The service offers encryption but no customer-managed key for this part. */
    readonly customerKeyNotOffered?: string;
}

/** A TLS setting that must be on (or a parameter of a parameter group, read by a custom check). */
export interface TlsControl<P extends string = string> {
    readonly what: string;
    readonly when?: When<P>;
    readonly setting: Setting<P>;
}

/** Ways a resource is opened to the internet or to everyone. */
export type ExposureControl<P extends string = string> =
    /** A flag whose "on" values make the resource public (`publiclyAccessible: true`). */
    | { readonly what: string; readonly publicWhen: Setting<P>; readonly when?: When<P>; readonly allowedWhenClassifiedPublic?: boolean }
    /** Security groups guarding the resource: none may admit 0.0.0.0/0 or ::/0. */
    | { readonly what: string; readonly securityGroups: P; readonly when?: When<P> }
    /** A resource-policy document: Principal "*" needs a condition tying it to an account. */
    | { readonly what: string; readonly policyDocument: P }
    /** A canned ACL or grants that open the resource to all (authenticated) users. */
    | { readonly what: string; readonly acl: P }
    /** Values that must not be present at all on a PII resource (user data, plain environment variables). */
    | { readonly what: string; readonly plaintextWhenPii: P; readonly why: string };

export type Unit = "seconds" | "minutes" | "hours" | "days" | "years";

/** How long copies live, checked against the retention of a PII store (or required on any store). */
export type RetentionControl<P extends string = string> =
    /** A period argument; `absent` is AWS's default (a number in `unit`, or "forever"). */
    | {
          readonly what: string;
          readonly period: P;
          readonly unit: Unit;
          readonly absent: number | "forever";
          /** A value of zero (or below) means "forever", as for log groups and event archives. */
          readonly zeroMeans?: "forever" | "none";
          readonly when?: When<P>;
          /** Required on every store, not only PII ones (log groups: DP-5.1). */
          readonly everyClassification?: boolean;
      }
    /** A setting that keeps a copy with no expiry when on (a final snapshot); forbidden on PII. */
    | { readonly what: string; readonly keepsForever: Setting<P>; readonly when?: When<P> }
    /** A deletion mechanism a PII store must have on (TTL). */
    | { readonly what: string; readonly required: Setting<P>; readonly when?: When<P> }
    /** Copies AWS keeps whatever the settings say, for this many days. */
    | { readonly what: string; readonly awsKeepsDays: number; readonly when?: When<P> }
    /** The resource itself is a copy with no expiry (a manual snapshot): it may not copy personal data. */
    | { readonly what: string; readonly neverExpires: true };

/** A reference from this resource to a store: by property dependency, name, id or ARN. */
export interface Reference<P extends string = string> {
    readonly path: P;
    /** Types the reference may name; "any" for ARNs of any catalogued type. */
    readonly types: readonly string[] | "any";
    /** Only values matching this name the store, by the first capture group (`/aws/lambda/(name)`). */
    readonly pattern?: RegExp;
    /** The value is a JSON document (a redrive policy); the reference is this key of it. */
    readonly json?: string;
}

/** Sources found by code rather than by one argument (a backup selection matches stores by ARN patterns and tags). */
export interface ComputedSources {
    readonly computed: (index: StackIndex, res: Res, stores: readonly Store[]) => { readonly stores: Store[]; readonly outside: string[] };
    /** One line for the catalogue table. */
    readonly summary: string;
}

/** Where data goes: accounts, regions, endpoints, or other stores that then hold a copy. */
export type Destination<P extends string = string> =
    | { readonly what: string; readonly account: P }
    | { readonly what: string; readonly region: P; readonly when?: When<P> }
    /** The resource itself lives in a region (its provider's), and is a replica of its source there. */
    | { readonly what: string; readonly ownRegion: true }
    /** Accounts (or "all") a snapshot or image is shared with. */
    | { readonly what: string; readonly sharedWith: P }
    /**
     * An ARN or name of a store this resource writes to: it must be a store of this stack (it then holds a copy), and
     * not in another account or region.
     */
    | ({ readonly what: string; readonly when?: When<P> } & Reference<P> & { readonly store: true })
    /** An address outside AWS (URL, e-mail, phone number): personal data may not leave to it. */
    | { readonly what: string; readonly endpoint: P; readonly when?: When<P> };

/** CloudTrail data events for this type: the selector's resource type and the store's ARN. */
export interface DataEvents<P extends string = string> {
    /** `resources.type` of advanced selectors (and `type` of basic ones), e.g. AWS::DynamoDB::Table. */
    readonly resourceType: string;
    /** Whether basic event selectors (`dataResources`) can name it (S3 objects, DynamoDB tables, Lambda functions). */
    readonly basicSelectors: boolean;
    /** The ARN's service and resource part for the store named `name` (`dynamodb`, `table/NAME`). */
    readonly service: string;
    readonly resource: (name: string) => string;
    /** Only stores where this holds (RDS Data API events need the HTTP endpoint). */
    readonly when?: When<P>;
}

export interface EntryDefinition<P extends string = string> {
    /** Type tokens, the v7 one first; deprecated aliases (`...V2`) after it. */
    readonly types: readonly [string, ...string[]];
    /** What customer data can sit in it, for the catalogue table ("files", "cached records"). */
    readonly holds: string;
    readonly tagging: Tagging;
    /** A classification the type has by nature, whatever its tags (CloudTrail records carry only opaque keys). */
    readonly inherent?: { readonly classification: Classification; readonly why: string };
    /** Arguments that carry the resource's physical name (for IAM ARNs, trail selectors, lookups). */
    readonly names?: readonly P[];
    /** The stores whose data this resource copies, logs or configures. */
    readonly sources?: readonly (Reference<P> | ComputedSources)[];
    /** When this holds, the resource carries no customer data at all (a rule that only fires on a schedule). */
    readonly carriesNothingWhen?: When<P>;
    /** Judged through its source when that is in the stack (a bucket's side resources). */
    readonly judgedWithSource?: boolean;
    readonly atRest: Controls<KeyControl<P>>;
    readonly inTransit: Controls<TlsControl<P>>;
    readonly exposure?: Controls<ExposureControl<P>>;
    readonly retention: Controls<RetentionControl<P>>;
    readonly destinations?: Controls<Destination<P>>;
    readonly dataEvents?: DataEvents<P>;
    /** What AWS does not offer or does by itself, beyond the aspects above. */
    readonly notes?: string;
}

/** An entry with its paths erased to strings, as the generic policies read it. */
export type CatalogueEntry = EntryDefinition<string> & { readonly service: string };

/** `P` when it names an argument of `T` (through nested blocks and lists), else never. */
type ValidPath<T, P extends string> = P extends `${infer Head}.${infer Rest}`
    ? Head extends keyof T & string
        ? ValidPath<Step<T[Head]>, Rest> extends never
            ? never
            : P
        : never
    : P extends keyof T & string
      ? P
      : never;

/** The paths among `P` that name no argument of `T`. */
type InvalidPaths<T, P extends string> = P extends string ? (ValidPath<T, P> extends never ? P : never) : never;

/** Nothing when every path is valid; otherwise a property no definition has, naming the bad paths in the compile error. */
type CheckedPaths<T, P extends string> = string extends P
    ? unknown // no path at all
    : [InvalidPaths<T, P>] extends [never]
      ? unknown
      : { readonly "argument paths that do not exist": InvalidPaths<T, P> };

/**
 * Declares the entry of a resource type, with property paths checked against `Args`:
 * `entry<FileSystemArgs>()({ ... })`. Only the paths an entry uses are resolved, so checking
 * stays cheap however large the provider's input types are.
 */
export function entry<Args>(): <const P extends string>(definition: EntryDefinition<P> & CheckedPaths<Unwrap<Args>, P>) => CatalogueEntry {
    return (definition) => {
        const service = /^aws:([^/]+)\//.exec(definition.types[0])?.[1] ?? definition.types[0];
        return { ...(definition as EntryDefinition<string>), service };
    };
}

export function isNotOffered(aspect: unknown): aspect is NotOffered {
    return typeof aspect === "object" && aspect !== null && "notOffered" in aspect;
}

export function isCustom(aspect: unknown): aspect is CustomCheck {
    return typeof aspect === "object" && aspect !== null && "custom" in aspect;
}

/** A resource of the stack with its catalogue entry. */
export interface Catalogued {
    readonly res: Res;
    readonly entry: CatalogueEntry;
}
