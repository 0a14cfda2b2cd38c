/** Interactive Video Service: live channels and their recordings. */
import type { ChannelArgs } from "@pulumi/aws/ivs/channel";
import type { RecordingConfigurationArgs } from "@pulumi/aws/ivs/recordingConfiguration";
import { isTrue } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

/** Without playback authorization anyone with the playback URL watches the stream. */
function checkPlayback({ store, report }: StoreContext): void {
    if (store.isPii && !isTrue(store.res.props.authorized))
        report(`streams personal data (${store.classifiedBy}) to anyone with its playback URL: authorized is not true`);
}

export const ivsChannel = entry<ChannelArgs>()({
    types: ["aws:ivs/channel:Channel"],
    holds: "live video streams in flight",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a channel stores nothing; recordings are judged on their bucket" },
    inTransit: { notOffered: "ingest over RTMPS or RTMP is the broadcaster's choice; playback is HTTPS" },
    exposure: [{ custom: checkPlayback, summary: "playback authorization on a PII channel" }],
    retention: { notOffered: "a channel stores nothing" },
    destinations: [
        {
            what: "records streams through",
            store: true,
            path: "recordingConfigurationArn",
            types: ["aws:ivs/recordingConfiguration:RecordingConfiguration"],
        },
    ],
});

export const ivsRecordingConfiguration = entry<RecordingConfigurationArgs>()({
    types: ["aws:ivs/recordingConfiguration:RecordingConfiguration"],
    holds: "recordings of live streams, written to a bucket",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "recordings are encrypted by their bucket, judged there" },
    inTransit: { notOffered: "IVS writes to S3 inside AWS" },
    retention: { notOffered: "recordings live in the bucket, judged there" },
    destinations: [{ what: "writes recordings to", store: true, path: "destinationConfiguration.s3.bucketName", types: BUCKET_TYPES }],
});
