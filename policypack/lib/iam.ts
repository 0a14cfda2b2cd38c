/**
 * Identity policies and what they reach: the policies attached to each role and user of the
 * stack (inline argument, RolePolicy/UserPolicy, attachments of stack or AWS-managed
 * policies), and whether their Allow statements reach data stores.
 */
import { actionMatches, parsePolicyDocument, ParsedDocument, Statement, statementAllowsAction } from "./policy-document";
import { DataStore, Res, StackIndex } from "./stack-index";
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

function attachedTo(res: Res, property: string, principal: Res): boolean {
    if ((res.source.propertyDependencies?.[property] ?? []).some((d) => d.urn === principal.urn)) return true;
    const value = res.props[property];
    return typeof value === "string" && [principal.props.name, principal.name, principal.props.id].includes(value);
}

/** Every identity policy of a role or user in the stack. */
export function identityPoliciesOf(index: StackIndex, principal: Res): IdentityPolicy[] {
    const isRole = principal.type === ROLE_TYPE;
    const property = isRole ? "role" : "user";
    const inlineType = isRole ? "aws:iam/rolePolicy:RolePolicy" : "aws:iam/userPolicy:UserPolicy";
    const attachmentType = isRole ? "aws:iam/rolePolicyAttachment:RolePolicyAttachment" : "aws:iam/userPolicyAttachment:UserPolicyAttachment";
    const policies: IdentityPolicy[] = [];
    for (const inline of asList(principal.props.inlinePolicies)) {
        policies.push({ res: principal, description: `inline policy ${inline?.name ?? ""}`.trim(), document: parsePolicyDocument(inline?.policy) });
    }
    for (const res of index.ofTypes([inlineType]).filter((r) => attachedTo(r, property, principal))) {
        policies.push({ res, description: `policy ${res.name}`, document: parsePolicyDocument(res.props.policy) });
    }
    const managedArns: unknown[] = [...asList(principal.props.managedPolicyArns)];
    for (const attachment of index.ofTypes([attachmentType]).filter((r) => attachedTo(r, property, principal))) {
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
    return [store.res.props.bucket, store.res.props.name, store.res.props.identifier, store.res.props.clusterIdentifier].filter((n): n is string => typeof n === "string" && n !== "" && !isUnknown(n));
}

function resourceMatches(pattern: string, store: DataStore): boolean {
    if (pattern === "*") return true;
    return storeNames(store).some((name) => pattern.includes(name) || actionMatches(pattern, `arn:aws:s3:::${name}/x`) || actionMatches(pattern, `arn:aws:dynamodb:*:*:table/${name}`));
}

export interface StoreAccess {
    readonly store: DataStore;
    readonly policy: IdentityPolicy;
    readonly statement: Statement;
}

/** Data stores the policy's Allow statements reach (all of them for `*` or unknown resources). */
export function storesReached(index: StackIndex, policy: IdentityPolicy): StoreAccess[] {
    if (policy.document.kind !== "parsed") return [];
    const reached: StoreAccess[] = [];
    for (const statement of policy.document.statements.filter((s) => s.effect === "Allow")) {
        if (!DATA_ACTIONS.some((action) => statementAllowsAction(statement, action))) continue;
        const depUrns = new Set((policy.res.source.propertyDependencies?.policy ?? []).map((d) => d.urn));
        for (const store of index.stores) {
            const hit = statement.notResource || statement.resources.some((r) => isUnknown(r) || resourceMatches(r, store)) || depUrns.has(store.res.urn);
            if (hit) reached.push({ store, policy, statement });
        }
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
