/**
 * Identity policies and what they reach: the policies attached to each role and user of the
 * stack (inline argument, RolePolicy/UserPolicy, attachments of stack or AWS-managed
 * policies), and whether their Allow statements reach data stores.
 */
import { actionMatches, parsePolicyDocument, ParsedDocument, Statement, statementAllowsAction } from "./policy-document";
import { Res, StackIndex } from "./stack-index";
import { Store as DataStore, storeOf, storesOf } from "./stores";
import { readStrings } from "../catalogue/read";
import { asList, isUnknown } from "./values";

export const ROLE_TYPE = "aws:iam/role:Role";
export const USER_TYPE = "aws:iam/user:User";

/** Actions that read or change the data in a store. */
export const DATA_ACTIONS = [
    "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:GetObjectVersion",
    "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchGetItem", "dynamodb:ExportTableToPointInTime",
    "rds-db:connect", "rds-data:ExecuteStatement", "rds:CreateDBSnapshot",
];

/** AWS-managed policies that reach every store's data. */
const BROAD_MANAGED_POLICIES = /:policy\/(AdministratorAccess|PowerUserAccess|AmazonS3FullAccess|AmazonS3ReadOnlyAccess|AmazonDynamoDBFullAccess|AmazonDynamoDBReadOnlyAccess|AmazonRDSFullAccess|AmazonRDSDataFullAccess|ReadOnlyAccess)$/;

export interface IdentityPolicy {
    /** The resource to report on: the policy resource, or the principal for inline/managed ones. */
    readonly res: Res;
    readonly description: string;
    readonly document: ParsedDocument;
}

const WILDCARD_DOCUMENT = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

/** Keys by which a policy resource's `role`/`user` property may name its principal. */
function principalKeys(principal: Res): string[] {
    return [principal.urn, principal.props.name, principal.name, principal.props.id].filter((k): k is string => typeof k === "string" && !isUnknown(k));
}

/** What a RolePolicy/attachment points at: the URNs of its property dependencies and its literal value. */
function targetKeys(res: Res, property: string): string[] {
    const keys = (res.source.propertyDependencies?.[property] ?? []).map((d) => d.urn);
    const value = res.props[property];
    if (typeof value === "string" && !isUnknown(value)) keys.push(value);
    return keys;
}

/** Policy resources grouped by the principal key they name, built once per stack. */
function attachmentsByKey(index: StackIndex, type: string, property: string): Map<string, Res[]> {
    return index.memo(`iam:${type}`, () => {
        const byKey = new Map<string, Res[]>();
        for (const res of index.ofTypes([type])) {
            for (const key of new Set(targetKeys(res, property))) byKey.set(key, [...(byKey.get(key) ?? []), res]);
        }
        return byKey;
    });
}

function attachedTo(index: StackIndex, type: string, property: string, principal: Res): Res[] {
    const byKey = attachmentsByKey(index, type, property);
    return [...new Set(principalKeys(principal).flatMap((key) => byKey.get(key) ?? []))];
}

/** Every identity policy of a role or user in the stack (computed once per principal). */
export function identityPoliciesOf(index: StackIndex, principal: Res): IdentityPolicy[] {
    return index.memo(`iam:policies:${principal.urn}`, () => collectIdentityPolicies(index, principal));
}

function collectIdentityPolicies(index: StackIndex, principal: Res): IdentityPolicy[] {
    const isRole = principal.type === ROLE_TYPE;
    const property = isRole ? "role" : "user";
    const inlineType = isRole ? "aws:iam/rolePolicy:RolePolicy" : "aws:iam/userPolicy:UserPolicy";
    const attachmentType = isRole ? "aws:iam/rolePolicyAttachment:RolePolicyAttachment" : "aws:iam/userPolicyAttachment:UserPolicyAttachment";
    const policies: IdentityPolicy[] = [];
    for (const inline of asList(principal.props.inlinePolicies)) {
        policies.push({ res: principal, description: `inline policy ${inline?.name ?? ""}`.trim(), document: parsePolicyDocument(inline?.policy) });
    }
    for (const res of attachedTo(index, inlineType, property, principal)) {
        policies.push({ res, description: `policy ${res.name}`, document: parsePolicyDocument(res.props.policy) });
    }
    const managedArns: unknown[] = [...asList(principal.props.managedPolicyArns)];
    for (const attachment of attachedTo(index, attachmentType, property, principal)) {
        const policy = (attachment.source.propertyDependencies?.policyArn ?? []).map((d) => index.byUrn.get(d.urn)).find((r) => r?.type === "aws:iam/policy:Policy");
        if (policy) policies.push({ res: policy, description: `policy ${policy.name}`, document: parsePolicyDocument(policy.props.policy) });
        else managedArns.push(attachment.props.policyArn);
    }
    for (const arn of managedArns) {
        if (typeof arn === "string" && BROAD_MANAGED_POLICIES.test(arn)) policies.push({ res: principal, description: `managed policy ${arn}`, document: parsePolicyDocument(WILDCARD_DOCUMENT) });
    }
    return policies;
}

/** Names by which a policy's Resource can point at a store. */
function storeNames(store: DataStore): string[] {
    return (store.entry.names ?? []).flatMap((path) => readStrings(store.res.props, path)).filter((n) => n !== "");
}

/** Stores by name, built once per stack. */
function storesByName(index: StackIndex): Map<string, DataStore[]> {
    return index.memo("iam:stores-by-name", () => {
        const byName = new Map<string, DataStore[]>();
        for (const store of storesOf(index)) for (const name of storeNames(store)) byName.set(name, [...(byName.get(name) ?? []), store]);
        return byName;
    });
}

/** The name an ARN of a bucket, object, table or database names (`arn:aws:s3:::NAME/...`, `table/NAME`, `db:NAME`). */
const NAME_IN_ARN = /^arn:[^:]+:(?:s3:::([^/]+)|dynamodb:[^:]*:[^:]*:table\/([^/]+)|rds(?:-db)?:[^:]*:[^:]*:(?:db|cluster|dbuser):([^/:]+))/;

/** Stores one Resource entry reaches: a literal ARN by lookup, a wildcard pattern by matching. */
function storesMatching(index: StackIndex, pattern: string): DataStore[] {
    if (pattern === "*" || isUnknown(pattern)) return storesOf(index);
    const literal = NAME_IN_ARN.exec(pattern);
    const name = literal?.[1] ?? literal?.[2] ?? literal?.[3];
    if (name !== undefined && !/[*?]/.test(name)) return storesByName(index).get(name) ?? [];
    return storesOf(index).filter((store) => storeNames(store).some((n) => actionMatches(pattern, `arn:aws:s3:::${n}/x`) || actionMatches(pattern, `arn:aws:s3:::${n}`) || actionMatches(pattern, `arn:aws:dynamodb:*:*:table/${n}`)));
}

export interface StoreAccess {
    readonly store: DataStore;
    readonly policy: IdentityPolicy;
    readonly statement: Statement;
}

/** Data stores the policy's Allow statements reach (all of them for `*` or unknown resources). */
export function storesReached(index: StackIndex, policy: IdentityPolicy): StoreAccess[] {
    return index.memo(`iam:reached:${policy.res.urn}:${policy.description}`, () => collectStoresReached(index, policy));
}

function collectStoresReached(index: StackIndex, policy: IdentityPolicy): StoreAccess[] {
    if (policy.document.kind !== "parsed") return [];
    const reached: StoreAccess[] = [];
    const depended = (policy.res.source.propertyDependencies?.policy ?? []).map((d) => storeOf(index, d.urn)).filter((s): s is DataStore => s !== undefined);
    for (const statement of policy.document.statements.filter((s) => s.effect === "Allow")) {
        if (!DATA_ACTIONS.some((action) => statementAllowsAction(statement, action))) continue;
        // A policy built from a store's ARN depends on it; that store is reached only by a statement of its service.
        const services = new Set(DATA_ACTIONS.filter((action) => statementAllowsAction(statement, action)).map((action) => action.split(":")[0].replace(/^rds-(db|data)$/, "rds")));
        const dependedHere = depended.filter((store) => services.has(store.entry.service));
        const stores = statement.notResource ? storesOf(index) : [...statement.resources.flatMap((r) => storesMatching(index, r)), ...dependedHere];
        for (const store of new Set(stores)) reached.push({ store, policy, statement });
    }
    return reached;
}

/** Whether a role's trust policy admits AWS principals (people or other accounts' roles) rather than only services. */
export function humanTrustStatements(role: Res): Statement[] | "unparsable" {
    const trust = parsePolicyDocument(role.props.assumeRolePolicy);
    if (trust.kind === "invalid" || trust.kind === "unknown") return "unparsable";
    if (trust.kind !== "parsed") return [];
    return trust.statements.filter((s) => s.effect === "Allow" && (s.notPrincipal || (s.principals ?? []).some((p) => p.type === "AWS")));
}
