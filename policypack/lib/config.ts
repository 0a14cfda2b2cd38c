import { PolicyConfigSchema } from "@pulumi/policy";
import { DEFAULTS } from "../contract";

/** The pack's configuration (CLAUSES.md defaults); any policy may be given any of these keys. */
export interface PackConfig {
    readonly maxPiiRetentionDays: number;
    readonly allowedPiiCategories: readonly string[];
    readonly allowedPurposes: readonly string[];
    readonly shippingProviderAccountIds: readonly string[];
    /** Regions data may be replicated to; empty means only the stack's own provider region. */
    readonly allowedRegions: readonly string[];
    /** The stack's own accounts, beside its providers' allowedAccountIds. */
    readonly ownAccountIds: readonly string[];
    /** The company's AWS Organizations ids (o-...): a condition pinning callers to one of them restricts Principal "*". */
    readonly organizationIds: readonly string[];
    /** Keys managed outside the stack (another stack of the organisation) that count as customer-managed. */
    readonly customerManagedKeyArns: readonly string[];
    /** AWS-managed policies a principal that reaches personal data may hold (ARNs). */
    readonly allowedAwsManagedPolicies: readonly string[];
}

export type PackConfigKey = keyof PackConfig;

const SCHEMAS: Record<PackConfigKey, PolicyConfigSchema["properties"][string]> = {
    maxPiiRetentionDays: {
        type: "integer",
        minimum: 1,
        default: DEFAULTS.maxPiiRetentionDays,
        description: "Days within which every copy of personal data is erased (DP-5.4)",
    },
    allowedPiiCategories: {
        type: "array",
        items: { type: "string" },
        default: [...DEFAULTS.allowedPiiCategories],
        description: "Categories of personal data a store may declare (DP-1.1)",
    },
    allowedPurposes: {
        type: "array",
        items: { type: "string" },
        default: [...DEFAULTS.allowedPurposes],
        description: "Purposes personal data may be processed for (DP-1.3)",
    },
    shippingProviderAccountIds: {
        type: "array",
        items: { type: "string", pattern: "^\\d{12}$" },
        default: [],
        description: "AWS accounts of the shipping provider, the only outside principal allowed on PII (DP-3.1)",
    },
    allowedRegions: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Regions data may be replicated to; empty: only the stack's region (DP-3.2)",
    },
    ownAccountIds: {
        type: "array",
        items: { type: "string", pattern: "^\\d{12}$" },
        default: [],
        description: "The stack's own AWS accounts, beside its AWS providers' allowedAccountIds (DP-3.2)",
    },
    organizationIds: {
        type: "array",
        items: { type: "string", pattern: "^o-[a-z0-9]{10,32}$" },
        default: [],
        description: "The company's AWS Organizations ids, whose accounts a resource policy may admit (DP-3.2)",
    },
    customerManagedKeyArns: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "KMS keys managed outside the stack that count as customer-managed (DP-2.1, DP-6.1)",
    },
    allowedAwsManagedPolicies: {
        type: "array",
        items: { type: "string" },
        default: [...DEFAULTS.allowedAwsManagedPolicies],
        description: "AWS-managed policies a principal that reaches personal data may hold (DP-4.1)",
    },
};

export function configSchema(keys: readonly PackConfigKey[]): PolicyConfigSchema | undefined {
    if (keys.length === 0) return undefined;
    return { properties: Object.fromEntries(keys.map((key) => [key, SCHEMAS[key]])) };
}

/** The engine sends only what was configured; the schema's defaults are filled in here. */
export function readConfig(raw: Record<string, unknown> | undefined): PackConfig {
    const given = raw ?? {};
    const list = (key: PackConfigKey, fallback: readonly string[]) => (Array.isArray(given[key]) ? (given[key] as string[]) : fallback);
    return {
        maxPiiRetentionDays: typeof given.maxPiiRetentionDays === "number" ? given.maxPiiRetentionDays : DEFAULTS.maxPiiRetentionDays,
        allowedPiiCategories: list("allowedPiiCategories", DEFAULTS.allowedPiiCategories),
        allowedPurposes: list("allowedPurposes", DEFAULTS.allowedPurposes),
        shippingProviderAccountIds: list("shippingProviderAccountIds", DEFAULTS.shippingProviderAccountIds),
        allowedRegions: list("allowedRegions", DEFAULTS.allowedRegions),
        ownAccountIds: list("ownAccountIds", DEFAULTS.ownAccountIds),
        organizationIds: list("organizationIds", DEFAULTS.organizationIds),
        customerManagedKeyArns: list("customerManagedKeyArns", DEFAULTS.customerManagedKeyArns),
        allowedAwsManagedPolicies: list("allowedAwsManagedPolicies", DEFAULTS.allowedAwsManagedPolicies),
    };
}
