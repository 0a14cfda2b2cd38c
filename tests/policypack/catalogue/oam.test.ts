import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const LINK = "aws:oam/link:Link";
const SINK = `arn:aws:oam:eu-west-1:${OUTSIDE_ACCOUNT}:sink/monitoring`;

const oam = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LINK,
            name: "to-monitoring",
            props: { labelTemplate: "$AccountName", resourceTypes: ["AWS::CloudWatch::Metric"], sinkIdentifier: SINK },
        },
    ]);

describe("catalogue: OAM", () => {
    describeEntry(
        "oam links",
        oam,
        [
            {
                title: "log groups shared with a monitoring account outside the stack",
                change: props("to-monitoring", (p) => {
                    p.resourceTypes.push("AWS::Logs::LogGroup");
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LINK, "to-monitoring"],
                message:
                    /shares the account's AWS::Logs::LogGroup with the sink arn:aws:oam:eu-west-1:999988887777:sink\/monitoring, in account 999988887777, outside this stack/,
            },
            {
                title: "traces shared with a monitoring account outside the stack",
                change: props("to-monitoring", (p) => {
                    p.resourceTypes = ["AWS::XRay::Trace"];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LINK, "to-monitoring"],
                message: /in account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "log groups shared with a sink of this stack's account",
                change: props("to-monitoring", (p) => {
                    p.resourceTypes.push("AWS::Logs::LogGroup");
                    p.sinkIdentifier = "arn:aws:oam:eu-west-1:111122223333:sink/monitoring";
                }),
            },
        ],
    );
});
