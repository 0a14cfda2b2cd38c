import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const WORKSPACE = "aws:workspaces/workspace:Workspace";

const workspaces = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: WORKSPACE,
            name: "desk",
            props: {
                bundleId: "wsb-1",
                directoryId: "d-1",
                userName: "jane",
                rootVolumeEncryptionEnabled: true,
                userVolumeEncryptionEnabled: true,
                volumeEncryptionKey: KEY_ARN,
                tags: PII_TAGS,
            },
            propertyDependencies: { volumeEncryptionKey: ["data-key"] },
        },
        {
            type: "aws:workspaces/pool:Pool",
            name: "pool",
            props: {
                poolName: "pool",
                bundleId: "wsb-1",
                description: "pool",
                directoryId: "d-1",
                runningMode: "AUTO_STOP",
                applicationSettings: [{ status: "ENABLED", settingsGroup: "g" }],
            },
        },
    ]);

describe("catalogue: WorkSpaces", () => {
    describeEntry(
        "aws:workspaces/workspace:Workspace",
        workspaces,
        [
            {
                title: "an unencrypted user volume (the default)",
                change: props("desk", (p) => {
                    delete p.userVolumeEncryptionEnabled;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKSPACE, "desk"],
                message: /the user volume is not encrypted: userVolumeEncryptionEnabled is not set \(unencrypted\)/,
            },
            {
                title: "an unencrypted root volume",
                change: props("desk", (p) => {
                    p.rootVolumeEncryptionEnabled = false;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKSPACE, "desk"],
                message: /the root volume is not encrypted: rootVolumeEncryptionEnabled is false/,
            },
            {
                title: "volumes under the AWS-managed key",
                change: props("desk", (p) => {
                    delete p.volumeEncryptionKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [WORKSPACE, "desk"],
                message: /has no volumeEncryptionKey, so the root volume is encrypted under the AWS-managed aws\/workspaces key/,
            },
        ],
        [
            {
                title: "an untagged pool persisting application settings (no customer-managed key offered)",
                change: props("pool", (p) => {
                    p.applicationSettings[0].status = "ENABLED";
                }),
            },
        ],
    );
});
