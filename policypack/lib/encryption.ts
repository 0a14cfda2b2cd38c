/**
 * Customer-managed keys (CLAUSES.md, "Customer-managed key"): a KMS key defined in the stack, or
 * one listed in config `customerManagedKeyArns`. Any other key, such as the AWS-managed key a
 * deployed table reports in its outputs, does not satisfy DP-2.1 / DP-6.1, in preview (inputs)
 * as in audits of deployed stacks (outputs).
 */
import { PackConfig } from "./config";
import { Res, StackIndex } from "./stack-index";
import { isUnknown } from "./values";

const KEY_TYPES = ["aws:kms/key:Key", "aws:kms/replicaKey:ReplicaKey", "aws:kms/externalKey:ExternalKey", "aws:kms/replicaExternalKey:ReplicaExternalKey"];
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

/** Every way the stack's own keys can be named: ARNs, ids, alias names and ARNs; built once per stack. */
function stackKeyNames(index: StackIndex): ReadonlySet<string> {
    return index.memo("kms-key-names", () => {
        const names = new Set<string>();
        const add = (value: unknown) => {
            if (typeof value === "string" && value !== "" && !isUnknown(value)) names.add(value).add(keyId(value));
        };
        for (const key of index.ofTypes(KEY_TYPES)) [key.props.arn, key.props.keyId, key.props.id].forEach(add);
        for (const alias of index.ofTypes([ALIAS_TYPE])) [alias.props.name, alias.props.arn].forEach(add);
        return names;
    });
}

/** Whether the reference's argument depends on a key (or alias) of the stack. */
function dependsOnStackKey(scope: KeyScope): boolean {
    if (!scope.res || !scope.path) return false;
    const deps = scope.res.source.propertyDependencies?.[scope.path.split(".")[0]] ?? [];
    return deps.some((dep) => KEY_TYPES.includes(dep.type) || dep.type === ALIAS_TYPE);
}

function isStackOrConfiguredKey(value: string, scope: KeyScope): boolean {
    const names = stackKeyNames(scope.index);
    const alias = /:(alias\/.+)$/.exec(value)?.[1];
    if (names.has(value) || names.has(keyId(value)) || (alias !== undefined && names.has(alias))) return true;
    return scope.config.customerManagedKeyArns.some((configured) => configured === value || keyId(configured) === keyId(value));
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
