import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const CHANNEL = "aws:ivs/channel:Channel";

const ivs = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:ivs/recordingConfiguration:RecordingConfiguration",
            name: "recordings",
            props: { name: "recordings", destinationConfiguration: { s3: { bucketName: "labels-abc" } } },
            propertyDependencies: { destinationConfiguration: ["labels"] },
        },
        {
            type: CHANNEL,
            name: "channel",
            props: {
                name: "channel",
                authorized: true,
                recordingConfigurationArn: `arn:aws:ivs:eu-west-1:${ACCOUNT}:recording-configuration/1`,
                tags: PII_TAGS,
            },
            propertyDependencies: { recordingConfigurationArn: ["recordings"] },
        },
    ]);

describe("catalogue: IVS", () => {
    describeEntry("channels and recordings", ivs, [
        {
            title: "a PII channel anyone can watch",
            change: props("channel", (p) => {
                delete p.authorized;
            }),
            policy: datastoreAccessBlockPublic,
            at: [CHANNEL, "channel"],
            message: /streams personal data .* to anyone with its playback URL: authorized is not true/,
        },
        {
            title: "recordings of a PII channel written to a bucket outside the stack",
            change: (stack) => {
                props("recordings", (p) => {
                    p.destinationConfiguration.s3.bucketName = "elsewhere-bucket";
                })(stack);
                stack.find((s) => s.name === "recordings")!.propertyDependencies = {};
            },
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:ivs/recordingConfiguration:RecordingConfiguration", "recordings"],
            message: /writes recordings to elsewhere-bucket, which is not a resource of this stack/,
        },
    ]);
});
