/** Redshift Serverless: namespaces (the storage), workgroups (the endpoints), snapshots, their policies and VPC endpoints. */
import type { EndpointAccessArgs } from "@pulumi/aws/redshiftserverless/endpointAccess";
import type { NamespaceArgs } from "@pulumi/aws/redshiftserverless/namespace";
import type { ResourcePolicyArgs } from "@pulumi/aws/redshiftserverless/resourcePolicy";
import type { SnapshotArgs } from "@pulumi/aws/redshiftserverless/snapshot";
import type { WorkgroupArgs } from "@pulumi/aws/redshiftserverless/workgroup";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const NAMESPACE_TYPES = ["aws:redshiftserverless/namespace:Namespace"];
export const WORKGROUP_TYPES = ["aws:redshiftserverless/workgroup:Workgroup"];
const SNAPSHOT_TYPES = ["aws:redshiftserverless/snapshot:Snapshot"];

/** Config parameter keys as the API writes them (`require_ssl`); the provider's docs spell them in camel case. */
const normalised = (key: unknown) => String(key).replace(/_/g, "").toLowerCase();

/** A workgroup requires TLS only when its config parameter require_ssl is true. */
function checkRequireSsl({ store, report }: StoreContext): void {
    const parameters = store.res.props.configParameters;
    if (isUnknown(parameters)) {
        report("client connections: configParameters is not known during preview, so require_ssl cannot be verified");
        return;
    }
    const found = asList(parameters).find((p) => normalised(p?.parameterKey) === "requiressl");
    if (!found)
        report(
            "client connections does not require TLS: configParameters sets no require_ssl (set it to true; AWS documents no secure default for workgroups)",
        );
    else if (isUnknown(found.parameterValue)) report("client connections: require_ssl is not known during preview");
    else if (!["true", "on", "1"].includes(String(found.parameterValue).toLowerCase()))
        report(`client connections does not require TLS: require_ssl is ${JSON.stringify(found.parameterValue)}`);
}

const NOTHING_STORED = { notOffered: "stores no rows; the namespace is judged" };

export const redshiftserverlessNamespace = entry<NamespaceArgs>()({
    types: ["aws:redshiftserverless/namespace:Namespace"],
    holds: "databases and tables of a serverless data warehouse",
    tagging: "store",
    names: ["namespaceName"],
    atRest: [
        { what: "the namespace", key: "kmsKeyId", keyAbsentMeans: "an AWS-owned key" },
        {
            what: "the admin credentials secret",
            when: { path: "manageAdminPassword", on: [true] },
            key: "adminPasswordSecretKmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/secretsmanager key",
        },
    ],
    inTransit: { notOffered: "TLS is required by its workgroups (require_ssl), judged there" },
    retention: [{ what: "automatic recovery points (taken every 30 minutes, kept 24 hours)", awsKeepsDays: 1 }],
    notes: "logExports send user, connection and user-activity logs (query text with literals) to CloudWatch Logs. Query text also sits in system tables for several days, which no argument controls.",
});

export const redshiftserverlessWorkgroup = entry<WorkgroupArgs>()({
    types: ["aws:redshiftserverless/workgroup:Workgroup"],
    holds: "the endpoint serving a namespace's tables",
    tagging: "copy",
    names: ["workgroupName"],
    sources: [{ path: "namespaceName", types: NAMESPACE_TYPES }],
    atRest: { notOffered: "storage is the namespace's, encrypted under its key" },
    inTransit: [{ custom: checkRequireSsl, summary: "configParameters sets require_ssl = true" }],
    exposure: [
        { what: "the workgroup", publicWhen: { path: "publiclyAccessible", absent: false } },
        { what: "the workgroup", securityGroups: "securityGroupIds" },
    ],
    retention: { notOffered: "recovery points and snapshots are the namespace's" },
});

export const redshiftserverlessSnapshot = entry<SnapshotArgs>()({
    types: ["aws:redshiftserverless/snapshot:Snapshot"],
    holds: "a full copy of a namespace",
    tagging: "copy",
    names: ["snapshotName"],
    sources: [{ path: "namespaceName", types: NAMESPACE_TYPES }],
    atRest: { notOffered: "encrypted under its namespace's key" },
    inTransit: { notOffered: "taken by Redshift inside AWS" },
    retention: [{ what: "a manual snapshot", period: "retentionPeriod", unit: "days", absent: "forever", zeroMeans: "forever" }],
});

export const redshiftserverlessResourcePolicy = entry<ResourcePolicyArgs>()({
    types: ["aws:redshiftserverless/resourcePolicy:ResourcePolicy"],
    holds: "who (including other accounts) may restore a snapshot",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "resourceArn", types: SNAPSHOT_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ what: "its snapshot policy", policyDocument: "policy" }],
    retention: NOTHING_STORED,
});

export const redshiftserverlessEndpointAccess = entry<EndpointAccessArgs>()({
    types: ["aws:redshiftserverless/endpointAccess:EndpointAccess"],
    holds: "a network path from a VPC to a workgroup",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "workgroupName", types: WORKGROUP_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: { notOffered: "the workgroup's require_ssl applies" },
    exposure: [{ what: "its VPC endpoint", securityGroups: "vpcSecurityGroupIds" }],
    retention: NOTHING_STORED,
});
