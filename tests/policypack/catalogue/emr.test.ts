import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const CLUSTER = "aws:emr/cluster:Cluster";
const SECURITY = "aws:emr/securityConfiguration:SecurityConfiguration";
const STUDIO = "aws:emr/studio:Studio";

const configuration = (change: (c: any) => void = () => undefined) => {
    const document: any = {
        EncryptionConfiguration: {
            EnableInTransitEncryption: true,
            EnableAtRestEncryption: true,
            InTransitEncryptionConfiguration: {
                TLSCertificateConfiguration: { CertificateProviderType: "PEM", S3Object: "s3://labels-abc/certs.zip" },
            },
            AtRestEncryptionConfiguration: {
                S3EncryptionConfiguration: { EncryptionMode: "SSE-KMS", AwsKmsKey: KEY_ARN },
                LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: "AwsKms", AwsKmsKey: KEY_ARN, EnableEbsEncryption: true },
            },
        },
    };
    change(document);
    return JSON.stringify(document);
};
const setConfiguration = (change: (c: any) => void) =>
    props("emr-security", (p) => {
        p.configuration = configuration(change);
    });
const openSg = (name: string): ResourceSpec => ({
    type: "aws:ec2/securityGroup:SecurityGroup",
    name,
    props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] },
});

const emr = (): ResourceSpec[] =>
    fixtureWith([
        { type: SECURITY, name: "emr-security", props: { name: "emr-security", configuration: configuration() } },
        {
            type: CLUSTER,
            name: "spark",
            props: {
                name: "spark",
                releaseLabel: "emr-7.1.0",
                serviceRole: `arn:aws:iam::${ACCOUNT}:role/emr`,
                securityConfiguration: "emr-security",
                logUri: "s3://labels-abc/emr/",
                logEncryptionKmsKeyId: KEY_ARN,
                tags: PII_TAGS,
                ec2Attributes: {
                    instanceProfile: "emr",
                    subnetId: "subnet-1",
                    emrManagedMasterSecurityGroup: "sg-master",
                    emrManagedSlaveSecurityGroup: "sg-core",
                },
            },
            propertyDependencies: { securityConfiguration: ["emr-security"] },
        },
        {
            type: STUDIO,
            name: "studio",
            props: {
                name: "studio",
                authMode: "SSO",
                defaultS3Location: "s3://labels-abc/studio/",
                encryptionKeyArn: KEY_ARN,
                serviceRole: "r",
                userRole: "u",
                subnetIds: ["subnet-1"],
                vpcId: "vpc-1",
                workspaceSecurityGroupId: "sg-ws",
                engineSecurityGroupId: "sg-engine",
            },
        },
    ]);

describe("catalogue: EMR", () => {
    describeEntry(
        "cluster, security configuration, studio",
        emr,
        [
            {
                title: "at-rest encryption off",
                change: setConfiguration((c) => {
                    c.EncryptionConfiguration.EnableAtRestEncryption = false;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /EnableAtRestEncryption is false/,
            },
            {
                title: "EMRFS under SSE-S3",
                change: setConfiguration((c) => {
                    c.EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration = { EncryptionMode: "SSE-S3" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /EMRFS data in S3 is encrypted with "SSE-S3"/,
            },
            {
                title: "EMRFS under an aws/ alias",
                change: setConfiguration((c) => {
                    c.EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration.AwsKmsKey = "alias/aws/s3";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /EMRFS data in S3 S3EncryptionConfiguration.AwsKmsKey names the AWS-managed key/,
            },
            {
                title: "no local disk encryption",
                change: setConfiguration((c) => {
                    delete c.EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /LocalDiskEncryptionConfiguration is not set/,
            },
            {
                title: "local disks under a custom key provider",
                change: setConfiguration((c) => {
                    c.EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType =
                        "Custom";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /key provider "Custom"/,
            },
            {
                title: "EBS encryption off",
                change: setConfiguration((c) => {
                    delete c.EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EnableEbsEncryption;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /EnableEbsEncryption is not true/,
            },
            {
                title: "in-transit encryption not set",
                change: setConfiguration((c) => {
                    delete c.EncryptionConfiguration.EnableInTransitEncryption;
                }),
                policy: datastoreTransitRequireTls,
                at: [SECURITY, "emr-security"],
                message: /EnableInTransitEncryption is not set \(false\)/,
            },
            {
                title: "configuration not valid JSON",
                change: props("emr-security", (p) => {
                    p.configuration = "{";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SECURITY, "emr-security"],
                message: /configuration is not valid JSON/,
            },
            {
                title: "configuration unknown during preview",
                change: props("emr-security", (p) => {
                    p.configuration = UNKNOWN;
                }),
                policy: datastoreTransitRequireTls,
                at: [SECURITY, "emr-security"],
                message: /not known during preview/,
            },
            {
                title: "a cluster without a security configuration (encryption)",
                change: props("spark", (p) => {
                    delete p.securityConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "spark"],
                message: /securityConfiguration is not set, so HDFS, instance disks and EMRFS data are not encrypted/,
            },
            {
                title: "a cluster without a security configuration (TLS)",
                change: props("spark", (p) => {
                    delete p.securityConfiguration;
                }),
                policy: datastoreTransitRequireTls,
                at: [CLUSTER, "spark"],
                message: /securityConfiguration is not set, so traffic between its nodes is not encrypted/,
            },
            {
                title: "a cluster naming a security configuration outside the stack",
                change: (stack) => {
                    props("spark", (p) => {
                        p.securityConfiguration = "central";
                    })(stack);
                    stack.find((s) => s.name === "spark")!.propertyDependencies = {};
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "spark"],
                message: /names "central", which is no EMR security configuration of this stack/,
            },
            {
                title: "logs without a log key",
                change: props("spark", (p) => {
                    delete p.logEncryptionKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CLUSTER, "spark"],
                message: /its log files: has no logEncryptionKmsKeyId/,
            },
            {
                title: "a master node security group open to the internet",
                change: (stack) => {
                    add(openSg("master-sg"))(stack);
                    stack.find((s) => s.name === "spark")!.propertyDependencies = {
                        securityConfiguration: ["emr-security"],
                        ec2Attributes: ["master-sg"],
                    };
                },
                policy: datastoreAccessBlockPublic,
                at: [CLUSTER, "spark"],
                message: /security group master-sg is open to the internet/,
            },
            {
                title: "logs to a bucket outside the stack",
                change: props("spark", (p) => {
                    p.logUri = "s3://someone-elses-bucket/emr/";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CLUSTER, "spark"],
                message: /writes its logs to s3:\/\/someone-elses-bucket\/emr\/, which is not a resource of this stack/,
            },
            {
                title: "a PII cluster's logs in a confidential bucket",
                change: props("spark", (p) => {
                    p.logUri = "s3://logs-abc/emr/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of spark/,
            },
            {
                title: "an unclassified cluster",
                change: props("spark", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [CLUSTER, "spark"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "studio backups under SSE-S3",
                change: props("studio", (p) => {
                    delete p.encryptionKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [STUDIO, "studio"],
                message: /has no encryptionKeyArn, so workspace and notebook backups is encrypted under SSE-S3/,
            },
            {
                title: "a studio workspace security group open to the internet",
                change: (stack) => {
                    add(openSg("ws-sg"))(stack);
                    stack.find((s) => s.name === "studio")!.propertyDependencies = { workspaceSecurityGroupId: ["ws-sg"] };
                },
                policy: datastoreAccessBlockPublic,
                at: [STUDIO, "studio"],
                message: /its workspaces: its security group ws-sg is open/,
            },
            {
                title: "an unclassified studio backing up into a confidential bucket",
                change: props("studio", (p) => {
                    p.defaultS3Location = "s3://logs-abc/studio/";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of studio/,
            },
        ],
        [
            {
                title: "a cluster with EMR-created security groups",
                change: props("spark", (p) => {
                    p.ec2Attributes = { instanceProfile: "emr", subnetId: "subnet-1" };
                }),
            },
            {
                title: "CSE-KMS for EMRFS",
                change: setConfiguration((c) => {
                    c.EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration.EncryptionMode = "CSE-KMS";
                }),
            },
        ],
    );
});
