/** AWS Shield Advanced: the Shield Response Team's read access to log buckets. */
import type { DrtAccessLogBucketAssociationArgs } from "@pulumi/aws/shield/drtAccessLogBucketAssociation";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

function checkResponseTeamAccess({ store, report }: StoreContext): void {
    if (store.isPii) report(`lets the AWS Shield Response Team read a bucket that holds personal data (${store.classifiedBy})`);
}

export const shieldDrtAccessLogBucketAssociation = entry<DrtAccessLogBucketAssociationArgs>()({
    types: ["aws:shield/drtAccessLogBucketAssociation:DrtAccessLogBucketAssociation"],
    holds: "read access for the AWS Shield Response Team (AWS staff) to a bucket of logs",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "logBucket", types: BUCKET_TYPES }],
    atRest: { notOffered: "an association stores nothing" },
    inTransit: { notOffered: "an association stores nothing" },
    exposure: [{ custom: checkResponseTeamAccess, summary: "the Shield Response Team reads no bucket of personal data" }],
    retention: { notOffered: "an association stores nothing" },
});
