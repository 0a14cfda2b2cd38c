/** AppStream 2.0: stacks (home folders, application settings, storage connectors), fleets and image builders. */
import type { FleetArgs } from "@pulumi/aws/appstream/fleet";
import type { ImageBuilderArgs } from "@pulumi/aws/appstream/imageBuilder";
import type { StackArgs } from "@pulumi/aws/appstream/stack";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const STREAMED = { notOffered: "sessions are streamed over AppStream's encrypted protocol (TLS/DTLS), with no setting" };
const THIRD_PARTY = ["GOOGLE_DRIVE", "ONE_DRIVE"];

/** Google Drive and OneDrive connectors let users save files outside AWS. */
function checkStorageConnectors({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const connectors = store.res.props.storageConnectors;
    if (isUnknown(connectors)) report("storageConnectors are not known during preview");
    for (const connector of asList(connectors)) {
        const type = isObject(connector) ? connector.connectorType : undefined;
        if (isUnknown(type)) report("a storage connector's type is not known during preview");
        else if (THIRD_PARTY.includes(type))
            report(
                `lets users of a stack with personal data (${store.classifiedBy}) save files to ${type === "ONE_DRIVE" ? "OneDrive" : "Google Drive"} (storageConnectors.connectorType ${type}), outside AWS`,
            );
    }
}

export const appstreamStack = entry<StackArgs>()({
    types: ["aws:appstream/stack:Stack"],
    holds: "users' home folders and persisted application settings, and the files they work on",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "home folders",
            when: { path: "storageConnectors.connectorType", on: ["HOMEFOLDERS"] },
            customerKeyNotOffered: "kept in an S3 bucket AppStream creates in the account, under S3-managed keys",
        },
        {
            what: "persisted application settings",
            when: { path: "applicationSettings.enabled", on: [true] },
            customerKeyNotOffered: "kept in an S3 bucket AppStream creates in the account, under S3-managed keys",
        },
    ],
    inTransit: STREAMED,
    retention: { notOffered: "home folders and application settings stay in their bucket until deleted" },
    destinations: [{ custom: checkStorageConnectors, summary: "no Google Drive or OneDrive connector on a PII stack" }],
    notes: "userSettings (clipboard, file transfer, printing) decide what users may take to their own devices; the pack does not judge them.",
});

export const appstreamFleet = entry<FleetArgs>()({
    types: ["aws:appstream/fleet:Fleet"],
    holds: "streaming instances where users work with applications, reset after each session",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "instance storage is managed by AppStream and wiped after each session" },
    inTransit: STREAMED,
    exposure: [{ what: "the fleet", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } }],
    retention: { notOffered: "instances are reset after each session" },
});

export const appstreamImageBuilder = entry<ImageBuilderArgs>()({
    types: ["aws:appstream/imageBuilder:ImageBuilder"],
    holds: "an instance from which AppStream images are made: whatever is left on it goes into the image",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "instance storage is managed by AppStream, with no key setting" },
    inTransit: STREAMED,
    exposure: [{ what: "the image builder", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } }],
    retention: { notOffered: "the builder keeps its disk until deleted; images made from it live until deleted, outside the provider" },
});
