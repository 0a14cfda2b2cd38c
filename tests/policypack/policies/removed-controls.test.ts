/**
 * Removing a control is a violation (issue 10): a control taken out of the compliant fixture, its
 * value deleted, nulled or emptied while the dependencies that once fed it remain, never reads as
 * "nothing to check". Each case is the compliant fixture with one change.
 */
import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { cloudwatchAlarmRequireSecurityAlarms } from "../../../policypack/policies/cloudwatch/alarm/cloudwatch-alarm-require-security-alarms";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { kmsKeyRequireRotation } from "../../../policypack/policies/kms/key/kms-key-require-rotation";
import { s3BucketRequireAccessLogging } from "../../../policypack/policies/s3/bucket/s3-bucket-require-access-logging";
import { compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { UNKNOWN } from "../support/entries";
import { ResourceSpec, without, withChange } from "../support/harness";

const BUCKET = "aws:s3/bucket:Bucket";
const TABLE = "aws:dynamodb/table:Table";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const change = (name: string, edit: (props: Record<string, any>) => void) => (): ResourceSpec[] =>
    withChange(compliantStack(), name, (s) => edit(s.props));
const everyAlarm = (edit: (props: Record<string, any>) => void) => (): ResourceSpec[] =>
    compliantStack().map((s) => {
        if (s.type === ALARM) edit(s.props);
        return s;
    });

describe("policies: a removed control is a violation", () => {
    describePolicy(datastoreTransitRequireTls, [
        {
            title: "the bucket policy's document null",
            stack: change("labels-policy", (p) => {
                p.policy = null;
            }),
            at: [BUCKET, "labels"],
            message: /its bucket policy labels-policy has no document \(null\), so plain HTTP and TLS < 1.2 are not denied/,
        },
        {
            title: "the bucket policy's document empty",
            stack: change("labels-policy", (p) => {
                p.policy = "";
            }),
            at: [BUCKET, "labels"],
            message: /its bucket policy labels-policy has no document \(""\)/,
        },
        {
            title: "the bucket policy's document deleted",
            stack: change("labels-policy", (p) => {
                delete p.policy;
            }),
            at: [BUCKET, "labels"],
            message: /its bucket policy labels-policy has no document \(none\)/,
        },
    ]);

    describePolicy(
        s3BucketRequireAccessLogging,
        [
            {
                title: "the logging target null",
                stack: change("labels-logging", (p) => {
                    p.targetBucket = null;
                }),
                at: [BUCKET, "labels"],
                message: /does not log its requests|no server access logging|access logging/,
            },
            {
                title: "the logging target deleted",
                stack: change("labels-logging", (p) => {
                    delete p.targetBucket;
                }),
                at: [BUCKET, "labels"],
                message: /access logging/,
            },
        ],
        [
            {
                title: "a logging target not known during preview",
                stack: change("labels-logging", (p) => {
                    p.targetBucket = UNKNOWN;
                }),
            },
        ],
    );

    describePolicy(
        datastoreRetentionLimitCopies,
        [
            {
                title: "the purge's target names another function, while its dependency still points at the purge",
                stack: change("purge-target", (p) => {
                    p.arn = "arn:aws:lambda:eu-west-1:111122223333:function:nothing";
                }),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's target names another rule, while its dependency still points at the schedule",
                stack: change("purge-target", (p) => {
                    p.rule = "another-rule";
                }),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's target naming a function of the purge's name in another account, its dependency kept",
                stack: change("purge-target", (p) => {
                    p.arn = "arn:aws:lambda:eu-west-1:999999999999:function:orders-purge";
                }),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's target arn removed",
                stack: change("purge-target", (p) => {
                    p.arn = null;
                }),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's schedule removed",
                stack: () => without(compliantStack(), "purge-schedule"),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's target removed",
                stack: () => without(compliantStack(), "purge-target"),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's function removed",
                stack: () => without(compliantStack(), "orders-purge"),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
            {
                title: "the purge's schedule without a scheduleExpression",
                stack: change("purge-schedule", (p) => {
                    p.scheduleExpression = null;
                }),
                at: [TABLE, "orders"],
                message: /has no scheduled purge/,
            },
        ],
        [
            {
                title: "the purge's target arn not known during preview (its dependency names the purge)",
                stack: change("purge-target", (p) => {
                    p.arn = UNKNOWN;
                }),
            },
            {
                title: "the purge's rule named by its ARN, without dependencies",
                stack: () =>
                    withChange(compliantStack(), "purge-target", (s) => {
                        s.props.rule = "arn:aws:events:eu-west-1:111122223333:rule/purge-schedule";
                        s.propertyDependencies = {};
                    }),
            },
        ],
    );

    /** The trail with its selectors changed, while its property dependencies still name every PII store. */
    const trailDependingOnStores = (edit: (props: Record<string, any>) => void) => (): ResourceSpec[] =>
        withChange(compliantStack(), "audit", (s) => {
            edit(s.props);
            s.propertyDependencies = { ...s.propertyDependencies, eventSelectors: ["labels", "legacy", "inline", "orders"] };
        });

    describePolicy(cloudtrailTrailRequireDataEvents, [
        {
            title: "the data-event selectors emptied, while the trail still depends on the stores",
            stack: trailDependingOnStores((p) => {
                p.eventSelectors = [];
            }),
            at: [TABLE, "orders"],
            message: /no trail records data events \(AWS::DynamoDB::Table\) for this PII store/,
        },
        {
            title: "the data resources removed, while the trail still depends on the stores",
            stack: trailDependingOnStores((p) => {
                p.eventSelectors[0].dataResources = [];
            }),
            at: [BUCKET, "labels"],
            message: /no trail records data events \(AWS::S3::Object\) for this PII store/,
        },
        {
            title: "the selectors reduced to WriteOnly, while the trail still depends on the stores",
            stack: trailDependingOnStores((p) => {
                p.eventSelectors[0].readWriteType = "WriteOnly";
            }),
            at: [TABLE, "orders"],
            message: /no trail records read data events/,
        },
    ]);

    describePolicy(cloudwatchAlarmRequireSecurityAlarms, [
        {
            title: "every alarm's alarmActions emptied",
            stack: everyAlarm((p) => {
                p.alarmActions = [];
            }),
            at: [ALARM, "alarm-root"],
            message: /notifies no KMS-encrypted SNS topic of the stack/,
        },
        {
            title: "every alarm notifying a topic of the incident topic's name in another account",
            stack: everyAlarm((p) => {
                p.alarmActions = ["arn:aws:sns:eu-west-1:999999999999:incidents"];
            }),
            at: [ALARM, "alarm-root"],
            message: /notifies no KMS-encrypted SNS topic of the stack/,
        },
        {
            title: "every alarm's alarmActions deleted",
            stack: everyAlarm((p) => {
                delete p.alarmActions;
            }),
            at: [ALARM, "alarm-root"],
            message: /notifies no KMS-encrypted SNS topic of the stack/,
        },
    ]);

    describePolicy(
        kmsKeyRequireRotation,
        [
            {
                title: "rotation off with a key spec not known during preview",
                stack: change("data-key", (p) => {
                    p.enableKeyRotation = false;
                    p.customerMasterKeySpec = UNKNOWN;
                }),
                at: ["aws:kms/key:Key", "data-key"],
                message:
                    /does not rotate automatically \(enableKeyRotation is not true, and its key spec is not known during preview, so it may be symmetric\)/,
            },
            {
                title: "rotation not known during preview",
                stack: change("data-key", (p) => {
                    p.enableKeyRotation = UNKNOWN;
                }),
                at: ["aws:kms/key:Key", "data-key"],
                message: /whether it rotates automatically cannot be verified during preview/,
            },
        ],
        [
            {
                title: "an asymmetric signing key without rotation (AWS rotates only symmetric keys)",
                stack: change("data-key", (p) => {
                    p.enableKeyRotation = false;
                    p.customerMasterKeySpec = "RSA_2048";
                }),
            },
        ],
    );
});
