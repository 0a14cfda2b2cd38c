import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const ROOM = "aws:ivschat/room:Room";
const LOGGING = "aws:ivschat/loggingConfiguration:LoggingConfiguration";

const chat = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LOGGING,
            name: "chat-log",
            props: { name: "chat-log", destinationConfiguration: { s3: { bucketName: "labels-abc" } } },
            propertyDependencies: { destinationConfiguration: ["labels"] },
        },
        {
            type: ROOM,
            name: "room",
            props: { name: "room", loggingConfigurationIdentifiers: ["arn:chat-log"] },
            propertyDependencies: { loggingConfigurationIdentifiers: ["chat-log"] },
        },
    ]);

describe("catalogue: IVS Chat", () => {
    describeEntry("rooms and logging", chat, [
        {
            title: "messages logged to a bucket outside the stack",
            change: (stack) => {
                props("chat-log", (p) => {
                    p.destinationConfiguration.s3.bucketName = "elsewhere-bucket";
                })(stack);
                stack.find((s) => s.name === "chat-log")!.propertyDependencies = {};
            },
            policy: datastoreSharingRestrictDestinations,
            at: [LOGGING, "chat-log"],
            message: /logs messages to elsewhere-bucket, which is not a resource of this stack/,
        },
        {
            title: "messages reviewed by another account's function",
            change: props("room", (p) => {
                p.messageReviewHandler = { uri: `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:review` };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ROOM, "room"],
            message:
                /sends every message for review to arn:aws:lambda:eu-west-1:999988887777:function:review, in account 999988887777, outside this stack/,
        },
    ]);
});
