import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { TAG, formatTagList } from "../../policypack/contract";
import { awsContext, policyDocument } from "../aws-context";
import { LOG_RETENTION_DAYS } from "../cloudwatch/log-retention";
import { StoreKey, checkStoreKey } from "../kms/data-key";
import { hasPulumiType } from "../resource-type";
import { nonPersonalStoreTags, supportingTags } from "../tags";
import { ArgumentChecker } from "../validation";

/** The name of the sparse index, keyed by expiry bucket and expiry, that the purge queries. */
export const EXPIRY_INDEX_NAME = "expiry-index";

export interface ScheduledPurgeArgs {
    /** The name of the table to purge, given to the function. */
    readonly tableName: pulumi.Input<string>;
    /** The table's ARN: the role may query its expiry index and delete its items, nothing else. */
    readonly tableArn: pulumi.Input<string>;
    /** The table's key attributes (hash, then range), which the function deletes items by. */
    readonly keyAttributes: readonly string[];
    /** The number attribute (epoch seconds) after which an item must be gone. (DP-5.4) */
    readonly ttlAttribute: string;
    /** The string attribute writers set with `expiryBucketOf`; it keys `indexName`. */
    readonly expiryBucketAttribute: string;
    /** The sparse index by expiry bucket and expiry that the function queries. @default "expiry-index" */
    readonly indexName?: string;
    /**
     * The table's key: the function decrypts through DynamoDB with it, and it encrypts the
     * function's environment and log group, so it must admit `lambda` and `cloudwatch-logs`.
     */
    readonly kmsKey: StoreKey;
    /** The team that answers for the purge, written to the `owner` tag. (DP-4.2) */
    readonly owner: string;
    /** The purposes of the table's personal data, written to the role's `pii-purpose` tag. (DP-1.3) */
    readonly purposes: readonly string[];
    /** Minutes between two runs, 5-1440. (DP-5.4) @default 60 */
    readonly intervalMinutes?: number;
    /** Whole days of expiry buckets before today each run queries, 1-30. @default 7 */
    readonly lookbackDays?: number;
    /** Retention of the function's log group (no personal data: counts only). @default 30 */
    readonly logRetentionDays?: number;
    /**
     * Date (YYYY-MM-DD) by which the role's access to the table is next reviewed, its
     * `review-by` tag. (DP-4.2)
     * @default 31 December of the next calendar year
     */
    readonly accessReviewBy?: string;
    /** More tags for every child; the contract tags cannot be set here. @default {} */
    readonly tags?: Readonly<Record<string, string>>;
    /**
     * What the children's descriptions and the log group's name call the table.
     * @default the component name
     */
    readonly label?: string;
}

/**
 * The scheduled purge of a DynamoDB table's expired items (DP-5.4): a Lambda function that
 * queries the table's sparse expiry index for the buckets that are due and deletes what it
 * finds, run every `intervalMinutes` by an EventBridge rule that alone may invoke it, with a
 * role that may only query that index and delete items, and an encrypted log group of counts.
 * A run costs the items due, not the table's size. `PiiTable` makes one for its table.
 */
export class ScheduledPurge extends pulumi.ComponentResource {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:dynamodb:ScheduledPurge";

    /** Whether `value` is a ScheduledPurge, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is ScheduledPurge {
        return hasPulumiType(value, ScheduledPurge.TYPE);
    }

    /** The Lambda function that deletes expired items. */
    readonly function: aws.lambda.Function;
    /** The function's role: Query on the expiry index and DeleteItem on the table only. */
    readonly role: aws.iam.Role;
    /** The EventBridge rule that runs the function every `intervalMinutes`. */
    readonly schedule: aws.cloudwatch.EventRule;
    /** The function's log group, encrypted under `kmsKey`. */
    readonly logGroup: aws.cloudwatch.LogGroup;

    constructor(name: string, args: ScheduledPurgeArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`ScheduledPurge "${name}"`);
        const tableName = args.tableName ?? check.fail("tableName", "must be given", args.tableName);
        const tableArn = args.tableArn ?? check.fail("tableArn", "must be given", args.tableArn);
        if (!Array.isArray(args.keyAttributes) || args.keyAttributes.length < 1 || args.keyAttributes.length > 2) {
            check.fail("keyAttributes", "must list the table's hash key and, if it has one, its range key", args.keyAttributes);
        }
        const keyAttributes = args.keyAttributes.map((key, i) => check.nonEmptyString(`keyAttributes[${i}]`, key));
        const ttlAttribute = check.nonEmptyString("ttlAttribute", args.ttlAttribute);
        const expiryBucketAttribute = check.nonEmptyString("expiryBucketAttribute", args.expiryBucketAttribute);
        const indexName = args.indexName === undefined ? EXPIRY_INDEX_NAME : check.nonEmptyString("indexName", args.indexName);
        const owner = check.tagValue("owner", args.owner);
        const purposes = check.kebabCaseList("purposes", args.purposes);
        const intervalMinutes = check.optionalWholeNumber("intervalMinutes", args.intervalMinutes, 60, 5, 24 * 60);
        const lookbackDays = check.optionalWholeNumber("lookbackDays", args.lookbackDays, 7, 1, 30);
        const logRetentionDays =
            args.logRetentionDays === undefined ? 30 : check.member("logRetentionDays", args.logRetentionDays, LOG_RETENTION_DAYS);
        const accessReviewBy =
            args.accessReviewBy === undefined
                ? `${new Date().getUTCFullYear() + 1}-12-31`
                : check.isoDate("accessReviewBy", args.accessReviewBy);
        const extraTags = check.extraTags("tags", args.tags, Object.values(TAG));
        const label = args.label === undefined ? name : check.nonEmptyString("label", args.label);
        const key = checkStoreKey(check, args.kmsKey, { viaServices: ["dynamodb", "lambda"], servicePrincipals: ["cloudwatch-logs"] });
        super(ScheduledPurge.TYPE, name, {}, opts);

        // The children were the table's own before this component existed: the alias keeps a
        // stack made then from replacing them. An alias that matches nothing is ignored.
        const childOpts: pulumi.CustomResourceOptions = { parent: this, aliases: opts?.parent ? [{ parent: opts.parent }] : [] };
        const { accountId, region } = awsContext(this);
        const supportTags = supportingTags({ owner, extraTags });
        const logTags = nonPersonalStoreTags({ owner, extraTags }, "confidential", logRetentionDays);

        this.logGroup = new aws.cloudwatch.LogGroup(
            `${name}-logs`,
            {
                namePrefix: `/compliant-storage/purge/${label}-`,
                retentionInDays: logRetentionDays,
                kmsKeyId: key.keyArn,
                // The purge reads key attributes only and logs counts: its logs hold no personal data.
                tags: logTags,
            },
            childOpts,
        );
        this.role = new aws.iam.Role(
            `${name}-role`,
            {
                maxSessionDuration: 3600,
                description: `Runs the scheduled purge of expired items in ${label}`,
                assumeRolePolicy: policyDocument([
                    accountId.apply((account) => ({
                        Effect: "Allow" as const,
                        Principal: { Service: "lambda.amazonaws.com" },
                        Action: "sts:AssumeRole",
                        Condition: { StringEquals: { "aws:SourceAccount": account } },
                    })),
                ]),
                // A role with access to personal data carries its purpose and review date (DP-1.3, DP-4.2).
                tags: { ...supportTags, [TAG.piiPurpose]: formatTagList(purposes), [TAG.reviewBy]: accessReviewBy },
            },
            childOpts,
        );
        const rolePolicy = new aws.iam.RolePolicy(
            `${name}-policy`,
            {
                role: this.role.id,
                policy: policyDocument(
                    pulumi.all([tableArn, key.keyArn, this.logGroup.arn, region]).apply(([table, keyArn, logGroupArn, awsRegion]) => [
                        {
                            Sid: "FindExpiredItemsInTheExpiryIndex",
                            Effect: "Allow" as const,
                            Action: "dynamodb:Query",
                            Resource: `${table}/index/${indexName}`,
                        },
                        { Sid: "DeleteExpiredItems", Effect: "Allow" as const, Action: "dynamodb:DeleteItem", Resource: table },
                        {
                            Sid: "UseTheTableKeyThroughDynamoDb",
                            Effect: "Allow" as const,
                            Action: ["kms:Decrypt", "kms:GenerateDataKey"],
                            Resource: keyArn,
                            Condition: { StringEquals: { "kms:ViaService": `dynamodb.${awsRegion}.amazonaws.com` } },
                        },
                        {
                            Sid: "WriteOwnLogs",
                            Effect: "Allow" as const,
                            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                            Resource: `${logGroupArn}:*`,
                        },
                    ]),
                ),
            },
            childOpts,
        );
        this.function = new aws.lambda.Function(
            name,
            {
                description: `Deletes items of ${label} whose ${ttlAttribute} has passed (DP-5.4)`,
                runtime: "nodejs22.x",
                handler: "index.handler",
                code: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.FileAsset(path.join(__dirname, "purge-handler.js")) }),
                role: this.role.arn,
                timeout: 900,
                memorySize: 256,
                kmsKeyArn: key.keyArn,
                environment: {
                    variables: {
                        TABLE_NAME: tableName,
                        INDEX_NAME: indexName,
                        BUCKET_ATTRIBUTE: expiryBucketAttribute,
                        TTL_ATTRIBUTE: ttlAttribute,
                        KEY_ATTRIBUTES: keyAttributes.join(","),
                        LOOKBACK_DAYS: String(lookbackDays),
                    },
                },
                loggingConfig: { logFormat: "JSON", logGroup: this.logGroup.name },
                tags: logTags,
            },
            { ...childOpts, dependsOn: [rolePolicy] },
        );
        this.schedule = new aws.cloudwatch.EventRule(
            `${name}-schedule`,
            {
                description: `Runs the purge of ${label} every ${intervalMinutes} minutes`,
                scheduleExpression: `rate(${intervalMinutes} minutes)`,
                tags: supportTags,
            },
            childOpts,
        );
        new aws.cloudwatch.EventTarget(
            `${name}-target`,
            {
                rule: this.schedule.name,
                arn: this.function.arn,
            },
            childOpts,
        );
        new aws.lambda.Permission(
            `${name}-invoke`,
            {
                action: "lambda:InvokeFunction",
                function: this.function.name,
                principal: "events.amazonaws.com",
                sourceArn: this.schedule.arn,
                sourceAccount: accountId,
            },
            childOpts,
        );

        this.registerOutputs({ functionArn: this.function.arn, roleArn: this.role.arn, scheduleArn: this.schedule.arn });
    }
}
