/**
 * Customer-managed keys (CLAUSES.md, "Customer-managed key"): a KMS key defined in the stack, or
 * one listed in config `customerManagedKeyArns`. Any other key, such as the AWS-managed key a
 * deployed table reports in its outputs, does not satisfy DP-2.1 / DP-6.1, in preview (inputs)
 * as in audits of deployed stacks (outputs).
 */
import { ownAccounts } from "./accounts";
import { PackConfig } from "./config";
import { Res, StackIndex } from "./stack-index";
import { isUnknown } from "./values";

const KEY_TYPES = [
    "aws:kms/key:Key",
    "aws:kms/replicaKey:ReplicaKey",
    "aws:kms/externalKey:ExternalKey",
    "aws:kms/replicaExternalKey:ReplicaExternalKey",
];
const ALIAS_TYPE = "aws:kms/alias:Alias";

/** Where a key reference is read: the stack, the config, and (for dependencies) the resource and its argument. */
export interface KeyScope {
    readonly index: StackIndex;
    readonly config: Pick<PackConfig, "customerManagedKeyArns">;
    readonly res?: Res;
    /** The argument path of the reference on `res` (its first segment carries the property dependencies). */
    readonly path?: string;
}

/** Keys named by AWS-managed aliases (alias/aws/...) are not customer-managed. */
export function isAwsManagedKeyReference(keyId: string): boolean {
    return /(^|:)alias\/aws\//.test(keyId);
}

/** The key id an ARN or id names (`.../key/<id>`), or the value itself. */
function keyId(value: string): string {
    return /:key\/([^/]+)$/.exec(value)?.[1] ?? value;
}

/** The stack's keys and aliases by every name: ARNs, ids and alias names (each with the ARN it has, if known); built once per stack. */
function stackKeyNames(index: StackIndex): ReadonlyMap<string, string | undefined> {
    return index.memo("kms-key-names", () => {
        const names = new Map<string, string | undefined>();
        const known = (value: unknown): value is string => typeof value === "string" && value !== "" && !isUnknown(value);
        const add = (arn: unknown, ...others: unknown[]) => {
            const ownArn = known(arn) ? arn : undefined;
            if (ownArn) names.set(ownArn, ownArn).set(keyId(ownArn), ownArn);
            for (const other of others) if (known(other) && !names.has(other)) names.set(other, ownArn);
        };
        for (const key of index.ofTypes(KEY_TYPES)) add(key.props.arn, key.props.keyId, key.props.id);
        for (const alias of index.ofTypes([ALIAS_TYPE])) add(alias.props.arn, alias.props.name);
        return names;
    });
}

/** Whether the reference's argument depends on a key (or alias) of the stack. */
function dependsOnStackKey(scope: KeyScope): boolean {
    if (!scope.res || !scope.path) return false;
    const deps = scope.res.source.propertyDependencies?.[scope.path.split(".")[0]] ?? [];
    return deps.some((dep) => KEY_TYPES.includes(dep.type) || dep.type === ALIAS_TYPE);
}

/**
 * A bare id or alias name resolves in the stack's own account. An ARN names a stack key only
 * when it is that key's ARN, or (while the key's ARN is not known) carries the key's id or
 * alias in one of the stack's own accounts: the same id in another account is another key.
 */
function isStackOrConfiguredKey(value: string, scope: KeyScope): boolean {
    const names = stackKeyNames(scope.index);
    const isArn = value.startsWith("arn:");
    const name = isArn ? (/:(alias\/.+)$/.exec(value)?.[1] ?? keyId(value)) : value;
    if (names.has(value) && (!isArn || names.get(value) === value)) return true;
    if (names.has(name)) {
        const knownArn = names.get(name);
        if (!isArn) return true;
        if (knownArn === undefined) {
            const account = /^arn:[^:]+:kms:[^:]*:(\d{12}):/.exec(value)?.[1];
            const own = ownAccounts(scope.index);
            if (account !== undefined && (own.size === 0 || own.has(account))) return true;
        }
    }
    return scope.config.customerManagedKeyArns.some((configured) => configured === value || (!isArn && keyId(configured) === value));
}

/**
 * Why a key reference does not name a customer-managed key, or undefined when it does. An
 * unknown reference passes only when its argument depends on a key of the stack (or, where the
 * caller cannot say which argument it read, when the stack defines a key at all).
 */
export function customerKeyProblem(value: unknown, property: string, scope: KeyScope): string | undefined {
    if (isUnknown(value)) {
        if (dependsOnStackKey(scope) || (!scope.res && scope.index.ofTypes(KEY_TYPES).length > 0)) return undefined;
        return `${property} is not known during preview and depends on no key of this stack, so it cannot be verified to be customer-managed`;
    }
    if (value === undefined || value === null || value === "") return `has no ${property}: encrypt it under a customer-managed KMS key`;
    if (typeof value !== "string") return `${property} is not a key reference`;
    if (isAwsManagedKeyReference(value)) return `${property} names the AWS-managed key ${value}; use a customer-managed key`;
    // A known reference must name the key itself: a dependency may come from another part of the argument.
    if (isStackOrConfiguredKey(value, scope)) return undefined;
    return `${property} names ${value}, which is neither a key of this stack nor listed in customerManagedKeyArns (an AWS-managed key shows this way in a deployed stack): use a customer-managed key`;
}
