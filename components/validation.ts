/**
 * The one validation module of the library and the platform: the rules a value must follow
 * (whole numbers, flags, e-mail addresses, account ids, dates, lists of choices), each worded
 * once, and the error a broken rule raises. Components check their arguments with
 * `ArgumentChecker`; `platform/config.ts` checks stack settings with the same rules.
 */
import { CLASSIFICATIONS, Classification, DEFAULTS, KEBAB_CASE_WORD, TAG, isClassification, isoDateProblem } from "../policypack/contract";

export { isoDateProblem };

/**
 * A value that breaks a rule, found before anything is created: a component's argument
 * (ComponentArgumentError) or a stack's setting (platform/config.ts's ConfigError). The
 * message names what was checked, the rule and the value received.
 */
export class ValidationError extends Error {
    constructor(
        /** What was checked, as the message names it: `PiiTable "orders": argument "hashKey"`, `config "project:owner"`. */
        readonly subject: string,
        readonly rule: string,
        readonly value: unknown,
        valueText: string = describe(value),
    ) {
        super(`${subject} ${rule}; got ${valueText}`);
        this.name = "ValidationError";
    }
}

/**
 * Thrown by a component, before it creates anything, when an argument breaks a rule.
 * The message names the component, the argument, the rule and the value received.
 */
export class ComponentArgumentError extends ValidationError {
    constructor(
        readonly component: string,
        readonly argument: string,
        rule: string,
        value: unknown,
    ) {
        super(`${component}: argument "${argument}"`, rule, value);
        this.name = "ComponentArgumentError";
    }
}

function describe(value: unknown): string {
    if (value === undefined) return "undefined";
    try {
        return JSON.stringify(value) ?? String(value);
    } catch {
        return String(value);
    }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACCOUNT_ID = /^\d{12}$/;

/** The wording of the whole-number rule; a range of one value is "must be N". */
export function wholeNumberRule(min: number, max = Number.MAX_SAFE_INTEGER): string {
    return min === max
        ? `must be ${min}`
        : `must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`}`;
}

/** The wording of the boolean rule. */
export const BOOLEAN_RULE = "must be true or false";

/** The rules, each a function that returns what is wrong with a value, or undefined when nothing is. */
export const rules = {
    /** A whole number in [min, max]. */
    wholeNumber(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): string | undefined {
        return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? undefined : wholeNumberRule(min, max);
    },
    /** true or false. */
    boolean(value: unknown): string | undefined {
        return typeof value === "boolean" ? undefined : BOOLEAN_RULE;
    },
    /** One of `allowed`. */
    oneOf(value: unknown, allowed: readonly (string | number)[]): string | undefined {
        return (allowed as readonly unknown[]).includes(value)
            ? undefined
            : `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`;
    },
    /** An e-mail address (something@domain.tld). */
    email(value: unknown): string | undefined {
        return typeof value === "string" && EMAIL.test(value) ? undefined : "must be an e-mail address";
    },
    /** A 12-digit AWS account id. */
    accountId(value: unknown): string | undefined {
        return typeof value === "string" && ACCOUNT_ID.test(value) ? undefined : "must be a 12-digit AWS account id";
    },
    /** A calendar date written YYYY-MM-DD. */
    isoDate(value: unknown): string | undefined {
        return isoDateProblem(value);
    },
    /** An IAM policy statement id: letters and digits only. */
    statementId(value: unknown): string | undefined {
        return typeof value === "string" && /^[A-Za-z0-9]{1,100}$/.test(value)
            ? undefined
            : "must be a policy statement id (1-100 letters and digits)";
    },
} as const;

/** Checks the arguments of one component; each method throws a ComponentArgumentError. */
export class ArgumentChecker {
    constructor(readonly component: string) {}

    fail(argument: string, rule: string, value: unknown): never {
        throw new ComponentArgumentError(this.component, argument, rule, value);
    }

    nonEmptyString(argument: string, value: unknown): string {
        if (typeof value !== "string" || value.trim().length === 0) this.fail(argument, "must be a non-empty string", value);
        return value;
    }

    /** A value that is written into an AWS tag: at most 256 of the characters tags allow. */
    tagValue(argument: string, value: unknown): string {
        const text = this.nonEmptyString(argument, value);
        if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u.test(text)) {
            this.fail(argument, "must be at most 256 letters, digits, spaces or _ . : / = + - @ (an AWS tag value)", value);
        }
        return text;
    }

    /** Fails with `problem`, what a rule found wrong with `value`, if there is one. */
    private holds(argument: string, value: unknown, problem: string | undefined): void {
        if (problem !== undefined) this.fail(argument, problem, value);
    }

    wholeNumber(argument: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
        this.holds(argument, value, rules.wholeNumber(value, min, max));
        return value as number;
    }

    /** A calendar date written YYYY-MM-DD. */
    isoDate(argument: string, value: unknown): string {
        this.holds(argument, value, rules.isoDate(value));
        return value as string;
    }

    /** An IAM policy statement id (Sid). */
    statementId(argument: string, value: unknown): string {
        this.holds(argument, value, rules.statementId(value));
        return value as string;
    }

    /** A list of e-mail addresses; each bad one is named by its index. */
    emails(argument: string, value: unknown): string[] {
        if (!Array.isArray(value)) this.fail(argument, "must be a list of e-mail addresses", value);
        value.forEach((email, i) => this.holds(`${argument}[${i}]`, email, rules.email(email)));
        return [...value] as string[];
    }

    /** A list of AWS account ids, each bad one named by its index; repeats are dropped. */
    accountIds(argument: string, value: unknown): string[] {
        if (!Array.isArray(value)) this.fail(argument, "must be a list of 12-digit AWS account ids", value);
        value.forEach((id, i) => this.holds(`${argument}[${i}]`, id, rules.accountId(id)));
        return [...new Set(value as string[])];
    }

    optionalWholeNumber(argument: string, value: unknown, fallback: number, min: number, max?: number): number {
        return value === undefined ? fallback : this.wholeNumber(argument, value, min, max);
    }

    oneOf<T extends string>(argument: string, value: unknown, allowed: readonly T[]): T {
        return this.member(argument, value, allowed);
    }

    member<T extends string | number>(argument: string, value: unknown, allowed: readonly T[]): T {
        this.holds(argument, value, rules.oneOf(value, allowed));
        return value as T;
    }

    optionalBoolean(argument: string, value: unknown, fallback: boolean): boolean {
        if (value === undefined) return fallback;
        this.holds(argument, value, rules.boolean(value));
        return value as boolean;
    }

    /** A non-empty list of distinct kebab-case words (`postal-address`), as the tag contract needs. */
    kebabCaseList(argument: string, value: unknown): string[] {
        if (!Array.isArray(value) || value.length === 0) this.fail(argument, "must be a non-empty list of kebab-case words", value);
        for (const entry of value) {
            if (typeof entry !== "string" || !KEBAB_CASE_WORD.test(entry)) {
                this.fail(argument, "must hold only kebab-case words (lower-case letters and digits joined by single hyphens)", entry);
            }
        }
        if (new Set(value).size !== value.length) this.fail(argument, "must not repeat an entry", value);
        return [...value] as string[];
    }

    /** Extra tags may not set a contract tag: those come from their own arguments. */
    extraTags(argument: string, value: unknown, reserved: readonly string[]): Record<string, string> {
        if (value === undefined) return {};
        if (typeof value !== "object" || value === null || Array.isArray(value))
            this.fail(argument, "must be a map of tag names to strings", value);
        for (const [key, tagValue] of Object.entries(value)) {
            if (reserved.includes(key))
                this.fail(argument, `must not set the contract tag "${key}": it is written from its own argument`, value);
            if (typeof tagValue !== "string") this.fail(`${argument}.${key}`, "must be a string", tagValue);
        }
        return { ...(value as Record<string, string>) };
    }
}

/** The classification arguments every data store takes (the tag contract of CLAUSES.md). */
export interface DataStoreClassificationArgs {
    /** The team that answers for the store; written to the `owner` tag. (DP-4.2) */
    readonly owner: string;
    /** Whole days within which every copy of the store's data (versions, backups) is erased. (DP-5.1, DP-5.3) */
    readonly retentionDays: number;
    /** Categories of personal data held; required for, and only allowed on, PII stores. (DP-1.1) */
    readonly piiCategories?: readonly string[];
    /** Purposes the personal data is processed for; required for, and only allowed on, PII stores. (DP-1.3) */
    readonly purposes?: readonly string[];
    /**
     * The policy's maximum retention for personal data.
     * @default 3 (DP-5.4)
     */
    readonly maxPiiRetentionDays?: number;
    /** More tags for the store and its children; the contract tags cannot be set here. @default {} */
    readonly tags?: Readonly<Record<string, string>>;
}

/** A store's validated classification, ready to be written as tags. */
export interface DataStoreClassification {
    readonly owner: string;
    readonly classification: Classification;
    readonly retentionDays: number;
    readonly piiCategories: readonly string[];
    readonly purposes: readonly string[];
    readonly extraTags: Readonly<Record<string, string>>;
}

const CONTRACT_TAGS: readonly string[] = Object.values(TAG);

/** Validates a data store's classification arguments (DP-1.1, DP-1.3, DP-5.1, DP-5.4). */
export function checkDataStoreClassification(
    check: ArgumentChecker,
    args: DataStoreClassificationArgs,
    classificationValue: unknown,
    classificationArgument = "classification",
): DataStoreClassification {
    const owner = check.tagValue("owner", args.owner);
    if (!isClassification(classificationValue)) {
        check.fail(classificationArgument, `must be one of ${CLASSIFICATIONS.map((c) => `"${c}"`).join(", ")}`, classificationValue);
    }
    const classification: Classification = classificationValue;
    const maxPiiRetentionDays = check.optionalWholeNumber("maxPiiRetentionDays", args.maxPiiRetentionDays, DEFAULTS.maxPiiRetentionDays, 1);
    const retentionDays = check.wholeNumber("retentionDays", args.retentionDays, 1);
    const extraTags = check.extraTags("tags", args.tags, CONTRACT_TAGS);

    if (classification !== "pii") {
        if (args.piiCategories !== undefined)
            check.fail("piiCategories", `is only for stores classified "pii" (this one is "${classification}")`, args.piiCategories);
        if (args.purposes !== undefined)
            check.fail("purposes", `is only for stores classified "pii" (this one is "${classification}")`, args.purposes);
        return { owner, classification, retentionDays, piiCategories: [], purposes: [], extraTags };
    }
    if (retentionDays > maxPiiRetentionDays) {
        check.fail("retentionDays", `must not exceed maxPiiRetentionDays (${maxPiiRetentionDays}) for a PII store (DP-5.4)`, retentionDays);
    }
    const piiCategories = check.kebabCaseList("piiCategories", args.piiCategories);
    const purposes = check.kebabCaseList("purposes", args.purposes);
    return { owner, classification, retentionDays, piiCategories, purposes, extraTags };
}
