/** Route 53: DNS query logging of public hosted zones and of VPC resolvers. */
import type { QueryLogArgs } from "@pulumi/aws/route53/queryLog";
import type { ResolverQueryLogConfigArgs } from "@pulumi/aws/route53/resolverQueryLogConfig";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";

export const route53QueryLog = entry<QueryLogArgs>()({
    types: ["aws:route53/queryLog:QueryLog"],
    holds: "DNS queries of a public hosted zone (names queried, resolver addresses)",
    tagging: "carrier",
    inherent: { classification: "confidential", why: "DNS queries name the zone's hosts and the resolvers that asked, not customers" },
    atRest: { notOffered: "the queries land in the log group, judged as a copy" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: { notOffered: "the log group keeps the queries" },
    destinations: [{ what: "logs DNS queries to", store: true, path: "cloudwatchLogGroupArn", types: LOG_GROUP_TYPES }],
    notes: "The log group must be in us-east-1, whatever the stack's region.",
});

export const route53ResolverQueryLogConfig = entry<ResolverQueryLogConfigArgs>()({
    types: ["aws:route53/resolverQueryLogConfig:ResolverQueryLogConfig"],
    holds: "every DNS query of the associated VPCs (names queried, source addresses, instance IDs)",
    tagging: "carrier",
    inherent: { classification: "confidential", why: "DNS queries of the workloads name hosts and instances, not customers" },
    names: ["name"],
    atRest: { notOffered: "the queries land in the bucket, log group or stream, judged as a copy" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: { notOffered: "the destination keeps the queries" },
    destinations: [{ what: "logs DNS queries to", store: true, path: "destinationArn", types: "any" }],
});
