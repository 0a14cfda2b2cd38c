/** Neptune Analytics: in-memory graphs and their private endpoints. */
import type { GraphArgs } from "@pulumi/aws/neptunegraph/graph";
import type { PrivateGraphEndpointArgs } from "@pulumi/aws/neptunegraph/privateGraphEndpoint";
import { entry } from "../entry";
import { ownedKeyCheck } from "./docdb";

const GRAPH_TYPES = ["aws:neptunegraph/graph:Graph"];

export const neptunegraphGraph = entry<GraphArgs>()({
    types: ["aws:neptunegraph/graph:Graph"],
    holds: "vertices, edges, their properties and vector embeddings of a graph",
    tagging: "store",
    names: ["graphName"],
    atRest: [ownedKeyCheck("the graph", "kmsKeyIdentifier", ["AWS_OWNED_KEY", "AWS_OWNED_KMS_KEY"], "an AWS-owned key")],
    inTransit: { notOffered: "Neptune Analytics endpoints accept HTTPS only" },
    exposure: [{ what: "the graph", publicWhen: { path: "publicConnectivity", absent: false, absentMeans: "private" } }],
    retention: {
        notOffered: "a graph keeps its data until the application deletes it or the graph is deleted; it takes no automatic backups",
    },
    notes: "CloudTrail data events exist for AWS::NeptuneGraph::Graph, but a graph's ARN carries its generated id, not graphName, so the catalogue cannot match selectors to it by name: no dataEvents declared.",
});

export const neptunegraphPrivateGraphEndpoint = entry<PrivateGraphEndpointArgs>()({
    types: ["aws:neptunegraph/privateGraphEndpoint:PrivateGraphEndpoint"],
    holds: "a network path from a VPC to a graph",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "graphIdentifier", types: GRAPH_TYPES }],
    atRest: { notOffered: "an endpoint stores nothing" },
    inTransit: { notOffered: "Neptune Analytics endpoints accept HTTPS only" },
    exposure: [{ what: "its private graph endpoint", securityGroups: "vpcSecurityGroupIds" }],
    retention: { notOffered: "an endpoint stores nothing" },
});
