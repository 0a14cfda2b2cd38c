import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const LOGGING = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";
const ACL_ARN = `arn:aws:wafv2:eu-west-1:${ACCOUNT}:regional/webacl/shop-acl/abc`;
const OPS = { "data-classification": "confidential", "retention-days": "30", owner: "platform" };

const waf = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:wafv2/webAcl:WebAcl",
            name: "shop-acl",
            props: {
                name: "shop-acl",
                scope: "REGIONAL",
                defaultAction: { allow: {} },
                visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "shop", sampledRequestsEnabled: true },
                tags: OPS,
            },
        },
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "waf-logs",
            props: { name: "aws-waf-logs-shop", kmsKeyId: KEY_ARN, retentionInDays: 30, tags: OPS },
        },
        {
            type: LOGGING,
            name: "shop-acl-logging",
            props: { resourceArn: ACL_ARN, logDestinationConfigs: [`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:aws-waf-logs-shop`] },
            propertyDependencies: { resourceArn: ["shop-acl"], logDestinationConfigs: ["waf-logs"] },
        },
    ]);

describe("catalogue: WAF v2", () => {
    describeEntry("wafv2 web ACLs and logging", waf, [
        {
            title: "an unclassified web ACL's logs (judged as personal data) in a confidential log group",
            change: props("shop-acl", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:cloudwatch/logGroup:LogGroup", "waf-logs"],
            message: /is classified confidential but holds pii data as a copy of shop-acl-logging/,
        },
        {
            title: "logs to another account's stream",
            change: (stack) => {
                const l = stack.find((s) => s.name === "shop-acl-logging")!;
                l.props.logDestinationConfigs = [`arn:aws:firehose:eu-west-1:${OUTSIDE_ACCOUNT}:deliverystream/aws-waf-logs-theirs`];
                l.propertyDependencies = { resourceArn: ["shop-acl"] };
            },
            policy: datastoreSharingRestrictDestinations,
            at: [LOGGING, "shop-acl-logging"],
            message:
                /logs web requests to arn:aws:firehose:eu-west-1:999988887777:deliverystream\/aws-waf-logs-theirs, in account 999988887777/,
        },
    ]);
});
