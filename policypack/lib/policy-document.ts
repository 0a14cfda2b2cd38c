/**
 * Parsing of IAM policy documents (identity, bucket, key, topic, queue and trust policies)
 * into one normalised form. No permissively licensed parser on npm fits (the maintained one
 * is AGPL), so this is written here, to the IAM grammar:
 * Principal "*" | {AWS|Service|Federated|CanonicalUser: string | string[]}, NotPrincipal,
 * Action/NotAction, Resource/NotResource, and Condition {operator: {key: value | values}}
 * with the `IfExists` suffix and the `ForAllValues:` / `ForAnyValue:` qualifiers.
 */
import { asList, isObject, isUnknown } from "./values";

export interface Principal {
    /** `AWS`, `Service`, `Federated`, `CanonicalUser`; `"*"` is `{ type: "AWS", value: "*" }`. */
    readonly type: string;
    readonly value: string;
}

export interface Condition {
    /** The operator without qualifier or `IfExists`, e.g. `Bool`, `StringEquals`. */
    readonly operator: string;
    readonly ifExists: boolean;
    readonly qualifier?: "ForAllValues" | "ForAnyValue";
    /** Condition key, lower-cased (IAM keys are case-insensitive). */
    readonly key: string;
    readonly values: string[];
}

export interface Statement {
    readonly sid?: string;
    readonly effect: "Allow" | "Deny";
    /** Undefined when the statement has neither Principal nor NotPrincipal (identity policies). */
    readonly principals?: Principal[];
    readonly notPrincipal: boolean;
    readonly actions: string[];
    readonly notAction: boolean;
    readonly resources: string[];
    readonly notResource: boolean;
    readonly conditions: Condition[];
}

export type ParsedDocument =
    | { readonly kind: "parsed"; readonly statements: Statement[] }
    | { readonly kind: "unknown" }
    | { readonly kind: "absent" }
    | { readonly kind: "invalid"; readonly reason: string };

/** Documents parsed from JSON text; stacks repeat the same documents, and results are immutable. */
const PARSED = new Map<string, ParsedDocument>();
const PARSED_LIMIT = 20_000;

/** Parses a document given as a JSON string or an object; never throws. */
export function parsePolicyDocument(value: unknown): ParsedDocument {
    if (typeof value !== "string") return parseUncached(value);
    let parsed = PARSED.get(value);
    if (!parsed) {
        if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
        parsed = parseUncached(value);
        PARSED.set(value, parsed);
    }
    return parsed;
}

function parseUncached(value: unknown): ParsedDocument {
    if (value === undefined || value === null || value === "") return { kind: "absent" };
    if (isUnknown(value)) return { kind: "unknown" };
    let document: unknown = value;
    if (typeof value === "string") {
        try {
            document = JSON.parse(value);
        } catch (error) {
            return { kind: "invalid", reason: `not valid JSON (${(error as Error).message})` };
        }
    }
    if (!isObject(document)) return { kind: "invalid", reason: "not a JSON object" };
    if (containsUnknown(document)) return { kind: "unknown" };
    const rawStatements = document.Statement;
    if (rawStatements === undefined) return { kind: "invalid", reason: "no Statement" };
    const statements: Statement[] = [];
    for (const [i, raw] of asList(rawStatements).entries()) {
        const parsed = parseStatement(raw);
        if (typeof parsed === "string") return { kind: "invalid", reason: `Statement ${i}: ${parsed}` };
        statements.push(parsed);
    }
    return { kind: "parsed", statements };
}

function containsUnknown(value: unknown): boolean {
    if (isUnknown(value)) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    if (isObject(value)) return Object.values(value).some(containsUnknown);
    return false;
}

function strings(value: unknown): string[] | undefined {
    const list = asList(value);
    return list.every((v) => typeof v === "string") ? (list as string[]) : undefined;
}

function parseStatement(raw: unknown): Statement | string {
    if (!isObject(raw)) return "not an object";
    if (raw.Effect !== "Allow" && raw.Effect !== "Deny") return `Effect must be "Allow" or "Deny", got ${JSON.stringify(raw.Effect)}`;
    if (("Action" in raw) === ("NotAction" in raw)) return "needs exactly one of Action and NotAction";
    const actions = strings(raw.Action ?? raw.NotAction);
    if (!actions || actions.length === 0) return "Action must be a string or a list of strings";
    const resourceValue = raw.Resource ?? raw.NotResource;
    const resources = resourceValue === undefined ? [] : strings(resourceValue);
    if (!resources) return "Resource must be a string or a list of strings";
    if ("Principal" in raw && "NotPrincipal" in raw) return "has both Principal and NotPrincipal";
    let principals: Principal[] | undefined;
    const principalValue = raw.Principal ?? raw.NotPrincipal;
    if (principalValue !== undefined) {
        const parsed = parsePrincipals(principalValue);
        if (typeof parsed === "string") return parsed;
        principals = parsed;
    }
    const conditions = parseConditions(raw.Condition);
    if (typeof conditions === "string") return conditions;
    return {
        sid: typeof raw.Sid === "string" ? raw.Sid : undefined,
        effect: raw.Effect,
        principals,
        notPrincipal: "NotPrincipal" in raw,
        actions,
        notAction: "NotAction" in raw,
        resources,
        notResource: "NotResource" in raw,
        conditions,
    };
}

function parsePrincipals(value: unknown): Principal[] | string {
    if (value === "*") return [{ type: "AWS", value: "*" }];
    if (!isObject(value)) return `Principal must be "*" or an object, got ${JSON.stringify(value)}`;
    const principals: Principal[] = [];
    for (const [type, entries] of Object.entries(value)) {
        const list = strings(entries);
        if (!list) return `Principal.${type} must be a string or a list of strings`;
        principals.push(...list.map((entry) => ({ type, value: entry })));
    }
    return principals;
}

function parseConditions(value: unknown): Condition[] | string {
    if (value === undefined) return [];
    if (!isObject(value)) return "Condition must be an object";
    const conditions: Condition[] = [];
    for (const [rawOperator, block] of Object.entries(value)) {
        if (!isObject(block)) return `Condition.${rawOperator} must be an object`;
        const match = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(rawOperator)!;
        for (const [key, values] of Object.entries(block)) {
            const list = asList(values).map((v) => String(v));
            conditions.push({ operator: match[2], ifExists: match[3] !== undefined, qualifier: match[1] as Condition["qualifier"], key: key.toLowerCase(), values: list });
        }
    }
    return conditions;
}

/** Whether an IAM action pattern (with `*` and `?`) matches `action`, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
    let regex = PATTERNS.get(pattern);
    if (!regex) {
        regex = new RegExp(`^${pattern.split("").map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("")}$`, "i");
        PATTERNS.set(pattern, regex);
    }
    return regex.test(action);
}

const PATTERNS = new Map<string, RegExp>();

/** Whether the statement's actions cover `action` (honouring NotAction). */
export function statementAllowsAction(statement: Statement, action: string): boolean {
    const listed = statement.actions.some((pattern) => actionMatches(pattern, action));
    return statement.notAction ? !listed : listed;
}

/** The account a principal belongs to: `*`, a 12-digit id, or undefined (a service, say). */
export function principalAccount(principal: Principal): string | undefined {
    if (principal.type !== "AWS") return undefined;
    if (principal.value === "*") return "*";
    if (/^\d{12}$/.test(principal.value)) return principal.value;
    const arn = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal.value);
    return arn ? arn[1] : undefined;
}

/** Conditions that tie a statement to one account or organisation (and so are not "anyone"). */
const RESTRICTING_KEYS = ["aws:sourceaccount", "aws:sourceowner", "aws:sourcearn", "aws:principalaccount", "aws:principalarn", "aws:principalorgid", "aws:sourcevpce", "aws:sourcevpc", "aws:sourceorgid", "kms:calleraccount"];

/** The accounts a condition restricts the statement to, or undefined if none does. */
export function restrictingAccounts(statement: Statement): string[] | undefined {
    const restricting = statement.conditions.filter((c) => RESTRICTING_KEYS.includes(c.key) && !c.ifExists && /^(StringEquals|StringLike|ArnEquals|ArnLike)$/.test(c.operator));
    if (restricting.length === 0) return undefined;
    return restricting.flatMap((c) => c.values.map((v) => /^\d{12}$/.test(v) ? v : (/^arn:[^:]+:[^:]*:[^:]*:(\d{12})/.exec(v)?.[1] ?? v)));
}

/** The condition with this operator and key (the `IfExists` form too, reported by `ifExists`). */
export function findCondition(statement: Statement, operator: string, key: string): Condition | undefined {
    return statement.conditions.find((c) => c.operator === operator && c.key === key.toLowerCase());
}
