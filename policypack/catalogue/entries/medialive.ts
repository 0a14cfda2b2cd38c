/** MediaLive: live video inputs and channels that send encoded streams to destinations. */
import type { ChannelArgs } from "@pulumi/aws/medialive/channel";
import type { InputArgs } from "@pulumi/aws/medialive/input";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const ENCRYPTED_SCHEMES = /^(rtmps|https|srt|mediaconnect|s3ssl|mediastoressl):\/\//i;
/** Destinations AWS serves itself: S3, MediaStore, MediaConnect, and *.amazonaws.com endpoints. */
const INSIDE_AWS = /^(s3ssl|s3|mediastoressl|mediaconnect):\/\/|^[a-z0-9]+:\/\/[^/:]+\.amazonaws\.com(?=[/:]|$)/i;

/** Stream URLs must use an encrypted protocol. */
function urlsEncrypted(path: (props: Record<string, any>) => unknown[], what: string) {
    return ({ store, report }: StoreContext): void => {
        for (const url of path(store.res.props)) {
            if (isUnknown(url)) report(`${what}: a URL is not known during preview`);
            else if (typeof url === "string" && !ENCRYPTED_SCHEMES.test(url))
                report(`${what} does not require TLS: ${url} is not an encrypted protocol (rtmps, https, srt)`);
        }
    };
}

const channelUrls = (props: Record<string, any>) =>
    asList(props.destinations)
        .flatMap((d) => (isObject(d) ? asList(d.settings).map((s) => (isObject(s) ? s.url : undefined)) : []))
        .filter((u) => u !== undefined);

/** Personal data may not be streamed to endpoints outside AWS. */
function checkOutsideEndpoints({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    for (const url of channelUrls(store.res.props)) {
        if (isUnknown(url)) report("a destination URL is not known during preview");
        else if (typeof url === "string" && !INSIDE_AWS.test(url))
            report(
                `streams personal data (${store.classifiedBy}) to ${url}, outside AWS: personal data may go only to the shipping provider's account`,
            );
    }
}

export const medialiveChannel = entry<ChannelArgs>()({
    types: ["aws:medialive/channel:Channel"],
    holds: "live video encoded and sent to its destinations",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a channel stores nothing" },
    inTransit: [
        { custom: urlsEncrypted(channelUrls, "a channel destination"), summary: "destinations.settings.url over rtmps, https or srt" },
    ],
    retention: { notOffered: "a channel stores nothing" },
    destinations: [{ custom: checkOutsideEndpoints, summary: "no PII stream to a URL outside AWS" }],
});

export const medialiveInput = entry<InputArgs>()({
    types: ["aws:medialive/input:Input"],
    holds: "live video received from sources",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an input stores nothing" },
    inTransit: [
        {
            custom: urlsEncrypted(
                (props) =>
                    asList(props.sources)
                        .map((s) => (isObject(s) ? s.url : undefined))
                        .filter((u) => u !== undefined),
                "a pull source",
            ),
            summary: "sources.url over https",
        },
    ],
    retention: { notOffered: "an input stores nothing" },
});
