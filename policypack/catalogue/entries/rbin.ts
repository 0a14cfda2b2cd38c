/** Recycle Bin: rules that keep deleted EBS snapshots and machine images recoverable for a period. */
import type { RuleArgs } from "@pulumi/aws/rbin/rule";
import { Res, StackIndex } from "../../lib/stack-index";
import { Store } from "../../lib/stores";
import { asList, isObject } from "../../lib/values";
import { entry } from "../entry";
import { SNAPSHOT_TYPES, VOLUME_TYPES } from "./ebs";
import { IMAGE_TYPES, INSTANCE_TYPES } from "./ec2";
import { sameRegion } from "./dlm";

/** Whether a store carries one of the `{ resourceTagKey, resourceTagValue }` tags (no value: any value); unknown tags match. */
function carries(store: Store, tags: unknown[]): boolean {
    return (
        store.tagsUnknown ||
        tags.some(
            (t) =>
                isObject(t) &&
                typeof t.resourceTagKey === "string" &&
                t.resourceTagKey in store.tags &&
                (t.resourceTagValue === undefined || t.resourceTagValue === "" || store.tags[t.resourceTagKey] === t.resourceTagValue),
        )
    );
}

/**
 * What a rule keeps once deleted: the snapshots (or images) of the stack it matches, and the
 * volumes (or instances) whose snapshots (or images) it would keep, as those are made outside
 * the stack by DLM or AWS Backup and often carry their source's tags. A rule without resource
 * tags keeps every one of the region.
 */
function retainedStores(index: StackIndex, res: Res, stores: readonly Store[]): { stores: Store[]; outside: string[] } {
    const images = res.props.resourceType === "EC2_IMAGE";
    const types = images ? [...IMAGE_TYPES, ...INSTANCE_TYPES] : [...SNAPSHOT_TYPES, ...VOLUME_TYPES];
    const candidates = sameRegion(
        index,
        res,
        stores.filter((store) => types.includes(store.res.type)),
    );
    const include = asList(res.props.resourceTags);
    const exclude = asList(res.props.excludeResourceTags);
    return {
        stores: candidates.filter(
            (store) =>
                (include.length === 0 || carries(store, include)) && !(exclude.length > 0 && !store.tagsUnknown && carries(store, exclude)),
        ),
        outside: [],
    };
}

export const rbinRule = entry<RuleArgs>()({
    types: ["aws:rbin/rule:Rule"],
    holds: "deleted EBS snapshots or machine images, kept recoverable",
    tagging: "copy",
    sources: [
        {
            computed: retainedStores,
            summary:
                "the snapshots and volumes (or images and instances) of the stack in its region that its resourceTags match (all of them without resourceTags), less excludeResourceTags",
        },
    ],
    atRest: { notOffered: "deleted snapshots and images keep their encryption, judged on them" },
    inTransit: { notOffered: "nothing moves: deleted resources stay where they were" },
    retention: [
        {
            what: "deleted snapshots or images in the Recycle Bin",
            period: "retentionPeriod.retentionPeriodValue",
            unit: "days",
            absent: "forever",
        },
    ],
    notes: "A locked rule (lockConfiguration) cannot be changed or deleted until its unlock delay has passed.",
});
