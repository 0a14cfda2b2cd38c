import { definePolicy } from "../../../lib/define";
import { ALARM_TYPE, TOPIC_TYPE, alarmTopics, subscriptionsOf } from "../../../lib/monitoring";
import { storesOf } from "../../../lib/stores";

export const snsTopicRequireIncidentSubscription = definePolicy({
    name: "sns-topic-require-incident-subscription",
    description:
        "A stack holding PII in any kind of store has an incident topic, one that its alarms notify, with at least one subscription, so that an incident reaches someone.",
    clauses: ["DP-7.2"],
    severity: "high",
    remediationSteps: "Subscribe the team's on-call address (email, https endpoint or chat integration) to the topic the alarms notify.",
    judges: { stores: "pii", types: [TOPIC_TYPE] },
    check({ index, config, report }) {
        const piiStores = storesOf(index).filter((s) => s.isPii);
        if (piiStores.length === 0) return;
        const topics = alarmTopics(index, index.ofTypes([ALARM_TYPE]), config);
        if (topics.length === 0) {
            report(piiStores[0].res, "the stack holds PII but no alarm notifies an incident topic");
            return;
        }
        if (!topics.some((topic) => subscriptionsOf(index, topic).length > 0)) {
            for (const topic of topics) report(topic, "is the incident topic but has no subscription");
        }
    },
});
