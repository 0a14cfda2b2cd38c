/**
 * Which AWS account is the stack's own. Inputs carry no account field, so it is read from the
 * ARNs the stack uses: the keys its stores are encrypted under and the account roots that
 * administer its keys. An account seen nowhere else is an outside account.
 */
import { parsePolicyDocument, principalAccount } from "./policy-document";
import { StackIndex } from "./stack-index";

const KEY_ARN = /^arn:[^:]+:kms:[^:]*:(\d{12}):key\//;
const cache = new WeakMap<StackIndex, Set<string>>();

export function ownAccounts(index: StackIndex): Set<string> {
    let accounts = cache.get(index);
    if (accounts) return accounts;
    accounts = new Set<string>();
    const visit = (value: unknown, depth: number): void => {
        if (depth > 6) return;
        if (typeof value === "string") {
            const match = KEY_ARN.exec(value);
            if (match) accounts!.add(match[1]);
        } else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
        else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => visit(v, depth + 1));
    };
    for (const res of index.all) {
        if (res.type === "aws:kms/key:Key" || res.type === "aws:kms/keyPolicy:KeyPolicy") {
            const parsed = parsePolicyDocument(res.props.policy);
            if (parsed.kind === "parsed") {
                for (const statement of parsed.statements) {
                    for (const principal of statement.principals ?? []) {
                        if (/:root$/.test(principal.value) || /^\d{12}$/.test(principal.value)) {
                            const account = principalAccount(principal);
                            if (account && account !== "*" && statement.actions.some((a) => /^kms:(\*|Create\*|Put\*|PutKeyPolicy|ScheduleKeyDeletion)$/i.test(a) || a === "*")) accounts.add(account);
                        }
                    }
                }
            }
        } else {
            visit(res.props, 0);
        }
    }
    cache.set(index, accounts);
    return accounts;
}
