/**
 * DataSync: tasks copy everything from a source location to a destination location. Locations
 * on AWS stores (S3, EFS, FSx) read from or write to those stores; locations outside AWS (object
 * storage, Azure Blob, HDFS, NFS, SMB) take data out of AWS when a task writes to them. Agents
 * move data for tasks and store nothing.
 */
import type { EfsLocationArgs } from "@pulumi/aws/datasync/efsLocation";
import type { FsxOpenZfsFileSystemArgs } from "@pulumi/aws/datasync/fsxOpenZfsFileSystem";
import type { LocationAzureBlobArgs } from "@pulumi/aws/datasync/locationAzureBlob";
import type { LocationFsxLustreArgs } from "@pulumi/aws/datasync/locationFsxLustre";
import type { LocationFsxOntapFileSystemArgs } from "@pulumi/aws/datasync/locationFsxOntapFileSystem";
import type { LocationFsxWindowsArgs } from "@pulumi/aws/datasync/locationFsxWindows";
import type { LocationHdfsArgs } from "@pulumi/aws/datasync/locationHdfs";
import type { LocationObjectStorageArgs } from "@pulumi/aws/datasync/locationObjectStorage";
import type { LocationSmbArgs } from "@pulumi/aws/datasync/locationSmb";
import type { NfsLocationArgs } from "@pulumi/aws/datasync/nfsLocation";
import type { S3LocationArgs } from "@pulumi/aws/datasync/s3location";
import type { TaskArgs } from "@pulumi/aws/datasync/task";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { FILE_SYSTEM_TYPES } from "./efs";
import { BUCKET_TYPES } from "./s3";

const AWS_LOCATION_TYPES = [
    "aws:datasync/s3Location:S3Location",
    "aws:datasync/efsLocation:EfsLocation",
    "aws:datasync/fsxOpenZfsFileSystem:FsxOpenZfsFileSystem",
    "aws:datasync/locationFsxLustre:LocationFsxLustre",
    "aws:datasync/locationFsxOntapFileSystem:LocationFsxOntapFileSystem",
    "aws:datasync/locationFsxWindows:LocationFsxWindows",
];
const OUTSIDE_LOCATION_TYPES = [
    "aws:datasync/locationAzureBlob:LocationAzureBlob",
    "aws:datasync/locationHdfs:LocationHdfs",
    "aws:datasync/locationObjectStorage:LocationObjectStorage",
    "aws:datasync/locationSmb:LocationSmb",
    "aws:datasync/nfsLocation:NfsLocation",
];
export const LOCATION_TYPES = [...AWS_LOCATION_TYPES, ...OUTSIDE_LOCATION_TYPES];

const LOCATION_STORES_NOTHING = { notOffered: "a location stores nothing; it names where tasks read and write" };
const READS_OR_WRITES = "reads from or writes to";

/** A location outside AWS that a task of the stack writes personal data into. */
function checkOutsideDestination(hostPaths: readonly string[]) {
    return ({ store, report }: StoreContext): void => {
        if (!store.isPii || store.inflows.length === 0) return;
        const host = hostPaths
            .map((path) => path.split(".").reduce<unknown>((value, key) => asList(value)[0]?.[key], store.res.props))
            .find((v) => v !== undefined);
        const where = isUnknown(host) ? "an address not known during preview" : host === undefined ? "its server" : JSON.stringify(host);
        report(
            `receives personal data from ${store.inflows.map((task) => task.res.name).join(", ")} (${store.classifiedBy}) and writes it to ${where}, outside AWS: personal data may go only to the shipping provider's account`,
        );
    };
}

const outsideLocation = (hostPaths: readonly string[]) => [
    {
        custom: checkOutsideDestination(hostPaths),
        summary: `a task writing personal data here sends it outside AWS (${hostPaths.join(", ")})`,
    },
];

export const datasyncS3Location = entry<S3LocationArgs>()({
    types: ["aws:datasync/s3Location:S3Location"],
    holds: "a bucket (or prefix) tasks read from or write to",
    tagging: "carrier",
    sources: [{ path: "s3BucketArn", types: BUCKET_TYPES }],
    atRest: LOCATION_STORES_NOTHING,
    inTransit: { notOffered: "DataSync reaches S3 over HTTPS" },
    retention: LOCATION_STORES_NOTHING,
    destinations: [{ what: READS_OR_WRITES, store: true, path: "s3BucketArn", types: BUCKET_TYPES }],
    notes: "Archive storage classes (s3StorageClass GLACIER, DEEP_ARCHIVE) bill minimum durations but do not prevent the bucket's lifecycle from deleting objects.",
});

export const datasyncEfsLocation = entry<EfsLocationArgs>()({
    types: ["aws:datasync/efsLocation:EfsLocation"],
    holds: "an EFS file system tasks read from or write to",
    tagging: "carrier",
    sources: [{ path: "efsFileSystemArn", types: FILE_SYSTEM_TYPES }],
    atRest: LOCATION_STORES_NOTHING,
    inTransit: [
        {
            what: "transfers to and from the file system",
            setting: { path: "inTransitEncryption", on: ["TLS1_2"], absent: false, absentMeans: "NONE: NFS without TLS" },
        },
    ],
    retention: LOCATION_STORES_NOTHING,
    destinations: [{ what: READS_OR_WRITES, store: true, path: "efsFileSystemArn", types: FILE_SYSTEM_TYPES }],
});

const fsxLocation = {
    holds: "an FSx file system tasks read from or write to",
    tagging: "carrier",
    atRest: LOCATION_STORES_NOTHING,
    retention: LOCATION_STORES_NOTHING,
} as const;

export const datasyncFsxOpenZfsFileSystem = entry<FsxOpenZfsFileSystemArgs>()({
    ...fsxLocation,
    types: ["aws:datasync/fsxOpenZfsFileSystem:FsxOpenZfsFileSystem"],
    sources: [{ path: "fsxFilesystemArn", types: ["aws:fsx/openZfsFileSystem:OpenZfsFileSystem"] }],
    inTransit: { notOffered: "DataSync reaches FSx for OpenZFS over NFS, which it does not encrypt; the traffic stays in the VPC" },
    destinations: [
        { what: READS_OR_WRITES, store: true, path: "fsxFilesystemArn", types: ["aws:fsx/openZfsFileSystem:OpenZfsFileSystem"] },
    ],
});

export const datasyncLocationFsxLustre = entry<LocationFsxLustreArgs>()({
    ...fsxLocation,
    types: ["aws:datasync/locationFsxLustre:LocationFsxLustre"],
    sources: [{ path: "fsxFilesystemArn", types: ["aws:fsx/lustreFileSystem:LustreFileSystem"] }],
    inTransit: { notOffered: "the Lustre protocol has no TLS setting; the traffic stays in the VPC" },
    destinations: [{ what: READS_OR_WRITES, store: true, path: "fsxFilesystemArn", types: ["aws:fsx/lustreFileSystem:LustreFileSystem"] }],
});

export const datasyncLocationFsxOntapFileSystem = entry<LocationFsxOntapFileSystemArgs>()({
    ...fsxLocation,
    types: ["aws:datasync/locationFsxOntapFileSystem:LocationFsxOntapFileSystem"],
    sources: [{ path: "storageVirtualMachineArn", types: ["aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine"] }],
    inTransit: {
        notOffered: "NFS has no TLS setting here; SMB encryption is enforced by the storage virtual machine; the traffic stays in the VPC",
    },
    destinations: [
        {
            what: READS_OR_WRITES,
            store: true,
            path: "storageVirtualMachineArn",
            types: ["aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine"],
        },
    ],
});

export const datasyncLocationFsxWindows = entry<LocationFsxWindowsArgs>()({
    ...fsxLocation,
    types: ["aws:datasync/locationFsxWindows:LocationFsxWindows"],
    sources: [{ path: "fsxFilesystemArn", types: ["aws:fsx/windowsFileSystem:WindowsFileSystem"] }],
    inTransit: { notOffered: "SMB encryption is enforced by the file system's own settings; the traffic stays in the VPC" },
    destinations: [
        { what: READS_OR_WRITES, store: true, path: "fsxFilesystemArn", types: ["aws:fsx/windowsFileSystem:WindowsFileSystem"] },
    ],
});

export const datasyncLocationAzureBlob = entry<LocationAzureBlobArgs>()({
    types: ["aws:datasync/locationAzureBlob:LocationAzureBlob"],
    holds: "a Microsoft Azure Blob container (outside AWS) tasks read from or write to",
    tagging: "carrier",
    atRest: LOCATION_STORES_NOTHING,
    inTransit: { notOffered: "Azure Blob Storage is reached over HTTPS" },
    retention: LOCATION_STORES_NOTHING,
    destinations: outsideLocation(["containerUrl"]),
});

export const datasyncLocationHdfs = entry<LocationHdfsArgs>()({
    types: ["aws:datasync/locationHdfs:LocationHdfs"],
    holds: "a Hadoop cluster (outside AWS) tasks read from or write to",
    tagging: "carrier",
    atRest: LOCATION_STORES_NOTHING,
    inTransit: [
        { what: "HDFS data transfers", setting: { path: "qopConfiguration.dataTransferProtection", on: ["PRIVACY"], absent: true } },
        { what: "HDFS RPC", setting: { path: "qopConfiguration.rpcProtection", on: ["PRIVACY"], absent: true } },
    ],
    retention: LOCATION_STORES_NOTHING,
    destinations: outsideLocation(["nameNodes.hostname"]),
});

export const datasyncLocationObjectStorage = entry<LocationObjectStorageArgs>()({
    types: ["aws:datasync/locationObjectStorage:LocationObjectStorage"],
    holds: "an object store (outside AWS) tasks read from or write to",
    tagging: "carrier",
    atRest: LOCATION_STORES_NOTHING,
    inTransit: [{ what: "transfers to and from the object store", setting: { path: "serverProtocol", on: ["HTTPS"], absent: true } }],
    retention: LOCATION_STORES_NOTHING,
    destinations: outsideLocation(["serverHostname"]),
});

export const datasyncLocationSmb = entry<LocationSmbArgs>()({
    types: ["aws:datasync/locationSmb:LocationSmb"],
    holds: "an SMB file server (outside AWS) tasks read from or write to",
    tagging: "carrier",
    atRest: LOCATION_STORES_NOTHING,
    inTransit: [
        {
            what: "transfers to and from the SMB server",
            setting: {
                path: "mountOptions.version",
                on: ["SMB3"],
                absent: false,
                absentMeans: "AUTOMATIC: negotiated, possibly SMB 2 without encryption",
            },
        },
    ],
    retention: LOCATION_STORES_NOTHING,
    destinations: outsideLocation(["serverHostname"]),
});

export const datasyncNfsLocation = entry<NfsLocationArgs>()({
    types: ["aws:datasync/nfsLocation:NfsLocation"],
    holds: "an NFS server (outside AWS) tasks read from or write to",
    tagging: "carrier",
    atRest: LOCATION_STORES_NOTHING,
    inTransit: {
        notOffered: "NFS between the agent and the server is not encrypted and has no setting; the agent reaches DataSync over TLS",
    },
    retention: LOCATION_STORES_NOTHING,
    destinations: outsideLocation(["serverHostname"]),
});

export const datasyncTask = entry<TaskArgs>()({
    types: ["aws:datasync/task:Task"],
    holds: "a copy of everything in its source location, written to its destination location",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "sourceLocationArn", types: LOCATION_TYPES }],
    atRest: { notOffered: "a task stores nothing; the destination location's store holds the copy" },
    inTransit: { notOffered: "judged on its locations" },
    retention: [
        {
            what: "files deleted at the source in the destination",
            keepsForever: { path: "options.preserveDeletedFiles", on: ["PRESERVE"], absent: true, absentMeans: "PRESERVE" },
        },
    ],
    destinations: [
        { what: "copies data to", store: true, path: "destinationLocationArn", types: LOCATION_TYPES },
        { what: "logs transferred files to", store: true, path: "cloudwatchLogGroupArn", types: LOG_GROUP_TYPES },
        { what: "writes task reports to", store: true, path: "taskReportConfig.s3Destination.s3BucketArn", types: BUCKET_TYPES },
    ],
    notes: "With preserveDeletedFiles PRESERVE (the default), erasing a file at the source never erases its copy; REMOVE mirrors deletions.",
});
