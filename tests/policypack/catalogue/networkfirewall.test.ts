import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const LOGGING = "aws:networkfirewall/loggingConfiguration:LoggingConfiguration";

const firewall = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LOGGING,
            name: "fw-logs",
            props: {
                firewallArn: `arn:aws:network-firewall:eu-west-1:${ACCOUNT}:firewall/edge`,
                loggingConfiguration: {
                    logDestinationConfigs: [
                        { logType: "ALERT", logDestinationType: "S3", logDestination: { bucketName: "logs-abc", prefix: "firewall" } },
                    ],
                },
            },
            propertyDependencies: { loggingConfiguration: ["logs"] },
        },
    ]);

describe("catalogue: Network Firewall", () => {
    describeEntry("networkfirewall logging", firewall, [
        {
            title: "firewall logs into an internal bucket (raised to confidential)",
            change: (stack) => {
                stack.push({
                    type: "aws:s3/bucket:Bucket",
                    name: "internal-bucket",
                    props: { bucket: "internal-abc", tags: { "data-classification": "internal", "retention-days": "30", owner: "x" } },
                });
                props("fw-logs", (p) => {
                    p.loggingConfiguration.logDestinationConfigs[0].logDestination.bucketName = "internal-abc";
                })(stack);
                stack.find((s) => s.name === "fw-logs")!.propertyDependencies = { loggingConfiguration: ["internal-bucket"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "internal-bucket"],
            message: /is classified internal but holds confidential data as a copy of fw-logs/,
        },
    ]);
});
