import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const GATEWAY_ARN = `arn:aws:storagegateway:eu-west-1:${ACCOUNT}:gateway/sgw-1`;
const NFS = "aws:storagegateway/nfsFileShare:NfsFileShare";
const SMB = "aws:storagegateway/smbFileShare:SmbFileShare";
const CACHED = "aws:storagegateway/cachesIscsiVolume:CachesIscsiVolume";
const share = {
    gatewayArn: GATEWAY_ARN,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/gateway`,
    locationArn: "arn:aws:s3:::labels-abc",
    kmsEncrypted: true,
    kmsKeyArn: KEY_ARN,
};
const shareDeps = { gatewayArn: ["gateway"], locationArn: ["labels"], kmsKeyArn: ["data-key"] };

/** A file gateway (SMB encryption mandatory) with NFS and SMB shares onto the PII labels bucket, and a cached volume. */
const gateway = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:storagegateway/gateway:Gateway",
            name: "gateway",
            props: { gatewayName: "office", gatewayTimezone: "GMT", gatewayType: "FILE_S3", smbSecurityStrategy: "MandatoryEncryption" },
        },
        { type: NFS, name: "labels-nfs", props: { ...share, clientLists: ["10.0.0.0/16"] }, propertyDependencies: shareDeps },
        { type: SMB, name: "labels-smb", props: { ...share, authentication: "ActiveDirectory" }, propertyDependencies: shareDeps },
        {
            type: CACHED,
            name: "volume",
            props: {
                gatewayArn: GATEWAY_ARN,
                networkInterfaceId: "10.0.0.5",
                targetName: "vol",
                volumeSizeInBytes: 1073741824,
                kmsEncrypted: true,
                kmsKey: KEY_ARN,
                tags: CONFIDENTIAL_TAGS,
            },
            propertyDependencies: { gatewayArn: ["gateway"], kmsKey: ["data-key"] },
        },
    ]);

describe("catalogue: Storage Gateway", () => {
    describeEntry(
        "shares, volumes and tape pools",
        gateway,
        [
            {
                title: "a share writing objects under S3-managed keys",
                change: props("labels-nfs", (p) => {
                    delete p.kmsEncrypted;
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [NFS, "labels-nfs"],
                message: /kmsEncrypted is not set \(SSE-S3 under S3-managed keys, not a KMS key\)/,
            },
            {
                title: "an NFS share open to any client",
                change: props("labels-nfs", (p) => {
                    p.clientLists = ["0.0.0.0/0"];
                }),
                policy: datastoreAccessBlockPublic,
                at: [NFS, "labels-nfs"],
                message: /lets any NFS client mount the share \(clientLists includes 0.0.0.0\/0\)/,
            },
            {
                title: "a share writing public-read objects",
                change: props("labels-nfs", (p) => {
                    p.objectAcl = "public-read";
                }),
                policy: datastoreAccessBlockPublic,
                at: [NFS, "labels-nfs"],
                message: /has the public canned ACL "public-read"/,
            },
            {
                title: "a share writing to a bucket outside the stack",
                change: (stack) => {
                    props("labels-nfs", (p) => {
                        p.locationArn = "arn:aws:s3:::elsewhere-bucket";
                    })(stack);
                    stack.find((s) => s.name === "labels-nfs")!.propertyDependencies = { gatewayArn: ["gateway"], kmsKeyArn: ["data-key"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [NFS, "labels-nfs"],
                message: /writes files to arn:aws:s3:::elsewhere-bucket, which is not a resource of this stack/,
            },
            {
                title: "SMB without mandatory encryption",
                change: props("gateway", (p) => {
                    delete p.smbSecurityStrategy;
                }),
                policy: datastoreTransitRequireTls,
                at: [SMB, "labels-smb"],
                message: /its gateway gateway has smbSecurityStrategy not set \(clients choose\)/,
            },
            {
                title: "guest access to a PII share",
                change: props("labels-smb", (p) => {
                    p.authentication = "GuestAccess";
                }),
                policy: datastoreAccessBlockPublic,
                at: [SMB, "labels-smb"],
                message: /admits guests \(authentication "GuestAccess"\)/,
            },
            {
                title: "a cached volume under S3-managed keys",
                change: props("volume", (p) => {
                    delete p.kmsEncrypted;
                    delete p.kmsKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CACHED, "volume"],
                message: /the volume is not encrypted: kmsEncrypted is not set/,
            },
            {
                title: "a PII tape pool under a year's retention lock",
                change: add({
                    type: "aws:storagegateway/tapePool:TapePool",
                    name: "tapes",
                    props: {
                        poolName: "tapes",
                        storageClass: "GLACIER",
                        retentionLockType: "COMPLIANCE",
                        retentionLockTimeInDays: 365,
                        tags: PII_TAGS,
                    },
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:storagegateway/tapePool:TapePool", "tapes"],
                message: /keeps archived tapes under retention lock 365 days/,
            },
        ],
        [
            {
                title: "a confidential tape pool under a retention lock",
                change: add({
                    type: "aws:storagegateway/tapePool:TapePool",
                    name: "tapes",
                    props: {
                        poolName: "tapes",
                        storageClass: "GLACIER",
                        retentionLockType: "GOVERNANCE",
                        retentionLockTimeInDays: 30,
                        tags: CONFIDENTIAL_TAGS,
                    },
                }),
            },
        ],
    );
});
