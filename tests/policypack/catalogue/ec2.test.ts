import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const INSTANCE = "aws:ec2/instance:Instance";
const SPOT = "aws:ec2/spotInstanceRequest:SpotInstanceRequest";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";
const SPOT_FLEET = "aws:ec2/spotFleetRequest:SpotFleetRequest";
const AMI = "aws:ec2/ami:Ami";
const AMI_COPY = "aws:ec2/amiCopy:AmiCopy";
const AMI_FROM_INSTANCE = "aws:ec2/amiFromInstance:AmiFromInstance";
const LAUNCH_PERMISSION = "aws:ec2/amiLaunchPermission:AmiLaunchPermission";
const FLOW_LOG = "aws:ec2/flowLog:FlowLog";
const MIRROR_SESSION = "aws:ec2/trafficMirrorSession:TrafficMirrorSession";
const MIRROR_TARGET = "aws:ec2/trafficMirrorTarget:TrafficMirrorTarget";
const PEERING = "aws:ec2/vpcPeeringConnection:VpcPeeringConnection";
const ENDPOINT_SERVICE = "aws:ec2/vpcEndpointService:VpcEndpointService";
const SG = "aws:ec2/securityGroup:SecurityGroup";

const ENCRYPTED = { encrypted: true, kmsKeyId: KEY_ARN };
const LOG_GROUP_ARN = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:flow-logs`;

/** An untagged application server and a PII server, a launch template, an image of the PII server's disks, flow logs and a peering. */
const ec2 = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: SG,
            name: "app-sg",
            props: { name: "app-sg", ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/8"] }] },
        },
        { type: "aws:ec2/subnet:Subnet", name: "private", props: { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24" } },
        {
            type: INSTANCE,
            name: "app",
            props: {
                ami: "ami-base",
                instanceType: "t3.micro",
                subnetId: "subnet-1",
                vpcSecurityGroupIds: ["sg-app"],
                rootBlockDevice: ENCRYPTED,
                ebsBlockDevices: [{ deviceName: "/dev/sdf", ...ENCRYPTED }],
                userData: "#!/bin/sh\nyum -y update",
            },
            propertyDependencies: { vpcSecurityGroupIds: ["app-sg"], subnetId: ["private"], rootBlockDevice: ["data-key"] },
        },
        {
            type: INSTANCE,
            name: "printer",
            props: {
                ami: "ami-base",
                instanceType: "t3.micro",
                subnetId: "subnet-1",
                associatePublicIpAddress: false,
                vpcSecurityGroupIds: ["sg-app"],
                rootBlockDevice: { ...ENCRYPTED, deleteOnTermination: true },
                ebsBlockDevices: [{ deviceName: "/dev/sdf", ...ENCRYPTED }],
                tags: PII_TAGS,
            },
            propertyDependencies: { vpcSecurityGroupIds: ["app-sg"], subnetId: ["private"], rootBlockDevice: ["data-key"] },
        },
        {
            type: TEMPLATE,
            name: "workers",
            props: {
                name: "workers",
                imageId: "ami-base",
                vpcSecurityGroupIds: ["sg-app"],
                blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { ...ENCRYPTED, deleteOnTermination: true } }],
                userData: "IyEvYmluL3No",
            },
            propertyDependencies: { vpcSecurityGroupIds: ["app-sg"] },
        },
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "flow-logs",
            props: { name: "flow-logs", retentionInDays: 30, kmsKeyId: KEY_ARN },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: FLOW_LOG,
            name: "vpc-flows",
            props: {
                vpcId: "vpc-1",
                trafficType: "ALL",
                logDestinationType: "cloud-watch-logs",
                logDestination: LOG_GROUP_ARN,
                iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/flow-logs`,
            },
            propertyDependencies: { logDestination: ["flow-logs"] },
        },
        { type: PEERING, name: "to-shared", props: { region: "eu-west-1", vpcId: "vpc-1", peerVpcId: "vpc-2", peerOwnerId: ACCOUNT } },
        { type: "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess", name: "no-public-images", props: { state: "block-new-sharing" } },
    ]);

const imageOf = (instance: string, tags?: object): ResourceSpec => ({
    type: AMI_FROM_INSTANCE,
    name: "image",
    props: { name: "image", sourceInstanceId: "i-1", ...(tags ? { tags } : {}) },
    propertyDependencies: { sourceInstanceId: [instance] },
});
const openGroup: ResourceSpec = {
    type: SG,
    name: "open-sg",
    props: { name: "open-sg", ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] },
};
const useGroup = (name: string, group: string) => (stack: ResourceSpec[]) => {
    stack.find((s) => s.name === name)!.propertyDependencies!.vpcSecurityGroupIds = [group];
};

describe("catalogue: EC2", () => {
    describeEntry(
        "aws:ec2/instance:Instance",
        ec2,
        [
            {
                title: "an unencrypted root volume",
                change: props("app", (p) => {
                    p.rootBlockDevice = { encrypted: false };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INSTANCE, "app"],
                message: /the root volume is not encrypted: rootBlockDevice.encrypted is false/,
            },
            {
                title: "no rootBlockDevice: the root volume takes the image's encryption",
                change: props("app", (p) => {
                    delete p.rootBlockDevice;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INSTANCE, "app"],
                message: /the root volume is not encrypted: rootBlockDevice is not set, so the root volume takes the image's encryption/,
            },
            {
                title: "an EBS volume under the region's default key",
                change: props("app", (p) => {
                    delete p.ebsBlockDevices[0].kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INSTANCE, "app"],
                message: /an EBS volume: has no ebsBlockDevices.kmsKeyId, so it is encrypted under the region's default EBS key/,
            },
            {
                title: "an EBS volume under an aws/ alias",
                change: props("app", (p) => {
                    p.ebsBlockDevices[0].kmsKeyId = "alias/aws/ebs";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INSTANCE, "app"],
                message: /ebsBlockDevices.kmsKeyId names the AWS-managed key alias\/aws\/ebs/,
            },
            {
                title: "root encryption unknown during preview",
                change: props("app", (p) => {
                    p.rootBlockDevice.encrypted = UNKNOWN;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [INSTANCE, "app"],
                message: /rootBlockDevice.encrypted is not known during preview/,
            },
            {
                title: "no security group (the VPC default)",
                change: props("app", (p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "app"],
                message: /names no vpcSecurityGroupIds or securityGroups, so the VPC's default security group applies/,
            },
            {
                title: "a security group open to the internet",
                change: (stack) => {
                    add(openGroup)(stack);
                    useGroup("app", "open-sg")(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "app"],
                message: /its security group open-sg is open to the internet: inline ingress from 0.0.0.0\/0/,
            },
            {
                title: "a PII server with a public IP address",
                change: props("printer", (p) => {
                    p.associatePublicIpAddress = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /holds personal data .* and has a public IP address \(associatePublicIpAddress is true\)/,
            },
            {
                title: "a PII server in the default VPC (public IP by default)",
                change: props("printer", (p) => {
                    delete p.associatePublicIpAddress;
                    delete p.subnetId;
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /names no subnetId, so it launches into the default VPC, whose default subnets give it a public IP address/,
            },
            {
                title: "a PII server in a subnet that maps public IPs",
                change: (stack) => {
                    props("private", (p) => {
                        p.mapPublicIpOnLaunch = true;
                    })(stack);
                    props("printer", (p) => {
                        delete p.associatePublicIpAddress;
                    })(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /subnet private maps public IPs on launch/,
            },
            {
                title: "a PII server in a subnet outside the stack, public IP not ruled out",
                change: (stack) => {
                    props("printer", (p) => {
                        delete p.associatePublicIpAddress;
                        p.subnetId = "subnet-elsewhere";
                    })(stack);
                    stack.find((s) => s.name === "printer")!.propertyDependencies!.subnetId = [];
                },
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /subnet "subnet-elsewhere", not a resource of this stack, decides whether it gets a public IP address/,
            },
            {
                title: "user data on a PII server",
                change: props("printer", (p) => {
                    p.userData = "NAME=Jane Doe";
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /holds personal data \(its tag data-classification=pii\) but sets userData/,
            },
            {
                title: "a PII server keeps a volume after termination",
                change: props("printer", (p) => {
                    p.ebsBlockDevices[0].deleteOnTermination = false;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [INSTANCE, "printer"],
                message: /keeps an EBS volume after the instance terminates \(ebsBlockDevices.deleteOnTermination is false\)/,
            },
            {
                title: "base64 user data on a PII server",
                change: props("printer", (p) => {
                    p.userDataBase64 = "TkFNRT1KYW5l";
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /but sets userDataBase64/,
            },
            {
                title: "a PII server attaching a network interface outside the stack",
                change: props("printer", (p) => {
                    delete p.vpcSecurityGroupIds;
                    p.networkInterfaces = [{ deviceIndex: 0, networkInterfaceId: "eni-elsewhere" }];
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message:
                    /attaches network interface "eni-elsewhere", not a resource of this stack, so its security groups cannot be verified/,
            },
            {
                title: "a network interface of the stack on the default security group",
                change: (stack) => {
                    add({ type: "aws:ec2/networkInterface:NetworkInterface", name: "printer-eni", props: { subnetId: "subnet-1" } })(stack);
                    props("printer", (p) => {
                        delete p.vpcSecurityGroupIds;
                        p.networkInterfaces = [{ deviceIndex: 0, networkInterfaceId: "eni-1" }];
                    })(stack);
                    stack.find((s) => s.name === "printer")!.propertyDependencies!.networkInterfaces = ["printer-eni"];
                },
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "printer"],
                message: /its network interface printer-eni names no securityGroups, so the VPC's default security group applies/,
            },
            {
                title: "a spot instance with an unencrypted EBS volume",
                change: add({
                    type: SPOT,
                    name: "spot",
                    props: {
                        ami: "ami-base",
                        instanceType: "t3.micro",
                        subnetId: "subnet-1",
                        vpcSecurityGroupIds: ["sg-app"],
                        rootBlockDevice: ENCRYPTED,
                        ebsBlockDevices: [{ deviceName: "/dev/sdf" }],
                    },
                    propertyDependencies: { vpcSecurityGroupIds: ["app-sg"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SPOT, "spot"],
                message: /an EBS volume is not encrypted: ebsBlockDevices.encrypted is not set/,
            },
        ],
        [
            {
                title: "an untagged server may have a public IP address and user data",
                change: props("app", (p) => {
                    p.associatePublicIpAddress = true;
                }),
            },
            {
                title: "root and EBS volumes left to the region's defaults, set in the stack",
                change: (stack) => {
                    add(
                        { type: "aws:ebs/encryptionByDefault:EncryptionByDefault", name: "ebs-default", props: { enabled: true } },
                        { type: "aws:ebs/defaultKmsKey:DefaultKmsKey", name: "ebs-key", props: { keyArn: KEY_ARN } },
                    )(stack);
                    props("app", (p) => {
                        delete p.rootBlockDevice;
                        p.ebsBlockDevices = [{ deviceName: "/dev/sdf" }];
                    })(stack);
                },
            },
            {
                title: "root volume and security groups from a launch template of the stack",
                change: (stack) => {
                    props("app", (p) => {
                        delete p.rootBlockDevice;
                        delete p.vpcSecurityGroupIds;
                        p.launchTemplate = { id: "lt-1" };
                    })(stack);
                    stack.find((s) => s.name === "app")!.propertyDependencies = { launchTemplate: ["workers"] };
                },
            },
            {
                title: "a PII server in a subnet of the stack that does not map public IPs",
                change: props("printer", (p) => {
                    delete p.associatePublicIpAddress;
                }),
            },
        ],
    );

    describeEntry(
        "aws:ec2/launchTemplate:LaunchTemplate",
        ec2,
        [
            {
                title: "no EBS mapping: the root volume takes the image's encryption",
                change: props("workers", (p) => {
                    delete p.blockDeviceMappings;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TEMPLATE, "workers"],
                message: /blockDeviceMappings is not set, so the root volume of every instance takes the image's encryption/,
            },
            {
                title: "a mapping under the region's default key",
                change: props("workers", (p) => {
                    delete p.blockDeviceMappings[0].ebs.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TEMPLATE, "workers"],
                message: /has no blockDeviceMappings.ebs.kmsKeyId/,
            },
            {
                title: "an unencrypted mapping",
                change: props("workers", (p) => {
                    p.blockDeviceMappings[0].ebs.encrypted = false;
                    delete p.blockDeviceMappings[0].ebs.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TEMPLATE, "workers"],
                message: /an EBS volume of the template is not encrypted: blockDeviceMappings.ebs.encrypted is false/,
            },
            {
                title: "no security group (the VPC default)",
                change: props("workers", (p) => {
                    delete p.vpcSecurityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [TEMPLATE, "workers"],
                message: /names no vpcSecurityGroupIds or securityGroupNames or networkInterfaces.securityGroups/,
            },
            {
                title: "user data in a PII template",
                change: props("workers", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreAccessBlockPublic,
                at: [TEMPLATE, "workers"],
                message: /but sets userData, which is stored in plaintext .* kept in every version of the template/,
            },
            {
                title: "a PII template whose volume may outlive its instance",
                change: props("workers", (p) => {
                    p.tags = PII_TAGS;
                    delete p.userData;
                    delete p.blockDeviceMappings[0].ebs.deleteOnTermination;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [TEMPLATE, "workers"],
                message: /blockDeviceMappings.ebs.deleteOnTermination is not set \(AWS does not document the default\)/,
            },
            {
                title: "a PII template with public IP addresses",
                change: props("workers", (p) => {
                    p.tags = PII_TAGS;
                    delete p.userData;
                    delete p.vpcSecurityGroupIds;
                    p.networkInterfaces = [{ associatePublicIpAddress: true, securityGroups: ["sg-app"] }];
                }),
                policy: datastoreAccessBlockPublic,
                at: [TEMPLATE, "workers"],
                message: /has a public IP address \(networkInterfaces.associatePublicIpAddress is true\)/,
            },
            {
                title: "a launch configuration under the region's default key",
                change: add({
                    type: LAUNCH_CONFIGURATION,
                    name: "legacy-lc",
                    props: {
                        imageId: "ami-base",
                        instanceType: "t3.micro",
                        securityGroups: ["sg-app"],
                        rootBlockDevice: { encrypted: true },
                    },
                    propertyDependencies: { securityGroups: ["app-sg"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [LAUNCH_CONFIGURATION, "legacy-lc"],
                message: /this type cannot name a KMS key, so its volumes are encrypted under the region's default EBS key/,
            },
            {
                title: "a spot fleet whose root volumes take the image's encryption",
                change: add({
                    type: SPOT_FLEET,
                    name: "fleet",
                    props: {
                        iamFleetRole: `arn:aws:iam::${ACCOUNT}:role/fleet`,
                        targetCapacity: 1,
                        launchSpecifications: [{ ami: "ami-base", instanceType: "t3.micro", vpcSecurityGroupIds: ["sg-app"] }],
                    },
                    propertyDependencies: { launchSpecifications: ["app-sg"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SPOT_FLEET, "fleet"],
                message:
                    /launchSpecifications.rootBlockDevices is not set, so the root volume of every instance takes the image's encryption/,
            },
            {
                title: "a PII spot fleet that leaves its instances running",
                change: add({
                    type: SPOT_FLEET,
                    name: "fleet",
                    props: {
                        iamFleetRole: `arn:aws:iam::${ACCOUNT}:role/fleet`,
                        targetCapacity: 1,
                        terminateInstancesOnDelete: "false",
                        tags: PII_TAGS,
                        launchSpecifications: [
                            { ami: "ami-base", instanceType: "t3.micro", vpcSecurityGroupIds: ["sg-app"], rootBlockDevices: [ENCRYPTED] },
                        ],
                    },
                    propertyDependencies: { launchSpecifications: ["app-sg"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SPOT_FLEET, "fleet"],
                message:
                    /keeps its instances \(and their volumes\) running after the request is deleted, .* \(terminateInstancesOnDelete is "false"\)/,
            },
            {
                title: "a PII spot fleet relying on the default (instances kept)",
                change: add({
                    type: SPOT_FLEET,
                    name: "fleet",
                    props: {
                        iamFleetRole: `arn:aws:iam::${ACCOUNT}:role/fleet`,
                        targetCapacity: 1,
                        tags: PII_TAGS,
                        launchSpecifications: [
                            { ami: "ami-base", instanceType: "t3.micro", vpcSecurityGroupIds: ["sg-app"], rootBlockDevices: [ENCRYPTED] },
                        ],
                    },
                    propertyDependencies: { launchSpecifications: ["app-sg"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SPOT_FLEET, "fleet"],
                message: /terminateInstancesOnDelete is not set and terminateInstancesWithExpiration is not true/,
            },
        ],
        [
            {
                title: "a PII spot fleet terminating its instances with the request",
                change: add({
                    type: SPOT_FLEET,
                    name: "fleet",
                    props: {
                        iamFleetRole: `arn:aws:iam::${ACCOUNT}:role/fleet`,
                        targetCapacity: 1,
                        terminateInstancesWithExpiration: true,
                        tags: PII_TAGS,
                        launchSpecifications: [
                            { ami: "ami-base", instanceType: "t3.micro", vpcSecurityGroupIds: ["sg-app"], rootBlockDevices: [ENCRYPTED] },
                        ],
                    },
                    propertyDependencies: { launchSpecifications: ["app-sg"] },
                }),
            },
            {
                title: "a launch configuration with the region's customer-managed default key",
                change: add(
                    {
                        type: LAUNCH_CONFIGURATION,
                        name: "legacy-lc",
                        props: {
                            imageId: "ami-base",
                            instanceType: "t3.micro",
                            securityGroups: ["sg-app"],
                            rootBlockDevice: { encrypted: true },
                        },
                        propertyDependencies: { securityGroups: ["app-sg"] },
                    },
                    { type: "aws:ebs/defaultKmsKey:DefaultKmsKey", name: "ebs-key", props: { keyArn: KEY_ARN } },
                ),
            },
        ],
    );

    describeEntry(
        "machine images",
        ec2,
        [
            {
                title: "an image of a PII server",
                change: add(imageOf("printer")),
                policy: datastoreRetentionLimitCopies,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /is a machine image of an instance, a copy of personal data \(a copy of printer \(pii\)\) that never expires/,
            },
            {
                title: "an image of an untagged server (judged as pii)",
                change: add(imageOf("app")),
                policy: datastoreRetentionLimitCopies,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /a copy of app \(unclassified, treated as pii\)/,
            },
            {
                title: "an image of a PII server tagged lower",
                change: add(imageOf("printer", CONFIDENTIAL_TAGS)),
                policy: datastoreTagsRequireClassification,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /is classified confidential but holds pii data/,
            },
            {
                title: "an image registered from snapshots outside the stack",
                change: add({
                    type: AMI,
                    name: "registered",
                    props: {
                        name: "registered",
                        rootDeviceName: "/dev/xvda",
                        ebsBlockDevices: [{ deviceName: "/dev/xvda", snapshotId: "snap-elsewhere" }],
                    },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [AMI, "registered"],
                message: /is a machine image, a copy of personal data \(a copy of snap-elsewhere, outside this stack/,
            },
            {
                title: "an image copy under the region's default key",
                change: add({
                    type: AMI_COPY,
                    name: "image-copy",
                    props: {
                        name: "image-copy",
                        sourceAmiId: "ami-base",
                        sourceAmiRegion: "eu-west-1",
                        region: "eu-west-1",
                        encrypted: true,
                        tags: CONFIDENTIAL_TAGS,
                    },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [AMI_COPY, "image-copy"],
                message: /the image copy's snapshots: has no kmsKeyId/,
            },
            {
                title: "an image copied into another region",
                change: add({
                    type: AMI_COPY,
                    name: "image-copy",
                    props: {
                        name: "image-copy",
                        sourceAmiId: "ami-base",
                        sourceAmiRegion: "eu-west-1",
                        region: "us-east-1",
                        ...ENCRYPTED,
                        tags: CONFIDENTIAL_TAGS,
                    },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [AMI_COPY, "image-copy"],
                message: /copies the image from region eu-west-1 into region us-east-1/,
            },
            {
                title: "an image made public",
                change: (stack) => {
                    add(imageOf("app", CONFIDENTIAL_TAGS), {
                        type: LAUNCH_PERMISSION,
                        name: "public",
                        props: { imageId: "ami-1", group: "all" },
                        propertyDependencies: { imageId: ["image"] },
                    })(stack);
                    props("app", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /the machine image is public: group is "all"/,
            },
            {
                title: "an image shared with everyone",
                change: (stack) => {
                    add(imageOf("app", CONFIDENTIAL_TAGS), {
                        type: LAUNCH_PERMISSION,
                        name: "public",
                        props: { imageId: "ami-1", group: "all" },
                        propertyDependencies: { imageId: ["image"] },
                    })(stack);
                    props("app", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /shares the machine image with everyone \(all\)/,
            },
            {
                title: "an image shared with another account",
                change: (stack) => {
                    add(imageOf("app", CONFIDENTIAL_TAGS), {
                        type: LAUNCH_PERMISSION,
                        name: "share",
                        props: { imageId: "ami-1", accountId: OUTSIDE_ACCOUNT },
                        propertyDependencies: { imageId: ["image"] },
                    })(stack);
                    props("app", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /shares the machine image with account 999988887777, outside this stack/,
            },
            {
                title: "an image shared with an organization",
                change: (stack) => {
                    add(imageOf("app", CONFIDENTIAL_TAGS), {
                        type: LAUNCH_PERMISSION,
                        name: "share",
                        props: { imageId: "ami-1", organizationArn: "arn:aws:organizations::111122223333:organization/o-abc" },
                        propertyDependencies: { imageId: ["image"] },
                    })(stack);
                    props("app", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [AMI_FROM_INSTANCE, "image"],
                message: /shares the machine image with the organization arn:aws:organizations/,
            },
            {
                title: "public images unblocked in the region",
                change: props("no-public-images", (p) => {
                    p.state = "unblocked";
                }),
                policy: datastoreAccessBlockPublic,
                at: ["aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess", "no-public-images"],
                message: /the region's machine image sharing is public/,
            },
        ],
        [
            {
                title: "an image of a confidential server, shared inside the stack's account",
                change: (stack) => {
                    add(imageOf("app", CONFIDENTIAL_TAGS), {
                        type: LAUNCH_PERMISSION,
                        name: "share",
                        props: { imageId: "ami-1", accountId: ACCOUNT },
                        propertyDependencies: { imageId: ["image"] },
                    })(stack);
                    props("app", (p) => {
                        p.tags = CONFIDENTIAL_TAGS;
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "flow logs, traffic mirroring and network grants",
        ec2,
        [
            {
                title: "flow records delivered to another account's log group",
                change: (stack) => {
                    props("vpc-flows", (p) => {
                        p.logDestination = `arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:log-group:central`;
                    })(stack);
                    stack.find((s) => s.name === "vpc-flows")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [FLOW_LOG, "vpc-flows"],
                message:
                    /delivers flow records to arn:aws:logs:eu-west-1:999988887777:log-group:central, in account 999988887777, outside this stack/,
            },
            {
                title: "flow records delivered through another account's role",
                change: props("vpc-flows", (p) => {
                    p.deliverCrossAccountRole = `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/deliver`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [FLOW_LOG, "vpc-flows"],
                message: /delivers flow records across accounts through role arn:aws:iam::999988887777:role\/deliver/,
            },
            {
                title: "a flow-log group classified lower than its records",
                change: props("flow-logs", (p) => {
                    p.tags = { "data-classification": "internal", "retention-days": "30", owner: "net" };
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:cloudwatch/logGroup:LogGroup", "flow-logs"],
                message: /is classified internal but holds confidential data as a copy of vpc-flows/,
            },
            {
                title: "PII traffic mirrored to a target outside the stack",
                change: add({
                    type: MIRROR_SESSION,
                    name: "mirror",
                    props: {
                        networkInterfaceId: "eni-1",
                        sessionNumber: 1,
                        trafficMirrorFilterId: "tmf-1",
                        trafficMirrorTargetId: "tmt-elsewhere",
                        tags: PII_TAGS,
                    },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [MIRROR_SESSION, "mirror"],
                message: /mirrors packets to tmt-elsewhere, which is not a resource of this stack/,
            },
            {
                title: "mirrored packets sent to an appliance behind a gateway load balancer endpoint",
                change: add(
                    { type: MIRROR_TARGET, name: "appliance", props: { gatewayLoadBalancerEndpointId: "vpce-1" } },
                    {
                        type: MIRROR_SESSION,
                        name: "mirror",
                        props: {
                            networkInterfaceId: "eni-1",
                            sessionNumber: 1,
                            trafficMirrorFilterId: "tmf-1",
                            trafficMirrorTargetId: "tmt-1",
                        },
                        propertyDependencies: { trafficMirrorTargetId: ["appliance"] },
                    },
                ),
                policy: datastoreSharingRestrictDestinations,
                at: [MIRROR_TARGET, "appliance"],
                message:
                    /sends mirrored packets of personal data \(a copy of mirror \(unclassified, treated as pii\)\) through gateway load balancer endpoint "vpce-1"/,
            },
            {
                title: "mirrored packets sent to another account's load balancer",
                change: add({
                    type: MIRROR_TARGET,
                    name: "appliance",
                    props: { networkLoadBalancerArn: `arn:aws:elasticloadbalancing:eu-west-1:${OUTSIDE_ACCOUNT}:loadbalancer/net/ids/1` },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [MIRROR_TARGET, "appliance"],
                message: /mirrors packets to network load balancer arn:aws:elasticloadbalancing:eu-west-1:999988887777/,
            },
            {
                title: "a peering with another account",
                change: props("to-shared", (p) => {
                    p.peerOwnerId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PEERING, "to-shared"],
                message: /opens a network path to the VPC of account 999988887777, outside this stack/,
            },
            {
                title: "a peering with another region",
                change: props("to-shared", (p) => {
                    p.peerRegion = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PEERING, "to-shared"],
                message: /opens a network path to a VPC in region us-east-1, not on allowedRegions/,
            },
            {
                title: "a network interface another account may attach",
                change: add({
                    type: "aws:ec2/networkInterfacePermission:NetworkInterfacePermission",
                    name: "eni-grant",
                    props: { networkInterfaceId: "eni-1", awsAccountId: OUTSIDE_ACCOUNT, permission: "INSTANCE-ATTACH" },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:ec2/networkInterfacePermission:NetworkInterfacePermission", "eni-grant"],
                message: /lets an instance join this VPC from account 999988887777/,
            },
            {
                title: "an endpoint service open to every account without review",
                change: add({
                    type: ENDPOINT_SERVICE,
                    name: "svc",
                    props: {
                        acceptanceRequired: false,
                        allowedPrincipals: ["*"],
                        networkLoadBalancerArns: ["arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/svc/1"],
                    },
                }),
                policy: datastoreAccessBlockPublic,
                at: [ENDPOINT_SERVICE, "svc"],
                message: /admits every account \(allowedPrincipals "\*"\) and accepts their connections without review/,
            },
            {
                title: "an endpoint service admitting another account (side resource)",
                change: add(
                    { type: ENDPOINT_SERVICE, name: "svc", props: { acceptanceRequired: true } },
                    {
                        type: "aws:ec2/vpcEndpointServiceAllowedPrinciple:VpcEndpointServiceAllowedPrinciple",
                        name: "svc-partner",
                        props: { vpcEndpointServiceId: "vpce-svc-1", principalArn: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` },
                        propertyDependencies: { vpcEndpointServiceId: ["svc"] },
                    },
                ),
                policy: datastoreSharingRestrictDestinations,
                at: [ENDPOINT_SERVICE, "svc"],
                message: /admits connections to the endpoint service from arn:aws:iam::999988887777:root, in account 999988887777/,
            },
        ],
        [
            {
                title: "flow records to a bucket of the stack",
                change: (stack) => {
                    remove("flow-logs")(stack);
                    props("vpc-flows", (p) => {
                        p.logDestinationType = "s3";
                        p.logDestination = "arn:aws:s3:::logs-abc/flows/";
                    })(stack);
                    stack.find((s) => s.name === "vpc-flows")!.propertyDependencies = {};
                },
            },
            {
                title: "a peering with the shipping provider, in an allowed region",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT], allowedRegions: ["eu-central-1"] },
                change: props("to-shared", (p) => {
                    p.peerOwnerId = OUTSIDE_ACCOUNT;
                    p.peerRegion = "eu-central-1";
                }),
            },
            {
                title: "an endpoint service open to every account, each connection reviewed",
                change: add({
                    type: ENDPOINT_SERVICE,
                    name: "svc",
                    props: { acceptanceRequired: true, allowedPrincipals: [`arn:aws:iam::${ACCOUNT}:root`] },
                }),
            },
            { title: "no peering at all", change: remove("to-shared") },
        ],
    );
});
