/**
 * Who a resource policy lets in. Shared by the policies of buckets, keys, topics and queues:
 * an Allow may name this stack's own account, the configured shipping-provider accounts, or
 * AWS services. `Principal: "*"` needs a condition that pins the caller, with exact values, to
 * allowed accounts or to the company's organisation (config `organizationIds`); see
 * `callerRestriction`. `NotPrincipal` in an Allow lets in everyone else. `CanonicalUser` and
 * `Federated` principals are outside principals (but for the log-delivery account of AWS).
 */
import { PackConfig } from "./config";
import { callerRestriction, describeCondition, principalAccount, Statement } from "./policy-document";

export interface AccessFinding {
    readonly statement: Statement;
    readonly message: string;
    /**
     * The outside party this finding is about when it is a named one (an account id, an
     * organisation id, a canonical user or an identity provider); undefined when the statement
     * lets in anyone (public access).
     */
    readonly account?: string;
}

/**
 * The canonical user of `awslogsdelivery`, the AWS account that writes CloudFront standard logs
 * and S3 log deliveries to a bucket (a grantee of the bucket's ACL or policy).
 */
export const LOG_DELIVERY_CANONICAL_USER = "c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0";

/** How to pin Principal "*", for messages. */
const PIN_HINT =
    "pin it with StringEquals (or ArnEquals) on aws:PrincipalAccount, aws:SourceAccount, aws:SourceOwner, aws:PrincipalArn or aws:SourceArn naming such an account exactly, or on aws:PrincipalOrgID / aws:SourceOrgID naming an organisation of organizationIds, without IfExists";

/** Findings on the Allow statements of a parsed resource policy (Deny statements grant nothing). */
export function outsideAccess(statements: readonly Statement[], own: ReadonlySet<string>, config: PackConfig): AccessFinding[] {
    const allowed = (account: string) => own.has(account) || config.shippingProviderAccountIds.includes(account);
    const organizations = config.organizationIds ?? [];
    const findings: AccessFinding[] = [];
    for (const statement of statements.filter((s) => s.effect === "Allow")) {
        const where = statement.sid ? `statement "${statement.sid}"` : "a statement";
        if (statement.notPrincipal) {
            findings.push({ statement, message: `${where} allows everyone except its NotPrincipal` });
            continue;
        }
        for (const principal of statement.principals ?? []) {
            if (principal.type === "Service") continue;
            if (principal.type === "CanonicalUser") {
                if (principal.value !== LOG_DELIVERY_CANONICAL_USER)
                    findings.push({
                        statement,
                        account: `canonical user ${principal.value}`,
                        message: `${where} allows the canonical user ${principal.value}, an account the pack cannot tell from an outside one`,
                    });
                continue;
            }
            if (principal.type === "Federated") {
                const account = /^arn:[^:]+:iam::(\d{12}):/.exec(principal.value)?.[1];
                findings.push({
                    statement,
                    account: account ?? undefined,
                    message:
                        account === undefined
                            ? `${where} allows Federated ${principal.value}, whose users anyone may become`
                            : `${where} allows Federated ${principal.value}, the users of an identity provider, who are outside principals`,
                });
                continue;
            }
            if (principal.type !== "AWS") {
                findings.push({ statement, message: `${where} allows a principal of unknown type ${principal.type} (${principal.value})` });
                continue;
            }
            const account = principalAccount(principal);
            if (account === "*") {
                findings.push(...anyone(statement, where, allowed, organizations));
            } else if (account === undefined) {
                findings.push({
                    statement,
                    account: principal.value,
                    message: `${where} allows ${principal.value}, whose account cannot be determined`,
                });
            } else if (!allowed(account)) {
                findings.push({
                    statement,
                    account,
                    message: `${where} allows ${principal.value} of account ${account}, which is neither this stack's nor a shipping provider's`,
                });
            }
        }
    }
    return findings;
}

/** Findings on a Principal "*" of an Allow: none when a condition pins the caller to allowed accounts or the organisation. */
function anyone(
    statement: Statement,
    where: string,
    allowed: (account: string) => boolean,
    organizations: readonly string[],
): AccessFinding[] {
    const { pins, weak } = callerRestriction(statement);
    if (pins.some((pin) => pin.accounts.every(allowed) && pin.organizations.every((o) => organizations.includes(o)))) return [];
    if (pins.length === 0) {
        const why = weak.length === 0 ? "" : ` (${weak.map((w) => `${describeCondition(w.condition)}: ${w.why}`).join("; ")})`;
        return [
            {
                statement,
                message: `${where} allows Principal "*" with no condition tying it to an account of this stack or a shipping provider, or to the organisation${why}: ${PIN_HINT}`,
            },
        ];
    }
    const findings: AccessFinding[] = [];
    for (const pin of pins) {
        for (const account of pin.accounts.filter((a) => !allowed(a)))
            findings.push({
                statement,
                account,
                message: `${where} allows account ${account}, which is neither this stack's nor a shipping provider's`,
            });
        for (const organization of pin.organizations.filter((o) => !organizations.includes(o)))
            findings.push({
                statement,
                account: organization,
                message: `${where} allows organisation ${organization}, which is not listed in organizationIds`,
            });
    }
    return findings;
}
