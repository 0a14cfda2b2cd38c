/**
 * Data Exchange: data sets (made to be licensed to subscribers in other accounts), the assets
 * imported into their revisions, and event actions that export revisions to S3.
 */
import type { DataSetArgs } from "@pulumi/aws/dataexchange/dataSet";
import type { EventActionArgs } from "@pulumi/aws/dataexchange/eventAction";
import type { RevisionAssetsArgs } from "@pulumi/aws/dataexchange/revisionAssets";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { StoreContext } from "../context";
import { entry } from "../entry";

const INSIDE_AWS = { notOffered: "Data Exchange copies assets inside AWS over TLS" };
export const DATA_EXCHANGE_DATA_SET_TYPES = ["aws:dataexchange/dataSet:DataSet"];

/** A data set exists to be licensed to (or granted to) other accounts: personal data may not be in one. */
function checkLicensing({ store, report }: StoreContext): void {
    if (store.isPii)
        report(
            `holds personal data (${store.classifiedBy}) in a Data Exchange data set, which exists to be licensed or granted to other accounts: personal data may go only to the shipping provider's account`,
        );
}

export const dataexchangeDataSet = entry<DataSetArgs>()({
    types: ["aws:dataexchange/dataSet:DataSet"],
    holds: "revisions of assets (S3 snapshots, or access to buckets, Redshift data shares, Lake Formation tables) for subscribers",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "imported assets", customerKeyNotOffered: "Data Exchange stores imported S3 snapshots under an AWS-owned key" }],
    inTransit: INSIDE_AWS,
    retention: { notOffered: "revisions and their assets live until deleted" },
    destinations: [{ custom: checkLicensing, summary: "no personal data in a data set made for other accounts" }],
});

export const dataexchangeRevisionAssets = entry<RevisionAssetsArgs>()({
    types: ["aws:dataexchange/revisionAssets:RevisionAssets"],
    holds: "objects copied from S3 into a revision, or access to a bucket's keys granted to subscribers",
    tagging: "copy",
    sources: [
        { path: "assets.importAssetsFromS3.assetSource.bucket", types: BUCKET_TYPES },
        { path: "assets.createS3DataAccessFromS3Bucket.assetSource.bucket", types: BUCKET_TYPES },
    ],
    atRest: { notOffered: "imported assets are kept under the data set's (AWS-owned) key" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "assets live with their revision until deleted" },
    destinations: [{ what: "adds assets to the data set", store: true, path: "dataSetId", types: DATA_EXCHANGE_DATA_SET_TYPES }],
});

export const dataexchangeEventAction = entry<EventActionArgs>()({
    types: ["aws:dataexchange/eventAction:EventAction"],
    holds: "every new revision of a data set, exported to a bucket",
    tagging: "carrier",
    sources: [{ path: "event.revisionPublished.dataSetId", types: DATA_EXCHANGE_DATA_SET_TYPES }],
    atRest: [
        {
            what: "exported revisions",
            enabled: {
                path: "action.exportRevisionToS3.encryption.type",
                on: ["aws:kms"],
                absent: false,
                absentMeans: "the bucket's default encryption",
            },
            key: "action.exportRevisionToS3.encryption.kmsKeyArn",
        },
    ],
    inTransit: INSIDE_AWS,
    retention: { notOffered: "exports live in the bucket, judged there" },
    destinations: [
        { what: "exports revisions to", store: true, path: "action.exportRevisionToS3.revisionDestination.bucket", types: BUCKET_TYPES },
    ],
});
