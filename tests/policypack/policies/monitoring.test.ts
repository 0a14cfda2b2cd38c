import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { cloudwatchAlarmRequireSecurityAlarms } from "../../../policypack/policies/cloudwatch/alarm/cloudwatch-alarm-require-security-alarms";
import { snsTopicRequireIncidentSubscription } from "../../../policypack/policies/sns/topic/sns-topic-require-incident-subscription";
import { ACCOUNT, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { analyze, ResourceSpec, withChange, without } from "../support/harness";
import { expect } from "chai";

const TRAIL = "aws:cloudtrail/trail:Trail";
const trail = (fn: (props: any) => void) => () => withChange(compliantStack(), "audit", (s: ResourceSpec) => fn(s.props));
const dataResources = (p: any) => p.eventSelectors[0].dataResources;
const TABLE = "aws:dynamodb/table:Table";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`;
const MANAGEMENT = { name: "management", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] };
const data = (type: string, ...more: object[]) => ({
    name: type,
    fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: [type] }, ...more],
});
/** The trail with advanced selectors: management events, all S3 objects, and `table` for DynamoDB. */
const advanced = (table: object[], s3: object[] = []) =>
    trail((p) => {
        delete p.eventSelectors;
        p.advancedEventSelectors = [MANAGEMENT, data("AWS::S3::Object", ...s3), data("AWS::DynamoDB::Table", ...table)];
    });

describe("policies: monitoring", () => {
    describePolicy(
        cloudtrailTrailRequireDataEvents,
        [
            {
                title: "no trail at all",
                stack: () => without(compliantStack(), "audit"),
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /holds PII but no CloudTrail trail in the stack records its data events/,
            },
            {
                title: "a single-region trail",
                stack: trail((p) => {
                    p.isMultiRegionTrail = false;
                }),
                at: [TRAIL, "audit"],
                message: /not multi-region/,
            },
            {
                title: "no log-file validation",
                stack: trail((p) => {
                    delete p.enableLogFileValidation;
                }),
                at: [TRAIL, "audit"],
                message: /log-file validation off/,
            },
            {
                title: "no KMS",
                stack: trail((p) => {
                    delete p.kmsKeyId;
                }),
                at: [TRAIL, "audit"],
                message: /not encrypted with KMS/,
            },
            {
                title: "no CloudWatch Logs delivery",
                stack: trail((p) => {
                    delete p.cloudWatchLogsGroupArn;
                }),
                at: [TRAIL, "audit"],
                message: /no CloudWatch Logs delivery/,
            },
            {
                title: "the table's data events dropped",
                stack: trail((p) => {
                    p.eventSelectors[0].dataResources = dataResources(p).slice(0, 1);
                }),
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /no trail records data events \(AWS::DynamoDB::Table\) for this PII store/,
            },
            {
                title: "one bucket missing from the selector",
                stack: trail((p) => {
                    dataResources(p)[0].values = ["arn:aws:s3:::labels-abc/"];
                }),
                at: ["aws:s3/bucketV2:BucketV2", "legacy"],
                message: /no trail records data events \(AWS::S3::Object\) for this PII store/,
            },
            {
                title: "advanced selectors for S3 only",
                stack: trail((p) => {
                    delete p.eventSelectors;
                    p.advancedEventSelectors = [
                        {
                            name: "s3",
                            fieldSelectors: [
                                { field: "eventCategory", equals: ["Data"] },
                                { field: "resources.type", equals: ["AWS::S3::Object"] },
                            ],
                        },
                    ];
                }),
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /no trail records data events \(AWS::DynamoDB::Table\) for this PII store/,
            },
            // DP-4.3: selectors count only where their values really cover the store.
            {
                title: "the table named in another account",
                stack: trail((p) => {
                    dataResources(p)[1].values = [TABLE_ARN.replace(ACCOUNT, "999999999999")];
                }),
                at: [TABLE, "orders"],
                message:
                    /no trail records data events \(AWS::DynamoDB::Table\) for this PII store: arn:aws:dynamodb:eu-west-1:999999999999:table\/orders-abc does not cover it/,
            },
            {
                title: "an advanced prefix over another account's tables",
                stack: advanced([{ field: "resources.ARN", startsWith: ["arn:aws:dynamodb:eu-west-1:999999999999:table/orders"] }]),
                at: [TABLE, "orders"],
                message: /no trail records data events \(AWS::DynamoDB::Table\) for this PII store/,
            },
            {
                title: "the table's stream ARN instead of the table",
                stack: trail((p) => {
                    dataResources(p)[1].values = [`${TABLE_ARN}/stream/2026-01-01T00:00:00.000`];
                }),
                at: [TABLE, "orders"],
                message: /table\/orders-abc\/stream\/2026-01-01T00:00:00.000 does not cover it/,
            },
            {
                title: "a prefix covering part of a bucket only",
                stack: trail((p) => {
                    dataResources(p)[0].values = [
                        "arn:aws:s3:::labels-abc/labels/",
                        "arn:aws:s3:::legacy-abc/",
                        "arn:aws:s3:::inline-abc/",
                    ];
                }),
                at: ["aws:s3/bucket:Bucket", "labels"],
                message:
                    /no trail records data events \(AWS::S3::Object\) for this PII store: arn:aws:s3:::labels-abc\/labels\/ does not cover it/,
            },
            {
                title: "all objects except the labels bucket (notStartsWith)",
                stack: advanced([], [{ field: "resources.ARN", notStartsWith: ["arn:aws:s3:::labels-abc/"] }]),
                at: ["aws:s3/bucket:Bucket", "labels"],
                message: /a selector excludes it \(notStartsWith arn:aws:s3:::labels-abc\/\)/,
            },
            {
                title: "all objects except those ending .pdf (notEndsWith)",
                stack: advanced([], [{ field: "resources.ARN", notEndsWith: [".pdf"] }]),
                at: ["aws:s3/bucket:Bucket", "labels"],
                message: /a selector excludes it \(notEndsWith .pdf\)/,
            },
            {
                title: "all tables except orders (notEquals)",
                stack: advanced([{ field: "resources.ARN", notEquals: [TABLE_ARN] }]),
                at: [TABLE, "orders"],
                message: /a selector excludes it \(notEquals arn:aws:dynamodb:eu-west-1:111122223333:table\/orders-abc\)/,
            },
            {
                title: "the table named by endsWith in another account's prefix",
                stack: advanced([
                    { field: "resources.ARN", startsWith: ["arn:aws:dynamodb:eu-west-1:999999999999:"], endsWith: ["table/orders-abc"] },
                ]),
                at: [TABLE, "orders"],
                message: /no trail records data events \(AWS::DynamoDB::Table\)/,
            },
            {
                title: "readOnly notEquals false (reads only)",
                stack: advanced([{ field: "readOnly", notEquals: ["false"] }]),
                at: [TABLE, "orders"],
                message: /no trail records write data events \(AWS::DynamoDB::Table\)/,
            },
            {
                title: "readOnly equals true (reads only)",
                stack: advanced([{ field: "readOnly", equals: ["true"] }]),
                at: [TABLE, "orders"],
                message: /no trail records write data events/,
            },
            {
                title: "a basic selector with readWriteType WriteOnly",
                stack: trail((p) => {
                    p.eventSelectors[0].readWriteType = "WriteOnly";
                }),
                at: [TABLE, "orders"],
                message: /no trail records read data events \(AWS::DynamoDB::Table\)/,
            },
            {
                title: "a selector narrowed by eventName",
                stack: advanced([{ field: "eventName", notEquals: ["DeleteItem"] }]),
                at: [TABLE, "orders"],
                message: /selector "AWS::DynamoDB::Table" also filters on eventName, so it records only some of its events/,
            },
            {
                title: "includeManagementEvents false on every selector",
                stack: trail((p) => {
                    p.eventSelectors[0].includeManagementEvents = false;
                }),
                at: [TRAIL, "audit"],
                message:
                    /records no management events \(includeManagementEvents is false on every event selector\), so the security alarms see nothing/,
            },
            {
                title: "advanced selectors without a Management selector",
                stack: trail((p) => {
                    delete p.eventSelectors;
                    p.advancedEventSelectors = [data("AWS::S3::Object"), data("AWS::DynamoDB::Table")];
                }),
                at: [TRAIL, "audit"],
                message: /records no management events \(no advanced event selector has eventCategory Management\)/,
            },
            {
                title: "management events of KMS excluded",
                stack: trail((p) => {
                    p.eventSelectors[0].excludeManagementEventSources = ["kms.amazonaws.com"];
                }),
                at: [TRAIL, "audit"],
                message: /excludes the management events of kms.amazonaws.com, which the key alarms watch/,
            },
            {
                title: "only write management events",
                stack: trail((p) => {
                    delete p.eventSelectors;
                    p.advancedEventSelectors = [
                        {
                            name: "m",
                            fieldSelectors: [
                                { field: "eventCategory", equals: ["Management"] },
                                { field: "readOnly", equals: ["false"] },
                            ],
                        },
                        data("AWS::S3::Object"),
                        data("AWS::DynamoDB::Table"),
                    ];
                }),
                at: [TRAIL, "audit"],
                message: /records only write management events/,
            },
            {
                title: "enableLogging unknown during preview (fails closed)",
                stack: trail((p) => {
                    p.enableLogging = UNKNOWN_BOOL;
                }),
                at: [TRAIL, "audit"],
                message: /enableLogging not known during preview/,
            },
            {
                title: "logging disabled",
                stack: trail((p) => {
                    p.enableLogging = false;
                }),
                at: [TRAIL, "audit"],
                message: /logging disabled/,
            },
        ],
        [
            {
                title: "advanced selectors covering all S3 objects and the table",
                stack: trail((p) => {
                    delete p.eventSelectors;
                    p.advancedEventSelectors = [
                        MANAGEMENT,
                        {
                            name: "s3",
                            fieldSelectors: [
                                { field: "eventCategory", equals: ["Data"] },
                                { field: "resources.type", equals: ["AWS::S3::Object"] },
                            ],
                        },
                        {
                            name: "ddb",
                            fieldSelectors: [
                                { field: "eventCategory", equals: ["Data"] },
                                { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                                { field: "resources.ARN", equals: [`arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`] },
                            ],
                        },
                    ];
                }),
            },
            {
                title: "basic selectors for all buckets (arn:aws:s3)",
                stack: trail((p) => {
                    dataResources(p)[0].values = ["arn:aws:s3"];
                }),
            },
            {
                title: "basic selectors for all tables (arn:aws:dynamodb)",
                stack: trail((p) => {
                    dataResources(p)[1].values = ["arn:aws:dynamodb"];
                }),
            },
            {
                title: "all tables except another one (notEquals honoured, not thrown away)",
                stack: advanced([{ field: "resources.ARN", notEquals: [`arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/scratch`] }]),
            },
            {
                title: "all objects except the log bucket's (notStartsWith)",
                stack: advanced([], [{ field: "resources.ARN", notStartsWith: ["arn:aws:s3:::logs-abc/"] }]),
            },
            {
                title: "the table by its own ARN, reads and writes in two selectors (readOnly true, readOnly notEquals true)",
                stack: trail((p) => {
                    delete p.eventSelectors;
                    p.advancedEventSelectors = [
                        MANAGEMENT,
                        data("AWS::S3::Object"),
                        data(
                            "AWS::DynamoDB::Table",
                            { field: "resources.ARN", equals: [TABLE_ARN] },
                            { field: "readOnly", equals: ["true"] },
                        ),
                        data(
                            "AWS::DynamoDB::Table",
                            { field: "resources.ARN", endsWith: [":table/orders-abc"] },
                            { field: "readOnly", notEquals: ["true"] },
                        ),
                    ];
                }),
            },
            {
                title: "basic ReadOnly and WriteOnly selectors together",
                stack: trail((p) => {
                    p.eventSelectors = [
                        { ...p.eventSelectors[0], readWriteType: "ReadOnly" },
                        { ...p.eventSelectors[0], readWriteType: "WriteOnly" },
                    ];
                }),
            },
            {
                title: "management events in one selector only, data events without them in another",
                stack: trail((p) => {
                    p.eventSelectors = [
                        { readWriteType: "All", includeManagementEvents: true, dataResources: [] },
                        { ...p.eventSelectors[0], includeManagementEvents: false },
                    ];
                }),
            },
            {
                title: "enableLogging left to its default (true)",
                stack: trail((p) => {
                    delete p.enableLogging;
                }),
            },
            {
                title: "management events without RDS Data API events",
                stack: trail((p) => {
                    p.eventSelectors[0].excludeManagementEventSources = ["rdsdata.amazonaws.com"];
                }),
            },
        ],
    );

    describePolicy(
        cloudwatchAlarmRequireSecurityAlarms,
        [
            {
                title: "no root-use filter",
                stack: () => without(compliantStack(), "filter-root", "alarm-root"),
                at: [TRAIL, "audit"],
                message: /no metric filter on the trail's log group watches root account use/,
            },
            {
                title: "a filter without its alarm",
                stack: () => without(compliantStack(), "alarm-console-no-mfa"),
                at: ["aws:cloudwatch/logMetricFilter:LogMetricFilter", "filter-console-no-mfa"],
                message: /no alarm watches the metric of console login without MFA/,
            },
            {
                title: "an alarm with no action",
                stack: () =>
                    withChange(compliantStack(), "alarm-key-deletion", (s) => {
                        s.props.alarmActions = [];
                        s.propertyDependencies = {};
                    }),
                at: ["aws:cloudwatch/metricAlarm:MetricAlarm", "alarm-key-deletion"],
                message: /notifies no KMS-encrypted SNS topic/,
            },
            {
                title: "the topic unencrypted",
                stack: () =>
                    withChange(compliantStack(), "incidents", (s) => {
                        delete s.props.kmsMasterKeyId;
                    }),
                at: ["aws:cloudwatch/metricAlarm:MetricAlarm", "alarm-unauthorised"],
                message: /notifies no KMS-encrypted SNS topic/,
            },
            {
                title: "no scheduled-deletion filter",
                stack: () =>
                    withChange(compliantStack(), "filter-key-deletion", (s) => {
                        s.props.pattern = `{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }`;
                    }),
                at: [TRAIL, "audit"],
                message: /watches KMS key scheduled deletion/,
            },
            {
                title: "a filter on another log group",
                stack: () =>
                    withChange(compliantStack(), "filter-bucket-policy", (s) => {
                        s.props.logGroupName = "other";
                        s.propertyDependencies = {};
                    }),
                at: [TRAIL, "audit"],
                message: /watches bucket policy changes/,
            },
            // DP-7.1: an alarm whose actions are off watches nothing.
            {
                title: "an alarm with actionsEnabled false",
                stack: () =>
                    withChange(compliantStack(), "alarm-root", (s) => {
                        s.props.actionsEnabled = false;
                    }),
                at: [ALARM, "alarm-root"],
                message: /the alarm for root account use has its actions disabled \(actionsEnabled is false\), so it notifies no one/,
            },
            {
                title: "an alarm whose actionsEnabled is unknown during preview",
                stack: () =>
                    withChange(compliantStack(), "alarm-key-policy", (s) => {
                        s.props.actionsEnabled = UNKNOWN_BOOL;
                    }),
                at: [ALARM, "alarm-key-policy"],
                message: /whether the alarm for key policy changes acts cannot be verified during preview: actionsEnabled is not known/,
            },
        ],
        [
            {
                title: "actionsEnabled true",
                stack: () =>
                    withChange(compliantStack(), "alarm-root", (s) => {
                        s.props.actionsEnabled = true;
                    }),
            },
            {
                title: "a disabled alarm beside an acting one on the same metric",
                stack: () => [
                    ...withChange(compliantStack(), "alarm-root", (s) => {
                        s.props.actionsEnabled = false;
                    }),
                    {
                        type: ALARM,
                        name: "alarm-root-2",
                        props: {
                            namespace: "DataProtection",
                            metricName: "root",
                            comparisonOperator: "GreaterThanOrEqualToThreshold",
                            threshold: 1,
                            evaluationPeriods: 1,
                            period: 300,
                            statistic: "Sum",
                            alarmActions: [`arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`],
                        },
                        propertyDependencies: { alarmActions: ["incidents"] },
                    },
                ],
            },
        ],
    );

    it("finds each store's own selector among many trails', selectors that name other stores (the selectors filed by ARN)", () => {
        // 40 more trails, each naming a table of another account first: the table's own selector comes last.
        const others = Array.from({ length: 40 }, (_, i) => ({
            type: TRAIL,
            name: `team-${i}`,
            props: {
                ...compliantStack().find((r) => r.name === "audit")!.props,
                name: `team-${i}`,
                eventSelectors: [
                    {
                        readWriteType: "All",
                        includeManagementEvents: true,
                        dataResources: [{ type: "AWS::DynamoDB::Table", values: [TABLE_ARN.replace("orders-abc", `other-${i}`)] }],
                    },
                ],
            },
        }));
        const stack = [...others, ...compliantStack()] as ResourceSpec[];
        expect(analyze([cloudtrailTrailRequireDataEvents], stack)).to.deep.equal([]);
        // Without the store's own selector, the message still gives the reasons of every selector asked.
        const missing = withChange(stack, "audit", (s) => {
            s.props.eventSelectors[0].dataResources = dataResources(s.props).slice(0, 1);
        });
        const violations = analyze([cloudtrailTrailRequireDataEvents], missing);
        expect(violations.map((v) => v.message)).to.have.length(1);
        expect(violations[0].message).to.match(/no trail records data events \(AWS::DynamoDB::Table\) for this PII store/);
    });

    it("accepts key disable and scheduled deletion watched by two filters", () => {
        const stack = withChange(compliantStack(), "filter-key-deletion", (s) => {
            s.props.pattern = `{ $.eventName = DisableKey }`;
        });
        stack.push({
            type: "aws:cloudwatch/logMetricFilter:LogMetricFilter",
            name: "filter-key-scheduled",
            props: {
                logGroupName: "audit-trail",
                pattern: `{ $.eventName = ScheduleKeyDeletion }`,
                metricTransformation: { name: "key-deletion", namespace: "DataProtection", value: "1" },
            },
            propertyDependencies: { logGroupName: ["audit-logs"] },
        });
        expect(analyze([cloudwatchAlarmRequireSecurityAlarms], stack)).to.deep.equal([]);
    });

    describePolicy(snsTopicRequireIncidentSubscription, [
        {
            title: "no subscription",
            stack: () => without(compliantStack(), "oncall"),
            at: ["aws:sns/topic:Topic", "incidents"],
            message: /is the incident topic but has no subscription/,
        },
        {
            title: "no alarm notifies a topic",
            stack: () =>
                compliantStack().map((s) =>
                    s.type === "aws:cloudwatch/metricAlarm:MetricAlarm"
                        ? { ...s, props: { ...s.props, alarmActions: [] }, propertyDependencies: {} }
                        : s,
                ),
            at: ["aws:s3/bucket:Bucket", "labels"],
            message: /no alarm notifies an incident topic/,
        },
    ]);
});
