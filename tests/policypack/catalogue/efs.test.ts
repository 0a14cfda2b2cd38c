import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec, without } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const FS = "aws:efs/fileSystem:FileSystem";
const denyPlainNfs = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
        { Effect: "Deny", Principal: { AWS: "*" }, Action: "*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
    ],
});

const efs = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: FS,
            name: "files",
            props: { creationToken: "files", encrypted: true, kmsKeyId: KEY_ARN, tags: PII_TAGS },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: "aws:efs/fileSystemPolicy:FileSystemPolicy",
            name: "files-policy",
            props: { fileSystemId: "fs-1", policy: denyPlainNfs },
            propertyDependencies: { fileSystemId: ["files"] },
        },
        {
            type: "aws:efs/mountTarget:MountTarget",
            name: "files-mount",
            props: { fileSystemId: "fs-1", subnetId: "subnet-1", securityGroups: ["sg-1"] },
            propertyDependencies: { fileSystemId: ["files"] },
        },
        {
            type: "aws:efs/backupPolicy:BackupPolicy",
            name: "files-backup",
            props: { fileSystemId: "fs-1", backupPolicy: { status: "DISABLED" } },
            propertyDependencies: { fileSystemId: ["files"] },
        },
    ]);

describe("catalogue: EFS", () => {
    describeEntry(
        "aws:efs/fileSystem:FileSystem",
        efs,
        [
            {
                title: "unencrypted",
                change: props("files", (p) => {
                    p.encrypted = false;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FS, "files"],
                message: /the file system is not encrypted: encrypted is false/,
            },
            {
                title: "encryption not set (EFS default: unencrypted)",
                change: props("files", (p) => {
                    delete p.encrypted;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FS, "files"],
                message: /encrypted is not set \(unencrypted\)/,
            },
            {
                title: "the AWS-managed key",
                change: props("files", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FS, "files"],
                message: /AWS-managed aws\/elasticfilesystem key/,
            },
            {
                title: "an aws/ alias",
                change: props("files", (p) => {
                    p.kmsKeyId = "alias/aws/elasticfilesystem";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FS, "files"],
                message: /names the AWS-managed key alias\/aws\/elasticfilesystem/,
            },
            {
                title: "encryption unknown during preview",
                change: props("files", (p) => {
                    p.encrypted = UNKNOWN;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [FS, "files"],
                message: /not known during preview/,
            },
            {
                title: "no file system policy (TLS optional)",
                change: remove("files-policy"),
                policy: datastoreTransitRequireTls,
                at: [FS, "files"],
                message: /has no file system policy, so connections without TLS are not denied/,
            },
            {
                title: "a TLS denial on another file system's ARN",
                change: props("files-policy", (p) => {
                    p.policy = denyPlainNfs.replace(
                        '"Resource":"*"',
                        `"Resource":"arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-other"`,
                    );
                }),
                policy: datastoreTransitRequireTls,
                at: [FS, "files"],
                message: /does not deny connections without TLS/,
            },
            {
                title: "a TLS denial that exempts a principal (NotPrincipal)",
                change: props("files-policy", (p) => {
                    p.policy = JSON.stringify({
                        Statement: [
                            {
                                Effect: "Deny",
                                NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:role/x` },
                                Action: "*",
                                Resource: "*",
                                Condition: { Bool: { "aws:SecureTransport": "false" } },
                            },
                        ],
                    });
                }),
                policy: datastoreTransitRequireTls,
                at: [FS, "files"],
                message: /does not deny connections without TLS/,
            },
            {
                title: "a policy that does not deny plain NFS",
                change: props("files-policy", (p) => {
                    p.policy = JSON.stringify({
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                                Action: "elasticfilesystem:ClientMount",
                                Resource: "*",
                            },
                        ],
                    });
                }),
                policy: datastoreTransitRequireTls,
                at: [FS, "files"],
                message: /does not deny connections without TLS/,
            },
            {
                title: "a policy open to everyone",
                change: props("files-policy", (p) => {
                    p.policy = JSON.stringify({
                        Statement: [
                            ...JSON.parse(denyPlainNfs).Statement,
                            { Effect: "Allow", Principal: { AWS: "*" }, Action: "elasticfilesystem:ClientMount", Resource: "*" },
                        ],
                    });
                }),
                policy: datastoreAccessBlockPublic,
                at: [FS, "files"],
                message: /its file system policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "a policy letting in another account",
                change: props("files-policy", (p) => {
                    p.policy = JSON.stringify({
                        Statement: [
                            ...JSON.parse(denyPlainNfs).Statement,
                            {
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` },
                                Action: "elasticfilesystem:ClientMount",
                                Resource: "*",
                            },
                        ],
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [FS, "files"],
                message: /account 999988887777, which is neither/,
            },
            {
                title: "a mount target on the default security group",
                change: props("files-mount", (p) => {
                    delete p.securityGroups;
                }),
                policy: datastoreAccessBlockPublic,
                at: [FS, "files"],
                message: /its mount target names no securityGroups/,
            },
            {
                title: "a mount target open to the internet",
                change: (stack) => {
                    add({
                        type: "aws:ec2/securityGroup:SecurityGroup",
                        name: "files-sg",
                        props: { ingress: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, cidrBlocks: ["0.0.0.0/0"] }] },
                    })(stack);
                    stack.find((s) => s.name === "files-mount")!.propertyDependencies = {
                        fileSystemId: ["files"],
                        securityGroups: ["files-sg"],
                    };
                },
                policy: datastoreAccessBlockPublic,
                at: [FS, "files"],
                message: /security group files-sg is open to the internet/,
            },
            {
                title: "automatic backups kept 35 days",
                change: props("files-backup", (p) => {
                    p.backupPolicy.status = "ENABLED";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [FS, "files"],
                message: /AWS keeps automatic backups \(35 days in the automatic backup vault\) for 35 days/,
            },
            {
                title: "unclassified",
                change: props("files", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [FS, "files"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a replica in another region",
                change: add({
                    type: "aws:efs/replicationConfiguration:ReplicationConfiguration",
                    name: "files-dr",
                    props: { sourceFileSystemId: "fs-1", destination: { region: "us-east-1", kmsKeyId: KEY_ARN } },
                    propertyDependencies: { sourceFileSystemId: ["files"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:efs/replicationConfiguration:ReplicationConfiguration", "files-dr"],
                message: /replicates the file system to region us-east-1, not on allowedRegions/,
            },
            {
                title: "a replica under the AWS-managed key",
                change: add({
                    type: "aws:efs/replicationConfiguration:ReplicationConfiguration",
                    name: "files-dr",
                    props: { sourceFileSystemId: "fs-1", destination: { region: "eu-west-1" } },
                    propertyDependencies: { sourceFileSystemId: ["files"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: ["aws:efs/replicationConfiguration:ReplicationConfiguration", "files-dr"],
                message: /has no destination.kmsKeyId/,
            },
            {
                title: "a PII file system obliges the stack to keep a trail",
                change: (stack) => {
                    stack.splice(0, stack.length, ...without(stack, "audit"));
                },
                policy: cloudtrailTrailRequireDataEvents,
                at: [FS, "files"],
                message: /holds PII but no CloudTrail trail/,
            },
        ],
        [
            {
                title: "a replica in an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: add({
                    type: "aws:efs/replicationConfiguration:ReplicationConfiguration",
                    name: "files-dr",
                    props: { sourceFileSystemId: "fs-1", destination: { region: "eu-central-1", kmsKeyId: KEY_ARN } },
                    propertyDependencies: { sourceFileSystemId: ["files"] },
                }),
            },
            {
                title: "a TLS denial on the file system's own ARN",
                change: props("files-policy", (p) => {
                    p.policy = denyPlainNfs.replace(
                        '"Resource":"*"',
                        `"Resource":"arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-1"`,
                    );
                }),
            },
            {
                title: "automatic backups on a confidential file system",
                change: (stack) => {
                    props("files", (p) => {
                        p.tags = { "data-classification": "confidential", "retention-days": "35", owner: "x" };
                    })(stack);
                    props("files-backup", (p) => {
                        p.backupPolicy.status = "ENABLED";
                    })(stack);
                },
            },
        ],
    );
});
