/**
 * Stores grant access to their own data (as aws-cdk's `bucket.grantRead` does): each store
 * knows its least-privilege actions and the ARNs they apply to, and its key. `PiiAccessRole`
 * asks a store for its statement through this interface, so a new kind of store implements it
 * and the role does not change.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Classification } from "../../policypack/contract";
import { policyDocument, PolicyStatement } from "../aws-context";
import { KeyAccess, StoreKey } from "../kms/data-key";
import { ArgumentChecker } from "../validation";

/** Access to a store's data: read, write, or both (write includes deletion). */
export type DataAccess = "read" | "write" | "read-write";

export interface GrantOptions {
    /** For a store addressed by keys (a bucket): the key prefix the access is limited to. @default "" (every key) */
    readonly prefix?: string;
}

/** A data store that can grant access to its data. */
export interface GrantableStore {
    /** The store's classification and purposes, as its tags declare them. */
    readonly classification: Classification;
    readonly purposes: readonly string[];
    /** The key its data is encrypted under: access to the data needs use of it. */
    readonly kmsKey: StoreKey;
    /** Whether access can be limited to a key prefix (`GrantOptions.prefix`). */
    readonly grantsByPrefix: boolean;
    /**
     * The statement giving `access` to the store's data: its own actions on its own ARNs, nothing
     * wider. `id` makes the statement's Sid unique within a policy.
     */
    grantStatement(access: DataAccess, id: string, options?: GrantOptions): pulumi.Output<PolicyStatement>;
}

/** Whether a value is a grantable store, by its shape: true of a store from any installed copy of this package. */
export function isGrantableStore(value: unknown): value is GrantableStore {
    const store = value as Partial<GrantableStore> | undefined;
    return (
        typeof store === "object" &&
        store !== null &&
        typeof store.grantStatement === "function" &&
        typeof store.grantsByPrefix === "boolean" &&
        Array.isArray(store.purposes) &&
        typeof store.classification === "string" &&
        typeof store.kmsKey?.grantUse === "function"
    );
}

/** The use of the key each access needs: decryption to read, both ways to write. */
export const KEY_ACCESS: Readonly<Record<DataAccess, KeyAccess>> = {
    read: "decrypt",
    write: "encrypt-decrypt",
    "read-write": "encrypt-decrypt",
};

/** What a store's grant method creates: the role's policy and the key's grant. */
export interface StoreGrantResources {
    readonly policy: aws.iam.RolePolicy;
    readonly keyGrant: aws.kms.Grant;
}

/**
 * Grants `role` the access: a role policy with the store's statement and a KMS grant on the
 * store's key, both children of the store, named `<id>-policy` and after the key. Shared by the
 * stores' `grantRead…` methods.
 */
export function grantToRole(
    store: GrantableStore & pulumi.ComponentResource,
    label: string,
    id: string,
    role: aws.iam.Role,
    access: DataAccess,
    options: GrantOptions = {},
): StoreGrantResources {
    const check = new ArgumentChecker(label);
    check.nonEmptyString("id", id);
    if (!aws.iam.Role.isInstance(role)) check.fail("role", "must be an aws.iam.Role", typeof role);
    if (options.prefix !== undefined && (typeof options.prefix !== "string" || /[*?]/.test(options.prefix)))
        check.fail("prefix", "must be a key prefix without wildcards", options.prefix);
    if (options.prefix !== undefined && !store.grantsByPrefix) check.fail("prefix", "applies to buckets only", options.prefix);
    const policy = new aws.iam.RolePolicy(
        `${id}-policy`,
        { role: role.id, policy: policyDocument([store.grantStatement(access, "0", options)]) },
        { parent: store },
    );
    const keyGrant = store.kmsKey.grantUse(id, role.arn, KEY_ACCESS[access]);
    return { policy, keyGrant };
}
