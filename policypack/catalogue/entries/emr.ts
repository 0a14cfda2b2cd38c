/**
 * EMR on EC2: clusters (HDFS and instance disks hold the data they process), the security
 * configurations that encrypt them (a JSON document), and studios (notebooks backed up to S3).
 */
import type { ClusterArgs } from "@pulumi/aws/emr/cluster";
import type { SecurityConfigurationArgs } from "@pulumi/aws/emr/securityConfiguration";
import type { StudioArgs } from "@pulumi/aws/emr/studio";
import { customerKeyProblem } from "../../lib/encryption";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { isObject, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { S3_URI, namedSettings } from "./glue";

export const EMR_SECURITY_CONFIGURATION_TYPES = ["aws:emr/securityConfiguration:SecurityConfiguration"];

type Parsed = { kind: "parsed"; document: Record<string, any> } | { kind: "unknown" } | { kind: "invalid"; reason: string };

/** The security configuration's JSON document (a string, or an object in some exports). */
function parseConfiguration(value: unknown): Parsed {
    if (isUnknown(value)) return { kind: "unknown" };
    if (isObject(value)) return { kind: "parsed", document: value };
    if (typeof value !== "string") return { kind: "invalid", reason: "configuration is not a JSON document" };
    try {
        const document = JSON.parse(value);
        return isObject(document) ? { kind: "parsed", document } : { kind: "invalid", reason: "configuration is not a JSON object" };
    } catch (error) {
        return { kind: "invalid", reason: `configuration is not valid JSON (${(error as Error).message})` };
    }
}

function encryptionOf(context: StoreContext): Record<string, any> | undefined {
    const parsed = parseConfiguration(context.store.res.props.configuration);
    if (parsed.kind === "unknown") context.report("configuration is not known during preview, so its encryption cannot be verified");
    if (parsed.kind === "invalid") context.report(parsed.reason);
    if (parsed.kind !== "parsed") return undefined;
    const encryption = parsed.document.EncryptionConfiguration;
    return isObject(encryption) ? encryption : {};
}

/** At rest: EMRFS data in S3 under SSE-KMS or CSE-KMS, local disks and EBS volumes under an AWS KMS key, each a customer-managed key. */
function checkAtRest(context: StoreContext): void {
    const encryption = encryptionOf(context);
    if (!encryption) return;
    const { report } = context;
    if (!isTrue(encryption.EnableAtRestEncryption)) {
        report(
            `EncryptionConfiguration.EnableAtRestEncryption is ${encryption.EnableAtRestEncryption === undefined ? "not set (false)" : JSON.stringify(encryption.EnableAtRestEncryption)}: EMRFS data in S3 and local disks are not encrypted by EMR`,
        );
        return;
    }
    const atRest = isObject(encryption.AtRestEncryptionConfiguration) ? encryption.AtRestEncryptionConfiguration : {};
    const s3 = isObject(atRest.S3EncryptionConfiguration) ? atRest.S3EncryptionConfiguration : undefined;
    if (!s3)
        report(
            "AtRestEncryptionConfiguration.S3EncryptionConfiguration is not set, so EMRFS writes S3 data under the bucket's default only",
        );
    else if (!["SSE-KMS", "CSE-KMS"].includes(String(s3.EncryptionMode)))
        report(
            `EMRFS data in S3 is encrypted with ${JSON.stringify(s3.EncryptionMode ?? null)}; use SSE-KMS or CSE-KMS under a customer-managed key`,
        );
    else {
        const problem = customerKeyProblem(s3.AwsKmsKey, "S3EncryptionConfiguration.AwsKmsKey", {
            index: context.index,
            config: context.config,
        });
        if (problem) report(`EMRFS data in S3 ${problem}`);
    }
    const disk = isObject(atRest.LocalDiskEncryptionConfiguration) ? atRest.LocalDiskEncryptionConfiguration : undefined;
    if (!disk)
        report(
            "AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration is not set, so HDFS and instance disks are not encrypted by EMR",
        );
    else {
        if (disk.EncryptionKeyProviderType !== "AwsKms")
            report(
                `local disks are encrypted by the key provider ${JSON.stringify(disk.EncryptionKeyProviderType ?? null)}; use AwsKms with a customer-managed key`,
            );
        else {
            const problem = customerKeyProblem(disk.AwsKmsKey, "LocalDiskEncryptionConfiguration.AwsKmsKey", {
                index: context.index,
                config: context.config,
            });
            if (problem) report(`local disks ${problem}`);
        }
        if (!isTrue(disk.EnableEbsEncryption))
            report("LocalDiskEncryptionConfiguration.EnableEbsEncryption is not true, so EBS root volumes are not encrypted under the key");
    }
}

/** In transit: TLS between nodes and to S3 (EnableInTransitEncryption, false by default). */
function checkInTransit(context: StoreContext): void {
    const encryption = encryptionOf(context);
    if (encryption && !isTrue(encryption.EnableInTransitEncryption))
        context.report(
            `EncryptionConfiguration.EnableInTransitEncryption is ${encryption.EnableInTransitEncryption === undefined ? "not set (false)" : JSON.stringify(encryption.EnableInTransitEncryption)}: traffic between cluster nodes is not encrypted`,
        );
}

export const emrSecurityConfiguration = entry<SecurityConfigurationArgs>()({
    types: ["aws:emr/securityConfiguration:SecurityConfiguration"],
    holds: "the encryption (at rest and in transit) of the clusters that name it",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            custom: checkAtRest,
            summary: "EnableAtRestEncryption; S3 SSE-KMS/CSE-KMS, local disks AwsKms and EBS encryption, each under a customer-managed key",
        },
    ],
    inTransit: [{ custom: checkInTransit, summary: "EnableInTransitEncryption true" }],
    retention: { notOffered: "a configuration keeps no data" },
});

const SECURITY_CONFIGURATION = "EMR security configuration";

export const emrCluster = entry<ClusterArgs>()({
    types: ["aws:emr/cluster:Cluster"],
    holds: "data it processes: HDFS and instance disks while it runs, step logs in its log bucket",
    tagging: "store",
    names: ["name"],
    atRest: [
        namedSettings(
            "securityConfiguration",
            EMR_SECURITY_CONFIGURATION_TYPES,
            SECURITY_CONFIGURATION,
            "HDFS, instance disks and EMRFS data are not encrypted by EMR (no security configuration)",
        ),
        {
            what: "its log files",
            when: { path: "logUri" },
            key: "logEncryptionKmsKeyId",
            keyAbsentMeans: "the log bucket's default encryption",
        },
    ],
    inTransit: [
        namedSettings(
            "securityConfiguration",
            EMR_SECURITY_CONFIGURATION_TYPES,
            SECURITY_CONFIGURATION,
            "traffic between its nodes is not encrypted (no security configuration)",
        ),
    ],
    exposure: [
        {
            what: "its master node",
            securityGroups: "ec2Attributes.emrManagedMasterSecurityGroup",
            when: { path: "ec2Attributes.emrManagedMasterSecurityGroup" },
        },
        {
            what: "its core and task nodes",
            securityGroups: "ec2Attributes.emrManagedSlaveSecurityGroup",
            when: { path: "ec2Attributes.emrManagedSlaveSecurityGroup" },
        },
    ],
    retention: {
        notOffered:
            "HDFS and instance disks live until the cluster terminates (autoTerminationPolicy ends an idle one); its logs are judged on the log bucket",
    },
    destinations: [{ what: "writes its logs to", store: true, path: "logUri", types: BUCKET_TYPES, pattern: S3_URI }],
    notes: "Without emrManagedMasterSecurityGroup EMR creates its own managed groups (not the VPC's default), guarded by EMR Block Public Access.",
});

export const emrStudio = entry<StudioArgs>()({
    types: ["aws:emr/studio:Studio"],
    holds: "notebooks and workspaces, with the query output saved in them, backed up to S3",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "workspace and notebook backups", key: "encryptionKeyArn", keyAbsentMeans: "SSE-S3 (an S3-managed key)" }],
    inTransit: { notOffered: "the Studio is reached over HTTPS" },
    exposure: [
        { what: "its workspaces", securityGroups: "workspaceSecurityGroupId" },
        { what: "its engine", securityGroups: "engineSecurityGroupId" },
    ],
    retention: { notOffered: "backups live in its S3 location, judged on that bucket" },
    destinations: [{ what: "backs up notebooks to", store: true, path: "defaultS3Location", types: BUCKET_TYPES, pattern: S3_URI }],
});
