/**
 * Data Lifecycle Manager: policies that snapshot the volumes (or image the instances) their
 * target tags pick, keep the copies for a retain rule, copy them to other regions and share them
 * with other accounts. A policy is judged as a copy of the stores of the stack it picks.
 */
import type { LifecyclePolicyArgs } from "@pulumi/aws/dlm/lifecyclePolicy";
import { Res, StackIndex, regionOf } from "../../lib/stack-index";
import { Store } from "../../lib/stores";
import { asList, isObject, isTrue, isUnknown, wholeNumber } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read } from "../read";
import { VOLUME_TYPES, ebsEncryption } from "./ebs";
import { INSTANCE_TYPES, outsideAccounts } from "./ec2";

const first = (value: unknown): Record<string, any> | undefined => {
    const element = asList(value)[0];
    return isObject(element) ? element : undefined;
};

/** Whether a store's tags match any of `tags` (a map of key to value); unknown tags match (fail closed). */
function tagged(store: Store, tags: unknown): boolean {
    if (!isObject(tags)) return false;
    return store.tagsUnknown || Object.entries(tags).some(([key, value]) => store.tags[key] === value);
}

/** Stores in the same region as `res` (a region the stack does not name matches any). */
export function sameRegion(index: StackIndex, res: Res, stores: readonly Store[]): Store[] {
    const region = regionOf(index, res);
    return stores.filter((store) => {
        const of = regionOf(index, store.res);
        return region === undefined || of === undefined || of === region;
    });
}

/** The volumes or instances of the stack a policy snapshots: by target tags, or every one of the region for a default policy. */
function targetedStores(index: StackIndex, res: Res, stores: readonly Store[]): { stores: Store[]; outside: string[] } {
    const props = res.props;
    const details = first(props.policyDetails) ?? {};
    if (details.policyType === "EVENT_BASED_POLICY") {
        const owners = asList(first(first(details.eventSource)?.parameters)?.snapshotOwners);
        return { stores: [], outside: owners.map((owner) => `snapshots shared by account ${String(owner)}`) };
    }
    const defaultPolicy = props.defaultPolicy ?? details.resourceType;
    const kinds =
        defaultPolicy !== undefined
            ? asList(defaultPolicy)
            : details.policyType === "IMAGE_MANAGEMENT"
              ? ["INSTANCE"]
              : asList(details.resourceTypes);
    const types = kinds.flatMap((kind) => (kind === "INSTANCE" ? INSTANCE_TYPES : kind === "VOLUME" ? VOLUME_TYPES : []));
    const candidates = sameRegion(
        index,
        res,
        stores.filter((store) => types.includes(store.res.type)),
    );
    if (defaultPolicy !== undefined) {
        const excluded = first(details.exclusions)?.excludeTags;
        return {
            stores: candidates.filter((store) => !(isObject(excluded) && !store.tagsUnknown && tagged(store, excluded))),
            outside: [],
        };
    }
    if (isUnknown(details.targetTags)) return { stores: candidates, outside: [] };
    return { stores: candidates.filter((store) => tagged(store, details.targetTags)), outside: [] };
}

const UNIT_DAYS: Record<string, number> = { HOURS: 1 / 24, DAYS: 1, WEEKS: 7, MONTHS: 31, YEARS: 366 };

/** Days of an `{ interval, intervalUnit }` rule; undefined when absent, NaN when not readable. */
function ruleDays(rule: unknown): number | undefined {
    const block = first(rule);
    if (!block || block.interval === undefined) return undefined;
    const unit = typeof block.intervalUnit === "string" ? UNIT_DAYS[block.intervalUnit.toUpperCase()] : undefined;
    const interval = Number(block.interval);
    return unit === undefined || Number.isNaN(interval) ? NaN : interval * unit;
}

/** How long each schedule keeps its snapshots (and their copies), against the retention of the stores it picks (DP-5.3, DP-5.4). */
function checkRetention({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const props = store.res.props;
    if (isUnknown(props.policyDetails)) {
        report("policyDetails is not known during preview, so the lifetime of its snapshots cannot be verified");
        return;
    }
    const details = first(props.policyDetails) ?? {};
    const over = (days: number | undefined, what: string, path: string) => {
        if (days === undefined) report(`keeps ${what} with no retain rule (${path} is not set): copies of personal data that never expire`);
        else if (Number.isNaN(days)) report(`${what}: ${path} is not a readable interval`);
        else if (days > limit) report(`keeps ${what} ${days} days (${path}), more than the ${limit}-day retention of personal data`);
    };
    if (typeof props.state === "string" && props.state.toUpperCase() === "DISABLED")
        report("is DISABLED: snapshots due to expire while a policy is disabled are kept until someone deletes them");
    if (props.defaultPolicy !== undefined && isUnknown(details.retainInterval)) {
        report("policyDetails.retainInterval is not known during preview, so the lifetime of its snapshots cannot be verified");
    } else if (props.defaultPolicy !== undefined) {
        const days = wholeNumber(details.retainInterval) ?? 7;
        if (days > limit)
            report(
                `keeps snapshots ${days} days (policyDetails.retainInterval${details.retainInterval === undefined ? " is not set: AWS's default of 7" : ""}), more than the ${limit}-day retention of personal data`,
            );
        if (!isTrue(details.extendDeletion))
            report(
                "keeps the last snapshot of a deleted volume or instance, and stops deleting if the policy is disabled or deleted (policyDetails.extendDeletion is not true)",
            );
    }
    asList(details.schedules).forEach((schedule, i) => {
        if (!isObject(schedule)) return;
        const name = typeof schedule.name === "string" ? `schedule "${schedule.name}"` : `schedules[${i}]`;
        const retain = first(schedule.retainRule);
        if (retain?.count !== undefined && retain.interval === undefined) {
            const create = first(schedule.createRule);
            const hours =
                create && create.cronExpression === undefined
                    ? Number(create.interval ?? 24) * (String(create.intervalUnit ?? "HOURS").toUpperCase() === "HOURS" ? 1 : NaN)
                    : NaN;
            const days = (Number(retain.count) * hours) / 24;
            if (Number.isNaN(days))
                report(
                    `keeps the last ${retain.count} snapshots of ${name}, on a schedule whose interval cannot be read (a cron expression), so their age cannot be bounded: use an interval-based retainRule`,
                );
            else if (days > limit)
                report(
                    `keeps the snapshots of ${name} about ${days} days (retainRule.count ${retain.count} at one every ${hours} hours), more than the ${limit}-day retention of personal data`,
                );
        } else {
            over(ruleDays(schedule.retainRule), `the snapshots of ${name}`, `${name}.retainRule`);
        }
        for (const copy of asList(schedule.crossRegionCopyRules))
            over(
                ruleDays(isObject(copy) ? copy.retainRule : undefined),
                `cross-region copies of ${name}`,
                `${name}.crossRegionCopyRules.retainRule`,
            );
        if (first(schedule.archiveRule))
            report(`archives the snapshots of ${name} (archiveRule): archived snapshots are billed and kept at least 90 days`);
    });
    const action = first(details.action);
    for (const copy of asList(action?.crossRegionCopies))
        over(
            ruleDays(isObject(copy) ? copy.retainRule : undefined),
            "copies of snapshots shared with the account",
            "action.crossRegionCopies.retainRule",
        );
}

/** Cross-region copies: encrypted, under a customer-managed key of the destination region. */
function crossRegionEncryption(): CustomCheck {
    const check = ebsEncryption(
        [
            {
                what: "a cross-region snapshot copy",
                encrypted: "encrypted",
                key: "cmkArn",
                encryptedAbsentMeans: "copies of unencrypted snapshots stay unencrypted",
                keyAbsentMeans: "the default EBS key of the destination region (the AWS-managed aws/ebs key unless changed there)",
            },
        ],
        { regionDefaults: false },
    );
    return {
        summary: "crossRegionCopyRules (and event actions' crossRegionCopies) encrypted under a customer-managed cmkArn",
        custom: (context) => {
            const props = context.store.res.props;
            const rules = [
                ...read(props, "policyDetails.schedules.crossRegionCopyRules"),
                ...read(props, "policyDetails.action.crossRegionCopies.encryptionConfiguration"),
            ];
            for (const reading of rules) {
                if (reading.state === "unknown")
                    context.report("cross-region copy rules are not known during preview, so their encryption cannot be verified");
                if (reading.state !== "known") continue;
                for (const rule of asList(reading.value)) {
                    const sub: StoreContext = { ...context, store: { ...context.store, res: { ...context.store.res, props: rule } } };
                    check.custom(sub);
                }
            }
        },
    };
}

export const dlmLifecyclePolicy = entry<LifecyclePolicyArgs>()({
    types: ["aws:dlm/lifecyclePolicy:LifecyclePolicy"],
    holds: "snapshots and images of the volumes and instances its target tags pick, their cross-region copies and shares",
    tagging: "copy",
    sources: [
        {
            computed: targetedStores,
            summary:
                "the volumes (or instances) of the stack whose tags match policyDetails.targetTags, or every one of the region for a default policy; event-based policies copy snapshots other accounts share",
        },
    ],
    atRest: [crossRegionEncryption()],
    inTransit: { notOffered: "DLM copies inside AWS" },
    retention: [
        {
            custom: checkRetention,
            summary:
                "every retainRule (and cross-region copy retainRule) within the retention; count-based rules bounded by their interval; no archive rule; default policies with extendDeletion",
        },
    ],
    destinations: [
        { what: "copies snapshots to", region: "policyDetails.schedules.crossRegionCopyRules.target" },
        { what: "copies images to", region: "policyDetails.schedules.crossRegionCopyRules.targetRegion" },
        { what: "copies shared snapshots to", region: "policyDetails.action.crossRegionCopies.target" },
        outsideAccounts("shares its snapshots with account", "policyDetails.schedules.shareRule.targetAccounts"),
    ],
    notes: "Snapshots of a deleted policy stay until someone deletes them; snapshots taken in the source region keep their volume's encryption. A policy that picks no store of the stack holds nothing the pack can see.",
});
