/**
 * Exemptions: a resource may carry the tag
 *
 *     dp-exemption:<policy-name> = "approver=<who> expires=<YYYY-MM-DD>"
 *
 * (AWS tag values allow letters, digits, spaces and `_ . : / = + - @`, so the fields are
 * space-separated `key=value` pairs; `<who>` is an e-mail address or a user name). A valid,
 * unexpired exemption suppresses that policy's violations on that resource, and only those.
 * An expired or malformed one suppresses nothing and is a violation of its own.
 */
import { isIsoDate } from "../contract";
import { isObject } from "./values";
import { Res } from "./stack-index";

export const EXEMPTION_TAG_PREFIX = "dp-exemption:";

export interface Exemption {
    readonly res: Res;
    readonly tagKey: string;
    readonly policy: string;
    readonly approver?: string;
    readonly expires?: string;
    /** Why it is not valid; undefined when it is. */
    readonly problem?: string;
}

const APPROVER = /^[A-Za-z0-9_.+\-@]+$/;

/** Every exemption tag on the resource, valid or not. */
export function exemptionsOf(res: Res, knownPolicies: ReadonlySet<string>, today: string): Exemption[] {
    const tags = isObject(res.props.tags) ? res.props.tags : {};
    return Object.entries(tags)
        .filter(([key]) => key.startsWith(EXEMPTION_TAG_PREFIX))
        .map(([tagKey, value]) => {
            const policy = tagKey.slice(EXEMPTION_TAG_PREFIX.length);
            const fields = new Map<string, string>();
            for (const pair of typeof value === "string" ? value.trim().split(/\s+/) : []) {
                const at = pair.indexOf("=");
                if (at > 0) fields.set(pair.slice(0, at), pair.slice(at + 1));
            }
            const approver = fields.get("approver");
            const expires = fields.get("expires");
            let problem: string | undefined;
            if (!knownPolicies.has(policy)) problem = `names no policy of this pack ("${policy}")`;
            else if (typeof value !== "string") problem = "has no text value";
            else if (!approver || !APPROVER.test(approver)) problem = `needs approver=<e-mail or user name>, got "${value}"`;
            else if (!expires || !isIsoDate(expires)) problem = `needs expires=YYYY-MM-DD, got "${value}"`;
            else if (expires < today) problem = `expired on ${expires}`;
            return { res, tagKey, policy, approver, expires, problem };
        });
}

/** Today as YYYY-MM-DD (UTC); an exemption expiring today still holds today. */
export function todayUtc(now = new Date()): string {
    return now.toISOString().slice(0, 10);
}
