/** Step Functions: state machines (execution history and logs hold every state's input and output) and activities. */
import type { ActivityArgs } from "@pulumi/aws/sfn/activity";
import type { StateMachineArgs } from "@pulumi/aws/sfn/stateMachine";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { copiesWhen } from "./streams-support";

export const sfnStateMachine = entry<StateMachineArgs>()({
    types: ["aws:sfn/stateMachine:StateMachine"],
    holds: "execution inputs, outputs and state data (in the execution history of Standard workflows, and in logs with includeExecutionData)",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "execution data", key: "encryptionConfiguration.kmsKeyId", keyAbsentMeans: "an AWS-owned key (type AWS_OWNED_KEY)" }],
    inTransit: { notOffered: "Step Functions' endpoints accept HTTPS only" },
    retention: [
        {
            what: "the execution history, with every state's input and output (Standard workflows: 90 days after the execution ends)",
            awsKeepsDays: 90,
            when: { path: "type", on: ["EXPRESS"], not: true },
        },
    ],
    destinations: [
        copiesWhen(
            "logs execution data to",
            { path: "loggingConfiguration.logDestination", types: LOG_GROUP_TYPES },
            { path: "loggingConfiguration.includeExecutionData", on: [true] },
            "its log events then include every state's input and output",
        ),
    ],
    notes: "Standard workflows keep their execution history 90 days whatever the settings: a state machine that handles personal data is an Express workflow, or passes only opaque references between states. The services its tasks call are in its definition and are not read.",
});

export const sfnActivity = entry<ActivityArgs>()({
    types: ["aws:sfn/activity:Activity"],
    holds: "task inputs waiting for a worker to poll them",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "task inputs", key: "encryptionConfiguration.kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "Step Functions' endpoints accept HTTPS only" },
    retention: { notOffered: "a task waits at most for its state's timeout; its data is then in its state machine's history" },
});
