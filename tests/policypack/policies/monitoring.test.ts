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

describe("policies: monitoring", () => {
    describePolicy(cloudtrailTrailRequireDataEvents, [
        { title: "no trail at all", stack: () => without(compliantStack(), "audit"), at: ["aws:dynamodb/table:Table", "orders"], message: /holds PII but no CloudTrail trail in the stack records its data events/ },
        { title: "a single-region trail", stack: trail((p) => { p.isMultiRegionTrail = false; }), at: [TRAIL, "audit"], message: /not multi-region/ },
        { title: "no log-file validation", stack: trail((p) => { delete p.enableLogFileValidation; }), at: [TRAIL, "audit"], message: /log-file validation off/ },
        { title: "no KMS", stack: trail((p) => { delete p.kmsKeyId; }), at: [TRAIL, "audit"], message: /not encrypted with KMS/ },
        { title: "no CloudWatch Logs delivery", stack: trail((p) => { delete p.cloudWatchLogsGroupArn; }), at: [TRAIL, "audit"], message: /no CloudWatch Logs delivery/ },
        { title: "the table's data events dropped", stack: trail((p) => { p.eventSelectors[0].dataResources = dataResources(p).slice(0, 1); }), at: ["aws:dynamodb/table:Table", "orders"], message: /no trail records data events \(AWS::DynamoDB::Table\) for this PII store/ },
        { title: "one bucket missing from the selector", stack: trail((p) => { dataResources(p)[0].values = ["arn:aws:s3:::labels-abc/"]; }), at: ["aws:s3/bucketV2:BucketV2", "legacy"], message: /no trail records data events \(AWS::S3::Object\) for this PII store/ },
        { title: "advanced selectors for S3 only", stack: trail((p) => { delete p.eventSelectors; p.advancedEventSelectors = [{ name: "s3", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] }]; }), at: ["aws:dynamodb/table:Table", "orders"], message: /no trail records data events \(AWS::DynamoDB::Table\) for this PII store/ },
    ], [
        { title: "advanced selectors covering all S3 objects and the table", stack: trail((p) => {
            delete p.eventSelectors;
            p.advancedEventSelectors = [
                { name: "s3", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] },
                { name: "ddb", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::DynamoDB::Table"] }, { field: "resources.ARN", equals: [`arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`] }] },
            ];
        }) },
        { title: "basic selectors for all buckets (arn:aws:s3)", stack: trail((p) => { dataResources(p)[0].values = ["arn:aws:s3"]; }) },
    ]);

    describePolicy(cloudwatchAlarmRequireSecurityAlarms, [
        { title: "no root-use filter", stack: () => without(compliantStack(), "filter-root", "alarm-root"), at: [TRAIL, "audit"], message: /no metric filter on the trail's log group watches root account use/ },
        { title: "a filter without its alarm", stack: () => without(compliantStack(), "alarm-console-no-mfa"), at: ["aws:cloudwatch/logMetricFilter:LogMetricFilter", "filter-console-no-mfa"], message: /no alarm watches the metric of console login without MFA/ },
        { title: "an alarm with no action", stack: () => withChange(compliantStack(), "alarm-key-deletion", (s) => { s.props.alarmActions = []; s.propertyDependencies = {}; }), at: ["aws:cloudwatch/metricAlarm:MetricAlarm", "alarm-key-deletion"], message: /notifies no KMS-encrypted SNS topic/ },
        { title: "the topic unencrypted", stack: () => withChange(compliantStack(), "incidents", (s) => { delete s.props.kmsMasterKeyId; }), at: ["aws:cloudwatch/metricAlarm:MetricAlarm", "alarm-unauthorised"], message: /notifies no KMS-encrypted SNS topic/ },
        { title: "no scheduled-deletion filter", stack: () => withChange(compliantStack(), "filter-key-deletion", (s) => { s.props.pattern = `{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }`; }), at: [TRAIL, "audit"], message: /watches KMS key scheduled deletion/ },
        { title: "a filter on another log group", stack: () => withChange(compliantStack(), "filter-bucket-policy", (s) => { s.props.logGroupName = "other"; s.propertyDependencies = {}; }), at: [TRAIL, "audit"], message: /watches bucket policy changes/ },
    ]);

    it("accepts key disable and scheduled deletion watched by two filters", () => {
        const stack = withChange(compliantStack(), "filter-key-deletion", (s) => { s.props.pattern = `{ $.eventName = DisableKey }`; });
        stack.push({ type: "aws:cloudwatch/logMetricFilter:LogMetricFilter", name: "filter-key-scheduled", props: { logGroupName: "audit-trail", pattern: `{ $.eventName = ScheduleKeyDeletion }`, metricTransformation: { name: "key-deletion", namespace: "DataProtection", value: "1" } }, propertyDependencies: { logGroupName: ["audit-logs"] } });
        expect(analyze([cloudwatchAlarmRequireSecurityAlarms], stack)).to.deep.equal([]);
    });

    describePolicy(snsTopicRequireIncidentSubscription, [
        { title: "no subscription", stack: () => without(compliantStack(), "oncall"), at: ["aws:sns/topic:Topic", "incidents"], message: /is the incident topic but has no subscription/ },
        { title: "no alarm notifies a topic", stack: () => compliantStack().map((s) => (s.type === "aws:cloudwatch/metricAlarm:MetricAlarm" ? { ...s, props: { ...s.props, alarmActions: [] }, propertyDependencies: {} } : s)), at: ["aws:s3/bucket:Bucket", "labels"], message: /no alarm notifies an incident topic/ },
    ]);
});
