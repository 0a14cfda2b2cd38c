/** EFS: file systems, their policies, mount targets, backups and replicas. */
import type { BackupPolicyArgs } from "@pulumi/aws/efs/backupPolicy";
import type { FileSystemArgs } from "@pulumi/aws/efs/fileSystem";
import type { FileSystemPolicyArgs } from "@pulumi/aws/efs/fileSystemPolicy";
import type { MountTargetArgs } from "@pulumi/aws/efs/mountTarget";
import type { ReplicationConfigurationArgs } from "@pulumi/aws/efs/replicationConfiguration";
import { secureTransportProblem } from "../../lib/secure-transport";
import { sidesOf } from "../../lib/stores";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const FILE_SYSTEM_TYPES = ["aws:efs/fileSystem:FileSystem"];
const POLICY_TYPE = "aws:efs/fileSystemPolicy:FileSystemPolicy";

/** EFS encrypts in transit only when the client mounts with TLS; the file system policy makes it a must. */
function checkTlsRequired({ index, store, report }: StoreContext): void {
    const policies = sidesOf(index, store).filter((side) => side.res.type === POLICY_TYPE).map((side) => side.res.props.policy);
    const problem = secureTransportProblem(policies, "file system policy");
    if (problem) report(problem);
}

const SIDE = { notOffered: "a setting of its file system" };

export const efsFileSystem = entry<FileSystemArgs>()({
    types: ["aws:efs/fileSystem:FileSystem"],
    holds: "files",
    tagging: "store",
    names: ["creationToken"],
    atRest: [{ what: "the file system", enabled: { path: "encrypted", absent: false, absentMeans: "unencrypted" }, key: "kmsKeyId", keyAbsentMeans: "the AWS-managed aws/elasticfilesystem key" }],
    inTransit: [{ custom: checkTlsRequired, summary: "a FileSystemPolicy denies aws:SecureTransport false" }],
    retention: { notOffered: "EFS never expires files (lifecycle policies only move them to cheaper storage): the application deletes them; automatic backups are judged on BackupPolicy" },
});

export const efsFileSystemPolicy = entry<FileSystemPolicyArgs>()({
    types: [POLICY_TYPE],
    holds: "access to a file system",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "fileSystemId", types: FILE_SYSTEM_TYPES }],
    atRest: SIDE,
    inTransit: SIDE,
    exposure: [{ what: "its file system policy", policyDocument: "policy" }],
    retention: SIDE,
});

export const efsMountTarget = entry<MountTargetArgs>()({
    types: ["aws:efs/mountTarget:MountTarget"],
    holds: "a network endpoint of a file system",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "fileSystemId", types: FILE_SYSTEM_TYPES }],
    atRest: SIDE,
    inTransit: SIDE,
    exposure: [{ what: "its mount target", securityGroups: "securityGroups" }],
    retention: SIDE,
});

export const efsBackupPolicy = entry<BackupPolicyArgs>()({
    types: ["aws:efs/backupPolicy:BackupPolicy"],
    holds: "automatic daily backups of a file system",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "fileSystemId", types: FILE_SYSTEM_TYPES }],
    atRest: { notOffered: "automatic backups go to the aws/efs/automatic-backup-vault under its key" },
    inTransit: SIDE,
    retention: [{ what: "automatic backups (35 days in the automatic backup vault)", awsKeepsDays: 35, when: { path: "backupPolicy.status", on: ["ENABLED", "ENABLING"] } }],
});

export const efsReplicationConfiguration = entry<ReplicationConfigurationArgs>()({
    types: ["aws:efs/replicationConfiguration:ReplicationConfiguration"],
    holds: "a continuous replica of a file system",
    tagging: "copy",
    sources: [{ path: "sourceFileSystemId", types: FILE_SYSTEM_TYPES }],
    atRest: [{ what: "the replica", key: "destination.kmsKeyId", keyAbsentMeans: "the AWS-managed aws/elasticfilesystem key of the destination region" }],
    inTransit: { notOffered: "replicated by EFS inside AWS" },
    retention: { notOffered: "the replica lives until deleted, outside any expiry: the source's application deletes files on both" },
    destinations: [
        { what: "replicates the file system to", region: "destination.region" },
        { what: "replicates the file system into", store: true, path: "destination.fileSystemId", types: FILE_SYSTEM_TYPES },
    ],
});
