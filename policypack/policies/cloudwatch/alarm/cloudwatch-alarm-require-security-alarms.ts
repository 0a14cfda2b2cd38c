import { definePolicy } from "../../../lib/define";
import { ALARM_TYPE, LOG_GROUP_TYPE, METRIC_FILTER_TYPE, TOPIC_TYPE, TRAIL_TYPE, referencedResources } from "../../../lib/monitoring";
import { Res } from "../../../lib/stack-index";
import { storesOf } from "../../../lib/stores";
import { asList, isTrue, isUnknown } from "../../../lib/values";

/** The events DP-7.1 names, each recognised in a metric filter pattern. */
export const SECURITY_EVENTS: { readonly name: string; readonly matches: (pattern: string) => boolean }[] = [
    { name: "unauthorised API calls", matches: (p) => /UnauthorizedOperation|AccessDenied/.test(p) },
    { name: "root account use", matches: (p) => /userIdentity\.type\s*=\s*"?Root/.test(p) },
    { name: "console login without MFA", matches: (p) => /ConsoleLogin/.test(p) && /MFAUsed\s*!=\s*"?Yes/.test(p) },
    { name: "IAM policy changes", matches: (p) => /(Put|Delete|Attach|Detach)(Role|User|Group)Policy|CreatePolicy/.test(p) },
    { name: "bucket policy changes", matches: (p) => /(Put|Delete)BucketPolicy/.test(p) },
    { name: "key policy changes", matches: (p) => /PutKeyPolicy/.test(p) },
    { name: "KMS key disable", matches: (p) => /DisableKey/.test(p) },
    { name: "KMS key scheduled deletion", matches: (p) => /ScheduleKeyDeletion/.test(p) },
];

/** An alarm's actionsEnabled: true when absent (AWS's default), "unknown" during preview. */
function actionsEnabled(alarm: Res): boolean | "unknown" {
    const value = alarm.props.actionsEnabled;
    if (isUnknown(value)) return "unknown";
    return value === undefined || value === null || isTrue(value);
}

export const cloudwatchAlarmRequireSecurityAlarms = definePolicy({
    name: "cloudwatch-alarm-require-security-alarms",
    description:
        "A stack holding PII in any kind of store watches its trail's log group with metric filters and alarms for unauthorised calls, root use, console login without MFA, IAM, bucket and key policy changes, and KMS key disable or scheduled deletion; each alarm has its actions enabled and notifies a KMS-encrypted SNS topic.",
    clauses: ["DP-7.1"],
    severity: "high",
    remediationSteps:
        "For each event, add an aws.cloudwatch.LogMetricFilter on the trail's log group and an aws.cloudwatch.MetricAlarm on its metric whose alarmActions name an encrypted incident topic (AuditTrail does).",
    judges: { stores: "pii", types: [TRAIL_TYPE, METRIC_FILTER_TYPE, ALARM_TYPE] },
    check({ index, config, report }) {
        const piiStores = storesOf(index).filter((s) => s.isPii);
        if (piiStores.length === 0) return;
        const trails = index.ofTypes([TRAIL_TYPE]);
        const anchor: Res = trails[0] ?? piiStores[0].res;
        // The log groups the trails deliver to; with no trail, any filter counts (the trail check reports the rest).
        const trailGroups = new Set(
            trails.flatMap((trail) =>
                referencedResources(index, [LOG_GROUP_TYPE], trail, "cloudWatchLogsGroupArn", [trail.props.cloudWatchLogsGroupArn]).map(
                    (g) => g.urn,
                ),
            ),
        );
        const filters = index
            .ofTypes([METRIC_FILTER_TYPE])
            .filter(
                (filter) =>
                    trails.length === 0 ||
                    referencedResources(index, [LOG_GROUP_TYPE], filter, "logGroupName", [filter.props.logGroupName]).some((g) =>
                        trailGroups.has(g.urn),
                    ),
            );
        const alarmsByMetric = new Map<string, Res[]>();
        for (const alarm of index.ofTypes([ALARM_TYPE])) {
            const metric = `${alarm.props.namespace}/${alarm.props.metricName}`;
            alarmsByMetric.set(metric, [...(alarmsByMetric.get(metric) ?? []), alarm]);
        }
        for (const event of SECURITY_EVENTS) {
            const matching = filters.filter((filter) => typeof filter.props.pattern === "string" && event.matches(filter.props.pattern));
            if (matching.length === 0) {
                report(anchor, `no metric filter on the trail's log group watches ${event.name}`);
                continue;
            }
            const metrics = new Set(
                matching.flatMap((filter) => asList(filter.props.metricTransformation).map((t) => `${t?.namespace}/${t?.name}`)),
            );
            const watching = [...metrics].flatMap((metric) => alarmsByMetric.get(metric) ?? []);
            if (watching.length === 0) {
                report(matching[0], `no alarm watches the metric of ${event.name}`);
                continue;
            }
            // An alarm whose actions are disabled (actionsEnabled false, or not known) watches nothing.
            const acting = watching.filter((alarm) => actionsEnabled(alarm) === true);
            if (acting.length === 0) {
                const unknown = watching.find((alarm) => actionsEnabled(alarm) === "unknown");
                if (unknown)
                    report(
                        unknown,
                        `whether the alarm for ${event.name} acts cannot be verified during preview: actionsEnabled is not known`,
                    );
                else
                    report(
                        watching[0],
                        `the alarm for ${event.name} has its actions disabled (actionsEnabled is false), so it notifies no one`,
                    );
                continue;
            }
            const notifies = acting.some((alarm) =>
                referencedResources(index, [TOPIC_TYPE], alarm, "alarmActions", asList(alarm.props.alarmActions), {
                    strict: true,
                    config,
                }).some((topic) => !!topic.props.kmsMasterKeyId),
            );
            if (!notifies) report(acting[0], `the alarm for ${event.name} notifies no KMS-encrypted SNS topic of the stack`);
        }
    },
});
