import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const LUSTRE = "aws:fsx/lustreFileSystem:LustreFileSystem";
const WINDOWS = "aws:fsx/windowsFileSystem:WindowsFileSystem";
const ONTAP = "aws:fsx/ontapFileSystem:OntapFileSystem";
const ONTAP_VOLUME = "aws:fsx/ontapVolume:OntapVolume";
const OPENZFS = "aws:fsx/openZfsFileSystem:OpenZfsFileSystem";
const OPENZFS_VOLUME = "aws:fsx/openZfsVolume:OpenZfsVolume";
const SG = { securityGroupIds: ["sg-fs"] };
const deps = (extra: Record<string, string[]> = {}) => ({ kmsKeyId: ["data-key"], securityGroupIds: ["fs-sg"], ...extra });

/**
 * PII Lustre, Windows and OpenZFS file systems (backups kept at most a day, no final backup) and a confidential ONTAP
 * file system with a volume.
 */
const fsx = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:ec2/securityGroup:SecurityGroup",
            name: "fs-sg",
            props: { name: "fs-sg", ingress: [{ protocol: "tcp", fromPort: 988, toPort: 988, cidrBlocks: ["10.0.0.0/16"] }] },
        },
        {
            type: LUSTRE,
            name: "scratchpad",
            props: {
                deploymentType: "PERSISTENT_2",
                storageCapacity: 1200,
                subnetIds: ["subnet-1"],
                kmsKeyId: KEY_ARN,
                automaticBackupRetentionDays: 1,
                ...SG,
                tags: PII_TAGS,
            },
            propertyDependencies: deps(),
        },
        {
            type: WINDOWS,
            name: "shares",
            props: {
                subnetIds: ["subnet-1"],
                throughputCapacity: 32,
                kmsKeyId: KEY_ARN,
                automaticBackupRetentionDays: 0,
                skipFinalBackup: true,
                ...SG,
                tags: PII_TAGS,
            },
            propertyDependencies: deps(),
        },
        {
            type: ONTAP,
            name: "netapp",
            props: {
                deploymentType: "SINGLE_AZ_1",
                storageCapacity: 1024,
                subnetIds: ["subnet-1"],
                preferredSubnetId: "subnet-1",
                kmsKeyId: KEY_ARN,
                ...SG,
                tags: CONFIDENTIAL_TAGS,
            },
            propertyDependencies: deps(),
        },
        {
            type: ONTAP_VOLUME,
            name: "netapp-vol",
            props: { name: "vol1", storageVirtualMachineId: "svm-1", sizeInMegabytes: 1024, tags: CONFIDENTIAL_TAGS },
        },
        {
            type: OPENZFS,
            name: "zfs",
            props: {
                deploymentType: "SINGLE_AZ_1",
                throughputCapacity: 64,
                subnetIds: ["subnet-1"],
                kmsKeyId: KEY_ARN,
                automaticBackupRetentionDays: 0,
                skipFinalBackup: true,
                ...SG,
                tags: PII_TAGS,
            },
            propertyDependencies: deps(),
        },
        {
            type: OPENZFS_VOLUME,
            name: "zfs-vol",
            props: { name: "vol1", parentVolumeId: "fsvol-root", tags: PII_TAGS },
            propertyDependencies: { parentVolumeId: ["zfs"] },
        },
    ]);

const pii = (name: string) =>
    props(name, (p) => {
        p.tags = PII_TAGS;
    });

describe("catalogue: FSx", () => {
    describeEntry(
        "file systems",
        fsx,
        [
            {
                title: "a persistent Lustre file system under the AWS-managed key",
                change: props("scratchpad", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [LUSTRE, "scratchpad"],
                message: /has no kmsKeyId, so the file system is encrypted under the AWS-managed aws\/fsx key/,
            },
            {
                title: "on the VPC's default security group",
                change: props("scratchpad", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [LUSTRE, "scratchpad"],
                message: /the file system names no securityGroupIds, so the VPC's default security group applies/,
            },
            {
                title: "Lustre backups kept a week",
                change: props("scratchpad", (p) => {
                    p.automaticBackupRetentionDays = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LUSTRE, "scratchpad"],
                message: /keeps automatic backups 7 days, more than the 3-day retention/,
            },
            {
                title: "a Lustre final backup",
                change: props("scratchpad", (p) => {
                    p.skipFinalBackup = false;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LUSTRE, "scratchpad"],
                message: /keeps a final backup, a copy that never expires \(skipFinalBackup is false\)/,
            },
            {
                title: "Lustre files exported to a bucket outside the stack",
                change: props("scratchpad", (p) => {
                    p.importPath = "s3://labels-abc/in";
                    p.exportPath = "s3://elsewhere-bucket/out";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LUSTRE, "scratchpad"],
                message: /exports files to s3:\/\/elsewhere-bucket\/out, which is not a resource of this stack/,
            },
            {
                title: "a Windows final backup (taken unless skipped)",
                change: props("shares", (p) => {
                    delete p.skipFinalBackup;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [WINDOWS, "shares"],
                message: /keeps a final backup, a copy that never expires \(skipFinalBackup is not set: a final backup is taken\)/,
            },
            {
                title: "Windows backups at the provider's default of 7 days",
                change: props("shares", (p) => {
                    delete p.automaticBackupRetentionDays;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [WINDOWS, "shares"],
                message: /keeps automatic backups 7 days \(AWS's default, automaticBackupRetentionDays is not set\)/,
            },
            {
                title: "Windows audit logs sent to another account",
                change: props("shares", (p) => {
                    p.auditLogConfiguration = {
                        fileAccessAuditLogLevel: "SUCCESS_AND_FAILURE",
                        auditLogDestination: `arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:log-group:/aws/fsx/audit`,
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [WINDOWS, "shares"],
                message: /writes its file access audit logs .* in account 999988887777, outside this stack/,
            },
            {
                title: "ONTAP backups at AWS's default of 30 days on a PII file system",
                change: pii("netapp"),
                policy: datastoreRetentionLimitCopies,
                at: [ONTAP, "netapp"],
                message: /keeps automatic backups 30 days \(AWS's default/,
            },
            {
                title: "an OpenZFS final backup (taken unless skipped)",
                change: props("zfs", (p) => {
                    delete p.skipFinalBackup;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [OPENZFS, "zfs"],
                message: /keeps a final backup/,
            },
            {
                title: "OpenZFS backups at AWS's default of 30 days",
                change: props("zfs", (p) => {
                    delete p.automaticBackupRetentionDays;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [OPENZFS, "zfs"],
                message: /keeps automatic backups 30 days/,
            },
            {
                title: "unclassified",
                change: props("zfs", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [OPENZFS, "zfs"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a file cache under the AWS-managed key",
                change: add({
                    type: "aws:fsx/fileCache:FileCache",
                    name: "cache",
                    props: {
                        fileCacheType: "LUSTRE",
                        fileCacheTypeVersion: "2.12",
                        storageCapacity: 1200,
                        subnetIds: ["subnet-1"],
                        ...SG,
                        tags: CONFIDENTIAL_TAGS,
                    },
                    propertyDependencies: { securityGroupIds: ["fs-sg"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:fsx/fileCache:FileCache", "cache"],
                message: /the cache: has no kmsKeyId/,
            },
        ],
        [
            {
                title: "a scratch Lustre file system (no customer-managed key offered)",
                change: props("scratchpad", (p) => {
                    p.deploymentType = "SCRATCH_2";
                    delete p.kmsKeyId;
                    delete p.automaticBackupRetentionDays;
                }),
            },
            {
                title: "Lustre imports from and exports to a PII bucket of the stack",
                change: props("scratchpad", (p) => {
                    p.importPath = "s3://labels-abc/in";
                    p.exportPath = "s3://labels-abc/out";
                }),
            },
            {
                title: "ONTAP backups and final backups on a confidential file system",
                change: props("netapp", (p) => {
                    p.automaticBackupRetentionDays = 30;
                }),
            },
        ],
    );

    describeEntry(
        "volumes, backups and snapshots",
        fsx,
        [
            {
                title: "ONTAP's default snapshot policy on a PII volume",
                change: pii("netapp-vol"),
                policy: datastoreRetentionLimitCopies,
                at: [ONTAP_VOLUME, "netapp-vol"],
                message: /keeps ONTAP snapshots for up to two weeks \(snapshotPolicy is not set: the "default" policy\)/,
            },
            {
                title: "a final backup of a PII ONTAP volume",
                change: props("netapp-vol", (p) => {
                    p.tags = PII_TAGS;
                    p.snapshotPolicy = "none";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ONTAP_VOLUME, "netapp-vol"],
                message: /keeps a final backup, a copy that never expires \(skipFinalBackup is not set: a final backup is taken\)/,
            },
            {
                title: "SnapLock retention on a PII ONTAP volume",
                change: props("netapp-vol", (p) => {
                    p.tags = PII_TAGS;
                    p.snapshotPolicy = "none";
                    p.skipFinalBackup = true;
                    p.snaplockConfiguration = { snaplockType: "COMPLIANCE", retentionPeriod: { defaultRetention: { type: "INFINITE" } } };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ONTAP_VOLUME, "netapp-vol"],
                message: /SnapLock \(COMPLIANCE\) keeps files write-once until their retention ends/,
            },
            {
                title: "a snapshot of a PII OpenZFS volume",
                change: add({
                    type: "aws:fsx/openZfsSnapshot:OpenZfsSnapshot",
                    name: "zfs-snap",
                    props: { name: "snap", volumeId: "fsvol-1" },
                    propertyDependencies: { volumeId: ["zfs-vol"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:fsx/openZfsSnapshot:OpenZfsSnapshot", "zfs-snap"],
                message: /is a manual snapshot, a copy of personal data \(a copy of zfs-vol \(pii\)\)/,
            },
            {
                title: "a backup of a PII file system",
                change: add({
                    type: "aws:fsx/backup:Backup",
                    name: "shares-backup",
                    props: { fileSystemId: "fs-1" },
                    propertyDependencies: { fileSystemId: ["shares"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:fsx/backup:Backup", "shares-backup"],
                message: /is a user-initiated backup \(it outlives the file system\), a copy of personal data/,
            },
            {
                title: "a data repository association exporting to a bucket outside the stack",
                change: add({
                    type: "aws:fsx/dataRepositoryAssociation:DataRepositoryAssociation",
                    name: "dra",
                    props: { fileSystemId: "fs-1", fileSystemPath: "/ns1", dataRepositoryPath: "s3://elsewhere-bucket/ns1" },
                    propertyDependencies: { fileSystemId: ["scratchpad"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:fsx/dataRepositoryAssociation:DataRepositoryAssociation", "dra"],
                message: /exports files to s3:\/\/elsewhere-bucket\/ns1, which is not a resource of this stack/,
            },
            {
                title: "an S3 access point open to everyone",
                change: add({
                    type: "aws:fsx/s3AccessPointAttachment:S3AccessPointAttachment",
                    name: "zfs-ap",
                    props: {
                        type: "OpenZFS",
                        openzfsConfiguration: {
                            volumeId: "fsvol-1",
                            fileSystemIdentity: { type: "POSIX", posixUser: { uid: 1000, gid: 1000 } },
                        },
                        s3AccessPoint: {
                            policy: JSON.stringify({
                                Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }],
                            }),
                        },
                    },
                    propertyDependencies: { openzfsConfiguration: ["zfs-vol"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: [OPENZFS_VOLUME, "zfs-vol"],
                message: /its access point policy: a statement allows Principal "\*"/,
            },
            {
                title: "a storage virtual machine of a file system outside the stack must carry its classification",
                change: add({
                    type: "aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine",
                    name: "svm",
                    props: { name: "svm", fileSystemId: "fs-elsewhere" },
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine", "svm"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "a storage virtual machine of a confidential file system of the stack",
                change: add({
                    type: "aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine",
                    name: "svm",
                    props: { name: "svm", fileSystemId: "fs-1" },
                    propertyDependencies: { fileSystemId: ["netapp"] },
                }),
            },
            {
                title: "no snapshots on a PII ONTAP volume, final backup skipped",
                change: props("netapp-vol", (p) => {
                    p.tags = PII_TAGS;
                    p.snapshotPolicy = "none";
                    p.skipFinalBackup = true;
                }),
            },
            {
                title: "a data repository association with a PII bucket of the stack",
                change: add({
                    type: "aws:fsx/dataRepositoryAssociation:DataRepositoryAssociation",
                    name: "dra",
                    props: { fileSystemId: "fs-1", fileSystemPath: "/ns1", dataRepositoryPath: "s3://labels-abc/ns1" },
                    propertyDependencies: { fileSystemId: ["scratchpad"] },
                }),
            },
        ],
    );
});
