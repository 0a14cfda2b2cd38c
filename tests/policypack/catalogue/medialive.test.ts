import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const CHANNEL = "aws:medialive/channel:Channel";
const INPUT = "aws:medialive/input:Input";

const medialive = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: INPUT,
            name: "camera",
            props: {
                name: "camera",
                type: "URL_PULL",
                sources: [{ url: "https://cameras.example.com/live.m3u8", username: "u", passwordParam: "p" }],
            },
        },
        {
            type: CHANNEL,
            name: "live",
            props: {
                name: "live",
                channelClass: "SINGLE_PIPELINE",
                inputAttachments: [{ inputId: "1", inputAttachmentName: "camera" }],
                inputSpecification: { codec: "AVC", inputResolution: "HD", maximumBitrate: "MAX_20_MBPS" },
                encoderSettings: {},
                destinations: [{ id: "out", settings: [{ url: "rtmps://live.example.com/app", streamName: "s" }] }],
            },
        },
    ]);

describe("catalogue: MediaLive", () => {
    describeEntry(
        "channels and inputs",
        medialive,
        [
            {
                title: "a channel streaming over plain RTMP",
                change: props("live", (p) => {
                    p.destinations[0].settings[0].url = "rtmp://live.example.com/app";
                }),
                policy: datastoreTransitRequireTls,
                at: [CHANNEL, "live"],
                message: /a channel destination does not require TLS: rtmp:\/\/live.example.com\/app is not an encrypted protocol/,
            },
            {
                title: "an input pulled over HTTP",
                change: props("camera", (p) => {
                    p.sources[0].url = "http://cameras.example.com/live.m3u8";
                }),
                policy: datastoreTransitRequireTls,
                at: [INPUT, "camera"],
                message: /a pull source does not require TLS/,
            },
            {
                title: "a PII channel streaming outside AWS",
                change: props("live", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CHANNEL, "live"],
                message: /streams personal data .* to rtmps:\/\/live.example.com\/app, outside AWS/,
            },
        ],
        [
            {
                title: "a PII channel archiving to S3",
                change: props("live", (p) => {
                    p.tags = PII_TAGS;
                    p.destinations[0].settings[0].url = "s3ssl://archive-bucket/live";
                }),
            },
        ],
    );
});
