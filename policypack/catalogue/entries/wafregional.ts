/** AWS WAF Classic (regional): web ACLs, which see every request and can log each one to a Firehose stream. */
import type { WebAclArgs } from "@pulumi/aws/wafregional/webAcl";
import { entry } from "../entry";
import { FIREHOSE_TYPES } from "./streams-support";

export const wafregionalWebAcl = entry<WebAclArgs>()({
    types: ["aws:wafregional/webAcl:WebAcl"],
    holds: "web requests in flight, and a log record of each when logging is on",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a web ACL stores no requests beyond AWS's samples" },
    inTransit: { notOffered: "the protected load balancer or API terminates TLS" },
    retention: { notOffered: "AWS keeps sampled requests three hours" },
    destinations: [{ what: "logs web requests to", store: true, path: "loggingConfiguration.logDestination", types: FIREHOSE_TYPES }],
    notes: "Classify the web ACL (tags) to classify its logs: without a classification its logs are judged as personal data.",
});
