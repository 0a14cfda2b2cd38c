import * as pulumi from "@pulumi/pulumi";
import { DEFAULTS } from "../../policypack/contract";
import { LOG_RETENTION_DAYS, longestLogRetentionWithin } from "../cloudwatch/log-retention";
import { StoreKey, checkStoreKey } from "../kms/data-key";
import { ArgumentChecker, DataStoreClassification, checkDataStoreClassification } from "../validation";
import type { AuditedRdsInstanceArgs } from "./audited-rds-instance";
import { ENGINES, EngineProfile, RdsEngine } from "./engines";

/** An AuditedRdsInstance's arguments, checked, with every default filled in. */
export interface RdsSettings {
    readonly engine: RdsEngine;
    readonly profile: EngineProfile;
    readonly store: DataStoreClassification;
    readonly identifier: string;
    readonly engineVersion: string;
    readonly instanceClass: string;
    readonly allocatedStorage: number;
    readonly maxAllocatedStorage?: number;
    readonly backupRetentionDays: number;
    readonly logRetentionDays: number;
    readonly finalSnapshot: boolean;
    readonly multiAz: boolean;
    readonly deletionProtection: boolean;
    readonly performanceInsights: boolean;
    readonly caCertIdentifier: string;
    readonly username: string;
    readonly dbName?: string;
    readonly allowedSecurityGroupIds: readonly pulumi.Input<string>[];
    readonly kmsKey?: StoreKey;
}

const IDENTIFIER = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){0,62}$/;

/**
 * Checks the arguments of the AuditedRdsInstance `name` and fills in the defaults; throws a
 * ComponentArgumentError naming the argument and the rule, before anything is created.
 */
export function rdsSettings(name: string, args: AuditedRdsInstanceArgs): RdsSettings {
    const check = new ArgumentChecker(`AuditedRdsInstance "${name}"`);
    const engine = check.oneOf("engine", args.engine, Object.keys(ENGINES) as RdsEngine[]);
    const profile = ENGINES[engine];
    const isPii = args.classification === "pii";
    const defaultRetention = isPii ? (args.maxPiiRetentionDays ?? DEFAULTS.maxPiiRetentionDays) : 35;
    const store = checkDataStoreClassification(
        check,
        { ...args, retentionDays: args.retentionDays ?? defaultRetention },
        args.classification,
    );
    const backupRetentionDays = check.optionalWholeNumber(
        "backupRetentionDays",
        args.backupRetentionDays,
        isPii ? 1 : Math.min(7, store.retentionDays),
        1,
        35,
    );
    if (backupRetentionDays > store.retentionDays) {
        check.fail(
            "backupRetentionDays",
            `must not exceed retentionDays (${store.retentionDays}): backups are copies (DP-5.3)`,
            backupRetentionDays,
        );
    }
    const logRetentionDays =
        args.logRetentionDays === undefined
            ? isPii
                ? longestLogRetentionWithin(store.retentionDays)
                : 30
            : check.member("logRetentionDays", args.logRetentionDays, LOG_RETENTION_DAYS);
    if (isPii && logRetentionDays > store.retentionDays) {
        check.fail(
            "logRetentionDays",
            `must not exceed retentionDays (${store.retentionDays}) for a PII database: audit logs quote its data`,
            logRetentionDays,
        );
    }
    const finalSnapshot = check.optionalBoolean("finalSnapshot", args.finalSnapshot, !isPii);
    if (isPii && finalSnapshot)
        check.fail("finalSnapshot", "must be false for a PII database: a manual snapshot outlives any retention (DP-5.3)", true);
    const identifier = args.identifier === undefined ? name : args.identifier;
    if (!IDENTIFIER.test(identifier)) {
        check.fail(
            "identifier",
            "(the component name when not given) must be 1-63 lower-case letters, digits or single hyphens, starting with a letter",
            identifier,
        );
    }
    const engineVersion =
        args.engineVersion === undefined ? profile.defaultVersion : check.nonEmptyString("engineVersion", args.engineVersion);
    if (!profile.versionPattern.test(engineVersion))
        check.fail("engineVersion", `must look like ${profile.defaultVersion} for ${engine}`, engineVersion);
    const instanceClass = args.instanceClass === undefined ? "db.t4g.micro" : check.nonEmptyString("instanceClass", args.instanceClass);
    if (!instanceClass.startsWith("db.")) check.fail("instanceClass", `must be an RDS instance class ("db.…")`, instanceClass);
    const allocatedStorage = check.optionalWholeNumber("allocatedStorage", args.allocatedStorage, 20, 20, 65536);
    const maxAllocatedStorage =
        args.maxAllocatedStorage === undefined
            ? undefined
            : check.wholeNumber("maxAllocatedStorage", args.maxAllocatedStorage, allocatedStorage + 1, 65536);
    const multiAz = check.optionalBoolean("multiAz", args.multiAz, false);
    const deletionProtection = check.optionalBoolean("deletionProtection", args.deletionProtection, true);
    const performanceInsights = check.optionalBoolean("performanceInsights", args.performanceInsights, true);
    const caCertIdentifier =
        args.caCertIdentifier === undefined ? "rds-ca-rsa2048-g1" : check.nonEmptyString("caCertIdentifier", args.caCertIdentifier);
    const username = args.username === undefined ? "dbadmin" : check.nonEmptyString("username", args.username);
    const dbName = args.dbName === undefined ? undefined : check.nonEmptyString("dbName", args.dbName);
    const allowedSecurityGroupIds = args.allowedSecurityGroupIds ?? [];
    if (!Array.isArray(allowedSecurityGroupIds))
        check.fail("allowedSecurityGroupIds", "must be a list of security group ids", allowedSecurityGroupIds);
    if (Array.isArray(args.subnetIds) && args.subnetIds.length < 2)
        check.fail("subnetIds", "must name at least two subnets (RDS needs two availability zones)", args.subnetIds);
    if (args.vpcId === undefined || args.vpcId === "") check.fail("vpcId", "must be given", args.vpcId);
    if (args.kmsKey !== undefined)
        checkStoreKey(check, args.kmsKey, { viaServices: ["rds", "secretsmanager"], servicePrincipals: ["cloudwatch-logs"] });
    return {
        engine,
        profile,
        store,
        identifier,
        engineVersion,
        instanceClass,
        allocatedStorage,
        maxAllocatedStorage,
        backupRetentionDays,
        logRetentionDays,
        finalSnapshot,
        multiAz,
        deletionProtection,
        performanceInsights,
        caCertIdentifier,
        username,
        dbName,
        allowedSecurityGroupIds,
        kmsKey: args.kmsKey,
    };
}
