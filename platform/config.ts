import * as pulumi from "@pulumi/pulumi";
import { closest } from "fastest-levenshtein";
import { DEFAULTS } from "../policypack/contract";
import { LOG_RETENTION_DAYS } from "../components/cloudwatch/log-retention";
import { BOOLEAN_RULE, ValidationError, rules, wholeNumberRule } from "../components/validation";

/** Thrown for a stack setting that breaks a rule; names the config key (the library's ValidationError). */
export class ConfigError extends ValidationError {
    constructor(key: string, rule: string, value: unknown) {
        super(`config "${key}"`, rule, value, JSON.stringify(value));
        this.name = "ConfigError";
    }
}

export interface DatabaseSettings {
    readonly instanceClass: string;
    readonly allocatedStorage: number;
    readonly multiAz: boolean;
    readonly backupRetentionDays: number;
    readonly logRetentionDays: number;
}

/** The settings of one stack of the platform, from `Pulumi.<stack>.yaml`. */
export interface PlatformConfig {
    readonly owner: string;
    readonly piiRetentionDays: number;
    readonly accessLogRetentionDays: number;
    readonly deletionProtection: boolean;
    readonly availabilityZones: number;
    readonly database: DatabaseSettings;
    /** Who the incident topic e-mails (DP-7.2). */
    readonly alarmEmails: readonly string[];
    /** Retention of the audit trail's log group, a CloudWatch value. */
    readonly auditLogRetentionDays: number;
    /** Next review of the roles with access to personal data (DP-4.2). */
    readonly accessReviewBy: string;
    /** AWS accounts of the shipping provider that read label objects (DP-3.1); none by default. */
    readonly shippingProviderAccountIds: readonly string[];
}

/** The settings a stack may give, in the project's namespace; any other key is a mistake. */
const SETTINGS = [
    "owner",
    "piiRetentionDays",
    "accessLogRetentionDays",
    "deletionProtection",
    "availabilityZones",
    "database",
    "alarmEmails",
    "auditLogRetentionDays",
    "accessReviewBy",
    "shippingProviderAccountIds",
] as const;
const DATABASE_SETTINGS = ["instanceClass", "allocatedStorage", "multiAz", "backupRetentionDays", "logRetentionDays"] as const;

/**
 * Rejects a key nobody reads: a misspelt setting (`deletionProtecton`) would otherwise leave the
 * stack on the default without a word. Names the nearest known key.
 */
function rejectUnknownKeys(
    keys: readonly string[],
    known: readonly string[],
    qualify: (key: string) => string,
    valueOf: (key: string) => unknown,
): void {
    for (const key of keys) {
        if (!known.includes(key))
            throw new ConfigError(
                qualify(key),
                `is not a setting of this program: did you mean "${qualify(closest(key, [...known]))}"?`,
                valueOf(key),
            );
    }
}

/**
 * A setting read with one of pulumi.Config's typed getters, which throws on a value of the wrong
 * type; that becomes a ConfigError with `rule`, naming the key and the value as written.
 */
function typed<T>(config: pulumi.Config, key: string, rule: string, get: () => T | undefined): T | undefined {
    try {
        return get();
    } catch {
        throw new ConfigError(`${config.name}:${key}`, rule, config.get(key));
    }
}

function wholeNumber(config: pulumi.Config, key: string, fallback: number, min: number, max: number): number {
    const rule = wholeNumberRule(min, max);
    const value = typed(config, key, rule, () => config.getNumber(key));
    if (value === undefined) return fallback;
    if (rules.wholeNumber(value, min, max) !== undefined) throw new ConfigError(`${config.name}:${key}`, rule, config.get(key));
    return value;
}

function flag(config: pulumi.Config, key: string, fallback: boolean): boolean {
    return typed(config, key, BOOLEAN_RULE, () => config.getBoolean(key)) ?? fallback;
}

/** A retention CloudWatch Logs accepts. */
function logRetention(key: string, days: number): number {
    const problem = rules.oneOf(days, LOG_RETENTION_DAYS);
    if (problem !== undefined) throw new ConfigError(key, `${problem} (CloudWatch Logs retentions)`, days);
    return days;
}

/** Reads and checks the stack config; every error names its key. */
export function readPlatformConfig(config: pulumi.Config): PlatformConfig {
    const all = pulumi.runtime.allConfig();
    const namespace = `${config.name}:`;
    const ownKeys = Object.keys(all)
        .filter((key) => key.startsWith(namespace))
        .map((key) => key.slice(namespace.length));
    rejectUnknownKeys(
        ownKeys,
        SETTINGS,
        (key) => `${namespace}${key}`,
        (key) => all[`${namespace}${key}`],
    );
    const owner = config.get("owner");
    if (owner === undefined || owner.trim() === "")
        throw new ConfigError(`${config.name}:owner`, "must name the team that owns the platform", owner);
    const piiRetentionDays = wholeNumber(config, "piiRetentionDays", DEFAULTS.maxPiiRetentionDays, 3, DEFAULTS.maxPiiRetentionDays);
    const databaseSetting = config.getObject<unknown>("database") ?? {};
    if (typeof databaseSetting !== "object" || databaseSetting === null || Array.isArray(databaseSetting)) {
        throw new ConfigError(`${config.name}:database`, `must be a mapping of ${DATABASE_SETTINGS.join(", ")}`, databaseSetting);
    }
    const database = databaseSetting as Record<string, unknown>;
    const databaseKey = (key: string) => `${config.name}:database.${key}`;
    rejectUnknownKeys(Object.keys(database), DATABASE_SETTINGS, databaseKey, (key) => database[key]);
    const dbNumber = (key: string, fallback: number, min: number, max: number): number => {
        const value = database[key] ?? fallback;
        const problem = rules.wholeNumber(value, min, max);
        if (problem !== undefined) throw new ConfigError(databaseKey(key), problem, value);
        return value as number;
    };
    const instanceClass = database.instanceClass ?? "db.t4g.micro";
    if (typeof instanceClass !== "string" || !instanceClass.startsWith("db."))
        throw new ConfigError(databaseKey("instanceClass"), `must be an RDS instance class ("db.…")`, instanceClass);
    const multiAz = database.multiAz ?? false;
    const multiAzProblem = rules.boolean(multiAz);
    if (multiAzProblem !== undefined) throw new ConfigError(databaseKey("multiAz"), multiAzProblem, multiAz);
    const alarmEmails = config.getObject<unknown>("alarmEmails");
    if (!Array.isArray(alarmEmails) || alarmEmails.length === 0)
        throw new ConfigError(
            `${config.name}:alarmEmails`,
            "must list at least one e-mail address for the incident topic",
            alarmEmails ?? null,
        );
    alarmEmails.forEach((email) => {
        if (rules.email(email) !== undefined) throw new ConfigError(`${config.name}:alarmEmails`, "must hold only e-mail addresses", email);
    });
    const accessReviewBy = config.get("accessReviewBy");
    const dateProblem = rules.isoDate(accessReviewBy);
    if (dateProblem !== undefined || accessReviewBy === undefined)
        throw new ConfigError(`${config.name}:accessReviewBy`, dateProblem ?? rules.isoDate(undefined)!, accessReviewBy ?? null);
    const auditLogRetentionDays = logRetention(
        `${config.name}:auditLogRetentionDays`,
        wholeNumber(config, "auditLogRetentionDays", 365, 1, 3653),
    );
    const providerAccounts = config.getObject<unknown>("shippingProviderAccountIds") ?? [];
    if (!Array.isArray(providerAccounts) || providerAccounts.some((id) => rules.accountId(id) !== undefined)) {
        throw new ConfigError(`${config.name}:shippingProviderAccountIds`, "must be a list of 12-digit AWS account ids", providerAccounts);
    }
    return {
        owner,
        shippingProviderAccountIds: providerAccounts as string[],
        alarmEmails: alarmEmails as string[],
        accessReviewBy,
        auditLogRetentionDays,
        piiRetentionDays,
        accessLogRetentionDays: wholeNumber(config, "accessLogRetentionDays", 90, 3, 3653),
        deletionProtection: flag(config, "deletionProtection", true),
        availabilityZones: wholeNumber(config, "availabilityZones", 2, 2, 3),
        database: {
            instanceClass,
            allocatedStorage: dbNumber("allocatedStorage", 20, 20, 65536),
            multiAz: multiAz as boolean,
            backupRetentionDays: dbNumber("backupRetentionDays", 7, 1, 35),
            logRetentionDays: logRetention(databaseKey("logRetentionDays"), dbNumber("logRetentionDays", 30, 1, 3653)),
        },
    };
}
