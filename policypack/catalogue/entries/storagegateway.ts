/**
 * Storage Gateway: file shares that turn files written on premises into S3 objects, iSCSI
 * volumes kept in S3 (cached) or on premises (stored), FSx file system associations and tape
 * pools. The gateway appliance itself caches what passes through it on its local disks.
 */
import type { CachesIscsiVolumeArgs } from "@pulumi/aws/storagegateway/cachesIscsiVolume";
import type { FileSystemAssociationArgs } from "@pulumi/aws/storagegateway/fileSystemAssociation";
import type { GatewayArgs } from "@pulumi/aws/storagegateway/gateway";
import type { NfsFileShareArgs } from "@pulumi/aws/storagegateway/nfsFileShare";
import type { SmbFileShareArgs } from "@pulumi/aws/storagegateway/smbFileShare";
import type { StoredIscsiVolumeArgs } from "@pulumi/aws/storagegateway/storedIscsiVolume";
import type { TapePoolArgs } from "@pulumi/aws/storagegateway/tapePool";
import { referencedResources } from "../../lib/monitoring";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { SNAPSHOT_TYPES } from "./ebs";
import { BUCKET_TYPES } from "./s3";

const GATEWAY_TYPES = ["aws:storagegateway/gateway:Gateway"];
const VOLUME_TYPES = ["aws:storagegateway/cachesIscsiVolume:CachesIscsiVolume", "aws:storagegateway/storedIscsiVolume:StoredIscsiVolume"];
const AUDIT_TYPES = ["aws:cloudwatch/logGroup:LogGroup"];
const SMB_ENCRYPTED = ["MandatoryEncryption", "MandatoryEncryptionNoAes128"];

const S3_KEY = (what: string) => ({
    what,
    enabled: { path: "kmsEncrypted" as const, absent: false, absentMeans: "SSE-S3 under S3-managed keys, not a KMS key" },
    key: "kmsKeyArn" as const,
});
const ISCSI_TLS = {
    notOffered:
        "iSCSI between initiators and the gateway has no encryption setting (CHAP only authenticates); the gateway talks to AWS over TLS",
};

/** SMB encryption is a setting of the gateway (smbSecurityStrategy), read here for each share. */
function checkSmbEncryption(context: StoreContext): void {
    const { index, store, report } = context;
    const gateways = referencedResources(index, GATEWAY_TYPES, store.res, "gatewayArn", [store.res.props.gatewayArn]);
    if (gateways.length === 0)
        report(
            `its gateway ${JSON.stringify(store.res.props.gatewayArn)} is not a resource of this stack, so SMB encryption (smbSecurityStrategy) cannot be verified`,
        );
    for (const gateway of gateways) {
        const strategy = gateway.props.smbSecurityStrategy;
        if (isUnknown(strategy))
            report(`its gateway ${gateway.name}: smbSecurityStrategy is not known during preview, so TLS cannot be verified`);
        else if (!SMB_ENCRYPTED.includes(strategy))
            report(
                `does not require encryption in transit: its gateway ${gateway.name} has smbSecurityStrategy ${strategy === undefined ? "not set (clients choose)" : JSON.stringify(strategy)}; set MandatoryEncryption`,
            );
    }
}

/** NFS clients allowed from anywhere. */
function checkNfsClients({ store, report }: StoreContext): void {
    const clients = store.res.props.clientLists;
    if (isUnknown(clients) || asList(clients).some(isUnknown)) report("clientLists is not known during preview");
    else if (asList(clients).some((c) => c === "0.0.0.0/0")) report("lets any NFS client mount the share (clientLists includes 0.0.0.0/0)");
}

/** Guest access lets anyone with the one guest password read and write a share of personal data. */
function checkGuestAccess({ store, report }: StoreContext): void {
    if (store.isPii && store.res.props.authentication === "GuestAccess")
        report(
            `holds personal data (${store.classifiedBy}) but admits guests (authentication "GuestAccess"), with no per-user access control`,
        );
}

export const storagegatewayGateway = entry<GatewayArgs>()({
    types: ["aws:storagegateway/gateway:Gateway"],
    holds: "files, volume blocks or tapes in transit, and its local cache of them",
    tagging: "carrier",
    names: ["gatewayName"],
    atRest: { notOffered: "the cache lives on the gateway's own disks (on premises or on an instance), encrypted as those disks are" },
    inTransit: { notOffered: "the gateway talks to AWS over TLS; SMB encryption (smbSecurityStrategy) is judged on each SMB share" },
    retention: { notOffered: "the local cache keeps recently used data until it is evicted" },
});

export const storagegatewayNfsFileShare = entry<NfsFileShareArgs>()({
    types: ["aws:storagegateway/nfsFileShare:NfsFileShare"],
    holds: "files written over NFS, stored as objects of a bucket (and cached on the gateway)",
    tagging: "carrier",
    names: ["fileShareName"],
    sources: [{ path: "locationArn", types: BUCKET_TYPES }],
    atRest: [S3_KEY("each object the share writes")],
    inTransit: { notOffered: "NFS between clients and the gateway has no encryption setting; the gateway talks to S3 over TLS" },
    exposure: [
        { custom: checkNfsClients, summary: "clientLists does not include 0.0.0.0/0" },
        { what: "each object the share writes", acl: "objectAcl" },
    ],
    retention: { notOffered: "objects live in the bucket, judged there; the gateway caches recently used files" },
    destinations: [
        { what: "writes files to", store: true, path: "locationArn", types: BUCKET_TYPES },
        { what: "writes its audit logs (file names, clients) to", store: true, path: "auditDestinationArn", types: AUDIT_TYPES },
    ],
});

export const storagegatewaySmbFileShare = entry<SmbFileShareArgs>()({
    types: ["aws:storagegateway/smbFileShare:SmbFileShare"],
    holds: "files written over SMB, stored as objects of a bucket (and cached on the gateway)",
    tagging: "carrier",
    names: ["fileShareName"],
    sources: [{ path: "locationArn", types: BUCKET_TYPES }],
    atRest: [S3_KEY("each object the share writes")],
    inTransit: [{ custom: checkSmbEncryption, summary: "its gateway's smbSecurityStrategy is MandatoryEncryption" }],
    exposure: [
        { custom: checkGuestAccess, summary: "no GuestAccess authentication on a PII share" },
        { what: "each object the share writes", acl: "objectAcl" },
    ],
    retention: { notOffered: "objects live in the bucket, judged there; the gateway caches recently used files" },
    destinations: [
        { what: "writes files to", store: true, path: "locationArn", types: BUCKET_TYPES },
        { what: "writes its audit logs (file names, users) to", store: true, path: "auditDestinationArn", types: AUDIT_TYPES },
    ],
});

export const storagegatewayFileSystemAssociation = entry<FileSystemAssociationArgs>()({
    types: ["aws:storagegateway/fileSystemAssociation:FileSystemAssociation"],
    holds: "an on-premises cache of the files of an FSx for Windows file system",
    tagging: "copy",
    sources: [{ path: "locationArn", types: ["aws:fsx/windowsFileSystem:WindowsFileSystem"] }],
    atRest: { notOffered: "files are encrypted by the file system; the cache by the gateway's own disks" },
    inTransit: [{ custom: checkSmbEncryption, summary: "its gateway's smbSecurityStrategy is MandatoryEncryption" }],
    retention: { notOffered: "the gateway caches recently used files until they are evicted" },
    destinations: [{ what: "writes its audit logs (file names, users) to", store: true, path: "auditDestinationArn", types: AUDIT_TYPES }],
});

export const storagegatewayCachesIscsiVolume = entry<CachesIscsiVolumeArgs>()({
    types: ["aws:storagegateway/cachesIscsiVolume:CachesIscsiVolume"],
    holds: "volume blocks kept in AWS and cached on the gateway",
    tagging: "store",
    names: ["targetName"],
    sources: [
        { path: "snapshotId", types: SNAPSHOT_TYPES },
        { path: "sourceVolumeArn", types: VOLUME_TYPES },
    ],
    atRest: [
        {
            what: "the volume",
            enabled: { path: "kmsEncrypted", absent: false, absentMeans: "SSE-S3 under S3-managed keys, not a KMS key" },
            key: "kmsKey",
        },
    ],
    inTransit: ISCSI_TLS,
    retention: {
        notOffered:
            "blocks live until the volume is deleted; its snapshots (scheduled in the gateway) are EBS snapshots kept until deleted",
    },
});

export const storagegatewayStoredIscsiVolume = entry<StoredIscsiVolumeArgs>()({
    types: ["aws:storagegateway/storedIscsiVolume:StoredIscsiVolume"],
    holds: "volume blocks kept on premises and backed up to AWS as snapshots",
    tagging: "store",
    names: ["targetName"],
    sources: [{ path: "snapshotId", types: SNAPSHOT_TYPES }],
    atRest: [
        {
            what: "the volume's copies in AWS",
            enabled: { path: "kmsEncrypted", absent: false, absentMeans: "SSE-S3 under S3-managed keys, not a KMS key" },
            key: "kmsKey",
        },
    ],
    inTransit: ISCSI_TLS,
    retention: {
        notOffered:
            "blocks live until the volume is deleted; its snapshots (scheduled in the gateway) are EBS snapshots kept until deleted",
    },
});

export const storagegatewayTapePool = entry<TapePoolArgs>()({
    types: ["aws:storagegateway/tapePool:TapePool"],
    holds: "archived virtual tapes written by a backup application",
    tagging: "store",
    names: ["poolName"],
    atRest: [
        {
            what: "archived tapes",
            customerKeyNotOffered: "a tape's KMS key is chosen when the backup application creates it, not on the pool",
        },
    ],
    inTransit: { notOffered: "tapes move between the gateway and AWS over TLS" },
    retention: [{ what: "archived tapes under retention lock", period: "retentionLockTimeInDays", unit: "days", absent: 0 }],
    notes: "Archived tapes (GLACIER or DEEP_ARCHIVE) are billed for at least 90 or 180 days; deleting them earlier is charged, not refused.",
});
