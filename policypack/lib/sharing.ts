/**
 * Who a resource policy lets in. Shared by the policies of buckets, keys, topics and queues:
 * an Allow may name this stack's own account, the configured shipping-provider accounts, or
 * AWS services; `Principal: "*"` needs a condition that ties it to allowed accounts, and
 * `NotPrincipal` in an Allow lets in everyone else.
 */
import { PackConfig } from "./config";
import { principalAccount, restrictingAccounts, Statement } from "./policy-document";

export interface AccessFinding {
    readonly statement: Statement;
    readonly message: string;
    /** The outside account this finding is about, when it is a named one. */
    readonly account?: string;
}

/** Findings on the Allow statements of a parsed resource policy (Deny statements grant nothing). */
export function outsideAccess(statements: readonly Statement[], own: ReadonlySet<string>, config: PackConfig): AccessFinding[] {
    const allowed = (account: string) => own.has(account) || config.shippingProviderAccountIds.includes(account);
    const findings: AccessFinding[] = [];
    for (const statement of statements.filter((s) => s.effect === "Allow")) {
        const where = statement.sid ? `statement "${statement.sid}"` : "a statement";
        if (statement.notPrincipal) {
            findings.push({ statement, message: `${where} allows everyone except its NotPrincipal` });
            continue;
        }
        for (const principal of statement.principals ?? []) {
            const account = principalAccount(principal);
            if (account === "*") {
                const restricted = restrictingAccounts(statement);
                if (restricted === undefined) findings.push({ statement, message: `${where} allows Principal "*" with no condition tying it to an account` });
                else for (const other of restricted.filter((a) => /^\d{12}$/.test(a) && !allowed(a))) findings.push({ statement, account: other, message: `${where} allows account ${other}, which is neither this stack's nor a shipping provider's` });
            } else if (account !== undefined && !allowed(account)) {
                findings.push({ statement, account, message: `${where} allows ${principal.value} of account ${account}, which is neither this stack's nor a shipping provider's` });
            }
        }
    }
    return findings;
}

