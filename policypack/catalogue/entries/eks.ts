/** EKS: clusters (Kubernetes secrets, the API endpoint), managed node groups (their volumes, SSH) and access entries. */
import type { AccessEntryArgs } from "@pulumi/aws/eks/accessEntry";
import type { AccessPolicyAssociationArgs } from "@pulumi/aws/eks/accessPolicyAssociation";
import type { ClusterArgs } from "@pulumi/aws/eks/cluster";
import type { NodeGroupArgs } from "@pulumi/aws/eks/nodeGroup";
import { asList, isObject, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { regionDefaultEncryption } from "./ebs";
import { outsideAccounts } from "./ec2";

const CLUSTER_TYPES = ["aws:eks/cluster:Cluster"];

/** The public API endpoint is on by default and open to 0.0.0.0/0 by default. */
function checkPublicEndpoint({ store, report }: StoreContext): void {
    const vpc = asList(store.res.props.vpcConfig)[0];
    const publicAccess = isObject(vpc) ? vpc.endpointPublicAccess : undefined;
    const cidrs = isObject(vpc) ? vpc.publicAccessCidrs : undefined;
    if (isUnknown(vpc) || isUnknown(publicAccess) || isUnknown(cidrs)) {
        report("vpcConfig.endpointPublicAccess or publicAccessCidrs is not known during preview");
        return;
    }
    if (publicAccess !== undefined && !isTrue(publicAccess)) return;
    const open = cidrs === undefined || asList(cidrs).length === 0 || asList(cidrs).some((c) => c === "0.0.0.0/0" || c === "::/0");
    if (open)
        report(
            `its Kubernetes API endpoint is public (vpcConfig.endpointPublicAccess ${publicAccess === undefined ? "is not set: on by default" : "is true"}) and open to ${cidrs === undefined ? "0.0.0.0/0 (publicAccessCidrs is not set)" : "0.0.0.0/0"}`,
        );
}

export const eksCluster = entry<ClusterArgs>()({
    types: ["aws:eks/cluster:Cluster"],
    holds: "Kubernetes objects: secrets and config maps of its workloads",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "each Kubernetes secret",
            key: "encryptionConfig.provider.keyArn",
            keyAbsentMeans: "an AWS-owned key (EKS's default envelope encryption)",
        },
    ],
    inTransit: { notOffered: "the Kubernetes API is HTTPS only" },
    exposure: [{ custom: checkPublicEndpoint, summary: "no public API endpoint open to 0.0.0.0/0 (the default)" }],
    retention: { notOffered: "objects live until deleted; control-plane logs go to the log group /aws/eks/<name>/cluster, judged there" },
    notes: "Data of pods lives on node volumes, EBS and EFS, judged on their own.",
});

/** SSH to the nodes with no source security groups is open to the internet. */
function checkNodeSsh({ store, report }: StoreContext): void {
    const remote = asList(store.res.props.remoteAccess)[0];
    if (!isObject(remote) || remote.ec2SshKey === undefined) return;
    if (isUnknown(remote.sourceSecurityGroupIds)) report("remoteAccess.sourceSecurityGroupIds is not known during preview");
    else if (asList(remote.sourceSecurityGroupIds).length === 0)
        report("opens SSH (22) on its nodes to 0.0.0.0/0: remoteAccess.ec2SshKey is set without sourceSecurityGroupIds");
}

export const eksNodeGroup = entry<NodeGroupArgs>()({
    types: ["aws:eks/nodeGroup:NodeGroup"],
    holds: "worker nodes: their volumes hold pod data, images and logs",
    tagging: "carrier",
    names: ["nodeGroupName"],
    atRest: [
        regionDefaultEncryption("each node volume", { path: "launchTemplate", why: "the launch template's volumes are judged on it" }),
    ],
    inTransit: { notOffered: "EKS has no TLS setting for pod traffic: the workloads decide" },
    exposure: [{ custom: checkNodeSsh, summary: "no remoteAccess.ec2SshKey without sourceSecurityGroupIds" }],
    retention: { notOffered: "node volumes are deleted with the nodes" },
});

export const eksAccessEntry = entry<AccessEntryArgs>()({
    types: ["aws:eks/accessEntry:AccessEntry"],
    holds: "a principal's access to a cluster",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "clusterName", types: CLUSTER_TYPES }],
    atRest: { notOffered: "an access entry stores nothing" },
    inTransit: { notOffered: "an access entry stores nothing" },
    retention: { notOffered: "an access entry stores nothing" },
    destinations: [outsideAccounts("lets into the cluster principal", "principalArn")],
});

export const eksAccessPolicyAssociation = entry<AccessPolicyAssociationArgs>()({
    types: ["aws:eks/accessPolicyAssociation:AccessPolicyAssociation"],
    holds: "a principal's permissions in a cluster",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "clusterName", types: CLUSTER_TYPES }],
    atRest: { notOffered: "an association stores nothing" },
    inTransit: { notOffered: "an association stores nothing" },
    retention: { notOffered: "an association stores nothing" },
    destinations: [outsideAccounts("grants cluster permissions to principal", "principalArn")],
});
