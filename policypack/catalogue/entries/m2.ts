/** Mainframe Modernization: runtime environments. */
import type { EnvironmentArgs } from "@pulumi/aws/m2/environment";
import { entry } from "../entry";

export const m2Environment = entry<EnvironmentArgs>()({
    types: ["aws:m2/environment:Environment"],
    holds: "mainframe applications and their data sets (kept on EFS or FSx file systems)",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "storageConfiguration.efs.fileSystemId", types: ["aws:efs/fileSystem:FileSystem"] },
        {
            path: "storageConfiguration.fsx.fileSystemId",
            types: [
                "aws:fsx/windowsFileSystem:WindowsFileSystem",
                "aws:fsx/lustreFileSystem:LustreFileSystem",
                "aws:fsx/ontapFileSystem:OntapFileSystem",
                "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
            ],
        },
    ],
    atRest: [{ what: "the environment", key: "kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "the applications' listeners decide; the environment has no TLS setting" },
    exposure: [
        { what: "the environment", publicWhen: { path: "publiclyAccessible", absent: false, absentMeans: "private" } },
        { what: "the environment", securityGroups: "securityGroupIds" },
    ],
    retention: { notOffered: "data sets live on their file systems, judged there" },
});
