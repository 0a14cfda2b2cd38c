import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const VOLUME = "aws:ebs/volume:Volume";
const SNAPSHOT = "aws:ebs/snapshot:Snapshot";
const SNAPSHOT_COPY = "aws:ebs/snapshotCopy:SnapshotCopy";
const SNAPSHOT_IMPORT = "aws:ebs/snapshotImport:SnapshotImport";
const VOLUME_COPY = "aws:ebs/volumeCopy:VolumeCopy";
const PERMISSION = "aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission";
const BY_DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault";
const DEFAULT_KEY = "aws:ebs/defaultKmsKey:DefaultKmsKey";

const volume = (name: string, tags: object, extra: object = {}): ResourceSpec => ({
    type: VOLUME,
    name,
    props: { availabilityZone: "eu-west-1a", size: 10, encrypted: true, kmsKeyId: KEY_ARN, tags, ...extra },
    propertyDependencies: { kmsKeyId: ["data-key"] },
});

/** A PII volume, and a confidential volume with its snapshot, a shared copy and the region's settings. */
const ebs = (): ResourceSpec[] =>
    fixtureWith([
        volume("disk", PII_TAGS),
        volume("archive-disk", CONFIDENTIAL_TAGS),
        {
            type: SNAPSHOT,
            name: "archive-snap",
            props: { volumeId: "vol-2", tags: CONFIDENTIAL_TAGS },
            propertyDependencies: { volumeId: ["archive-disk"] },
        },
        {
            type: SNAPSHOT_COPY,
            name: "archive-copy",
            props: { sourceSnapshotId: "snap-2", sourceRegion: "eu-west-1", region: "eu-west-1", encrypted: true, kmsKeyId: KEY_ARN },
            propertyDependencies: { sourceSnapshotId: ["archive-snap"], kmsKeyId: ["data-key"] },
        },
        {
            type: PERMISSION,
            name: "archive-share",
            props: { snapshotId: "snap-2", accountId: ACCOUNT },
            propertyDependencies: { snapshotId: ["archive-snap"] },
        },
        {
            type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess",
            name: "no-public-snapshots",
            props: { state: "block-all-sharing" },
        },
    ]);

const snapshotOf = (volumeName: string, name = "snap"): ResourceSpec => ({
    type: SNAPSHOT,
    name,
    props: { volumeId: "vol-1" },
    propertyDependencies: { volumeId: [volumeName] },
});
const encryptionByDefault = (enabled?: unknown): ResourceSpec => ({
    type: BY_DEFAULT,
    name: "ebs-default",
    props: enabled === undefined ? {} : { enabled },
});
const defaultKey = (keyArn: string): ResourceSpec => ({
    type: DEFAULT_KEY,
    name: "ebs-default-key",
    props: { keyArn },
    propertyDependencies: { keyArn: ["data-key"] },
});

describe("catalogue: EBS", () => {
    describeEntry(
        "aws:ebs/volume:Volume",
        ebs,
        [
            {
                title: "unencrypted",
                change: props("disk", (p) => {
                    p.encrypted = false;
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /the volume is not encrypted: encrypted is false/,
            },
            {
                title: "encryption not set, and no encryption by default in the stack (AWS: unencrypted)",
                change: props("disk", (p) => {
                    delete p.encrypted;
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /encrypted is not set \(unencrypted unless the region's EBS encryption by default is on/,
            },
            {
                title: "encrypted under the region's default key (aws/ebs)",
                change: props("disk", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /has no kmsKeyId, so it is encrypted under the region's default EBS key \(the AWS-managed aws\/ebs key/,
            },
            {
                title: "an aws/ alias",
                change: props("disk", (p) => {
                    p.kmsKeyId = "alias/aws/ebs";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /kmsKeyId names the AWS-managed key alias\/aws\/ebs/,
            },
            {
                title: "encryption unknown during preview",
                change: props("disk", (p) => {
                    p.encrypted = UNKNOWN;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /encrypted is not known during preview/,
            },
            {
                title: "encryption by default switched off in the stack",
                change: (stack) => {
                    add(encryptionByDefault(false))(stack);
                    props("disk", (p) => {
                        delete p.encrypted;
                    })(stack);
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /the volume is not encrypted: encrypted is not set/,
            },
            {
                title: "encryption by default unknown during preview",
                change: (stack) => {
                    add(encryptionByDefault(UNKNOWN))(stack);
                    props("disk", (p) => {
                        delete p.encrypted;
                    })(stack);
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /encryption by default .* is not known during preview/,
            },
            {
                title: "a final snapshot of a PII volume",
                change: props("disk", (p) => {
                    p.finalSnapshot = true;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [VOLUME, "disk"],
                message: /keeps a final snapshot, a copy that never expires \(finalSnapshot is true\)/,
            },
            {
                title: "unclassified",
                change: props("disk", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [VOLUME, "disk"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "restored from a PII snapshot but classified lower",
                change: (stack) => {
                    add(snapshotOf("disk"))(stack);
                    stack.push({
                        ...volume("restored", CONFIDENTIAL_TAGS, { snapshotId: "snap-1" }),
                        propertyDependencies: { snapshotId: ["snap"], kmsKeyId: ["data-key"] },
                    });
                },
                policy: datastoreTagsRequireClassification,
                at: [VOLUME, "restored"],
                message: /is classified confidential but holds pii data as a copy of snap/,
            },
        ],
        [
            {
                title: "no encryption flag, with encryption by default and a customer-managed default key in the stack",
                change: (stack) => {
                    add(encryptionByDefault(), defaultKey(KEY_ARN))(stack);
                    props("disk", (p) => {
                        delete p.encrypted;
                        delete p.kmsKeyId;
                    })(stack);
                },
            },
            {
                title: "a final snapshot of a confidential volume",
                change: props("archive-disk", (p) => {
                    p.finalSnapshot = true;
                }),
            },
        ],
    );

    describeEntry(
        "aws:ebs/snapshot:Snapshot",
        ebs,
        [
            {
                title: "a manual snapshot of a PII volume",
                change: add(snapshotOf("disk")),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "snap"],
                message: /is a manual snapshot, a copy of personal data \(a copy of disk \(pii\)\) that never expires/,
            },
            {
                title: "a snapshot of a volume outside the stack (judged as pii)",
                change: add({ type: SNAPSHOT, name: "snap", props: { volumeId: "vol-elsewhere" } }),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "snap"],
                message: /a copy of vol-elsewhere, outside this stack/,
            },
            {
                title: "shared with another account",
                change: props("archive-share", (p) => {
                    p.accountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SNAPSHOT, "archive-snap"],
                message: /shares the snapshot with account 999988887777, outside this stack/,
            },
            {
                title: "a volume copy of a PII volume",
                change: add({
                    type: VOLUME_COPY,
                    name: "disk-copy",
                    props: { sourceVolumeId: "vol-1" },
                    propertyDependencies: { sourceVolumeId: ["disk"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [VOLUME_COPY, "disk-copy"],
                message: /is a point-in-time copy of a volume, a copy of personal data/,
            },
        ],
        [
            {
                title: "shared with the shipping provider's account",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("archive-share", (p) => {
                    p.accountId = OUTSIDE_ACCOUNT;
                }),
            },
            {
                title: "a snapshot of a volume outside the stack, tagged confidential",
                change: add({ type: SNAPSHOT, name: "snap", props: { volumeId: "vol-elsewhere", tags: CONFIDENTIAL_TAGS } }),
            },
        ],
    );

    describeEntry(
        "aws:ebs/snapshotCopy:SnapshotCopy",
        ebs,
        [
            {
                title: "a copy under the region's default key",
                change: props("archive-copy", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SNAPSHOT_COPY, "archive-copy"],
                message: /has no kmsKeyId, so it is encrypted under the region's default EBS key/,
            },
            {
                title: "a copy into another region",
                change: props("archive-copy", (p) => {
                    p.region = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SNAPSHOT_COPY, "archive-copy"],
                message: /copies the snapshot from region eu-west-1 into region us-east-1, not on allowedRegions/,
            },
            {
                title: "a copy of a PII snapshot",
                change: (stack) => {
                    add(snapshotOf("disk"))(stack);
                    stack.find((s) => s.name === "archive-copy")!.propertyDependencies = {
                        sourceSnapshotId: ["snap"],
                        kmsKeyId: ["data-key"],
                    };
                },
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT_COPY, "archive-copy"],
                message: /is a manual snapshot copy, a copy of personal data/,
            },
            {
                title: "an imported disk image, unencrypted and untagged",
                change: add({
                    type: SNAPSHOT_IMPORT,
                    name: "imported",
                    props: { diskContainer: { format: "VMDK", userBucket: { s3Bucket: "images-elsewhere", s3Key: "disk.vmdk" } } },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SNAPSHOT_IMPORT, "imported"],
                message: /the imported snapshot is not encrypted: encrypted is not set/,
            },
            {
                title: "an imported disk image from a bucket outside the stack (judged as pii)",
                change: add({
                    type: SNAPSHOT_IMPORT,
                    name: "imported",
                    props: {
                        encrypted: true,
                        kmsKeyId: KEY_ARN,
                        diskContainer: { format: "VMDK", url: "s3://images-elsewhere/disk.vmdk" },
                    },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT_IMPORT, "imported"],
                message:
                    /is an imported snapshot, a copy of personal data \(a copy of s3:\/\/images-elsewhere\/disk.vmdk, outside this stack/,
            },
        ],
        [
            {
                title: "a copy into an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("archive-copy", (p) => {
                    p.region = "eu-central-1";
                }),
            },
            {
                title: "a copy from another region into the stack's region",
                change: props("archive-copy", (p) => {
                    p.sourceRegion = "eu-central-1";
                    delete p.region;
                }),
            },
            {
                title: "a copy without kmsKeyId where the stack sets a customer-managed default key",
                change: (stack) => {
                    add(defaultKey(KEY_ARN))(stack);
                    props("archive-copy", (p) => {
                        delete p.kmsKeyId;
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "EBS account settings",
        ebs,
        [
            {
                title: "encryption by default switched off",
                change: add(encryptionByDefault(false)),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BY_DEFAULT, "ebs-default"],
                message: /every new EBS volume of the region is not encrypted: enabled is false/,
            },
            {
                title: "the AWS-managed key as the default key",
                change: add({
                    type: DEFAULT_KEY,
                    name: "ebs-default-key",
                    props: { keyArn: "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DEFAULT_KEY, "ebs-default-key"],
                message: /keyArn names the AWS-managed key/,
            },
            {
                title: "public sharing of snapshots unblocked",
                change: props("no-public-snapshots", (p) => {
                    p.state = "unblocked";
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", "no-public-snapshots"],
                message: /the region's EBS snapshot sharing is public: state is "unblocked"/,
            },
            {
                title: "a customer-managed default key does not replace encryption",
                change: (stack) => {
                    add(defaultKey(KEY_ARN))(stack);
                    props("disk", (p) => {
                        delete p.encrypted;
                        delete p.kmsKeyId;
                    })(stack);
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [VOLUME, "disk"],
                message: /the volume is not encrypted: encrypted is not set/,
            },
        ],
        [
            { title: "encryption by default on (the provider's default)", change: add(encryptionByDefault()) },
            {
                title: "new sharing blocked",
                change: props("no-public-snapshots", (p) => {
                    p.state = "block-new-sharing";
                }),
            },
        ],
    );
});
