/**
 * EC2: machine images and their sharing, snapshot sharing, instances and what launches them
 * (launch templates and configurations, spot requests), flow logs, traffic mirroring and the
 * network grants that reach into another account. VPC routing, gateways, addresses and the like
 * carry packets and store nothing: they are on the reviewed no-data list.
 */
import type { AmiArgs } from "@pulumi/aws/ec2/ami";
import type { AmiCopyArgs } from "@pulumi/aws/ec2/amiCopy";
import type { AmiFromInstanceArgs } from "@pulumi/aws/ec2/amiFromInstance";
import type { AmiLaunchPermissionArgs } from "@pulumi/aws/ec2/amiLaunchPermission";
import type { FlowLogArgs } from "@pulumi/aws/ec2/flowLog";
import type { ImageBlockPublicAccessArgs } from "@pulumi/aws/ec2/imageBlockPublicAccess";
import type { InstanceArgs } from "@pulumi/aws/ec2/instance";
import type { LaunchConfigurationArgs } from "@pulumi/aws/ec2/launchConfiguration";
import type { LaunchTemplateArgs } from "@pulumi/aws/ec2/launchTemplate";
import type { NetworkInterfacePermissionArgs } from "@pulumi/aws/ec2/networkInterfacePermission";
import type { SnapshotCreateVolumePermissionArgs } from "@pulumi/aws/ec2/snapshotCreateVolumePermission";
import type { SpotFleetRequestArgs } from "@pulumi/aws/ec2/spotFleetRequest";
import type { SpotInstanceRequestArgs } from "@pulumi/aws/ec2/spotInstanceRequest";
import type { TrafficMirrorSessionArgs } from "@pulumi/aws/ec2/trafficMirrorSession";
import type { TrafficMirrorTargetArgs } from "@pulumi/aws/ec2/trafficMirrorTarget";
import type { VpcEndpointServiceArgs } from "@pulumi/aws/ec2/vpcEndpointService";
import type { VpcEndpointServiceAllowedPrincipleArgs } from "@pulumi/aws/ec2/vpcEndpointServiceAllowedPrinciple";
import type { VpcPeeringConnectionArgs } from "@pulumi/aws/ec2/vpcPeeringConnection";
import { ownAccounts } from "../../lib/accounts";
import { referencedResources } from "../../lib/monitoring";
import { openIngress, securityGroupsOf, unverifiableIngress } from "../../lib/network";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read } from "../read";
import { EbsDevices, SNAPSHOT_TYPES, copiedFromRegion, ebsEncryption, volumesKeptAfterTermination } from "./ebs";
import { BUCKET_TYPES } from "./s3";

export const IMAGE_TYPES = [
    "aws:ec2/ami:Ami",
    "aws:ec2/amiCopy:AmiCopy",
    "aws:ec2/amiFromInstance:AmiFromInstance",
    "aws:imagebuilder/image:Image",
];
export const INSTANCE_TYPES = ["aws:ec2/instance:Instance", "aws:ec2/spotInstanceRequest:SpotInstanceRequest"];
export const LAUNCH_TEMPLATE_TYPES = ["aws:ec2/launchTemplate:LaunchTemplate"];
const NETWORK_INTERFACE_TYPES = ["aws:ec2/networkInterface:NetworkInterface"];
const SUBNET_TYPES = ["aws:ec2/subnet:Subnet", "aws:ec2/defaultSubnet:DefaultSubnet"];
const LOG_DESTINATION_TYPES = [
    "aws:cloudwatch/logGroup:LogGroup",
    ...BUCKET_TYPES,
    "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
];
const TRAFFIC_MIRROR_TARGET_TYPES = ["aws:ec2/trafficMirrorTarget:TrafficMirrorTarget"];
const ENDPOINT_SERVICE_TYPES = ["aws:ec2/vpcEndpointService:VpcEndpointService"];

const ACCOUNT_OF = /^(\d{12})$|^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/;

/** The account an account id or ARN names, if any. */
function accountOf(value: unknown): string | undefined {
    if (typeof value !== "string") return undefined;
    const match = ACCOUNT_OF.exec(value);
    return match?.[1] ?? match?.[2];
}

const present = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/** Where a launching resource says its network settings are. */
interface NetworkPaths {
    /** Paths of security group ids or names (any of them present: no default group). */
    readonly securityGroups: readonly string[];
    /** Paths of attached network interface ids: their groups guard the instance instead. */
    readonly interfaces?: readonly string[];
    /** The public IP switch. */
    readonly publicIp: string;
    /** The subnet whose map-public-IP setting decides when `publicIp` is absent; without it, only an explicit true counts. */
    readonly subnet?: string;
    /** A launch template that may carry the settings instead. */
    readonly template?: string;
    /** Only when this path is present (spot fleets with inline launch specifications). */
    readonly only?: string;
}

/** A launch template reference that names a template of this stack (judged on its own). */
function templateInStack(context: StoreContext, path: string): boolean {
    const ref = context.store.res.props[path];
    if (!present(ref)) return false;
    return referencedResources(context.index, LAUNCH_TEMPLATE_TYPES, context.store.res, path, [ref?.id, ref?.name, ref]).length > 0;
}

/**
 * Security groups open to the internet, the VPC's default group, and (on a PII instance) a
 * public IP address: as AWS decides them, from the instance, its network interfaces, its
 * subnet or its launch template (DP-2.2).
 */
function networkExposure(paths: NetworkPaths): CustomCheck {
    return {
        summary: `security groups (${paths.securityGroups.join(", ")}) admit no 0.0.0.0/0 or ::/0 and are not the VPC default; no public IP (${paths.publicIp}) on a PII instance`,
        custom: (context) => {
            const { index, store, report } = context;
            const props = store.res.props;
            if (paths.only && !present(props[paths.only])) return;
            const interfaces = (paths.interfaces ?? [])
                .flatMap((path) => read(props, path).map((r) => ({ path, reading: r })))
                .filter((r) => r.reading.state !== "absent");
            const template = paths.template && present(props[paths.template]) ? paths.template : undefined;
            if (interfaces.length > 0) {
                for (const { path, reading } of interfaces) {
                    const found = referencedResources(
                        index,
                        NETWORK_INTERFACE_TYPES,
                        store.res,
                        path.split(".")[0],
                        reading.state === "known" ? asList(reading.value) : [],
                    );
                    if (found.length === 0) {
                        report(
                            reading.state === "unknown"
                                ? `${path} is not known during preview, so the security groups of its network interface cannot be verified`
                                : `attaches network interface ${JSON.stringify(reading.value)}, not a resource of this stack, so its security groups cannot be verified`,
                        );
                    }
                    for (const eni of found) {
                        const ids = asList(eni.props.securityGroups);
                        if (ids.length === 0 && !isUnknown(eni.props.securityGroups))
                            report(
                                `its network interface ${eni.name} names no securityGroups, so the VPC's default security group applies`,
                            );
                        for (const group of securityGroupsOf(index, eni, "securityGroups", ids)) {
                            for (const problem of openIngress(index, group))
                                report(
                                    `its network interface ${eni.name}: security group ${group.name} is open to the internet: ${problem}`,
                                );
                            for (const unknown of unverifiableIngress(index, group))
                                report(
                                    `its network interface ${eni.name}: whether security group ${group.name} admits the internet cannot be verified during preview: ${unknown}`,
                                );
                        }
                    }
                }
            } else {
                const readings = paths.securityGroups.flatMap((path) => read(props, path).map((r) => ({ path, reading: r })));
                const named = readings.some(
                    ({ reading }) => reading.state === "unknown" || (reading.state === "known" && present(reading.value)),
                );
                if (!named && !template)
                    report(`names no ${paths.securityGroups.join(" or ")}, so the VPC's default security group applies`);
                else if (!named && template && !templateInStack(context, template))
                    report(
                        `takes its security groups from launch template ${JSON.stringify(props[template])}, not a resource of this stack, so they cannot be verified`,
                    );
                for (const { path, reading } of readings) {
                    if (reading.state !== "known") continue;
                    for (const group of securityGroupsOf(index, store.res, path.split(".")[0], asList(reading.value))) {
                        for (const problem of openIngress(index, group))
                            report(`its security group ${group.name} is open to the internet: ${problem}`);
                        for (const unknown of unverifiableIngress(index, group))
                            report(
                                `whether its security group ${group.name} admits the internet cannot be verified during preview: ${unknown}`,
                            );
                    }
                }
            }
            if (!store.isPii) return;
            for (const reading of read(props, paths.publicIp)) {
                if (reading.state === "unknown") report(`holds personal data but ${paths.publicIp} is not known during preview`);
                else if (reading.state === "known" && isTrue(reading.value))
                    report(`holds personal data (${store.classifiedBy}) and has a public IP address (${paths.publicIp} is true)`);
                else if (reading.state === "absent" && paths.subnet && interfaces.length === 0 && !template) {
                    const subnet = props[paths.subnet];
                    if (isUnknown(subnet) && !store.res.source.propertyDependencies?.[paths.subnet]?.length) {
                        report(
                            `holds personal data but ${paths.subnet} is not known during preview, so its public IP address cannot be ruled out: set ${paths.publicIp} to false`,
                        );
                        continue;
                    }
                    if (!present(subnet)) {
                        report(
                            `holds personal data (${store.classifiedBy}) and names no ${paths.subnet}, so it launches into the default VPC, whose default subnets give it a public IP address: set ${paths.publicIp} to false`,
                        );
                        continue;
                    }
                    const found = referencedResources(index, SUBNET_TYPES, store.res, paths.subnet, [subnet]);
                    if (found.length === 0)
                        report(
                            `holds personal data but ${paths.publicIp} is not set, so subnet ${JSON.stringify(subnet)}, not a resource of this stack, decides whether it gets a public IP address: set ${paths.publicIp} to false`,
                        );
                    for (const net of found) {
                        const maps = net.props.mapPublicIpOnLaunch;
                        const on =
                            isUnknown(maps) || isTrue(maps) || (maps === undefined && net.type === "aws:ec2/defaultSubnet:DefaultSubnet");
                        if (on)
                            report(
                                `holds personal data (${store.classifiedBy}) and gets a public IP address: ${paths.publicIp} is not set and subnet ${net.name} maps public IPs on launch (mapPublicIpOnLaunch)`,
                            );
                    }
                }
            }
        },
    };
}

const USER_DATA_WHY = "which is stored in plaintext and readable by anyone who can describe the instance or reach its metadata service";
const SIDE = { notOffered: "a permission stores nothing; the image or snapshot is judged" };
const NOTHING = { notOffered: "stores nothing" };
const SETTING = { notOffered: "an account setting keeps no data" };
const INSIDE_AWS = { notOffered: "EBS and EC2 copy disk blocks inside AWS" };

export const ec2Ami = entry<AmiArgs>()({
    types: ["aws:ec2/ami:Ami"],
    holds: "a machine image: the disks (snapshots) of a server, with whatever data was on them",
    tagging: "copy",
    names: ["name"],
    sources: [
        { path: "ebsBlockDevices.snapshotId", types: SNAPSHOT_TYPES },
        { path: "imageLocation", types: BUCKET_TYPES, pattern: /^([^/]+)\// },
    ],
    atRest: { notOffered: "an image registers existing snapshots and keeps their encryption (no key argument), judged on the snapshots" },
    inTransit: INSIDE_AWS,
    retention: [{ what: "a machine image", neverExpires: true }],
    notes: "deprecationTime only hides an image; it and its snapshots stay until deregistered and deleted. Sharing is judged on aws.ec2.AmiLaunchPermission.",
});

export const ec2AmiCopy = entry<AmiCopyArgs>()({
    types: ["aws:ec2/amiCopy:AmiCopy"],
    holds: "a copy of a machine image and its snapshots, possibly from another region",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "sourceAmiId", types: IMAGE_TYPES }],
    atRest: [ebsEncryption([{ what: "the image copy's snapshots", encrypted: "encrypted", key: "kmsKeyId" }])],
    inTransit: INSIDE_AWS,
    retention: [{ what: "a copy of a machine image", neverExpires: true }],
    destinations: [copiedFromRegion("copies the image from", "sourceAmiRegion")],
    notes: "Snapshots of an encrypted image stay encrypted, but without kmsKeyId under the region's default EBS key.",
});

export const ec2AmiFromInstance = entry<AmiFromInstanceArgs>()({
    types: ["aws:ec2/amiFromInstance:AmiFromInstance"],
    holds: "a machine image captured from a running instance: snapshots of all its volumes",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "sourceInstanceId", types: INSTANCE_TYPES }],
    atRest: {
        notOffered: "the snapshots take the encryption and keys of the instance's volumes (no key argument), judged on the instance",
    },
    inTransit: INSIDE_AWS,
    retention: [{ what: "a machine image of an instance", neverExpires: true }],
});

export const ec2AmiLaunchPermission = entry<AmiLaunchPermissionArgs>()({
    types: ["aws:ec2/amiLaunchPermission:AmiLaunchPermission"],
    holds: "who may launch (and so copy) a machine image",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "imageId", types: IMAGE_TYPES }],
    atRest: SIDE,
    inTransit: SIDE,
    exposure: [{ what: "the machine image", publicWhen: { path: "group", on: ["all"], absent: false } }],
    retention: SIDE,
    destinations: [
        { what: "shares the machine image with", account: "accountId" },
        { what: "shares the machine image with", sharedWith: "group" },
        { what: "shares the machine image with the organization", sharedWith: "organizationArn" },
        { what: "shares the machine image with the organizational unit", sharedWith: "organizationalUnitArn" },
    ],
});

export const ec2SnapshotCreateVolumePermission = entry<SnapshotCreateVolumePermissionArgs>()({
    types: ["aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission"],
    holds: "who may create volumes from (and so copy) a snapshot",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "snapshotId", types: SNAPSHOT_TYPES }],
    atRest: SIDE,
    inTransit: SIDE,
    retention: SIDE,
    destinations: [{ what: "shares the snapshot with", account: "accountId" }],
    notes: "An unencrypted snapshot is readable at once by the account it is shared with; an encrypted one once its key is shared too.",
});

export const ec2ImageBlockPublicAccess = entry<ImageBlockPublicAccessArgs>()({
    types: ["aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess"],
    holds: "the region's block on making machine images public",
    tagging: "carrier",
    atRest: SETTING,
    inTransit: SETTING,
    exposure: [{ what: "the region's machine image sharing", publicWhen: { path: "state", on: ["unblocked"], absent: false } }],
    retention: SETTING,
});

const INSTANCE_DEVICES: readonly EbsDevices[] = [
    {
        what: "the root volume",
        path: "rootBlockDevice",
        encrypted: "encrypted",
        key: "kmsKeyId",
        deleteOnTermination: "deleteOnTermination",
        deletedWhenAbsent: true,
        implicit:
            "the root volume takes the image's encryption (unencrypted for an unencrypted image, unless the region's EBS encryption by default is on)",
        implicitFromTemplate: { path: "launchTemplate", types: LAUNCH_TEMPLATE_TYPES },
    },
    {
        what: "an EBS volume",
        path: "ebsBlockDevices",
        encrypted: "encrypted",
        key: "kmsKeyId",
        deleteOnTermination: "deleteOnTermination",
        deletedWhenAbsent: true,
    },
];

const INSTANCE_NETWORK: NetworkPaths = {
    securityGroups: ["vpcSecurityGroupIds", "securityGroups"],
    interfaces: ["networkInterfaces.networkInterfaceId", "primaryNetworkInterface.networkInterfaceId"],
    publicIp: "associatePublicIpAddress",
    subnet: "subnetId",
    template: "launchTemplate",
};

export const ec2Instance = entry<InstanceArgs>()({
    types: ["aws:ec2/instance:Instance"],
    holds: "a server: its EBS and instance-store volumes, its memory, and its user data",
    tagging: "carrier",
    atRest: [ebsEncryption(INSTANCE_DEVICES)],
    inTransit: {
        notOffered:
            "EC2 has no TLS setting: the software on the instance decides (Nitro instances encrypt some traffic between instances by themselves)",
    },
    exposure: [
        networkExposure(INSTANCE_NETWORK),
        { what: "user data", plaintextWhenPii: "userData", why: USER_DATA_WHY },
        { what: "user data", plaintextWhenPii: "userDataBase64", why: USER_DATA_WHY },
    ],
    retention: [volumesKeptAfterTermination(INSTANCE_DEVICES)],
    notes: "A carrier: its controls for personal data apply when it is tagged pii (the image it boots is not a source: most images come from outside the stack, and an image of personal data is judged on its own as a copy that never expires). Instance-store volumes are encrypted by the hardware on NVMe instance types, under no key one can choose. The root volume exists even without rootBlockDevice and then takes the image's encryption.",
});

export const ec2SpotInstanceRequest = entry<SpotInstanceRequestArgs>()({
    types: ["aws:ec2/spotInstanceRequest:SpotInstanceRequest"],
    holds: "a spot server: its EBS volumes, its memory, and its user data",
    tagging: "carrier",
    atRest: [ebsEncryption(INSTANCE_DEVICES)],
    inTransit: { notOffered: "EC2 has no TLS setting: the software on the instance decides" },
    exposure: [
        networkExposure({ ...INSTANCE_NETWORK, interfaces: ["networkInterfaces.networkInterfaceId"] }),
        { what: "user data", plaintextWhenPii: "userData", why: USER_DATA_WHY },
        { what: "user data", plaintextWhenPii: "userDataBase64", why: USER_DATA_WHY },
    ],
    retention: [volumesKeptAfterTermination(INSTANCE_DEVICES)],
});

const TEMPLATE_DEVICES: readonly EbsDevices[] = [
    {
        what: "an EBS volume of the template",
        path: "blockDeviceMappings",
        only: "ebs",
        encrypted: "ebs.encrypted",
        key: "ebs.kmsKeyId",
        deleteOnTermination: "ebs.deleteOnTermination",
        deletedWhenAbsent: "unknown",
        implicit:
            "the root volume of every instance takes the image's encryption (unencrypted for an unencrypted image, unless the region's EBS encryption by default is on)",
    },
];

export const ec2LaunchTemplate = entry<LaunchTemplateArgs>()({
    types: ["aws:ec2/launchTemplate:LaunchTemplate"],
    holds: "the volumes, network and user data of every instance launched from it",
    tagging: "carrier",
    names: ["name"],
    atRest: [ebsEncryption(TEMPLATE_DEVICES)],
    inTransit: { notOffered: "EC2 has no TLS setting: the software on the instances decides" },
    exposure: [
        networkExposure({
            securityGroups: ["vpcSecurityGroupIds", "securityGroupNames", "networkInterfaces.securityGroups"],
            interfaces: ["networkInterfaces.networkInterfaceId"],
            publicIp: "networkInterfaces.associatePublicIpAddress",
        }),
        { what: "user data", plaintextWhenPii: "userData", why: `${USER_DATA_WHY}, and kept in every version of the template` },
    ],
    retention: [volumesKeptAfterTermination(TEMPLATE_DEVICES)],
    notes: "A template maps devices; a root volume it does not map takes the image's encryption. Whether a mapped volume without deleteOnTermination outlives its instance is not documented, so a PII template must set it. Without networkInterfaces.associatePublicIpAddress the subnet of each launch decides the public IP, which a template cannot see.",
});

const LAUNCH_CONFIGURATION_DEVICES: readonly EbsDevices[] = [
    {
        what: "the root volume",
        path: "rootBlockDevice",
        encrypted: "encrypted",
        deleteOnTermination: "deleteOnTermination",
        deletedWhenAbsent: true,
        implicit:
            "the root volume of every instance takes the image's encryption (unencrypted for an unencrypted image, unless the region's EBS encryption by default is on)",
    },
    {
        what: "an EBS volume",
        path: "ebsBlockDevices",
        encrypted: "encrypted",
        deleteOnTermination: "deleteOnTermination",
        deletedWhenAbsent: true,
    },
];

export const ec2LaunchConfiguration = entry<LaunchConfigurationArgs>()({
    types: ["aws:ec2/launchConfiguration:LaunchConfiguration"],
    holds: "the volumes, network and user data of every instance an Auto Scaling group launches from it",
    tagging: "carrier",
    names: ["name"],
    atRest: [ebsEncryption(LAUNCH_CONFIGURATION_DEVICES)],
    inTransit: { notOffered: "EC2 has no TLS setting: the software on the instances decides" },
    exposure: [
        networkExposure({ securityGroups: ["securityGroups"], publicIp: "associatePublicIpAddress" }),
        { what: "user data", plaintextWhenPii: "userData", why: USER_DATA_WHY },
        { what: "user data", plaintextWhenPii: "userDataBase64", why: USER_DATA_WHY },
    ],
    retention: [volumesKeptAfterTermination(LAUNCH_CONFIGURATION_DEVICES)],
    notes: "A launch configuration cannot name a KMS key: its volumes use the region's default EBS key, which must be a customer-managed key set with aws.ebs.DefaultKmsKey.",
});

const SPOT_FLEET_DEVICES: readonly EbsDevices[] = [
    {
        what: "a root volume of the fleet",
        path: "launchSpecifications.rootBlockDevices",
        encrypted: "encrypted",
        key: "kmsKeyId",
        deleteOnTermination: "deleteOnTermination",
        deletedWhenAbsent: true,
        implicit:
            "the root volume of every instance takes the image's encryption (unencrypted for an unencrypted image, unless the region's EBS encryption by default is on)",
        implicitWith: "launchSpecifications",
    },
    {
        what: "an EBS volume of the fleet",
        path: "launchSpecifications.ebsBlockDevices",
        encrypted: "encrypted",
        key: "kmsKeyId",
        deleteOnTermination: "deleteOnTermination",
        deletedWhenAbsent: true,
    },
];

/**
 * Deleting the request terminates its instances only if terminateInstancesOnDelete says so; without it,
 * terminateInstancesWithExpiration (off by default) decides.
 */
function checkFleetTermination({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const { terminateInstancesOnDelete: onDelete, terminateInstancesWithExpiration: withExpiration } = store.res.props;
    if (isUnknown(onDelete) || (onDelete === undefined && isUnknown(withExpiration)))
        report("terminateInstancesOnDelete is not known during preview");
    else if (onDelete !== undefined ? !isTrue(onDelete) : !isTrue(withExpiration)) {
        report(
            `keeps its instances (and their volumes) running after the request is deleted, copies of personal data that never expire (${onDelete !== undefined ? `terminateInstancesOnDelete is ${JSON.stringify(onDelete)}` : "terminateInstancesOnDelete is not set and terminateInstancesWithExpiration is not true"})`,
        );
    }
}

export const ec2SpotFleetRequest = entry<SpotFleetRequestArgs>()({
    types: ["aws:ec2/spotFleetRequest:SpotFleetRequest"],
    holds: "the volumes, network and user data of every spot instance it launches",
    tagging: "carrier",
    atRest: [ebsEncryption(SPOT_FLEET_DEVICES)],
    inTransit: { notOffered: "EC2 has no TLS setting: the software on the instances decides" },
    exposure: [
        networkExposure({
            securityGroups: ["launchSpecifications.vpcSecurityGroupIds"],
            publicIp: "launchSpecifications.associatePublicIpAddress",
            only: "launchSpecifications",
        }),
        { what: "user data", plaintextWhenPii: "launchSpecifications.userData", why: USER_DATA_WHY },
    ],
    retention: [
        volumesKeptAfterTermination(SPOT_FLEET_DEVICES),
        {
            custom: checkFleetTermination,
            summary: "terminateInstancesOnDelete (or, without it, terminateInstancesWithExpiration) true on a PII fleet",
        },
    ],
    notes: "Fleets launched from launch templates are judged on the templates. Unless terminateInstancesOnDelete (or, without it, terminateInstancesWithExpiration) is true, the instances keep running when the request is deleted.",
});

/** Accounts named by ARNs or ids at `path` that are neither this stack's nor the shipping provider's (DP-3.2). */
export function outsideAccounts(what: string, path: string): CustomCheck {
    return {
        summary: `the accounts of ${path} are this stack's or the shipping provider's`,
        custom: ({ index, store, config, report }) => {
            const own = ownAccounts(index, config);
            for (const reading of read(store.res.props, path)) {
                if (reading.state === "unknown") report(`${what}: ${path} is not known during preview`);
                if (reading.state !== "known") continue;
                for (const value of asList(reading.value)) {
                    if (isUnknown(value)) report(`${what}: ${path} is not known during preview`);
                    const account = accountOf(value);
                    if (account && !own.has(account) && !config.shippingProviderAccountIds.includes(account))
                        report(`${what} ${value}, in account ${account}, outside this stack`);
                }
            }
        },
    };
}

export const ec2FlowLog = entry<FlowLogArgs>()({
    types: ["aws:ec2/flowLog:FlowLog"],
    holds: "records of network flows (addresses, ports, byte counts), never payloads",
    tagging: "carrier",
    inherent: { classification: "confidential", why: "flow records carry IP addresses and ports of connections, not the data they carry" },
    atRest: { notOffered: "records are encrypted by their destination (log group, bucket or Firehose stream), judged there" },
    inTransit: { notOffered: "delivered by AWS inside AWS" },
    retention: { notOffered: "records are kept by the destination, judged there" },
    destinations: [
        { what: "delivers flow records to", store: true, path: "logDestination", types: LOG_DESTINATION_TYPES },
        outsideAccounts("delivers flow records across accounts through role", "deliverCrossAccountRole"),
    ],
});

export const ec2TrafficMirrorSession = entry<TrafficMirrorSessionArgs>()({
    types: ["aws:ec2/trafficMirrorSession:TrafficMirrorSession"],
    holds: "full copies of the packets (payloads included) of a network interface, in flight",
    tagging: "carrier",
    atRest: { notOffered: "a session stores nothing; whatever listens at its target may" },
    inTransit: {
        notOffered:
            "mirrored packets travel VXLAN-encapsulated, unencrypted by AWS: their payloads are as encrypted as the original traffic",
    },
    retention: { notOffered: "a session stores nothing" },
    destinations: [{ what: "mirrors packets to", store: true, path: "trafficMirrorTargetId", types: TRAFFIC_MIRROR_TARGET_TYPES }],
    notes: "Untagged, it passes on what it mirrors as personal data: its target is judged as pii.",
});

/** A gateway load balancer endpoint leads to an appliance whose owner the stack cannot see. */
function checkMirrorAppliance({ store, report }: StoreContext): void {
    const endpoint = store.res.props.gatewayLoadBalancerEndpointId;
    if (store.isPii && present(endpoint))
        report(
            `sends mirrored packets of personal data (${store.classifiedBy}) through gateway load balancer endpoint ${isUnknown(endpoint) ? "(not known during preview)" : JSON.stringify(endpoint)} to an appliance whose account cannot be verified`,
        );
}

export const ec2TrafficMirrorTarget = entry<TrafficMirrorTargetArgs>()({
    types: ["aws:ec2/trafficMirrorTarget:TrafficMirrorTarget"],
    holds: "where mirrored packets go: a network interface, a network load balancer or a gateway load balancer endpoint",
    tagging: "carrier",
    atRest: { notOffered: "a target stores nothing; the appliance behind it may" },
    inTransit: { notOffered: "mirrored packets travel VXLAN-encapsulated, unencrypted by AWS" },
    retention: { notOffered: "a target stores nothing" },
    destinations: [
        outsideAccounts("mirrors packets to network load balancer", "networkLoadBalancerArn"),
        { custom: checkMirrorAppliance, summary: "no PII mirrored through a gateway load balancer endpoint" },
    ],
});

export const ec2VpcPeeringConnection = entry<VpcPeeringConnectionArgs>()({
    types: ["aws:ec2/vpcPeeringConnection:VpcPeeringConnection"],
    holds: "a network path between two VPCs, possibly of another account or region",
    tagging: "carrier",
    atRest: NOTHING,
    inTransit: { notOffered: "no TLS setting; AWS encrypts traffic between regions, the applications decide inside a region" },
    retention: NOTHING,
    destinations: [
        { what: "opens a network path to the VPC of", account: "peerOwnerId" },
        { what: "opens a network path to a VPC in", region: "peerRegion" },
    ],
    notes: "Without peerOwnerId the peer VPC is in the stack's own account; without peerRegion, in its region. The accepting side (VpcPeeringConnectionAccepter) sees the requester only in its outputs.",
});

export const ec2NetworkInterfacePermission = entry<NetworkInterfacePermissionArgs>()({
    types: ["aws:ec2/networkInterfacePermission:NetworkInterfacePermission"],
    holds: "another account's right to attach a network interface of this account (and so join its subnet)",
    tagging: "carrier",
    atRest: NOTHING,
    inTransit: NOTHING,
    retention: NOTHING,
    destinations: [{ what: "lets an instance join this VPC from", account: "awsAccountId" }],
});

/** Principal "*" on an endpoint service that accepts connections by itself lets any account connect. */
function openEndpointService(path: string, acceptance: (context: StoreContext) => unknown): CustomCheck {
    return {
        summary: `${path} not "*" while acceptanceRequired is false`,
        custom: (context) => {
            const principals = read(context.store.res.props, path).flatMap((r) => (r.state === "known" ? asList(r.value) : []));
            if (!principals.includes("*")) return;
            const accepts = acceptance(context);
            if (isUnknown(accepts))
                context.report(
                    `the endpoint service admits every account (${path} "*"), and acceptanceRequired is not known during preview`,
                );
            else if (!isTrue(accepts))
                context.report(
                    `the endpoint service admits every account (${path} "*") and accepts their connections without review (acceptanceRequired is not true)`,
                );
        },
    };
}

export const ec2VpcEndpointService = entry<VpcEndpointServiceArgs>()({
    types: ["aws:ec2/vpcEndpointService:VpcEndpointService"],
    holds: "a service of this account (behind a load balancer) offered to other VPCs and accounts over PrivateLink",
    tagging: "carrier",
    atRest: NOTHING,
    inTransit: { notOffered: "the load balancer's listeners decide" },
    exposure: [openEndpointService("allowedPrincipals", (context) => context.store.res.props.acceptanceRequired)],
    retention: NOTHING,
    destinations: [outsideAccounts("admits connections from", "allowedPrincipals")],
});

export const ec2VpcEndpointServiceAllowedPrinciple = entry<VpcEndpointServiceAllowedPrincipleArgs>()({
    types: ["aws:ec2/vpcEndpointServiceAllowedPrinciple:VpcEndpointServiceAllowedPrinciple"],
    holds: "an account or role admitted to an endpoint service",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "vpcEndpointServiceId", types: ENDPOINT_SERVICE_TYPES }],
    atRest: NOTHING,
    inTransit: NOTHING,
    exposure: [openEndpointService("principalArn", (context) => context.store.sources[0]?.res.props.acceptanceRequired)],
    retention: NOTHING,
    destinations: [outsideAccounts("admits connections to the endpoint service from", "principalArn")],
});
