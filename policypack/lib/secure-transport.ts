/**
 * Resource policies that enforce TLS: a Deny for everyone when aws:SecureTransport is false. A
 * denial counts only when it really covers the resource: Deny (no NotAction, NotPrincipal or
 * NotResource), Principal "*" or {AWS: "*"}, every action, a Resource that covers every ARN
 * given as a target, and no other condition narrowing it.
 */
import { Condition, globCovers, globMatches, parsePolicyDocument, Statement } from "./policy-document";

/**
 * What a denial must cover: ARNs; one ending in `*` stands for every ARN with that prefix (an
 * object ARN `arn:aws:s3:::bucket/*`). The default, `["*"]`, is every ARN: only a Resource of
 * `*` (or a pattern as wide) covers it.
 */
export type Targets = readonly string[];

/** Whether some Resource pattern of the statement covers each target (honouring trailing-`*` targets as "every ARN with this prefix"). */
export function coversTargets(statement: Statement, targets: Targets): boolean {
    if (statement.notResource || statement.resources.length === 0) return false;
    return targets.every((target) =>
        statement.resources.some((pattern) =>
            target.endsWith("*") ? globCovers(pattern, target.slice(0, -1)) : globMatches(pattern, target),
        ),
    );
}

/** A Deny of every action (`*`, or `service:*`) to everyone, on the targets, with no NotAction, NotPrincipal or NotResource. */
export function deniesEverythingToEveryone(statement: Statement, targets: Targets, service?: string): boolean {
    if (statement.effect !== "Deny" || statement.notAction || statement.notPrincipal || statement.notResource) return false;
    const everyone = (statement.principals ?? []).some((p) => p.type === "AWS" && p.value === "*");
    const everything = statement.actions.some(
        (a) => a === "*" || (service !== undefined && a.toLowerCase() === `${service.toLowerCase()}:*`),
    );
    return everyone && everything && coversTargets(statement, targets);
}

/** The statement's only condition, when it has exactly one (a second one would narrow the denial). */
export function onlyCondition(statement: Statement): Condition | undefined {
    return statement.conditions.length === 1 ? statement.conditions[0] : undefined;
}

/** Whether `condition` is Bool aws:SecureTransport "false" (the IfExists form only when `ifExistsAllowed`). */
export function isInsecureTransportCondition(condition: Condition | undefined, ifExistsAllowed = false): boolean {
    return (
        condition !== undefined &&
        condition.operator === "Bool" &&
        condition.key === "aws:securetransport" &&
        condition.qualifier === undefined &&
        (ifExistsAllowed || !condition.ifExists) &&
        condition.values.some((v) => v.toLowerCase() === "false")
    );
}

/**
 * A Deny of every action (or every action of `service`) to Principal "*" on the targets, when aws:SecureTransport is
 * "false" (not IfExists), with no other condition.
 */
export function deniesInsecureTransport(statement: Statement, service?: string, targets: Targets = ["*"]): boolean {
    return deniesEverythingToEveryone(statement, targets, service) && isInsecureTransportCondition(onlyCondition(statement));
}

/** Why the documents do not enforce TLS, or undefined when one of them does. */
export function secureTransportProblem(
    documents: readonly unknown[],
    what: string,
    service?: string,
    targets: Targets = ["*"],
): string | undefined {
    if (documents.length === 0) return `has no ${what}, so connections without TLS are not denied`;
    for (const document of documents) {
        const parsed = parsePolicyDocument(document);
        if (parsed.kind === "unknown") return `its ${what} is not known during preview, so the TLS denial cannot be verified`;
        if (parsed.kind === "parsed" && parsed.statements.some((s) => deniesInsecureTransport(s, service, targets))) return undefined;
    }
    const resource = targets.length === 1 && targets[0] === "*" ? 'Resource "*"' : `a Resource covering ${targets.join(" and ")}`;
    return `its ${what} does not deny connections without TLS (Deny of ${service ? `${service}:* or ` : ""}"*" to Principal "*" on ${resource}, with Bool aws:SecureTransport "false" as its only condition)`;
}
