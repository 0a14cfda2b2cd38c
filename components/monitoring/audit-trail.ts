import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { TAG } from "../../policypack/contract";
import { awsContext, policyDocument } from "../aws-context";
import { LOG_RETENTION_DAYS } from "../cloudwatch/log-retention";
import { DataKey } from "../kms/data-key";
import { PiiTable } from "../dynamodb/pii-table";
import { AccessLogBucket } from "../s3/access-log-bucket";
import { createBucketControls, planBucketLifecycle } from "../s3/bucket-controls";
import { EncryptedBucket } from "../s3/encrypted-bucket";
import { dataStoreTags, nonPersonalStoreTags } from "../tags";
import { ArgumentChecker, checkDataStoreClassification } from "../validation";
import { SECURITY_EVENTS } from "./security-events";
import { hasPulumiType } from "../resource-type";

export interface AuditTrailArgs {
    /** The team that answers for the trail, written to the `owner` tags. */
    readonly owner: string;
    /** Buckets whose object reads and writes the trail records (S3 data events). (DP-4.3) @default [] */
    readonly dataEventBuckets?: readonly EncryptedBucket[];
    /** Tables whose item reads and writes the trail records (DynamoDB data events). (DP-4.3) @default [] */
    readonly dataEventTables?: readonly PiiTable[];
    /** Addresses the incident topic e-mails; at least one for a stack holding PII. (DP-7.2) @default [] */
    readonly alarmEmails?: readonly string[];
    /** Retention of the trail's CloudWatch log group, a CloudWatch value. (DP-5.1) @default 365 */
    readonly logRetentionDays?: number;
    /** Whole days the trail's log files are kept in S3. (DP-5.1) @default 365 */
    readonly logFileRetentionDays?: number;
    /** Where the trail bucket's own access logs go. @default an AccessLogBucket of its own */
    readonly accessLogBucket?: AccessLogBucket;
    /** More tags; the contract tags cannot be set here. @default {} */
    readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The audit trail of DP-4.3 and the monitoring of DP-7.1 / DP-7.2: a multi-region CloudTrail
 * with log-file validation, encrypted under its own customer-managed key, delivering to a
 * compliant bucket and to an encrypted CloudWatch log group; data events for exactly the
 * PII buckets and tables handed to it; a metric filter and an alarm for each security event
 * of DP-7.1; and an encrypted incident topic with e-mail subscriptions.
 */
export class AuditTrail extends pulumi.ComponentResource {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:monitoring:AuditTrail";

    /** Whether `value` is a AuditTrail, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is AuditTrail {
        return hasPulumiType(value, AuditTrail.TYPE);
    }

    /** The CloudTrail trail: multi-region, validated, KMS-encrypted, with data events of the stores given. */
    readonly trail: aws.cloudtrail.Trail;
    /** The CloudWatch log group the trail delivers to, where the metric filters read. */
    readonly logGroup: aws.cloudwatch.LogGroup;
    /** The bucket that keeps the trail's log files. */
    readonly bucket: aws.s3.Bucket;
    /** The key of the trail, its log group, bucket and incident topic. */
    readonly kmsKey: DataKey;
    /** The encrypted SNS topic the alarms notify. */
    readonly incidentTopic: aws.sns.Topic;
    /** One alarm per security event of DP-7.1. */
    readonly alarms: aws.cloudwatch.MetricAlarm[];
    /** The trail's ARN. */
    readonly trailArn: pulumi.Output<string>;
    /** The incident topic's ARN. */
    readonly incidentTopicArn: pulumi.Output<string>;

    constructor(name: string, args: AuditTrailArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`AuditTrail "${name}"`);
        const logFileRetentionDays = args.logFileRetentionDays ?? 365;
        const store = checkDataStoreClassification(
            check,
            { owner: args.owner, retentionDays: logFileRetentionDays, tags: args.tags },
            "confidential",
        );
        const lifecycle = planBucketLifecycle(check, store.retentionDays, undefined);
        const logRetentionDays =
            args.logRetentionDays === undefined ? 365 : check.member("logRetentionDays", args.logRetentionDays, LOG_RETENTION_DAYS);
        const buckets = args.dataEventBuckets ?? [];
        const tables = args.dataEventTables ?? [];
        if (!Array.isArray(buckets) || buckets.some((b) => !EncryptedBucket.isInstance(b)))
            check.fail("dataEventBuckets", "must be a list of EncryptedBucket", buckets);
        if (!Array.isArray(tables) || tables.some((t) => !PiiTable.isInstance(t)))
            check.fail("dataEventTables", "must be a list of PiiTable", tables);
        const emails = check.emails("alarmEmails", args.alarmEmails ?? []);
        super(AuditTrail.TYPE, name, {}, opts);

        const childOpts = { parent: this };
        const supportTags = { ...store.extraTags, [TAG.owner]: store.owner };
        const context = awsContext(this);
        this.kmsKey = new DataKey(
            `${name}-key`,
            {
                description: `Audit trail ${name}: log files, log group and incident topic`,
                owner: store.owner,
                servicePrincipals: ["cloudtrail", "cloudwatch-logs", "cloudwatch-alarms"],
                viaServices: ["s3", "sns"],
            },
            childOpts,
        );
        const accessLogBucket =
            args.accessLogBucket ?? new AccessLogBucket(`${name}-access-logs`, { owner: store.owner, tags: store.extraTags }, childOpts);

        // The trail's log files: a bucket with every control of EncryptedBucket, open to CloudTrail of this account.
        const controls = createBucketControls({
            name,
            parent: this,
            context,
            key: this.kmsKey,
            lifecycle,
            tags: dataStoreTags(store),
            forceDestroy: false,
            accessLogs: accessLogBucket,
            extraStatements: (bucketArn, accountId) => [
                {
                    Sid: "CloudTrailChecksTheBucket",
                    Effect: "Allow",
                    Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "s3:GetBucketAcl",
                    Resource: bucketArn,
                    Condition: { StringEquals: { "aws:SourceAccount": accountId } },
                },
                {
                    Sid: "CloudTrailWritesLogFiles",
                    Effect: "Allow",
                    Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "s3:PutObject",
                    Resource: `${bucketArn}/AWSLogs/${accountId}/*`,
                    Condition: { StringEquals: { "aws:SourceAccount": accountId } },
                },
            ],
        });
        this.bucket = controls.bucket;
        this.logGroup = new aws.cloudwatch.LogGroup(
            `${name}-logs`,
            {
                namePrefix: `/compliant-storage/trail/${name}-`,
                retentionInDays: logRetentionDays,
                kmsKeyId: this.kmsKey.keyArn,
                // Trail records carry only the opaque keys of customer records (CLAUSES.md).
                tags: nonPersonalStoreTags(store, "confidential", logRetentionDays),
            },
            childOpts,
        );
        const deliveryRole = new aws.iam.Role(
            `${name}-delivery-role`,
            {
                description: `Lets CloudTrail ${name} write to its log group`,
                assumeRolePolicy: policyDocument([
                    context.accountId.apply((account) => ({
                        Effect: "Allow" as const,
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "sts:AssumeRole",
                        Condition: { StringEquals: { "aws:SourceAccount": account } },
                    })),
                ]),
                tags: supportTags,
            },
            childOpts,
        );
        const deliveryPolicy = new aws.iam.RolePolicy(
            `${name}-delivery-policy`,
            {
                role: deliveryRole.id,
                policy: policyDocument([
                    this.logGroup.arn.apply((arn) => ({
                        Sid: "WriteTrailEvents",
                        Effect: "Allow" as const,
                        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                        Resource: `${arn}:*`,
                    })),
                ]),
            },
            childOpts,
        );

        const dataResources: pulumi.Input<aws.types.input.cloudtrail.TrailEventSelectorDataResource>[] = [];
        if (buckets.length > 0)
            dataResources.push({ type: "AWS::S3::Object", values: buckets.map((b) => pulumi.interpolate`${b.bucketArn}/`) });
        if (tables.length > 0) dataResources.push({ type: "AWS::DynamoDB::Table", values: tables.map((t) => t.tableArn) });
        this.trail = new aws.cloudtrail.Trail(
            `${name}-trail`,
            {
                s3BucketName: controls.bucket.id,
                isMultiRegionTrail: true,
                includeGlobalServiceEvents: true,
                enableLogFileValidation: true,
                enableLogging: true,
                kmsKeyId: this.kmsKey.keyArn,
                cloudWatchLogsGroupArn: pulumi.interpolate`${this.logGroup.arn}:*`,
                cloudWatchLogsRoleArn: deliveryRole.arn,
                eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, dataResources }],
                tags: supportTags,
            },
            { ...childOpts, dependsOn: [controls.policy, deliveryPolicy] },
        );

        this.incidentTopic = new aws.sns.Topic(
            `${name}-incidents`,
            {
                displayName: `Security incidents (${name})`,
                kmsMasterKeyId: this.kmsKey.keyArn,
                // Alarm notifications carry no personal data; a standard topic keeps no message once delivered.
                tags: nonPersonalStoreTags(store, "confidential", 1),
            },
            childOpts,
        );
        emails.forEach(
            (email, i) =>
                new aws.sns.TopicSubscription(
                    `${name}-incidents-email-${i}`,
                    {
                        topic: this.incidentTopic.arn,
                        protocol: "email",
                        endpoint: email,
                    },
                    childOpts,
                ),
        );

        const namespace = `CompliantStorage/${name}`;
        this.alarms = SECURITY_EVENTS.map((event) => {
            new aws.cloudwatch.LogMetricFilter(
                `${name}-${event.id}`,
                {
                    logGroupName: this.logGroup.name,
                    pattern: event.pattern,
                    metricTransformation: { name: event.id, namespace, value: "1", defaultValue: "0" },
                },
                childOpts,
            );
            return new aws.cloudwatch.MetricAlarm(
                `${name}-${event.id}-alarm`,
                {
                    alarmDescription: `${event.description} (DP-7.1)`,
                    namespace,
                    metricName: event.id,
                    statistic: "Sum",
                    period: 300,
                    evaluationPeriods: 1,
                    threshold: 1,
                    comparisonOperator: "GreaterThanOrEqualToThreshold",
                    treatMissingData: "notBreaching",
                    alarmActions: [this.incidentTopic.arn],
                    tags: supportTags,
                },
                childOpts,
            );
        });

        this.trailArn = this.trail.arn;
        this.incidentTopicArn = this.incidentTopic.arn;
        this.registerOutputs({
            trailArn: this.trailArn,
            incidentTopicArn: this.incidentTopicArn,
            logGroupName: this.logGroup.name,
            bucketName: controls.bucket.bucket,
        });
    }
}
