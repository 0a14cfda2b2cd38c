/** EFS: file systems, their policies, mount targets, backups and replicas. */
import type { BackupPolicyArgs } from "@pulumi/aws/efs/backupPolicy";
import type { FileSystemArgs } from "@pulumi/aws/efs/fileSystem";
import type { FileSystemPolicyArgs } from "@pulumi/aws/efs/fileSystemPolicy";
import type { MountTargetArgs } from "@pulumi/aws/efs/mountTarget";
import type { ReplicationConfigurationArgs } from "@pulumi/aws/efs/replicationConfiguration";
import { ownAccounts } from "../../lib/accounts";
import { secureTransportProblem } from "../../lib/secure-transport";
import { regionOf, Res, StackIndex } from "../../lib/stack-index";
import { sidesOf, Store } from "../../lib/stores";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const FILE_SYSTEM_TYPES = ["aws:efs/fileSystem:FileSystem"];
const POLICY_TYPE = "aws:efs/fileSystemPolicy:FileSystemPolicy";

/**
 * The ARN a file system policy's TLS denial must cover: the file system's own (deployed) ARN, else
 * one built from the policy's file system id, the region and the stack's one account; else every ARN.
 */
function fileSystemTargets(index: StackIndex, store: Store, policy: Res, config: StoreContext["config"]): readonly string[] {
    if (isKnownString(store.res.props.arn)) return [store.res.props.arn];
    const id = policy.props.fileSystemId;
    const region = regionOf(index, store.res);
    const accounts = [...ownAccounts(index, config)];
    if (isKnownString(id) && region !== undefined && accounts.length === 1)
        return [`arn:aws:elasticfilesystem:${region}:${accounts[0]}:file-system/${id}`];
    return ["*"];
}

/** EFS encrypts in transit only when the client mounts with TLS; the file system policy makes it a must. */
function checkTlsRequired({ index, store, config, report }: StoreContext): void {
    const policies = sidesOf(index, store)
        .filter((side) => side.res.type === POLICY_TYPE)
        .map((side) => side.res);
    if (policies.length === 0) {
        report(secureTransportProblem([], "file system policy") as string);
        return;
    }
    const problems = policies.map((policy) =>
        secureTransportProblem(
            [policy.props.policy],
            "file system policy",
            "elasticfilesystem",
            fileSystemTargets(index, store, policy, config),
        ),
    );
    if (problems.every((problem) => problem !== undefined)) report(problems[0] as string);
}

function isKnownString(value: unknown): value is string {
    return typeof value === "string" && value !== "" && !isUnknown(value);
}

const SIDE = { notOffered: "a setting of its file system" };

export const efsFileSystem = entry<FileSystemArgs>()({
    types: ["aws:efs/fileSystem:FileSystem"],
    holds: "files",
    tagging: "store",
    names: ["creationToken"],
    atRest: [
        {
            what: "the file system",
            enabled: { path: "encrypted", absent: false, absentMeans: "unencrypted" },
            key: "kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/elasticfilesystem key",
        },
    ],
    inTransit: [{ custom: checkTlsRequired, summary: "a FileSystemPolicy denies aws:SecureTransport false" }],
    retention: {
        notOffered:
            "EFS never expires files (lifecycle policies only move them to cheaper storage): the application deletes them; automatic backups are judged on BackupPolicy",
    },
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
    retention: [
        {
            what: "automatic backups (35 days in the automatic backup vault)",
            awsKeepsDays: 35,
            when: { path: "backupPolicy.status", on: ["ENABLED", "ENABLING"] },
        },
    ],
});

export const efsReplicationConfiguration = entry<ReplicationConfigurationArgs>()({
    types: ["aws:efs/replicationConfiguration:ReplicationConfiguration"],
    holds: "a continuous replica of a file system",
    tagging: "copy",
    sources: [{ path: "sourceFileSystemId", types: FILE_SYSTEM_TYPES }],
    atRest: [
        {
            what: "the replica",
            key: "destination.kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/elasticfilesystem key of the destination region",
        },
    ],
    inTransit: { notOffered: "replicated by EFS inside AWS" },
    retention: { notOffered: "the replica lives until deleted, outside any expiry: the source's application deletes files on both" },
    destinations: [
        { what: "replicates the file system to", region: "destination.region" },
        { what: "replicates the file system into", store: true, path: "destination.fileSystemId", types: FILE_SYSTEM_TYPES },
    ],
});
