/** Elastic Disaster Recovery: how source servers' disks are replicated into staging volumes and point-in-time snapshots. */
import type { ReplicationConfigurationTemplateArgs } from "@pulumi/aws/drs/replicationConfigurationTemplate";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const UNIT_DAYS: Record<string, number> = { MINUTE: 1 / 1440, HOUR: 1 / 24, DAY: 1 };

/** Point-in-time snapshots are kept for each enabled policy's retention. */
function checkPointInTime({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const policies = store.res.props.pitPolicies;
    if (isUnknown(policies)) {
        report("pitPolicies are not known during preview");
        return;
    }
    if (asList(policies).length === 0)
        report("pitPolicies is not set: DRS keeps point-in-time snapshots by its default policy (up to 7 days)");
    for (const policy of asList(policies)) {
        if (!isObject(policy) || policy.enabled === false) continue;
        const days = Number(policy.retentionDuration) * (UNIT_DAYS[String(policy.units).toUpperCase()] ?? NaN);
        if (!(days <= limit))
            report(
                `keeps point-in-time snapshots ${policy.retentionDuration} ${String(policy.units).toLowerCase()}(s) (pitPolicies.retentionDuration), more than the ${limit}-day retention of personal data`,
            );
    }
}

export const drsReplicationConfigurationTemplate = entry<ReplicationConfigurationTemplateArgs>()({
    types: ["aws:drs/replicationConfigurationTemplate:ReplicationConfigurationTemplate"],
    holds: "continuous copies of source servers' disks (staging volumes and point-in-time snapshots)",
    tagging: "store",
    atRest: [
        {
            what: "each replicated disk",
            key: "ebsEncryptionKeyArn",
            keyAbsentMeans: "the region's default EBS key (ebsEncryption DEFAULT)",
        },
    ],
    inTransit: { notOffered: "DRS replicates over TLS, with no setting" },
    exposure: [
        {
            what: "replication servers",
            securityGroups: "replicationServersSecurityGroupsIds",
            when: { path: "associateDefaultSecurityGroup", on: [false] },
        },
    ],
    retention: [{ custom: checkPointInTime, summary: "every enabled pitPolicies retentionDuration within the retention" }],
    notes: "A store of the replicas: the servers it replicates are outside the stack, so the template must carry the classification of their data.",
});
