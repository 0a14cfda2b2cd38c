/** Legacy Elasticsearch domains (aws.elasticsearch), judged as OpenSearch domains are. */
import type { DomainArgs } from "@pulumi/aws/elasticsearch/domain";
import type { DomainPolicyArgs } from "@pulumi/aws/elasticsearch/domainPolicy";
import type { VpcEndpointArgs } from "@pulumi/aws/elasticsearch/vpcEndpoint";
import { entry } from "../entry";
import { DOMAIN_CONTROLS } from "./opensearch";

const ES_DOMAIN_TYPES = ["aws:elasticsearch/domain:Domain"];
const DOMAIN_SIDE = { notOffered: "stores no documents; the domain is judged" };

export const elasticsearchDomain = entry<DomainArgs>()({
    types: ["aws:elasticsearch/domain:Domain"],
    holds: "indexed documents (full copies of the records it searches)",
    tagging: "store",
    names: ["domainName"],
    atRest: [...DOMAIN_CONTROLS.atRest],
    inTransit: [...DOMAIN_CONTROLS.inTransit],
    exposure: [...DOMAIN_CONTROLS.exposure],
    retention: [...DOMAIN_CONTROLS.retention],
    destinations: [...DOMAIN_CONTROLS.destinations],
    notes: "The same service as aws.opensearch.Domain under its old API: AWS keeps automated snapshots for 14 days whatever the settings, so a PII domain cannot meet a 3-day bound. elasticsearchVersion defaults to 1.5, which supports neither encryption at rest nor node-to-node encryption.",
});

export const elasticsearchDomainPolicy = entry<DomainPolicyArgs>()({
    types: ["aws:elasticsearch/domainPolicy:DomainPolicy"],
    holds: "who (including other accounts) may read and write a domain's indexes",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "domainName", types: ES_DOMAIN_TYPES }],
    atRest: DOMAIN_SIDE,
    inTransit: DOMAIN_SIDE,
    exposure: [{ what: "its access policy", policyDocument: "accessPolicies" }],
    retention: DOMAIN_SIDE,
});

export const elasticsearchVpcEndpoint = entry<VpcEndpointArgs>()({
    types: ["aws:elasticsearch/vpcEndpoint:VpcEndpoint"],
    holds: "a network path from a VPC (possibly of another account) to a domain",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "domainArn", types: ES_DOMAIN_TYPES }],
    atRest: DOMAIN_SIDE,
    inTransit: DOMAIN_SIDE,
    exposure: [{ what: "its VPC endpoint", securityGroups: "vpcOptions.securityGroupIds" }],
    retention: DOMAIN_SIDE,
});
