import * as pulumi from "@pulumi/pulumi";
import { closest } from "fastest-levenshtein";
import { DEFAULTS, isIsoDate, isoDateProblem } from "../policypack/contract";
import { LOG_RETENTION_DAYS } from "../components/cloudwatch/log-retention";

/** Thrown for a stack setting that breaks a rule; names the config key. */
export class ConfigError extends Error {
    constructor(key: string, rule: string, value: unknown) {
        super(`config "${key}" ${rule}; got ${JSON.stringify(value)}`);
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
    "owner", "piiRetentionDays", "accessLogRetentionDays", "deletionProtection", "availabilityZones", "database",
    "alarmEmails", "auditLogRetentionDays", "accessReviewBy", "shippingProviderAccountIds",
] as const;
const DATABASE_SETTINGS = ["instanceClass", "allocatedStorage", "multiAz", "backupRetentionDays", "logRetentionDays"] as const;

/**
 * Rejects a key nobody reads: a misspelt setting (`deletionProtecton`) would otherwise leave the
 * stack on the default without a word. Names the nearest known key.
 */
function rejectUnknownKeys(keys: readonly string[], known: readonly string[], qualify: (key: string) => string, valueOf: (key: string) => unknown): void {
    for (const key of keys) {
        if (!known.includes(key)) throw new ConfigError(qualify(key), `is not a setting of this program: did you mean "${qualify(closest(key, [...known]))}"?`, valueOf(key));
    }
}

/** The rule for a whole number in [min, max], worded for a range of one. */
function wholeNumberRule(min: number, max: number): string {
    return min === max ? `must be ${min}` : `must be a whole number from ${min} to ${max}`;
}

function wholeNumber(config: pulumi.Config, key: string, fallback: number, min: number, max: number): number {
    const raw = config.get(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${config.name}:${key}`, wholeNumberRule(min, max), raw);
    return value;
}

function flag(config: pulumi.Config, key: string, fallback: boolean): boolean {
    const raw = config.get(key);
    if (raw === undefined) return fallback;
    if (raw !== "true" && raw !== "false") throw new ConfigError(`${config.name}:${key}`, "must be true or false", raw);
    return raw === "true";
}

/** A retention CloudWatch Logs accepts. */
function logRetention(key: string, days: number): number {
    if (!(LOG_RETENTION_DAYS as readonly number[]).includes(days)) throw new ConfigError(key, `must be one of ${LOG_RETENTION_DAYS.join(", ")} (CloudWatch Logs retentions)`, days);
    return days;
}

/** Reads and checks the stack config; every error names its key. */
export function readPlatformConfig(config: pulumi.Config): PlatformConfig {
    const all = pulumi.runtime.allConfig();
    const namespace = `${config.name}:`;
    const ownKeys = Object.keys(all).filter((key) => key.startsWith(namespace)).map((key) => key.slice(namespace.length));
    rejectUnknownKeys(ownKeys, SETTINGS, (key) => `${namespace}${key}`, (key) => all[`${namespace}${key}`]);
    const owner = config.get("owner");
    if (owner === undefined || owner.trim() === "") throw new ConfigError(`${config.name}:owner`, "must name the team that owns the platform", owner);
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
        if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw new ConfigError(databaseKey(key), wholeNumberRule(min, max), value);
        return value;
    };
    const instanceClass = database.instanceClass ?? "db.t4g.micro";
    if (typeof instanceClass !== "string" || !instanceClass.startsWith("db.")) throw new ConfigError(databaseKey("instanceClass"), `must be an RDS instance class ("db.…")`, instanceClass);
    const multiAz = database.multiAz ?? false;
    if (typeof multiAz !== "boolean") throw new ConfigError(databaseKey("multiAz"), "must be true or false", multiAz);
    const alarmEmails = config.getObject<unknown>("alarmEmails");
    if (!Array.isArray(alarmEmails) || alarmEmails.length === 0) throw new ConfigError(`${config.name}:alarmEmails`, "must list at least one e-mail address for the incident topic", alarmEmails ?? null);
    alarmEmails.forEach((email) => {
        if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ConfigError(`${config.name}:alarmEmails`, "must hold only e-mail addresses", email);
    });
    const accessReviewBy = config.get("accessReviewBy");
    if (!isIsoDate(accessReviewBy)) throw new ConfigError(`${config.name}:accessReviewBy`, isoDateProblem(accessReviewBy)!, accessReviewBy ?? null);
    const auditLogRetentionDays = logRetention(`${config.name}:auditLogRetentionDays`, wholeNumber(config, "auditLogRetentionDays", 365, 1, 3653));
    const providerAccounts = config.getObject<unknown>("shippingProviderAccountIds") ?? [];
    if (!Array.isArray(providerAccounts) || providerAccounts.some((id) => typeof id !== "string" || !/^\d{12}$/.test(id))) {
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
            multiAz,
            backupRetentionDays: dbNumber("backupRetentionDays", 7, 1, 35),
            logRetentionDays: logRetention(databaseKey("logRetentionDays"), dbNumber("logRetentionDays", 30, 1, 3653)),
        },
    };
}
