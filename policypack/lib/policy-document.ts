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
    if ("Action" in raw === "NotAction" in raw) return "needs exactly one of Action and NotAction";
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
            conditions.push({
                operator: match[2],
                ifExists: match[3] !== undefined,
                qualifier: match[1] as Condition["qualifier"],
                key: key.toLowerCase(),
                values: list,
            });
        }
    }
    return conditions;
}

/** Whether an IAM action pattern (with `*` and `?`) matches `action`, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
    let regex = PATTERNS.get(pattern);
    if (!regex) {
        regex = new RegExp(
            `^${pattern
                .split("")
                .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
                .join("")}$`,
            "i",
        );
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

/**
 * Glob matching as IAM does it for resources: `*` matches any run of characters (`:` and `/`
 * included), `?` any one character; case-sensitive. Written as a small NFA over pattern
 * positions rather than a regular expression, so that coverage of a whole family of strings can
 * be decided as well (`globCovers`).
 */
function closure(pattern: string, states: Iterable<number>): Set<number> {
    const out = new Set<number>();
    for (let state of states) {
        out.add(state);
        while (state < pattern.length && pattern[state] === "*") out.add(++state);
    }
    return out;
}

function step(pattern: string, states: ReadonlySet<number>, char: string): Set<number> {
    const next: number[] = [];
    for (const state of states) {
        if (state >= pattern.length) continue;
        const p = pattern[state];
        if (p === "*") next.push(state);
        else if (p === "?" || p === char) next.push(state + 1);
    }
    return closure(pattern, next);
}

function feed(pattern: string, text: string): Set<number> {
    let states = closure(pattern, [0]);
    for (const char of text) {
        states = step(pattern, states, char);
        if (states.size === 0) break;
    }
    return states;
}

/**
 * The shape of most patterns in a stack (a literal ARN, `<literal>*`, `*`): decided by string
 * comparison alone, which gives what the automaton gives (a test compares the two on generated
 * pairs); undefined for any other shape.
 */
function simpleShape(pattern: string): { literal: string; trailingStar: boolean } | undefined {
    const star = pattern.indexOf("*");
    if (pattern.includes("?")) return undefined;
    if (star < 0) return { literal: pattern, trailingStar: false };
    return star === pattern.length - 1 ? { literal: pattern.slice(0, -1), trailingStar: true } : undefined;
}

/** Whether the glob `pattern` matches `value` (IAM resource semantics, case-sensitive). */
export function globMatches(pattern: string, value: string): boolean {
    const simple = simpleShape(pattern);
    if (simple) return simple.trailingStar ? value.startsWith(simple.literal) : value === simple.literal;
    return globMatchesByAutomaton(pattern, value);
}

/** `globMatches` by the automaton alone, for any pattern (exported for the equivalence test). */
export function globMatchesByAutomaton(pattern: string, value: string): boolean {
    return feed(pattern, value).has(pattern.length);
}

/** Whether the glob `pattern` matches `prefix` followed by any string at all (the empty one too). */
export function globCovers(pattern: string, prefix: string): boolean {
    const simple = simpleShape(pattern);
    // A literal matches one string, never all that start with `prefix`; `<literal>*` covers them when `prefix` starts with the literal.
    if (simple) return simple.trailingStar && prefix.startsWith(simple.literal);
    return globCoversByAutomaton(pattern, prefix);
}

/** `globCovers` by the automaton alone, for any pattern (exported for the equivalence test). */
export function globCoversByAutomaton(pattern: string, prefix: string): boolean {
    const start = feed(pattern, prefix);
    // Every string over the pattern's literal characters plus one character it never names.
    const alphabet = [...new Set(pattern.replace(/[*?]/g, ""))];
    let other = "\u0001";
    while (alphabet.includes(other)) other = String.fromCharCode(other.charCodeAt(0) + 1);
    alphabet.push(other);
    const key = (states: ReadonlySet<number>) => [...states].sort((a, b) => a - b).join(",");
    const seen = new Set<string>([key(start)]);
    const queue: Set<number>[] = [start];
    while (queue.length > 0) {
        const states = queue.shift()!;
        if (!states.has(pattern.length)) return false;
        for (const char of alphabet) {
            const next = step(pattern, states, char);
            if (!seen.has(key(next))) {
                seen.add(key(next));
                queue.push(next);
            }
        }
    }
    return true;
}

/** Condition keys whose value names the caller's (or the calling service's source) account. */
const ACCOUNT_KEYS = ["aws:principalaccount", "aws:sourceaccount", "aws:sourceowner", "kms:calleraccount"];
/** Condition keys whose value is an ARN of the caller or the source; the account is taken from it. */
const ARN_KEYS = ["aws:principalarn", "aws:sourcearn"];
/** Condition keys whose value is an AWS Organizations id. */
const ORGANIZATION_KEYS = ["aws:principalorgid", "aws:sourceorgid"];
/** Network keys: they narrow where a request comes from, not whose it is. */
const NETWORK_KEYS = ["aws:sourcevpce", "aws:sourcevpc", "aws:sourceip", "aws:vpcsourceip"];

const PINNING_OPERATORS = ["StringEquals", "ArnEquals", "StringLike", "ArnLike"];
const WILDCARD = /[*?]/;

/** A condition that pins the caller to exact accounts or organisations (its values are ORed). */
export interface CallerPin {
    readonly condition: Condition;
    readonly accounts: string[];
    readonly organizations: string[];
}

/** A condition on a caller key that does not pin the caller, and why. */
export interface WeakCondition {
    readonly condition: Condition;
    readonly why: string;
}

/**
 * Which conditions of a statement pin its caller to exact accounts or organisations. A pin
 * needs an operator that compares (StringEquals, ArnEquals; StringLike and ArnLike match the
 * same way when the value fixes the account), no `IfExists` and no `ForAllValues:` (both are
 * true when the key is absent), and every value exact: a 12-digit account, an ARN whose
 * partition, service, region and account carry no wildcard, or an organisation id. Conditions in
 * a statement are ANDed, so any one pin restricts the whole statement.
 */
export function callerRestriction(statement: Statement): { pins: CallerPin[]; weak: WeakCondition[] } {
    const pins: CallerPin[] = [];
    const weak: WeakCondition[] = [];
    for (const condition of statement.conditions) {
        const { key } = condition;
        if (NETWORK_KEYS.includes(key)) {
            weak.push({ condition, why: "names a network, not an account" });
            continue;
        }
        const kind = ACCOUNT_KEYS.includes(key)
            ? "account"
            : ARN_KEYS.includes(key)
              ? "arn"
              : ORGANIZATION_KEYS.includes(key)
                ? "organization"
                : undefined;
        if (kind === undefined) continue;
        if (condition.ifExists) {
            weak.push({ condition, why: "IfExists is true when the key is absent" });
            continue;
        }
        if (condition.qualifier === "ForAllValues") {
            weak.push({ condition, why: "ForAllValues is true when the key is absent" });
            continue;
        }
        if (!PINNING_OPERATORS.includes(condition.operator)) {
            weak.push({ condition, why: `${condition.operator} does not pin a value` });
            continue;
        }
        const accounts: string[] = [];
        const organizations: string[] = [];
        let inexact: string | undefined;
        for (const value of condition.values) {
            if (kind === "account" && /^\d{12}$/.test(value)) accounts.push(value);
            else if (kind === "arn" && /^arn:[^:*?]+:[^:*?]+:[^:*?]*:(\d{12}):/.test(value))
                accounts.push(/^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(value)![1]);
            else if (kind === "organization" && /^o-[a-z0-9]+$/.test(value)) organizations.push(value);
            else inexact ??= value;
        }
        if (inexact !== undefined || condition.values.length === 0) {
            const why =
                inexact === undefined
                    ? "has no value"
                    : WILDCARD.test(inexact)
                      ? `the value ${JSON.stringify(inexact)} has a wildcard`
                      : kind === "arn"
                        ? `the value ${JSON.stringify(inexact)} names no account`
                        : `the value ${JSON.stringify(inexact)} is not ${kind === "account" ? "an account id" : "an organisation id"}`;
            weak.push({ condition, why });
            continue;
        }
        pins.push({ condition, accounts, organizations });
    }
    return { pins, weak };
}

/** The accounts and organisation ids a statement's conditions pin its caller to, or undefined if none does (see `callerRestriction`). */
export function restrictingAccounts(statement: Statement): string[] | undefined {
    const { pins } = callerRestriction(statement);
    if (pins.length === 0) return undefined;
    return pins.flatMap((pin) => [...pin.accounts, ...pin.organizations]);
}

/** A condition as written, for messages: `StringLike aws:PrincipalArn "arn:aws:iam::*:role/x"`. */
export function describeCondition(condition: Condition): string {
    const operator = `${condition.qualifier ? `${condition.qualifier}:` : ""}${condition.operator}${condition.ifExists ? "IfExists" : ""}`;
    return `${operator} ${condition.key} ${condition.values.map((v) => JSON.stringify(v)).join(", ")}`;
}

/** The condition with this operator and key (the `IfExists` form too, reported by `ifExists`). */
export function findCondition(statement: Statement, operator: string, key: string): Condition | undefined {
    return statement.conditions.find((c) => c.operator === operator && c.key === key.toLowerCase());
}
