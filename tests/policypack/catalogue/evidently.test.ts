import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const PROJECT = "aws:evidently/project:Project";

const evidently = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PROJECT,
            name: "checkout-flags",
            props: {
                name: "checkout-flags",
                tags: PII_TAGS,
                dataDelivery: { s3Destination: { bucket: "labels-abc", prefix: "evidently" } },
            },
            propertyDependencies: { dataDelivery: ["labels"] },
        },
    ]);

describe("catalogue: Evidently", () => {
    describeEntry("evidently projects", evidently, [
        {
            title: "evaluation events into the confidential log bucket",
            change: (stack) => {
                props("checkout-flags", (p) => {
                    p.dataDelivery.s3Destination.bucket = "logs-abc";
                })(stack);
                stack.find((s) => s.name === "checkout-flags")!.propertyDependencies = { dataDelivery: ["logs"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /is classified confidential but holds pii data as a copy of checkout-flags/,
        },
        {
            title: "evaluation events to a bucket outside the stack",
            change: (stack) => {
                props("checkout-flags", (p) => {
                    p.dataDelivery.s3Destination.bucket = "experiments-elsewhere";
                })(stack);
                stack.find((s) => s.name === "checkout-flags")!.propertyDependencies = {};
            },
            policy: datastoreSharingRestrictDestinations,
            at: [PROJECT, "checkout-flags"],
            message: /stores evaluation events in experiments-elsewhere, which is not a resource of this stack/,
        },
    ]);
});
