/** EventBridge Scheduler: schedules, whose fixed payload (target.input) is delivered to any target. */
import type { ScheduleArgs } from "@pulumi/aws/scheduler/schedule";
import { entry } from "../entry";
import { arnsInAllowedAccounts } from "./streams-support";

const PAYLOAD = { path: "target.input" } as const;

export const schedulerSchedule = entry<ScheduleArgs>()({
    types: ["aws:scheduler/schedule:Schedule"],
    holds: "a fixed payload (target.input) delivered to its target at each invocation",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the schedule's payload", when: PAYLOAD, key: "kmsKeyArn", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "EventBridge Scheduler invokes its targets over TLS" },
    retention: {
        notOffered:
            "the payload stays with the schedule until it is deleted (actionAfterCompletion DELETE removes a one-time schedule after it runs)",
    },
    destinations: [
        arnsInAllowedAccounts("delivers its payload to", "target.arn", PAYLOAD),
        arnsInAllowedAccounts("moves undelivered payloads to", "target.deadLetterConfig.arn", PAYLOAD),
    ],
    notes: "A schedule carries only the payload written in the stack's code (which personal data must never be); its target is not judged as a copy of anything. A schedule cannot carry tags.",
});
