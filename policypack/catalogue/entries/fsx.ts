/** FSx: Lustre, Windows, ONTAP and OpenZFS file systems, their volumes, backups, snapshots, caches and S3 links. */
import type { BackupArgs } from "@pulumi/aws/fsx/backup";
import type { DataRepositoryAssociationArgs } from "@pulumi/aws/fsx/dataRepositoryAssociation";
import type { FileCacheArgs } from "@pulumi/aws/fsx/fileCache";
import type { LustreFileSystemArgs } from "@pulumi/aws/fsx/lustreFileSystem";
import type { OntapFileSystemArgs } from "@pulumi/aws/fsx/ontapFileSystem";
import type { OntapStorageVirtualMachineArgs } from "@pulumi/aws/fsx/ontapStorageVirtualMachine";
import type { OntapVolumeArgs } from "@pulumi/aws/fsx/ontapVolume";
import type { OpenZfsFileSystemArgs } from "@pulumi/aws/fsx/openZfsFileSystem";
import type { OpenZfsSnapshotArgs } from "@pulumi/aws/fsx/openZfsSnapshot";
import type { OpenZfsVolumeArgs } from "@pulumi/aws/fsx/openZfsVolume";
import type { S3AccessPointAttachmentArgs } from "@pulumi/aws/fsx/s3accessPointAttachment";
import type { WindowsFileSystemArgs } from "@pulumi/aws/fsx/windowsFileSystem";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

export const FSX_FILE_SYSTEM_TYPES = [
    "aws:fsx/lustreFileSystem:LustreFileSystem",
    "aws:fsx/windowsFileSystem:WindowsFileSystem",
    "aws:fsx/ontapFileSystem:OntapFileSystem",
    "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
];
const OPENZFS_VOLUME_TYPES = ["aws:fsx/openZfsVolume:OpenZfsVolume", "aws:fsx/openZfsFileSystem:OpenZfsFileSystem"];
const FSX_VOLUME_TYPES = ["aws:fsx/ontapVolume:OntapVolume", ...OPENZFS_VOLUME_TYPES];
const BACKUP_TYPES = ["aws:fsx/backup:Backup"];
const LOG_TYPES = ["aws:cloudwatch/logGroup:LogGroup", "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"];
/** The bucket of an `s3://bucket/prefix` path. */
const S3_PATH = /^s3:\/\/([^/]+)/;

const FSX_KEY = "the AWS-managed aws/fsx key";
const CLIENT_TLS =
    "FSx has no TLS setting: the clients' mount options decide (Lustre and NFS traffic is encrypted by AWS only between supported Nitro instances; SMB encryption and Kerberos are set inside the file server)";
const FS_KEY = { notOffered: "encrypted under its file system's key, judged on the file system" };
const INSIDE_AWS = { notOffered: "copied by FSx inside AWS" };

export const fsxLustreFileSystem = entry<LustreFileSystemArgs>()({
    types: ["aws:fsx/lustreFileSystem:LustreFileSystem"],
    holds: "files",
    tagging: "store",
    sources: [
        { path: "importPath", types: BUCKET_TYPES, pattern: S3_PATH },
        { path: "backupId", types: BACKUP_TYPES },
    ],
    atRest: [
        {
            what: "the file system",
            when: { path: "deploymentType", on: ["PERSISTENT_1", "PERSISTENT_2"] },
            key: "kmsKeyId",
            keyAbsentMeans: FSX_KEY,
        },
        {
            what: "a scratch file system",
            when: { path: "deploymentType", on: ["PERSISTENT_1", "PERSISTENT_2"], not: true },
            customerKeyNotOffered: "scratch file systems are encrypted under keys FSx manages",
        },
    ],
    inTransit: { notOffered: CLIENT_TLS },
    exposure: [{ what: "the file system", securityGroups: "securityGroupIds" }],
    retention: [
        { what: "automatic backups", period: "automaticBackupRetentionDays", unit: "days", absent: 0 },
        {
            what: "a final backup",
            keepsForever: { path: "skipFinalBackup", on: [false], absent: false, absentMeans: "skipped, the provider's default" },
        },
    ],
    destinations: [
        { what: "exports files to", store: true, path: "exportPath", types: BUCKET_TYPES, pattern: S3_PATH },
        { what: "writes its logs to", store: true, path: "logConfiguration.destination", types: LOG_TYPES },
    ],
    notes: "Only PERSISTENT deployments take a customer-managed key and back up; a final backup, when taken, never expires.",
});

export const fsxWindowsFileSystem = entry<WindowsFileSystemArgs>()({
    types: ["aws:fsx/windowsFileSystem:WindowsFileSystem"],
    holds: "files of SMB shares",
    tagging: "store",
    sources: [{ path: "backupId", types: BACKUP_TYPES }],
    atRest: [{ what: "the file system", key: "kmsKeyId", keyAbsentMeans: FSX_KEY }],
    inTransit: { notOffered: CLIENT_TLS },
    exposure: [{ what: "the file system", securityGroups: "securityGroupIds" }],
    retention: [
        { what: "automatic backups", period: "automaticBackupRetentionDays", unit: "days", absent: 7 },
        {
            what: "a final backup",
            keepsForever: { path: "skipFinalBackup", on: [false], absent: true, absentMeans: "a final backup is taken" },
        },
    ],
    destinations: [
        {
            what: "writes its file access audit logs (file and user names) to",
            store: true,
            path: "auditLogConfiguration.auditLogDestination",
            types: LOG_TYPES,
        },
    ],
});

export const fsxOntapFileSystem = entry<OntapFileSystemArgs>()({
    types: ["aws:fsx/ontapFileSystem:OntapFileSystem"],
    holds: "files and blocks of its volumes",
    tagging: "store",
    atRest: [{ what: "the file system", key: "kmsKeyId", keyAbsentMeans: FSX_KEY }],
    inTransit: { notOffered: CLIENT_TLS },
    exposure: [{ what: "the file system", securityGroups: "securityGroupIds" }],
    retention: [{ what: "automatic backups", period: "automaticBackupRetentionDays", unit: "days", absent: 30 }],
    notes: "Final backups and snapshots are per volume (OntapVolume); SnapMirror replication is configured inside ONTAP, outside the stack.",
});

export const fsxOntapStorageVirtualMachine = entry<OntapStorageVirtualMachineArgs>()({
    types: ["aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine"],
    holds: "the NFS, SMB and iSCSI endpoint of an ONTAP file system's volumes",
    tagging: "copy",
    judgedWithSource: true,
    names: ["name"],
    sources: [{ path: "fileSystemId", types: ["aws:fsx/ontapFileSystem:OntapFileSystem"] }],
    atRest: FS_KEY,
    inTransit: { notOffered: CLIENT_TLS },
    retention: { notOffered: "files live in its volumes, judged on OntapVolume" },
    notes: "Catalogued so that what writes into it (DataSync locations) reaches its file system's classification.",
});

const DAYS_PER: Record<string, number> = { SECONDS: 1 / 86400, MINUTES: 1 / 1440, HOURS: 1 / 24, DAYS: 1, MONTHS: 31, YEARS: 366 };

/** ONTAP's built-in snapshot policies keep snapshots for days; SnapLock keeps files write-once until their retention ends. */
function checkOntapCopies({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const { snapshotPolicy: policy, snaplockConfiguration } = store.res.props;
    if (isUnknown(policy)) report("snapshotPolicy is not known during preview");
    else if (policy === undefined || policy === "default" || policy === "default-1weekly")
        report(
            `keeps ONTAP snapshots for up to ${policy === "default-1weekly" ? "a week" : "two weeks"} (snapshotPolicy ${policy === undefined ? 'is not set: the "default" policy' : JSON.stringify(policy)}), more than the ${limit}-day retention of personal data: set snapshotPolicy to "none"`,
        );
    else if (typeof policy === "string" && policy !== "none")
        report(`snapshotPolicy ${JSON.stringify(policy)} is defined inside ONTAP, so how long its snapshots live cannot be verified`);
    const snaplock = asList(snaplockConfiguration)[0];
    if (isUnknown(snaplock)) report("snaplockConfiguration is not known during preview");
    if (!isObject(snaplock)) return;
    const retention = asList(asList(snaplock.retentionPeriod)[0]?.defaultRetention)[0];
    const type = isObject(retention) ? retention.type : undefined;
    const value = isObject(retention) ? Number(retention.value) : NaN;
    const days = typeof type === "string" && DAYS_PER[type] !== undefined ? value * DAYS_PER[type] : NaN;
    if (!(days <= limit))
        report(
            `SnapLock (${snaplock.snaplockType ?? "WORM"}) keeps files write-once until their retention ends, and the default retention (snaplockConfiguration.retentionPeriod.defaultRetention ${JSON.stringify(retention ?? null)}) is not within the ${limit}-day retention of personal data`,
        );
}

export const fsxOntapVolume = entry<OntapVolumeArgs>()({
    types: ["aws:fsx/ontapVolume:OntapVolume"],
    holds: "files or LUNs",
    tagging: "store",
    names: ["name"],
    atRest: FS_KEY,
    inTransit: { notOffered: CLIENT_TLS },
    retention: [
        {
            what: "a final backup",
            keepsForever: { path: "skipFinalBackup", on: [false], absent: true, absentMeans: "a final backup is taken" },
        },
        { custom: checkOntapCopies, summary: 'snapshotPolicy "none" and no SnapLock retention beyond the retention' },
    ],
    notes: 'Without snapshotPolicy the volume uses ONTAP\'s "default" policy (6 hourly, 2 daily and 2 weekly snapshots).',
});

export const fsxOpenZfsFileSystem = entry<OpenZfsFileSystemArgs>()({
    types: ["aws:fsx/openZfsFileSystem:OpenZfsFileSystem"],
    holds: "files of its root and child volumes",
    tagging: "store",
    sources: [{ path: "backupId", types: BACKUP_TYPES }],
    atRest: [{ what: "the file system", key: "kmsKeyId", keyAbsentMeans: FSX_KEY }],
    inTransit: { notOffered: CLIENT_TLS },
    exposure: [{ what: "the file system", securityGroups: "securityGroupIds" }],
    retention: [
        { what: "automatic backups", period: "automaticBackupRetentionDays", unit: "days", absent: 30 },
        {
            what: "a final backup",
            keepsForever: { path: "skipFinalBackup", on: [false], absent: true, absentMeans: "a final backup is taken" },
        },
    ],
    notes: 'NFS exports default to any client ("*") that its security groups admit.',
});

export const fsxOpenZfsVolume = entry<OpenZfsVolumeArgs>()({
    types: ["aws:fsx/openZfsVolume:OpenZfsVolume"],
    holds: "files",
    tagging: "store",
    names: ["name"],
    sources: [{ path: "originSnapshot.snapshotArn", types: ["aws:fsx/openZfsSnapshot:OpenZfsSnapshot"] }],
    atRest: FS_KEY,
    inTransit: { notOffered: CLIENT_TLS },
    retention: { notOffered: "a volume keeps files until the application deletes them; its snapshots and backups are judged on their own" },
});

export const fsxOpenZfsSnapshot = entry<OpenZfsSnapshotArgs>()({
    types: ["aws:fsx/openZfsSnapshot:OpenZfsSnapshot"],
    holds: "a point-in-time copy of a volume's files",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "volumeId", types: OPENZFS_VOLUME_TYPES }],
    atRest: FS_KEY,
    inTransit: INSIDE_AWS,
    retention: [{ what: "a manual snapshot", neverExpires: true }],
});

export const fsxBackup = entry<BackupArgs>()({
    types: ["aws:fsx/backup:Backup"],
    holds: "a full copy of a file system or volume",
    tagging: "copy",
    sources: [
        { path: "fileSystemId", types: FSX_FILE_SYSTEM_TYPES },
        { path: "volumeId", types: FSX_VOLUME_TYPES },
    ],
    atRest: FS_KEY,
    inTransit: INSIDE_AWS,
    retention: [{ what: "a user-initiated backup (it outlives the file system)", neverExpires: true }],
});

export const fsxDataRepositoryAssociation = entry<DataRepositoryAssociationArgs>()({
    types: ["aws:fsx/dataRepositoryAssociation:DataRepositoryAssociation"],
    holds: "a link that imports objects of a bucket into a Lustre file system and exports its files back",
    tagging: "copy",
    sources: [
        { path: "fileSystemId", types: ["aws:fsx/lustreFileSystem:LustreFileSystem"] },
        { path: "dataRepositoryPath", types: BUCKET_TYPES, pattern: S3_PATH },
    ],
    atRest: { notOffered: "files are encrypted by the file system, objects by the bucket, each judged there" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "the association stores nothing; exported objects live in the bucket, judged there" },
    destinations: [{ what: "exports files to", store: true, path: "dataRepositoryPath", types: BUCKET_TYPES, pattern: S3_PATH }],
});

export const fsxFileCache = entry<FileCacheArgs>()({
    types: ["aws:fsx/fileCache:FileCache"],
    holds: "cached copies of files of S3 buckets or NFS servers",
    tagging: "store",
    sources: [{ path: "dataRepositoryAssociations.dataRepositoryPath", types: BUCKET_TYPES, pattern: S3_PATH }],
    atRest: [{ what: "the cache", key: "kmsKeyId", keyAbsentMeans: FSX_KEY }],
    inTransit: { notOffered: CLIENT_TLS },
    exposure: [{ what: "the cache", securityGroups: "securityGroupIds" }],
    retention: { notOffered: "a cache keeps files until it evicts them or is deleted; the origin is judged on its own" },
    destinations: [
        {
            what: "writes changed files back to",
            store: true,
            path: "dataRepositoryAssociations.dataRepositoryPath",
            types: BUCKET_TYPES,
            pattern: S3_PATH,
        },
        { what: "writes its logs to", store: true, path: "lustreConfigurations.logConfigurations.destination", types: LOG_TYPES },
    ],
});

export const fsxS3AccessPointAttachment = entry<S3AccessPointAttachmentArgs>()({
    types: ["aws:fsx/s3AccessPointAttachment:S3AccessPointAttachment"],
    holds: "S3 API access to the files of an OpenZFS volume",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "openzfsConfiguration.volumeId", types: OPENZFS_VOLUME_TYPES }],
    atRest: FS_KEY,
    inTransit: {
        notOffered:
            "S3 access points take HTTPS; the access point policy may deny aws:SecureTransport false, which the pack does not require",
    },
    exposure: [{ what: "its access point policy", policyDocument: "s3AccessPoint.policy" }],
    retention: { notOffered: "an access point stores nothing" },
});
