import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const S3_LOCATION = "aws:datasync/s3Location:S3Location";
const EFS_LOCATION = "aws:datasync/efsLocation:EfsLocation";
const NFS = "aws:datasync/nfsLocation:NfsLocation";
const OBJECT_STORAGE = "aws:datasync/locationObjectStorage:LocationObjectStorage";
const SMB = "aws:datasync/locationSmb:LocationSmb";
const HDFS = "aws:datasync/locationHdfs:LocationHdfs";
const AZURE = "aws:datasync/locationAzureBlob:LocationAzureBlob";
const FSX_WINDOWS = "aws:datasync/locationFsxWindows:LocationFsxWindows";
const TASK = "aws:datasync/task:Task";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const AGENTS = ["arn:aws:datasync:eu-west-1:111122223333:agent/agent-1"];
const LOC_ARN = (id: string) => `arn:aws:datasync:eu-west-1:111122223333:location/${id}`;

const datasync = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: S3_LOCATION,
            name: "labels-location",
            props: {
                s3BucketArn: "arn:aws:s3:::labels-abc",
                subdirectory: "/",
                s3Config: { bucketAccessRoleArn: "arn:aws:iam::111122223333:role/datasync" },
            },
        },
        {
            type: S3_LOCATION,
            name: "legacy-location",
            props: {
                s3BucketArn: "arn:aws:s3:::legacy-abc",
                subdirectory: "/",
                s3Config: { bucketAccessRoleArn: "arn:aws:iam::111122223333:role/datasync" },
            },
        },
        { type: LOG_GROUP, name: "sync-logs", props: { name: "datasync-labels", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: TASK,
            name: "labels-to-legacy",
            props: {
                name: "labels-to-legacy",
                sourceLocationArn: LOC_ARN("loc-1"),
                destinationLocationArn: LOC_ARN("loc-2"),
                cloudwatchLogGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:datasync-labels:*",
                options: { preserveDeletedFiles: "REMOVE", logLevel: "BASIC" },
            },
            propertyDependencies: {
                sourceLocationArn: ["labels-location"],
                destinationLocationArn: ["legacy-location"],
                cloudwatchLogGroupArn: ["sync-logs"],
            },
        },
    ]);

const taskTo = (name: string, location: string): ResourceSpec => ({
    type: TASK,
    name,
    props: { sourceLocationArn: LOC_ARN("loc-1"), destinationLocationArn: LOC_ARN("loc-9"), options: { preserveDeletedFiles: "REMOVE" } },
    propertyDependencies: { sourceLocationArn: ["labels-location"], destinationLocationArn: [location] },
});

describe("catalogue: DataSync", () => {
    describeEntry(
        "aws:datasync/task:Task",
        datasync,
        [
            {
                title: "deletions at the source never reach the copy (PRESERVE by default)",
                change: props("labels-to-legacy", (p) => {
                    delete p.options.preserveDeletedFiles;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TASK, "labels-to-legacy"],
                message:
                    /keeps files deleted at the source in the destination, a copy that never expires \(options.preserveDeletedFiles is not set: PRESERVE\)/,
            },
            {
                title: "transfer logs kept 30 days",
                change: props("sync-logs", (p) => {
                    p.retentionInDays = 30;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [LOG_GROUP, "sync-logs"],
                message: /keeps its logs 30 days/,
            },
            {
                title: "a copy of personal data into a confidential bucket",
                change: (stack) => {
                    add(
                        {
                            type: S3_LOCATION,
                            name: "logs-location",
                            props: {
                                s3BucketArn: "arn:aws:s3:::logs-abc",
                                subdirectory: "/",
                                s3Config: { bucketAccessRoleArn: "arn:aws:iam::111122223333:role/datasync" },
                            },
                        },
                        taskTo("labels-to-logs", "logs-location"),
                    )(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data/,
            },
            {
                title: "a copy of personal data into another account's bucket",
                change: (stack) => {
                    add(
                        {
                            type: S3_LOCATION,
                            name: "partner-location",
                            props: {
                                s3BucketArn: "arn:aws:s3:::partner-bucket",
                                subdirectory: "/",
                                s3Config: { bucketAccessRoleArn: "arn:aws:iam::111122223333:role/datasync" },
                            },
                        },
                        taskTo("labels-to-partner", "partner-location"),
                    )(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [S3_LOCATION, "partner-location"],
                message: /reads from or writes to arn:aws:s3:::partner-bucket, which is not a resource of this stack/,
            },
            {
                title: "a copy into an EFS file system of another account",
                change: (stack) => {
                    add(
                        {
                            type: EFS_LOCATION,
                            name: "efs-location",
                            props: {
                                efsFileSystemArn: `arn:aws:elasticfilesystem:eu-west-1:${OUTSIDE_ACCOUNT}:file-system/fs-9`,
                                inTransitEncryption: "TLS1_2",
                                ec2Config: { securityGroupArns: [], subnetArn: "arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-1" },
                            },
                        },
                        taskTo("labels-to-efs", "efs-location"),
                    )(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [EFS_LOCATION, "efs-location"],
                message: /in account 999988887777, outside this stack/,
            },
            {
                title: "a copy of personal data to an NFS server outside AWS",
                change: add(
                    {
                        type: NFS,
                        name: "nfs-location",
                        props: { serverHostname: "nas.example.com", subdirectory: "/exports", onPremConfig: { agentArns: AGENTS } },
                    },
                    taskTo("labels-to-nas", "nfs-location"),
                ),
                policy: datastoreSharingRestrictDestinations,
                at: [NFS, "nfs-location"],
                message: /receives personal data from labels-to-nas .* and writes it to "nas.example.com", outside AWS/,
            },
            {
                title: "a copy of personal data to Azure Blob Storage",
                change: add(
                    {
                        type: AZURE,
                        name: "azure-location",
                        props: { containerUrl: "https://acct.blob.core.windows.net/labels", authenticationType: "SAS", agentArns: AGENTS },
                    },
                    taskTo("labels-to-azure", "azure-location"),
                ),
                policy: datastoreSharingRestrictDestinations,
                at: [AZURE, "azure-location"],
                message: /writes it to "https:\/\/acct.blob.core.windows.net\/labels", outside AWS/,
            },
        ],
        [
            {
                title: "an NFS server outside AWS as a source",
                change: add({
                    type: NFS,
                    name: "nfs-location",
                    props: {
                        serverHostname: "nas.example.com",
                        subdirectory: "/exports",
                        onPremConfig: { agentArns: AGENTS },
                        tags: {
                            "data-classification": "pii",
                            "pii-categories": "name",
                            "pii-purpose": "shipping-label",
                            "retention-days": "3",
                            owner: "x",
                        },
                    },
                }),
            },
        ],
    );

    describeEntry("aws:datasync/efsLocation:EfsLocation", datasync, [
        {
            title: "NFS to EFS without TLS (AWS default NONE)",
            change: add({
                type: EFS_LOCATION,
                name: "efs-location",
                props: { efsFileSystemArn: "fs-1", ec2Config: { securityGroupArns: [], subnetArn: "subnet-1" } },
            }),
            policy: datastoreTransitRequireTls,
            at: [EFS_LOCATION, "efs-location"],
            message: /transfers to and from the file system does not require TLS: inTransitEncryption is not set \(NONE: NFS without TLS\)/,
        },
    ]);

    describeEntry(
        "aws:datasync/locationObjectStorage:LocationObjectStorage",
        datasync,
        [
            {
                title: "plain HTTP to the object store",
                change: add({
                    type: OBJECT_STORAGE,
                    name: "minio",
                    props: { serverHostname: "minio.example.com", bucketName: "labels", serverProtocol: "HTTP", agentArns: AGENTS },
                }),
                policy: datastoreTransitRequireTls,
                at: [OBJECT_STORAGE, "minio"],
                message: /serverProtocol is "HTTP"/,
            },
        ],
        [
            {
                title: "HTTPS by default",
                change: add({
                    type: OBJECT_STORAGE,
                    name: "minio",
                    props: { serverHostname: "minio.example.com", bucketName: "labels", agentArns: AGENTS },
                }),
            },
        ],
    );

    describeEntry(
        "aws:datasync/locationSmb:LocationSmb",
        datasync,
        [
            {
                title: "SMB version negotiated (AUTOMATIC)",
                change: add({
                    type: SMB,
                    name: "smb",
                    props: { serverHostname: "files.example.com", subdirectory: "/share", user: "u", password: "p", agentArns: AGENTS },
                }),
                policy: datastoreTransitRequireTls,
                at: [SMB, "smb"],
                message: /mountOptions.version is not set \(AUTOMATIC/,
            },
        ],
        [
            {
                title: "SMB 3",
                change: add({
                    type: SMB,
                    name: "smb",
                    props: {
                        serverHostname: "files.example.com",
                        subdirectory: "/share",
                        user: "u",
                        password: "p",
                        agentArns: AGENTS,
                        mountOptions: { version: "SMB3" },
                    },
                }),
            },
        ],
    );

    describeEntry(
        "aws:datasync/locationHdfs:LocationHdfs",
        datasync,
        [
            {
                title: "HDFS data transfer protection disabled",
                change: add({
                    type: HDFS,
                    name: "hdfs",
                    props: {
                        nameNodes: [{ hostname: "nn.example.com", port: 8020 }],
                        agentArns: AGENTS,
                        authenticationType: "SIMPLE",
                        simpleUser: "u",
                        qopConfiguration: { dataTransferProtection: "DISABLED", rpcProtection: "PRIVACY" },
                    },
                }),
                policy: datastoreTransitRequireTls,
                at: [HDFS, "hdfs"],
                message: /HDFS data transfers does not require TLS: qopConfiguration.dataTransferProtection is "DISABLED"/,
            },
        ],
        [
            {
                title: "PRIVACY by default",
                change: add({
                    type: HDFS,
                    name: "hdfs",
                    props: {
                        nameNodes: [{ hostname: "nn.example.com", port: 8020 }],
                        agentArns: AGENTS,
                        authenticationType: "SIMPLE",
                        simpleUser: "u",
                    },
                }),
            },
        ],
    );

    describeEntry("aws:datasync/locationFsxWindows:LocationFsxWindows", datasync, [
        {
            title: "a Windows file system of another account",
            change: add({
                type: FSX_WINDOWS,
                name: "fsx-location",
                props: {
                    fsxFilesystemArn: `arn:aws:fsx:eu-west-1:${OUTSIDE_ACCOUNT}:file-system/fs-9`,
                    securityGroupArns: [],
                    user: "u",
                    password: "p",
                },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [FSX_WINDOWS, "fsx-location"],
            message:
                /reads from or writes to arn:aws:fsx:eu-west-1:999988887777:file-system\/fs-9, in account 999988887777, outside this stack/,
        },
    ]);
});
