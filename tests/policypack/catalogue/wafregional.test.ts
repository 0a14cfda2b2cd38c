import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const ACL = "aws:wafregional/webAcl:WebAcl";
const OPS = { "data-classification": "confidential", "retention-days": "30", owner: "platform" };

const waf = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ACL,
            name: "classic-acl",
            props: { name: "classic-acl", metricName: "classic", defaultAction: { type: "ALLOW" }, tags: OPS },
        },
    ]);

describe("catalogue: WAF Classic (regional)", () => {
    describeEntry("wafregional web ACLs", waf, [
        {
            title: "logs to another account's stream",
            change: props("classic-acl", (p) => {
                p.loggingConfiguration = {
                    logDestination: `arn:aws:firehose:eu-west-1:${OUTSIDE_ACCOUNT}:deliverystream/aws-waf-logs-theirs`,
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ACL, "classic-acl"],
            message:
                /logs web requests to arn:aws:firehose:eu-west-1:999988887777:deliverystream\/aws-waf-logs-theirs, in account 999988887777/,
        },
    ]);
});
