import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const IMAGE = "aws:lambdamicrovms/image:Image";
const VM = "aws:lambdamicrovms/microvm:Microvm";

const microvms = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: IMAGE,
            name: "image",
            props: {
                name: "image",
                baseImageArn: "arn:aws:lambda:eu-west-1:aws:microvm-image/base",
                buildRoleArn: `arn:aws:iam::${ACCOUNT}:role/build`,
                codeArtifact: { uri: "s3://code/app.zip" },
                tags: PII_TAGS,
            },
        },
        {
            type: VM,
            name: "vm",
            props: {
                imageArn: "arn:image",
                runHookPayload: "",
                idlePolicy: { autoResumeEnabled: true, maxIdleDurationSeconds: 300, suspendedDurationSeconds: 3600 },
            },
            propertyDependencies: { imageArn: ["image"] },
        },
    ]);

describe("catalogue: Lambda MicroVMs", () => {
    describeEntry("images and MicroVMs", microvms, [
        {
            title: "environment variables in a PII image",
            change: props("image", (p) => {
                p.environmentVariables = { CUSTOMER: "Jane Doe" };
            }),
            policy: datastoreAccessBlockPublic,
            at: [IMAGE, "image"],
            message: /but sets environmentVariables, which are stored in plaintext/,
        },
        {
            title: "a start payload to a MicroVM of a PII image",
            change: props("vm", (p) => {
                p.runHookPayload = '{"name":"Jane"}';
            }),
            policy: datastoreAccessBlockPublic,
            at: [VM, "vm"],
            message: /holds personal data \(a copy of image \(pii\)\) but sets runHookPayload/,
        },
        {
            title: "suspended memory of a PII MicroVM kept a week",
            change: props("vm", (p) => {
                p.idlePolicy.suspendedDurationSeconds = 604800;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [VM, "vm"],
            message: /keeps the memory of a suspended MicroVM 7 days/,
        },
        {
            title: "logs to a log group outside the stack",
            change: props("vm", (p) => {
                p.logging = { cloudwatch: { logGroup: "elsewhere-logs" } };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [VM, "vm"],
            message: /writes its logs to elsewhere-logs, which is not a resource of this stack/,
        },
    ]);
});
