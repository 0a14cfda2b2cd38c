/** Resource policies that enforce TLS: a Deny for everyone when aws:SecureTransport is false. */
import { findCondition, parsePolicyDocument, Statement } from "./policy-document";

/** A Deny of every action (or every action of `service`) to Principal "*" when aws:SecureTransport is "false" (not IfExists). */
export function deniesInsecureTransport(statement: Statement, service?: string): boolean {
    if (statement.effect !== "Deny" || statement.notAction) return false;
    const everyone = (statement.principals ?? []).some((p) => p.type === "AWS" && p.value === "*");
    const everything = statement.actions.some((a) => a === "*" || (service !== undefined && a.toLowerCase() === `${service}:*`));
    const condition = findCondition(statement, "Bool", "aws:SecureTransport");
    return everyone && everything && condition !== undefined && !condition.ifExists && condition.values.map((v) => v.toLowerCase()).includes("false");
}

/** Why the documents do not enforce TLS, or undefined when one of them does. */
export function secureTransportProblem(documents: readonly unknown[], what: string, service?: string): string | undefined {
    if (documents.length === 0) return `has no ${what}, so connections without TLS are not denied`;
    for (const document of documents) {
        const parsed = parsePolicyDocument(document);
        if (parsed.kind === "unknown") return `its ${what} is not known during preview, so the TLS denial cannot be verified`;
        if (parsed.kind === "parsed" && parsed.statements.some((s) => deniesInsecureTransport(s, service))) return undefined;
    }
    return `its ${what} does not deny connections without TLS (Deny, Principal "*", Bool aws:SecureTransport "false")`;
}
