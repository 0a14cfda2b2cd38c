/** AWS WAF (v2): web ACLs, which see every request, and their logging (full request records). */
import type { WebAclArgs } from "@pulumi/aws/wafv2/webAcl";
import type { WebAclLoggingConfigurationArgs } from "@pulumi/aws/wafv2/webAclLoggingConfiguration";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { BUCKET_TYPES } from "./s3";
import { FIREHOSE_TYPES, WAFV2_WEB_ACL_TYPES } from "./streams-support";

export const wafv2WebAcl = entry<WebAclArgs>()({
    types: ["aws:wafv2/webAcl:WebAcl"],
    holds: "web requests in flight (headers, URIs, query strings, bodies), and samples of them",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a web ACL stores no requests beyond AWS's samples" },
    inTransit: { notOffered: "the protected resource terminates TLS" },
    retention: { notOffered: "AWS keeps sampled requests three hours" },
    notes: "Classify the web ACL (tags) to classify its logs: without a classification its logs are judged as personal data.",
});

export const wafv2WebAclLoggingConfiguration = entry<WebAclLoggingConfigurationArgs>()({
    types: ["aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration"],
    holds: "a log record of every request a web ACL inspects (headers, URI, query string, client address)",
    tagging: "carrier",
    sources: [{ path: "resourceArn", types: WAFV2_WEB_ACL_TYPES }],
    atRest: { notOffered: "the records land in the log group, bucket or stream, judged as a copy" },
    inTransit: { notOffered: "delivered inside AWS over TLS" },
    retention: { notOffered: "the destination keeps the records" },
    destinations: [
        {
            what: "logs web requests to",
            store: true,
            path: "logDestinationConfigs",
            types: [...LOG_GROUP_TYPES, ...BUCKET_TYPES, ...FIREHOSE_TYPES],
        },
    ],
    notes: "redactedFields keep chosen headers, the query string or the URI path out of the records.",
});
