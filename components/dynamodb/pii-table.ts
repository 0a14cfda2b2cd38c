import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Classification, dynamoDbDeletionBoundHours } from "../../policypack/contract";
import { PolicyStatement } from "../aws-context";
import { DataAccess, GrantableStore, grantToRole, StoreGrantResources } from "../iam/grantable-store";
import { LOG_RETENTION_DAYS } from "../cloudwatch/log-retention";
import { DataKey, StoreKey, checkStoreKey } from "../kms/data-key";
import { dataStoreTags } from "../tags";
import { ArgumentChecker, DataStoreClassificationArgs, checkDataStoreClassification } from "../validation";
import * as purgeHandler from "./purge-handler";
import { EXPIRY_INDEX_NAME, ScheduledPurge } from "./scheduled-purge";
import { hasPulumiType } from "../resource-type";

/**
 * The value of a PiiTable's expiry-bucket attribute for an item expiring at
 * `expiresAtSeconds` (epoch seconds): `"<UTC day of expiry>#<shard>"`, the shard a hash of
 * `itemKey` (any string that tells items apart, such as the partition key value). Writers set
 * it whenever they set the expiry, so the purge finds the item through the expiry index.
 * The purge handler computes the buckets it queries with the same code.
 */
export const expiryBucketOf: (expiresAtSeconds: number, itemKey: string) => string = purgeHandler.expiryBucketOf;

export { EXPIRY_INDEX_NAME };

export type AttributeType = "S" | "N" | "B";

export interface TableAttribute {
    /** Attribute name, used as the hash or range key. */
    readonly name: string;
    /** `S` string, `N` number, `B` binary. */
    readonly type: AttributeType;
}

export interface PiiTableArgs extends DataStoreClassificationArgs {
    /** The partition key; must be one of `attributes`. */
    readonly hashKey: string;
    /** The sort key; must be one of `attributes`. @default none */
    readonly rangeKey?: string;
    /** Key attributes only: DynamoDB rejects declared attributes that no key uses. */
    readonly attributes: readonly TableAttribute[];
    /** Categories of personal data held (DP-1.1). */
    readonly piiCategories: readonly string[];
    /** Purposes the data is processed for (DP-1.3). */
    readonly purposes: readonly string[];
    /**
     * The number attribute (epoch seconds) after which an item must be gone; TTL and the
     * scheduled purge both read it. Set it to at most fulfilment + `maxItemLifetimeHours`.
     * (DP-5.2, DP-5.4)
     * @default "expiresAt"
     */
    readonly ttlAttribute?: string;
    /**
     * Point-in-time recovery window; 0 turns PITR off. A deleted item stays restorable for
     * this long, so it counts against the retention. (DP-5.3)
     * @default 1
     */
    readonly pointInTimeRecoveryDays?: number;
    /** Minutes between two runs of the purge that deletes expired items. (DP-5.4) @default 60 */
    readonly purgeIntervalMinutes?: number;
    /**
     * The string attribute writers set to `expiryBucketOf(expiry, itemKey)`; it keys the sparse
     * expiry index the purge queries. An item without it is not in the index: the purge never
     * sees it and only TTL, which has no deadline, deletes it. (DP-5.4)
     * @default "expiryBucket"
     */
    readonly expiryBucketAttribute?: string;
    /**
     * Whole days of expiry buckets before today that each purge run queries, 1-30. An item that
     * expired earlier than that (the purge failing for longer, or an expiry written already
     * that far in the past) is left to TTL. Each day costs a few queries per run.
     * @default 7
     */
    readonly purgeLookbackDays?: number;
    /** Guard the table against `pulumi destroy` and console deletion. @default true */
    readonly deletionProtection?: boolean;
    /** A DynamoDB stream of this view type; streams copy data, so none unless asked. @default none */
    readonly streamViewType?: "KEYS_ONLY" | "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES";
    /** The customer-managed key for the table, the purge's logs and environment. @default a DataKey of its own */
    readonly kmsKey?: StoreKey;
    /** Retention of the purge function's log group (no personal data: counts only). @default 30 */
    readonly purgeLogRetentionDays?: number;
    /**
     * Date (YYYY-MM-DD) by which the purge role's access to the table is next reviewed, its
     * `review-by` tag. (DP-4.2)
     * @default 31 December of the next calendar year
     */
    readonly accessReviewBy?: string;
}

/**
 * A DynamoDB table for personal data: on-demand, SSE under a customer-managed key (DP-2.1),
 * TTL on `ttlAttribute` and a scheduled purge that deletes what TTL has not yet (DP-5.2,
 * DP-5.4), point-in-time recovery no longer than the retention allows (DP-5.3), deletion
 * protection, no stream unless asked, and the contract tags (DP-1.1, DP-1.3, DP-5.1).
 *
 * The hard bound: an item that carries its expiry bucket (`expiryBucketOf`) is gone from the
 * table within `purgeIntervalMinutes` of its expiry, and from PITR `pointInTimeRecoveryDays`
 * later. `maxItemLifetimeHours` is what `retentionDays` leaves for the item's own life after
 * those two. The purge finds due items through a sparse index by expiry bucket, so a run costs
 * the items due, not the table's size.
 */
export class PiiTable extends pulumi.ComponentResource implements GrantableStore {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:dynamodb:PiiTable";

    /** Whether `value` is a PiiTable, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is PiiTable {
        return hasPulumiType(value, PiiTable.TYPE);
    }

    /** The item actions each access gives, on the table and its indexes: no Scan, nothing on the table itself. */
    static readonly ACTIONS: Readonly<Record<DataAccess, readonly string[]>> = {
        read: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"],
        write: ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
        "read-write": [
            "dynamodb:GetItem",
            "dynamodb:BatchGetItem",
            "dynamodb:Query",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:BatchWriteItem",
        ],
    };
    /** Items have no key prefixes to limit access to. */
    readonly grantsByPrefix = false;
    /**
     * The DynamoDB table: SSE under `kmsKey`, TTL on `ttlAttribute`, the sparse expiry index, point-in-time recovery
     * within the retention, the contract tags.
     */
    readonly table: aws.dynamodb.Table;
    /** The table's physical name. */
    readonly tableName: pulumi.Output<string>;
    /** The table's ARN (what `grantStatement` and the audit trail name). */
    readonly tableArn: pulumi.Output<string>;
    /** The customer-managed key the table is encrypted under (`args.kmsKey`, or one made for it). */
    readonly kmsKey: StoreKey;
    /** The store's classification and purposes, as its tags declare them. */
    readonly classification: Classification;
    /** The purposes its `pii-purpose` tag declares. */
    readonly purposes: readonly string[];
    /** The ARN of `kmsKey`. */
    readonly keyArn: pulumi.Output<string>;
    /** The scheduled purge of the table's expired items (DP-5.4). */
    readonly purge: ScheduledPurge;
    /** The Lambda function that deletes expired items, hourly (DP-5.4). */
    readonly purgeFunction: aws.lambda.Function;
    /** The purge's role: Query on the expiry index and DeleteItem on the table only. */
    readonly purgeRole: aws.iam.Role;
    /** The EventBridge rule that runs the purge. */
    readonly purgeSchedule: aws.cloudwatch.EventRule;
    /** The attribute holding each item's expiry (epoch seconds), read by TTL and the purge. */
    readonly ttlAttribute: string;
    /** The attribute writers set with `expiryBucketOf`. */
    readonly expiryBucketAttribute: string;
    /** The sparse index of items by expiry bucket and expiry that the purge queries. */
    readonly expiryIndexName: string;
    /** Hours after fulfilment by which `ttlAttribute` must fall for the retention to hold. */
    readonly maxItemLifetimeHours: number;

    constructor(name: string, args: PiiTableArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`PiiTable "${name}"`);
        const store = checkDataStoreClassification(check, args, "pii");
        const attributes = checkAttributes(check, args);
        const hashKey = check.nonEmptyString("hashKey", args.hashKey);
        const rangeKey = args.rangeKey === undefined ? undefined : check.nonEmptyString("rangeKey", args.rangeKey);
        const keyNames = rangeKey === undefined ? [hashKey] : [hashKey, rangeKey];
        for (const [argument, key] of [
            ["hashKey", hashKey],
            ["rangeKey", rangeKey],
        ] as const) {
            if (key !== undefined && !attributes.some((a) => a.name === key)) check.fail(argument, "must name one of attributes", key);
        }
        const unused = attributes.find((a) => !keyNames.includes(a.name));
        if (unused)
            check.fail("attributes", "must declare key attributes only (DynamoDB rejects unused attribute definitions)", unused.name);
        const ttlAttribute = args.ttlAttribute === undefined ? "expiresAt" : check.nonEmptyString("ttlAttribute", args.ttlAttribute);
        if (keyNames.includes(ttlAttribute)) check.fail("ttlAttribute", "must not be a key attribute", ttlAttribute);
        const expiryBucketAttribute =
            args.expiryBucketAttribute === undefined
                ? "expiryBucket"
                : check.nonEmptyString("expiryBucketAttribute", args.expiryBucketAttribute);
        if (keyNames.includes(expiryBucketAttribute))
            check.fail("expiryBucketAttribute", "must not be a key attribute", expiryBucketAttribute);
        if (expiryBucketAttribute === ttlAttribute)
            check.fail("expiryBucketAttribute", "must differ from ttlAttribute", expiryBucketAttribute);
        const purgeLookbackDays = check.optionalWholeNumber("purgeLookbackDays", args.purgeLookbackDays, 7, 1, 30);
        const pitrDays = check.optionalWholeNumber("pointInTimeRecoveryDays", args.pointInTimeRecoveryDays, 1, 0, 35);
        const purgeIntervalMinutes = check.optionalWholeNumber("purgeIntervalMinutes", args.purgeIntervalMinutes, 60, 5, 24 * 60);
        const maxItemLifetimeHours =
            store.retentionDays * 24 - dynamoDbDeletionBoundHours(0, Math.ceil(purgeIntervalMinutes / 60), pitrDays);
        if (maxItemLifetimeHours < 1) {
            check.fail(
                "pointInTimeRecoveryDays",
                `with a purge every ${purgeIntervalMinutes} minutes must leave items at least 1 hour of life within retentionDays (${store.retentionDays})`,
                pitrDays,
            );
        }
        const deletionProtection = check.optionalBoolean("deletionProtection", args.deletionProtection, true);
        const accessReviewBy =
            args.accessReviewBy === undefined
                ? `${new Date().getUTCFullYear() + 1}-12-31`
                : checkDate(check, "accessReviewBy", args.accessReviewBy);
        const streamViewType =
            args.streamViewType === undefined
                ? undefined
                : check.oneOf("streamViewType", args.streamViewType, [
                      "KEYS_ONLY",
                      "NEW_IMAGE",
                      "OLD_IMAGE",
                      "NEW_AND_OLD_IMAGES",
                  ] as const);
        const purgeLogRetentionDays =
            args.purgeLogRetentionDays === undefined
                ? 30
                : check.member("purgeLogRetentionDays", args.purgeLogRetentionDays, LOG_RETENTION_DAYS);
        if (args.kmsKey !== undefined)
            checkStoreKey(check, args.kmsKey, { viaServices: ["dynamodb", "lambda"], servicePrincipals: ["cloudwatch-logs"] });
        super(PiiTable.TYPE, name, {}, opts);

        this.classification = store.classification;
        this.purposes = store.purposes;
        this.ttlAttribute = ttlAttribute;
        this.expiryBucketAttribute = expiryBucketAttribute;
        this.expiryIndexName = EXPIRY_INDEX_NAME;
        this.maxItemLifetimeHours = maxItemLifetimeHours;
        this.kmsKey =
            args.kmsKey ??
            new DataKey(
                `${name}-key`,
                {
                    description: `Personal data in table ${name}`,
                    owner: store.owner,
                    viaServices: ["dynamodb", "lambda"],
                    servicePrincipals: ["cloudwatch-logs"],
                },
                { parent: this },
            );

        this.table = new aws.dynamodb.Table(
            `${name}-table`,
            {
                billingMode: "PAY_PER_REQUEST",
                hashKey,
                rangeKey,
                attributes: [
                    ...attributes.map((a) => ({ name: a.name, type: a.type })),
                    { name: expiryBucketAttribute, type: "S" },
                    // TTL reads numbers only; as an index key DynamoDB also refuses any other type.
                    { name: ttlAttribute, type: "N" },
                ],
                // Sparse: only items carrying the bucket attribute are in it. The purge queries it
                // for what is due instead of scanning the table, and needs only the keys.
                globalSecondaryIndexes: [
                    {
                        name: EXPIRY_INDEX_NAME,
                        keySchemas: [
                            { attributeName: expiryBucketAttribute, keyType: "HASH" },
                            { attributeName: ttlAttribute, keyType: "RANGE" },
                        ],
                        projectionType: "KEYS_ONLY",
                    },
                ],
                serverSideEncryption: { enabled: true, kmsKeyArn: this.kmsKey.keyArn },
                ttl: { enabled: true, attributeName: ttlAttribute },
                pointInTimeRecovery: pitrDays > 0 ? { enabled: true, recoveryPeriodInDays: pitrDays } : { enabled: false },
                deletionProtectionEnabled: deletionProtection,
                streamEnabled: streamViewType !== undefined,
                streamViewType,
                tags: dataStoreTags(store),
            },
            { parent: this },
        );

        // The purge: a function that deletes expired items, run on a schedule.
        this.purge = new ScheduledPurge(
            `${name}-purge`,
            {
                tableName: this.table.name,
                tableArn: this.table.arn,
                keyAttributes: keyNames,
                ttlAttribute,
                expiryBucketAttribute,
                indexName: EXPIRY_INDEX_NAME,
                kmsKey: this.kmsKey,
                owner: store.owner,
                purposes: store.purposes,
                intervalMinutes: purgeIntervalMinutes,
                lookbackDays: purgeLookbackDays,
                logRetentionDays: purgeLogRetentionDays,
                accessReviewBy,
                tags: store.extraTags,
                label: name,
            },
            { parent: this },
        );
        this.purgeFunction = this.purge.function;
        this.purgeRole = this.purge.role;
        this.purgeSchedule = this.purge.schedule;

        this.tableName = this.table.name;
        this.tableArn = this.table.arn;
        this.keyArn = this.kmsKey.keyArn;
        this.registerOutputs({
            tableName: this.tableName,
            tableArn: this.tableArn,
            keyArn: this.keyArn,
            purgeFunctionArn: this.purgeFunction.arn,
        });
    }

    /** The statement giving `access` to the items of the table and its indexes, Sid `Table<id>`. */
    grantStatement(access: DataAccess, id: string): pulumi.Output<PolicyStatement> {
        return this.tableArn.apply((arn) => ({
            Sid: `Table${id}`,
            Effect: "Allow" as const,
            Action: [...PiiTable.ACTIONS[access]],
            Resource: [arn, `${arn}/index/*`],
        }));
    }

    /** Lets `role` read items (Get, BatchGet, Query): a role policy and a decrypt grant on the key, named after `id`. */
    grantReadData(id: string, role: aws.iam.Role): StoreGrantResources {
        return grantToRole(this, "PiiTable grantReadData", id, role, "read");
    }

    /** Lets `role` write and delete items (Put, Update, Delete, BatchWrite), and use the key both ways. */
    grantWriteData(id: string, role: aws.iam.Role): StoreGrantResources {
        return grantToRole(this, "PiiTable grantWriteData", id, role, "write");
    }

    /** Lets `role` read, write and delete items, and use the key both ways. */
    grantReadWriteData(id: string, role: aws.iam.Role): StoreGrantResources {
        return grantToRole(this, "PiiTable grantReadWriteData", id, role, "read-write");
    }
}

function checkAttributes(check: ArgumentChecker, args: PiiTableArgs): TableAttribute[] {
    if (!Array.isArray(args.attributes) || args.attributes.length === 0)
        check.fail("attributes", "must be a non-empty list of { name, type }", args.attributes);
    const seen = new Set<string>();
    return args.attributes.map((attribute, i) => {
        const name = check.nonEmptyString(`attributes[${i}].name`, attribute?.name);
        check.oneOf(`attributes[${i}].type`, attribute.type, ["S", "N", "B"] as const);
        if (seen.has(name)) check.fail("attributes", "must not declare an attribute twice", name);
        seen.add(name);
        return { name, type: attribute.type };
    });
}

function checkDate(check: ArgumentChecker, argument: string, value: unknown): string {
    return check.isoDate(argument, value);
}
