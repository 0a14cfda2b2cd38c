/**
 * The classification contract of docs/CLAUSES.md: the tags a data store carries so that
 * the policy pack can tell what it holds. This file is the one source of these names and
 * defaults: the policy pack reads stacks with them and the components write them, so the
 * two cannot drift apart. It lives in the pack because the pack must stay self-contained
 * (`pulumi policy publish` ships only the pack's folder); the components import it from here.
 */

/** Tag names, exactly as CLAUSES.md spells them. */
export const TAG = {
    classification: "data-classification",
    piiCategories: "pii-categories",
    piiPurpose: "pii-purpose",
    retentionDays: "retention-days",
    owner: "owner",
    reviewBy: "review-by",
} as const;

/** The values of the `data-classification` tag. */
export const CLASSIFICATIONS = ["pii", "confidential", "internal", "public"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The pack's configuration defaults (CLAUSES.md, "Pack configuration defaults"). */
export const DEFAULTS = {
    maxPiiRetentionDays: 3,
    allowedPiiCategories: ["name", "postal-address", "order-reference"],
    allowedPurposes: ["order-fulfilment", "shipping-label"],
    shippingProviderAccountIds: [] as string[],
    allowedRegions: [] as string[],
    ownAccountIds: [] as string[],
    organizationIds: [] as string[],
    customerManagedKeyArns: [] as string[],
    /** AWS-managed policies a principal with access to personal data may hold: service basics that reach no data. */
    allowedAwsManagedPolicies: [
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
        "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
        "arn:aws:iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy",
    ] as string[],
} as const;

/** AWS tag values may not contain commas, so lists in tags are separated by single spaces. */
export const TAG_LIST_SEPARATOR = " ";

/** A category or purpose: one or more lower-case words joined by single hyphens. */
export const KEBAB_CASE_WORD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isClassification(value: unknown): value is Classification {
    return typeof value === "string" && (CLASSIFICATIONS as readonly string[]).includes(value);
}

/** Writes a list tag value (`name postal-address`). */
export function formatTagList(values: readonly string[]): string {
    return values.join(TAG_LIST_SEPARATOR);
}

/** Reads a list tag value; tolerates repeated whitespace, never returns empty entries. */
export function parseTagList(value: string | undefined): string[] {
    return (value ?? "").split(/\s+/).filter((entry) => entry.length > 0);
}

/** A calendar date written YYYY-MM-DD that exists (the `review-by` tag and exemption expiries). */
export function isIsoDate(text: unknown): text is string {
    if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Why a value is not an `isIsoDate` date, worded as a rule ("must be …"), or undefined when it is one. */
export function isoDateProblem(value: unknown): string | undefined {
    if (isIsoDate(value)) return undefined;
    return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? "is written YYYY-MM-DD but is not a date in the calendar"
        : "must be a date written YYYY-MM-DD";
}
