/** The trail, metric filters, alarms and incident topics of a stack, joined to each other. */
import { Res, StackIndex } from "./stack-index";
import { asList, isUnknown } from "./values";

export const TRAIL_TYPE = "aws:cloudtrail/trail:Trail";
export const METRIC_FILTER_TYPE = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
export const ALARM_TYPE = "aws:cloudwatch/metricAlarm:MetricAlarm";
export const TOPIC_TYPE = "aws:sns/topic:Topic";
export const SUBSCRIPTION_TYPE = "aws:sns/topicSubscription:TopicSubscription";

/** Whether `value` (an ARN, name or URN reference of `target`) points at `target`. */
export function refersTo(holder: Res, property: string, value: unknown, target: Res): boolean {
    if ((holder.source.propertyDependencies?.[property] ?? []).some((d) => d.urn === target.urn)) return true;
    if (typeof value !== "string" || isUnknown(value)) return false;
    const names = [target.props.name, target.props.arn, target.props.id, target.name].filter((n): n is string => typeof n === "string" && !isUnknown(n));
    return names.some((name) => value === name || value.endsWith(`:${name}`) || value.endsWith(`:${name}:*`));
}

/** Topics that alarms of the stack notify. */
export function alarmTopics(index: StackIndex, alarms: Res[]): Res[] {
    const topics = index.ofTypes([TOPIC_TYPE]);
    return topics.filter((topic) => alarms.some((alarm) => asList(alarm.props.alarmActions).some((action) => refersTo(alarm, "alarmActions", action, topic))));
}

export function subscriptionsOf(index: StackIndex, topic: Res): Res[] {
    return index.ofTypes([SUBSCRIPTION_TYPE]).filter((sub) => refersTo(sub, "topic", sub.props.topic, topic));
}
