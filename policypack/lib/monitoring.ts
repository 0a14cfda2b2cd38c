/** The trail, metric filters, alarms and incident topics of a stack, joined to each other. */
import { arnMayName } from "./accounts";
import { PackConfig } from "./config";
import { Res, StackIndex } from "./stack-index";
import { asList, isUnknown } from "./values";

export const TRAIL_TYPE = "aws:cloudtrail/trail:Trail";
export const METRIC_FILTER_TYPE = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
export const ALARM_TYPE = "aws:cloudwatch/metricAlarm:MetricAlarm";
export const TOPIC_TYPE = "aws:sns/topic:Topic";
export const SUBSCRIPTION_TYPE = "aws:sns/topicSubscription:TopicSubscription";
export const LOG_GROUP_TYPE = "aws:cloudwatch/logGroup:LogGroup";

/** Keys by which a reference can name a resource: URN, name, ARN, id. */
function keysOf(target: Res): string[] {
    return [target.urn, target.props.name, target.props.arn, target.props.id, target.name].filter(
        (n): n is string => typeof n === "string" && !isUnknown(n),
    );
}

/**
 * The resources of `types` a reference points at, found through an index built once per stack.
 * An ARN names a resource only in the stack's own accounts (config `ownAccountIds` counts) and
 * the resource's region. With `strict`, where a control hangs on the link (a purge's schedule, an alarm's action), a
 * known value decides by itself and the property's dependencies stand in only for a value not
 * known during preview: a value removed (null, empty) points at nothing, whatever the
 * dependencies still say.
 */
export function referencedResources(
    index: StackIndex,
    types: readonly string[],
    holder: Res,
    property: string,
    values: unknown[],
    { strict = false, config }: { strict?: boolean; config?: Pick<PackConfig, "ownAccountIds"> } = {},
): Res[] {
    const byKey = index.memo(`refs:${types.join(",")}`, () => {
        const map = new Map<string, Res>();
        for (const res of index.ofTypes(types)) for (const key of keysOf(res)) if (!map.has(key)) map.set(key, res);
        return map;
    });
    const found = new Set<Res>();
    if (!strict || values.some((value) => isUnknown(value))) {
        for (const dep of holder.source.propertyDependencies?.[property] ?? []) {
            const res = byKey.get(dep.urn);
            if (res) found.add(res);
        }
    }
    for (const value of values) {
        if (typeof value !== "string" || isUnknown(value)) continue;
        // An ARN names the resource by its last segment (`...:incidents`, `...:log-group:name:*`,
        // `...:rule/name`), in the resource's own account and region: the same name elsewhere is another resource.
        const last = value.replace(/:\*$/, "").split(":").pop() ?? value;
        const candidates = [value, last, last.split("/").pop() ?? last];
        for (const key of candidates) {
            const res = byKey.get(key);
            if (res && (key === value || arnMayName(index, res, value, config))) found.add(res);
        }
    }
    return [...found];
}

/** Topics that alarms of the stack notify. */
export function alarmTopics(index: StackIndex, alarms: Res[], config?: Pick<PackConfig, "ownAccountIds">): Res[] {
    return [
        ...new Set(
            alarms.flatMap((alarm) =>
                referencedResources(index, [TOPIC_TYPE], alarm, "alarmActions", asList(alarm.props.alarmActions), { strict: true, config }),
            ),
        ),
    ];
}

/** Subscriptions by topic URN, built once per stack. */
export function subscriptionsOf(index: StackIndex, topic: Res): Res[] {
    const byTopic = index.memo("monitoring:subscriptions", () => {
        const map = new Map<string, Res[]>();
        for (const sub of index.ofTypes([SUBSCRIPTION_TYPE])) {
            for (const target of referencedResources(index, [TOPIC_TYPE], sub, "topic", [sub.props.topic]))
                map.set(target.urn, [...(map.get(target.urn) ?? []), sub]);
        }
        return map;
    });
    return byTopic.get(topic.urn) ?? [];
}
