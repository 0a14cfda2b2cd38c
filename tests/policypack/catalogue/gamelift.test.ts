import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const FLEET = "aws:gamelift/fleet:Fleet";

const gamelift = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: FLEET,
            name: "servers",
            props: {
                name: "servers",
                buildId: "build-1",
                ec2InstanceType: "c5.large",
                certificateConfiguration: { certificateType: "GENERATED" },
                ec2InboundPermissions: [{ fromPort: 7777, toPort: 7777, protocol: "TCP", ipRange: "0.0.0.0/0" }],
            },
        },
    ]);

describe("catalogue: GameLift", () => {
    describeEntry("aws:gamelift/fleet:Fleet", gamelift, [
        {
            title: "no TLS certificate (the default)",
            change: props("servers", (p) => {
                delete p.certificateConfiguration;
            }),
            policy: datastoreTransitRequireTls,
            at: [FLEET, "servers"],
            message: /player connections does not require TLS: certificateConfiguration.certificateType is not set \(DISABLED/,
        },
        {
            title: "a PII fleet open to everyone",
            change: props("servers", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreAccessBlockPublic,
            at: [FLEET, "servers"],
            message: /admits TCP 7777-7777 from 0.0.0.0\/0/,
        },
        {
            title: "game session logs of a PII fleet (14 days)",
            change: props("servers", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [FLEET, "servers"],
            message: /AWS keeps uploaded game session logs \(14 days\) for 14 days/,
        },
    ]);
});
