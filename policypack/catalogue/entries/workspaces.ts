/** WorkSpaces: virtual desktops (their root and user volumes) and pools of non-persistent desktops. */
import type { PoolArgs } from "@pulumi/aws/workspaces/pool";
import type { WorkspaceArgs } from "@pulumi/aws/workspaces/workspace";
import { entry } from "../entry";

const STREAMED = { notOffered: "the desktop is streamed over WorkSpaces' own encrypted protocols (PCoIP, WSP/DCV), with no setting" };

export const workspacesWorkspace = entry<WorkspaceArgs>()({
    types: ["aws:workspaces/workspace:Workspace"],
    holds: "a user's desktop: files on its root and user volumes",
    tagging: "carrier",
    atRest: [
        {
            what: "the root volume",
            enabled: { path: "rootVolumeEncryptionEnabled", absent: false, absentMeans: "unencrypted" },
            key: "volumeEncryptionKey",
            keyAbsentMeans: "the AWS-managed aws/workspaces key",
        },
        {
            what: "the user volume",
            enabled: { path: "userVolumeEncryptionEnabled", absent: false, absentMeans: "unencrypted" },
            key: "volumeEncryptionKey",
            keyAbsentMeans: "the AWS-managed aws/workspaces key",
        },
    ],
    inTransit: STREAMED,
    retention: {
        notOffered:
            "volumes live as long as the WorkSpace; WorkSpaces keeps rolling snapshots (every 12 hours) for restore and rebuild, deleted with it",
    },
    notes: "A carrier: its personal-data controls apply when it is tagged pii. Who may reach it is a setting of its directory.",
});

export const workspacesPool = entry<PoolArgs>()({
    types: ["aws:workspaces/pool:Pool"],
    holds: "non-persistent desktops, and users' application settings when persisted",
    tagging: "carrier",
    names: ["poolName"],
    atRest: [
        {
            what: "persisted application settings",
            when: { path: "applicationSettings.status", on: ["ENABLED"] },
            customerKeyNotOffered: "kept in an S3 bucket WorkSpaces creates in the account, under S3-managed keys",
        },
    ],
    inTransit: STREAMED,
    retention: { notOffered: "desktops are reset after each session; persisted application settings stay in their bucket until deleted" },
});
