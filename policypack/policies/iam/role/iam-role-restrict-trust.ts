import { TAG, parseTagList } from "../../../contract";
import { OWN_ACCOUNT_HINT, ownAccounts } from "../../../lib/accounts";
import { definePolicy } from "../../../lib/define";
import { accessesOf, patternMeetsTemplate, PREVIEW_UNKNOWN, ROLE_TYPE, StoreAccess } from "../../../lib/iam";
import {
    callerRestriction,
    Condition,
    parsePolicyDocument,
    Principal,
    principalAccount,
    Statement,
    statementAllowsAction,
} from "../../../lib/policy-document";
import { isUnknown } from "../../../lib/values";

/** The actions by which a principal assumes a role. */
const ASSUME_ACTIONS = ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"];

/** The fields the shipping provider may read (DP-3.1): names and postal addresses for labels. */
const PROVIDER_FIELDS = ["name", "postal-address"];

/** Conditions on these keys name the caller; with exact values of allowed accounts they pin Principal "*". */
const CALLER_KEYS = ["aws:principalaccount", "aws:principalarn"];

/** A condition that fixes its key to exact values: an equality operator, no IfExists, no ForAllValues, no wildcard in a Like. */
function isExact(condition: Condition): boolean {
    if (condition.ifExists || condition.qualifier === "ForAllValues" || condition.values.length === 0) return false;
    if (condition.values.some((v) => isUnknown(v))) return false;
    if (condition.operator === "StringEquals" || condition.operator === "ArnEquals") return true;
    return (condition.operator === "StringLike" || condition.operator === "ArnLike") && condition.values.every((v) => !/[*?]/.test(v));
}

/**
 * The accounts the caller conditions pin the statement to (aws:PrincipalAccount, or
 * aws:PrincipalArn with an exact account; a wildcard after the account is fine), or undefined
 * when none does. Conditions are ANDed, so the accounts admitted are those every pin allows.
 */
function pinnedAccounts(statement: Statement): string[] | undefined {
    const sets = callerRestriction(statement)
        .pins.filter((pin) => CALLER_KEYS.includes(pin.condition.key))
        .map((pin) => pin.accounts);
    if (sets.length === 0) return undefined;
    return sets.reduce((admitted, accounts) => admitted.filter((a) => accounts.includes(a)));
}

/** What is wrong with a web-identity or SAML principal: its conditions must pin the audience and the subject exactly. */
function federatedProblems(statement: Statement, principal: Principal, own: ReadonlySet<string>): string[] {
    const problems: string[] = [];
    const arn = /^arn:[^:]+:iam::(\d{12}):(saml-provider|oidc-provider)\/(.+)$/.exec(principal.value);
    if (arn && !own.has(arn[1]))
        problems.push(`admits the identity provider ${principal.value} of account ${arn[1]}, which is not this stack's`);
    const saml =
        arn?.[2] === "saml-provider" ||
        (statementAllowsAction(statement, "sts:AssumeRoleWithSAML") && !statementAllowsAction(statement, "sts:AssumeRoleWithWebIdentity"));
    const host = saml ? "saml" : (arn ? arn[3] : principal.value).toLowerCase();
    for (const claim of ["aud", "sub"]) {
        const conditions = statement.conditions.filter((c) => c.key === `${host}:${claim}`);
        const what = claim === "aud" ? "audience" : "subject";
        if (conditions.length === 0)
            problems.push(`admits ${principal.value} without a condition on ${host}:${claim} that pins the ${what}`);
        else if (!conditions.some(isExact))
            problems.push(
                `admits ${principal.value} with a condition on ${host}:${claim} that does not pin the ${what} to exact values (use StringEquals, without IfExists or wildcards)`,
            );
    }
    if (host === "cognito-identity.amazonaws.com") {
        const amr = statement.conditions.filter((c) => c.key === "cognito-identity.amazonaws.com:amr");
        if (
            amr.some((c) =>
                c.values.some(
                    (v) =>
                        patternMeetsTemplate(v.toLowerCase(), "unauthenticated") &&
                        (c.operator.includes("Like") || v.toLowerCase() === "unauthenticated"),
                ),
            )
        ) {
            problems.push('admits unauthenticated Cognito identities (cognito-identity.amazonaws.com:amr "unauthenticated")');
        }
    }
    return problems;
}

/** What the shipping provider may not do through the role: write, or read more than names and addresses. */
function providerProblems(pii: readonly StoreAccess[]): string[] {
    const problems = new Set<string>();
    for (const access of pii) {
        if (access.assumed) problems.add(`is treated as reaching every store because ${access.assumed.reason}`);
        else if (access.writes) problems.add(`may change ${access.store.res.name}, but the shipping provider may only read`);
        const categories =
            typeof access.store.tags[TAG.piiCategories] === "string" ? parseTagList(access.store.tags[TAG.piiCategories] as string) : [];
        const beyond = categories.filter((c) => !PROVIDER_FIELDS.includes(c));
        if (!access.assumed && (categories.length === 0 || beyond.length > 0)) {
            problems.add(
                `reaches ${access.store.res.name}, which holds ${beyond.join(", ") || "undeclared categories"}; the shipping provider may read only ${PROVIDER_FIELDS.join(" and ")}`,
            );
        }
    }
    return [...problems];
}

export const iamRoleRestrictTrust = definePolicy({
    name: "iam-role-restrict-trust",
    description:
        "A role that can reach PII (an AWS-managed or unreadable policy counts) may be assumed only by AWS services, principals of the stack's own account (config ownAccountIds, the AWS provider's allowedAccountIds, the stack's own ARNs) and the configured shipping provider's accounts (shippingProviderAccountIds), the latter only to read names and postal addresses. Principal {AWS: \"*\"} (even with MFA) unless a condition pins aws:PrincipalAccount or aws:PrincipalArn to those accounts, another account's root or role, NotPrincipal, and a web-identity or SAML principal whose conditions do not pin the audience and subject (…:aud and …:sub, exact values) are violations, as are unauthenticated Cognito identities and a trust policy that cannot be read.",
    clauses: ["DP-2.2", "DP-3.1", "DP-3.2", "DP-4.1"],
    severity: "critical",
    remediationSteps:
        "Trust only this account's principals (arn:aws:iam::<own account>:root or its roles, with MFA for people), AWS services, or the shipping provider's account for a read-only role; for web identity and SAML add StringEquals conditions on <provider>:aud and <provider>:sub.",
    judges: { types: [ROLE_TYPE] },
    config: ["ownAccountIds", "shippingProviderAccountIds", "allowedAwsManagedPolicies"],
    check({ index, config, report }) {
        const own = ownAccounts(index, config);
        const providers = config.shippingProviderAccountIds.filter((account) => !own.has(account));
        const allowed = (account: string) => own.has(account) || providers.includes(account);
        for (const role of index.ofTypes([ROLE_TYPE])) {
            const pii = accessesOf(index, role, config.allowedAwsManagedPolicies).filter((a) => a.store.isPii);
            if (pii.length === 0) continue;
            const known = pii.find((a) => a.assumed === undefined);
            const reach = known
                ? `can reach PII (${known.store.res.name})`
                : `is treated as reaching PII because ${pii[0].assumed!.reason}`;
            const trust = parsePolicyDocument(role.props.assumeRolePolicy);
            if (trust.kind === "unknown" || trust.kind === "absent") {
                report(role, `${reach}, and its trust policy ${PREVIEW_UNKNOWN}, so who may assume it cannot be checked`);
                continue;
            }
            if (trust.kind === "invalid") {
                report(role, `${reach}, and its trust policy cannot be parsed (${trust.reason}), so who may assume it cannot be checked`);
                continue;
            }
            let providerAdmitted = false;
            for (const statement of trust.statements) {
                if (statement.effect !== "Allow" || !ASSUME_ACTIONS.some((action) => statementAllowsAction(statement, action))) continue;
                const where = statement.sid ? `its trust statement "${statement.sid}"` : "its trust policy";
                if (statement.notPrincipal) {
                    report(role, `${reach}, and ${where} admits everyone but its NotPrincipal`);
                    continue;
                }
                for (const principal of statement.principals ?? []) {
                    if (isUnknown(principal.value)) {
                        report(role, `${reach}, and ${where} admits a ${principal.type} principal that ${PREVIEW_UNKNOWN}`);
                        continue;
                    }
                    if (principal.type === "Service") continue;
                    if (principal.type === "Federated") {
                        for (const problem of federatedProblems(statement, principal, own))
                            report(role, `${reach}, and ${where} ${problem}`);
                        continue;
                    }
                    if (principal.type !== "AWS") {
                        report(
                            role,
                            `${reach}, and ${where} admits ${principal.type} ${principal.value}, which is not a principal of this account`,
                        );
                        continue;
                    }
                    const account = principalAccount(principal);
                    if (account === "*") {
                        const pinned = pinnedAccounts(statement);
                        if (pinned === undefined || !pinned.every(allowed)) {
                            report(
                                role,
                                `${reach}, and ${where} admits any AWS principal (Principal "*")${statement.conditions.length > 0 ? " with conditions that do not pin aws:PrincipalAccount or aws:PrincipalArn to this stack's account" : ""}`,
                            );
                        } else if (pinned.some((a) => providers.includes(a))) providerAdmitted = true;
                    } else if (account === undefined) {
                        report(role, `${reach}, and ${where} admits ${principal.value}, whose account cannot be told`);
                    } else if (providers.includes(account)) {
                        providerAdmitted = true;
                    } else if (!own.has(account)) {
                        report(
                            role,
                            `${reach}, and ${where} admits ${principal.value} of account ${account}, which is neither this stack's account nor the shipping provider's${own.size === 0 ? ` (${OWN_ACCOUNT_HINT})` : ""}`,
                        );
                    }
                }
            }
            if (providerAdmitted)
                for (const problem of providerProblems(pii)) report(role, `may be assumed by the shipping provider and ${problem}`);
        }
    },
});
