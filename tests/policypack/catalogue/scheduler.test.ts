import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const SCHEDULE = "aws:scheduler/schedule:Schedule";

const schedules = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: SCHEDULE,
            name: "nightly-purge",
            props: {
                name: "nightly-purge",
                scheduleExpression: "rate(1 day)",
                flexibleTimeWindow: { mode: "OFF" },
                kmsKeyArn: KEY_ARN,
                target: {
                    arn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`,
                    roleArn: `arn:aws:iam::${ACCOUNT}:role/scheduler`,
                    input: JSON.stringify({ action: "purge" }),
                },
            },
            propertyDependencies: { target: ["purge"], kmsKeyArn: ["data-key"] },
        },
    ]);

describe("catalogue: EventBridge Scheduler", () => {
    describeEntry(
        "scheduler schedules",
        schedules,
        [
            {
                title: "payload under an AWS-owned key",
                change: props("nightly-purge", (p) => {
                    delete p.kmsKeyArn;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SCHEDULE, "nightly-purge"],
                message: /the schedule's payload: has no kmsKeyArn, so the schedule's payload is encrypted under an AWS-owned key/,
            },
            {
                title: "payload delivered to another account",
                change: props("nightly-purge", (p) => {
                    p.target.arn = `arn:aws:sqs:eu-west-1:${OUTSIDE_ACCOUNT}:their-queue`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SCHEDULE, "nightly-purge"],
                message:
                    /delivers its payload to arn:aws:sqs:eu-west-1:999988887777:their-queue, in account 999988887777, outside this stack/,
            },
            {
                title: "undelivered payloads to another account's queue",
                change: props("nightly-purge", (p) => {
                    p.target.deadLetterConfig = { arn: `arn:aws:sqs:eu-west-1:${OUTSIDE_ACCOUNT}:dlq` };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SCHEDULE, "nightly-purge"],
                message: /moves undelivered payloads to arn:aws:sqs:eu-west-1:999988887777:dlq, in account 999988887777/,
            },
        ],
        [
            {
                title: "no payload: no key needed, any target",
                change: props("nightly-purge", (p) => {
                    delete p.kmsKeyArn;
                    delete p.target.input;
                    p.target.arn = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:ping`;
                }),
            },
        ],
    );
});
