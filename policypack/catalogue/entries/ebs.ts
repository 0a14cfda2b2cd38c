/**
 * EBS: volumes, snapshots and their copies, and the account settings of a region that decide
 * how new volumes are encrypted (encryption by default, the default key) and whether snapshots
 * may be made public. The helpers here judge EBS block devices wherever they appear (volumes,
 * instances, launch templates, spot requests), with the account's defaults as AWS applies them.
 */
import type { DefaultKmsKeyArgs } from "@pulumi/aws/ebs/defaultKmsKey";
import type { EncryptionByDefaultArgs } from "@pulumi/aws/ebs/encryptionByDefault";
import type { SnapshotArgs } from "@pulumi/aws/ebs/snapshot";
import type { SnapshotBlockPublicAccessArgs } from "@pulumi/aws/ebs/snapshotBlockPublicAccess";
import type { SnapshotCopyArgs } from "@pulumi/aws/ebs/snapshotCopy";
import type { SnapshotImportArgs } from "@pulumi/aws/ebs/snapshotImport";
import type { VolumeArgs } from "@pulumi/aws/ebs/volume";
import type { VolumeCopyArgs } from "@pulumi/aws/ebs/volumeCopy";
import { customerKeyProblem } from "../../lib/encryption";
import { referencedResources } from "../../lib/monitoring";
import { Res, StackIndex, regionOf, stackRegion } from "../../lib/stack-index";
import { asList, isObject, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read } from "../read";
import { BUCKET_TYPES } from "./s3";

export const VOLUME_TYPES = ["aws:ebs/volume:Volume", "aws:ebs/volumeCopy:VolumeCopy"];
export const SNAPSHOT_TYPES = ["aws:ebs/snapshot:Snapshot", "aws:ebs/snapshotCopy:SnapshotCopy", "aws:ebs/snapshotImport:SnapshotImport"];
const ENCRYPTION_BY_DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault";
const DEFAULT_KMS_KEY = "aws:ebs/defaultKmsKey:DefaultKmsKey";

const present = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/** A value at a dotted path inside one object (no fan-out over lists). */
function at(value: unknown, path: string): unknown {
    let current = value;
    for (const segment of path.split(".")) {
        if (isUnknown(current)) return current;
        // The aws v6 list form of a nested block reads as its single element.
        if (Array.isArray(current) && current.length === 1) current = current[0];
        current = isObject(current) ? current[segment] : undefined;
    }
    return current;
}

interface AccountDefaults {
    /** Encryption by default, as this stack sets it for the region. */
    readonly encrypted: "on" | "off" | "unknown";
    /** Whether the region's default EBS key is a customer-managed key this stack sets. */
    readonly customerDefaultKey: boolean;
}

/**
 * The account settings of `res`'s region that this stack manages: `aws.ebs.EncryptionByDefault`
 * (AWS's own default when never set: off) and `aws.ebs.DefaultKmsKey` (AWS's: the AWS-managed
 * aws/ebs key). Settings made outside the stack cannot be seen, so they count as not made.
 */
export function accountEbsDefaults(index: StackIndex, res: Res): AccountDefaults {
    const region = regionOf(index, res);
    // A region the stack does not name (no provider in an export) matches any.
    const here = (setting: Res) => {
        const of = regionOf(index, setting);
        return of === region || of === undefined || region === undefined;
    };
    const states = index
        .ofTypes([ENCRYPTION_BY_DEFAULT])
        .filter(here)
        .map((setting) => {
            const enabled = setting.props.enabled;
            if (isUnknown(enabled)) return "unknown";
            return enabled === undefined || isTrue(enabled) ? "on" : "off";
        });
    const encrypted = states.includes("unknown") ? "unknown" : states.includes("on") && !states.includes("off") ? "on" : "off";
    const customerDefaultKey = index
        .ofTypes([DEFAULT_KMS_KEY])
        .filter(here)
        .some(
            (setting) =>
                customerKeyProblem(setting.props.keyArn, "keyArn", {
                    index,
                    config: { customerManagedKeyArns: [] },
                    res: setting,
                    path: "keyArn",
                }) === undefined,
        );
    return { encrypted, customerDefaultKey };
}

/** EBS volumes a resource declares: one object (`rootBlockDevice`), a list (`ebsBlockDevices`), or the resource itself. */
export interface EbsDevices {
    /** For messages: "the volume", "the root volume", "an EBS volume". */
    readonly what: string;
    /** Where the device blocks are; absent: the resource's own arguments. */
    readonly path?: string;
    /** Only blocks where this field is present (a launch template mapping with an `ebs` block). */
    readonly only?: string;
    /** The encryption switch inside a block. */
    readonly encrypted: string;
    /** The KMS key inside a block; absent where the type offers no key argument. */
    readonly key?: string;
    /** What AWS does when `encrypted` is absent, for messages (default: the region's encryption by default decides). */
    readonly encryptedAbsentMeans?: string;
    /** What AWS uses when `key` is absent, for messages (default: the region's default EBS key). */
    readonly keyAbsentMeans?: string;
    /** The volume's deletion with its instance, inside a block. */
    readonly deleteOnTermination?: string;
    /** AWS's behaviour when `deleteOnTermination` is absent: deleted (true), kept (false), or not documented ("unknown", fail closed). */
    readonly deletedWhenAbsent?: boolean | "unknown";
    /** The device exists even when no block declares it (an instance's root volume): what AWS then does. */
    readonly implicit?: string;
    /** A launch template reference that may declare the implicit device instead (judged on the template when it is in the stack). */
    readonly implicitFromTemplate?: { readonly path: string; readonly types: readonly string[] };
    /** The implicit device exists only when this path is present (inline launch specifications). */
    readonly implicitWith?: string;
}

interface Block {
    readonly label: string;
    readonly value: unknown;
    readonly implicit: boolean;
}

/** The blocks of `devices` on a resource (through lists at every step); an unknown block is reported and skipped. */
function blocksOf(context: StoreContext, devices: EbsDevices, purpose: string): Block[] {
    const props = context.store.res.props;
    if (!devices.path) return [{ label: "", value: props, implicit: false }];
    const values: unknown[] = [];
    let unknown = false;
    for (const reading of read(props, devices.path)) {
        if (reading.state === "unknown") {
            unknown = true;
            context.report(`${devices.what}: ${devices.path} is not known during preview, so ${purpose} cannot be verified`);
        } else if (reading.state === "known") values.push(...asList(reading.value));
    }
    const blocks: Block[] = [];
    values.forEach((value, i) => {
        const label = values.length > 1 ? `${devices.path}[${i}]` : devices.path!;
        if (isUnknown(value)) {
            unknown = true;
            context.report(`${devices.what}: ${label} is not known during preview, so ${purpose} cannot be verified`);
        } else if (!devices.only || (at(value, devices.only) !== undefined && at(value, devices.only) !== null))
            blocks.push({ label, value, implicit: false });
    });
    if (blocks.length === 0 && !unknown && devices.implicit && (!devices.implicitWith || present(at(props, devices.implicitWith)))) {
        const template = devices.implicitFromTemplate;
        if (template && present(at(props, template.path))) {
            const ref = at(props, template.path);
            const found = referencedResources(context.index, template.types, context.store.res, template.path.split(".")[0], [
                at(ref, "id"),
                at(ref, "name"),
                ref,
            ]);
            if (found.length > 0) return [];
        }
        blocks.push({ label: devices.path, value: undefined, implicit: true });
    }
    return blocks;
}

const field = (block: Block, name: string) => (block.label ? `${block.label}.${name}` : name);

/** Encryption of EBS devices under a customer-managed key, with the region's account defaults (DP-2.1, DP-6.1). */
export function ebsEncryption(devices: readonly EbsDevices[], options: { readonly regionDefaults?: boolean } = {}): CustomCheck {
    return {
        summary: `${devices.map((d) => [d.path, d.encrypted].filter(Boolean).join(".")).join(", ")} on (or aws.ebs.EncryptionByDefault in the stack), under a customer-managed ${
            devices.some((d) => d.key)
                ? devices
                      .filter((d) => d.key)
                      .map((d) => [d.path, d.key].filter(Boolean).join("."))
                      .join(", ")
                : "default key"
        } (or aws.ebs.DefaultKmsKey in the stack)`,
        custom: (context) => {
            // Copies made into another region do not take this region's defaults.
            const defaults: AccountDefaults =
                options.regionDefaults === false
                    ? { encrypted: "off", customerDefaultKey: false }
                    : accountEbsDefaults(context.index, context.store.res);
            const defaultKeyMeans =
                "the region's default EBS key (the AWS-managed aws/ebs key, as no aws.ebs.DefaultKmsKey of this stack names a customer-managed key)";
            for (const devices_ of devices) {
                for (const block of blocksOf(context, devices_, "encryption")) {
                    const what = devices_.what;
                    const encrypted = block.implicit ? undefined : at(block.value, devices_.encrypted);
                    if (isUnknown(encrypted)) {
                        context.report(
                            `${what}: ${field(block, devices_.encrypted)} is not known during preview, so encryption cannot be verified`,
                        );
                        continue;
                    }
                    if (!isTrue(encrypted)) {
                        if (defaults.encrypted === "unknown") {
                            context.report(
                                `${what}: the region's EBS encryption by default (aws.ebs.EncryptionByDefault enabled) is not known during preview, so encryption cannot be verified`,
                            );
                            continue;
                        }
                        if (defaults.encrypted === "off") {
                            const why = block.implicit
                                ? `${block.label} is not set, so ${devices_.implicit}`
                                : encrypted === undefined
                                  ? `${field(block, devices_.encrypted)} is not set (${devices_.encryptedAbsentMeans ?? "unencrypted unless the region's EBS encryption by default is on, which this stack does not turn on with aws.ebs.EncryptionByDefault"})`
                                  : `${field(block, devices_.encrypted)} is ${JSON.stringify(encrypted)}`;
                            context.report(`${what} is not encrypted: ${why}`);
                            continue;
                        }
                    }
                    const key = devices_.key && !block.implicit ? at(block.value, devices_.key) : undefined;
                    if (key === undefined || key === null || key === "") {
                        if (!defaults.customerDefaultKey) {
                            context.report(
                                devices_.key
                                    ? `${what}: ${block.implicit ? `${block.label} is not set` : `has no ${field(block, devices_.key)}`}, so it is encrypted under ${devices_.keyAbsentMeans ?? defaultKeyMeans}: name a customer-managed KMS key`
                                    : `${what}: this type cannot name a KMS key, so its volumes are encrypted under ${defaultKeyMeans}: set the region's default key with aws.ebs.DefaultKmsKey`,
                            );
                        }
                        continue;
                    }
                    const problem = customerKeyProblem(key, field(block, devices_.key!), {
                        index: context.index,
                        config: context.config,
                        res: context.store.res,
                        path: devices_.path ?? devices_.key,
                    });
                    if (problem) context.report(`${what}: ${problem}`);
                }
            }
        },
    };
}

/** Volumes kept after their instance terminates: copies of personal data that never expire (DP-5.3). */
export function volumesKeptAfterTermination(devices: readonly EbsDevices[]): CustomCheck {
    return {
        summary: `${devices
            .filter((d) => d.deleteOnTermination)
            .map((d) => `${d.path}.${d.deleteOnTermination}`)
            .join(", ")} not false on a PII resource`,
        custom: (context) => {
            if (context.retentionLimitDays === undefined) return;
            for (const devices_ of devices.filter((d) => d.deleteOnTermination)) {
                for (const block of blocksOf(context, devices_, "deletion on termination").filter((b) => !b.implicit)) {
                    const name = field(block, devices_.deleteOnTermination!);
                    const value = at(block.value, devices_.deleteOnTermination!);
                    if (isUnknown(value)) context.report(`${devices_.what}: ${name} is not known during preview`);
                    else if (value === false || value === "false")
                        context.report(
                            `keeps ${devices_.what} after the instance terminates (${name} is false), a copy of personal data (${context.store.classifiedBy}) that never expires`,
                        );
                    else if (value === undefined && devices_.deletedWhenAbsent !== true) {
                        context.report(
                            `keeps ${devices_.what} after the instance terminates unless it says otherwise: ${name} is not set (${devices_.deletedWhenAbsent === "unknown" ? "AWS does not document the default" : "AWS keeps the volume"}): set it to true`,
                        );
                    }
                }
            }
        },
    };
}

/** A copy made from another region: it must land in the stack's region or an allowed one (DP-3.2). */
export function copiedFromRegion(what: string, path: string): CustomCheck {
    return {
        summary: `a copy from ${path} lands in the stack's region or one on allowedRegions`,
        custom: ({ index, store, config, report }) => {
            const from = store.res.props[path];
            if (isUnknown(from)) {
                report(`${what}: ${path} is not known during preview`);
                return;
            }
            const here = regionOf(index, store.res);
            // Like the generic region check: a stack that names no region of its own cannot tell another region from its own.
            if (here === undefined || typeof from !== "string" || from === "" || from === here) return;
            if (here === stackRegion(index) || config.allowedRegions.includes(here)) return;
            report(`${what} region ${from} into region ${here}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
        },
    };
}

const INSIDE_AWS = {
    notOffered: "EBS moves blocks inside AWS; for an encrypted volume, data between the instance and the volume is encrypted on the host",
};

export const ebsVolume = entry<VolumeArgs>()({
    types: ["aws:ebs/volume:Volume"],
    holds: "disk blocks: files and databases of the instances it is attached to",
    tagging: "store",
    sources: [{ path: "snapshotId", types: SNAPSHOT_TYPES }],
    atRest: [ebsEncryption([{ what: "the volume", encrypted: "encrypted", key: "kmsKeyId" }])],
    inTransit: INSIDE_AWS,
    retention: [{ what: "a final snapshot", keepsForever: { path: "finalSnapshot", absent: false, absentMeans: "no final snapshot" } }],
    notes: "Unencrypted unless `encrypted` is true or the region's EBS encryption by default is on (a volume restored from an encrypted snapshot is encrypted with the snapshot's key); without `kmsKeyId` the region's default EBS key (aws/ebs unless changed) is used. The pack sees only the account settings this stack manages (aws.ebs.EncryptionByDefault, aws.ebs.DefaultKmsKey).",
});

export const ebsVolumeCopy = entry<VolumeCopyArgs>()({
    types: ["aws:ebs/volumeCopy:VolumeCopy"],
    holds: "a point-in-time copy of a volume's blocks",
    tagging: "copy",
    sources: [{ path: "sourceVolumeId", types: VOLUME_TYPES }],
    atRest: { notOffered: "the copy takes the encryption and key of its source volume (no encryption argument), judged on the source" },
    inTransit: INSIDE_AWS,
    retention: [{ what: "a point-in-time copy of a volume", neverExpires: true }],
});

export const ebsSnapshot = entry<SnapshotArgs>()({
    types: ["aws:ebs/snapshot:Snapshot"],
    holds: "a point-in-time copy of a volume's blocks",
    tagging: "copy",
    sources: [{ path: "volumeId", types: VOLUME_TYPES }],
    atRest: { notOffered: "a snapshot takes the encryption and key of its volume (no encryption argument), judged on the volume" },
    inTransit: INSIDE_AWS,
    retention: [{ what: "a manual snapshot", neverExpires: true }],
    notes: "Shared through aws.ec2.SnapshotCreateVolumePermission, judged with the snapshot. Snapshots made by Data Lifecycle Manager or AWS Backup are judged on their policies.",
});

export const ebsSnapshotCopy = entry<SnapshotCopyArgs>()({
    types: ["aws:ebs/snapshotCopy:SnapshotCopy"],
    holds: "a copy of a snapshot, possibly from another region",
    tagging: "copy",
    sources: [{ path: "sourceSnapshotId", types: SNAPSHOT_TYPES }],
    atRest: [ebsEncryption([{ what: "the snapshot copy", encrypted: "encrypted", key: "kmsKeyId" }])],
    inTransit: INSIDE_AWS,
    retention: [{ what: "a manual snapshot copy", neverExpires: true }],
    destinations: [copiedFromRegion("copies the snapshot from", "sourceRegion")],
    notes: "A copy of an encrypted snapshot stays encrypted, but without `kmsKeyId` under the region's default EBS key, not the source's key.",
});

export const ebsSnapshotImport = entry<SnapshotImportArgs>()({
    types: ["aws:ebs/snapshotImport:SnapshotImport"],
    holds: "a disk image imported from S3 as a snapshot",
    tagging: "copy",
    sources: [
        { path: "diskContainer.userBucket.s3Bucket", types: BUCKET_TYPES },
        { path: "diskContainer.url", types: BUCKET_TYPES, pattern: /^s3:\/\/([^/]+)\// },
        { path: "diskContainer.url", types: BUCKET_TYPES, pattern: /^https:\/\/([^/]+?)\.s3[.-]/ },
    ],
    atRest: [ebsEncryption([{ what: "the imported snapshot", encrypted: "encrypted", key: "kmsKeyId" }])],
    inTransit: { notOffered: "VM Import reads the image from S3 inside AWS" },
    retention: [{ what: "an imported snapshot", neverExpires: true }],
    notes: "The disk image stays in its bucket, judged there.",
});

export const ebsEncryptionByDefault = entry<EncryptionByDefaultArgs>()({
    types: ["aws:ebs/encryptionByDefault:EncryptionByDefault"],
    holds: "the region's switch that encrypts every new EBS volume and snapshot copy",
    tagging: "carrier",
    atRest: [
        {
            what: "every new EBS volume of the region",
            enabled: { path: "enabled", absent: true, absentMeans: "enabled, the provider's default" },
            customerKeyNotOffered: "the key is the region's default EBS key, set with aws.ebs.DefaultKmsKey",
        },
    ],
    inTransit: { notOffered: "an account setting carries no data" },
    retention: { notOffered: "an account setting keeps no data" },
    notes: "AWS's own default, when the setting was never made, is off. The EBS entries count it when this stack turns it on in the same region.",
});

export const ebsDefaultKmsKey = entry<DefaultKmsKeyArgs>()({
    types: ["aws:ebs/defaultKmsKey:DefaultKmsKey"],
    holds: "the region's default key for new EBS volumes and snapshot copies that name none",
    tagging: "carrier",
    atRest: [{ what: "the region's default EBS key", key: "keyArn" }],
    inTransit: { notOffered: "an account setting carries no data" },
    retention: { notOffered: "an account setting keeps no data" },
    notes: "Without it AWS uses the AWS-managed aws/ebs key. The EBS entries accept a missing kmsKeyId when this stack sets a customer-managed default key in the same region.",
});

export const ebsSnapshotBlockPublicAccess = entry<SnapshotBlockPublicAccessArgs>()({
    types: ["aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess"],
    holds: "the region's block on sharing EBS snapshots with everyone",
    tagging: "carrier",
    atRest: { notOffered: "an account setting keeps no data" },
    inTransit: { notOffered: "an account setting carries no data" },
    exposure: [{ what: "the region's EBS snapshot sharing", publicWhen: { path: "state", on: ["unblocked"], absent: false } }],
    retention: { notOffered: "an account setting keeps no data" },
    notes: "`block-all-sharing` also stops existing public shares; `block-new-sharing` only new ones.",
});

/**
 * Volumes a type cannot configure (node groups, IDE instances): only the region's EBS defaults, set in the stack,
 * encrypt them under a customer-managed key.
 */
export function regionDefaultEncryption(what: string, unless?: { readonly path: string; readonly why: string }): CustomCheck {
    return {
        summary: `${what}: aws.ebs.EncryptionByDefault and a customer-managed aws.ebs.DefaultKmsKey in the stack${unless ? ` (unless ${unless.path} is set: ${unless.why})` : ""}`,
        custom: (context) => {
            if (unless && present(at(context.store.res.props, unless.path))) return;
            const defaults = accountEbsDefaults(context.index, context.store.res);
            if (defaults.encrypted === "unknown")
                context.report(
                    `${what}: the region's EBS encryption by default is not known during preview, so encryption cannot be verified`,
                );
            else if (defaults.encrypted === "off")
                context.report(
                    `${what} is not encrypted: this type has no encryption argument${unless ? ` (without ${unless.path})` : ""}, so only the region's EBS encryption by default encrypts them, which this stack does not turn on with aws.ebs.EncryptionByDefault`,
                );
            else if (!defaults.customerDefaultKey)
                context.report(
                    `${what}: encrypted under the region's default EBS key (the AWS-managed aws/ebs key, as no aws.ebs.DefaultKmsKey of this stack names a customer-managed key)`,
                );
        },
    };
}
