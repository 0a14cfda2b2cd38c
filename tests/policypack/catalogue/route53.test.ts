import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const QUERY_LOG = "aws:route53/queryLog:QueryLog";
const RESOLVER_LOG = "aws:route53/resolverQueryLogConfig:ResolverQueryLogConfig";
const INTERNAL = { "data-classification": "internal", "retention-days": "30", owner: "x" };

const dns = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "dns-logs",
            props: {
                name: "dns-logs",
                kmsKeyId: KEY_ARN,
                retentionInDays: 30,
                tags: { "data-classification": "confidential", "retention-days": "30", owner: "dns" },
            },
        },
        {
            type: QUERY_LOG,
            name: "zone-queries",
            props: { zoneId: "Z1", cloudwatchLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:dns-logs` },
            propertyDependencies: { cloudwatchLogGroupArn: ["dns-logs"] },
        },
        {
            type: RESOLVER_LOG,
            name: "vpc-queries",
            props: { name: "vpc-queries", destinationArn: "arn:aws:s3:::logs-abc" },
            propertyDependencies: { destinationArn: ["logs"] },
        },
    ]);

describe("catalogue: Route 53 query logging", () => {
    describeEntry(
        "route53 query logs and resolver query log configs",
        dns,
        [
            {
                title: "zone query logs in us-east-1 outside the allow-list",
                change: props("dns-logs", (p) => {
                    p.region = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [QUERY_LOG, "zone-queries"],
                message: /logs DNS queries to dns-logs, in region us-east-1, not on allowedRegions/,
            },
            {
                title: "resolver queries into an internal log group (raised to confidential)",
                change: (stack) => {
                    props("dns-logs", (p) => {
                        p.tags = INTERNAL;
                    })(stack);
                    const r = stack.find((s) => s.name === "vpc-queries")!;
                    r.props.destinationArn = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:dns-logs`;
                    r.propertyDependencies = { destinationArn: ["dns-logs"] };
                    stack.splice(
                        stack.findIndex((s) => s.name === "zone-queries"),
                        1,
                    );
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:cloudwatch/logGroup:LogGroup", "dns-logs"],
                message: /is classified internal but holds confidential data as a copy of vpc-queries/,
            },
            {
                title: "resolver queries to another account",
                change: (stack) => {
                    const r = stack.find((s) => s.name === "vpc-queries")!;
                    r.props.destinationArn = `arn:aws:firehose:eu-west-1:${OUTSIDE_ACCOUNT}:deliverystream/dns`;
                    r.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [RESOLVER_LOG, "vpc-queries"],
                message: /logs DNS queries to arn:aws:firehose:eu-west-1:999988887777:deliverystream\/dns, in account 999988887777/,
            },
        ],
        [
            {
                title: "zone query logs in us-east-1 on the allow-list",
                config: { allowedRegions: ["us-east-1"] },
                change: props("dns-logs", (p) => {
                    p.region = "us-east-1";
                }),
            },
        ],
    );
});
