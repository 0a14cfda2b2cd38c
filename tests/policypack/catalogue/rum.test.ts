import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const INTERNAL = { "data-classification": "internal", "retention-days": "31", owner: "web" };

const rum = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:rum/appMonitor:AppMonitor",
            name: "shop-rum",
            props: { name: "shop-rum", domain: "shop.example.com", tags: INTERNAL },
        },
    ]);

describe("catalogue: CloudWatch RUM", () => {
    describeEntry("rum app monitors", rum, [
        {
            title: "RUM collecting personal data (kept 30 days)",
            change: props("shop-rum", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreRetentionLimitCopies,
            at: ["aws:rum/appMonitor:AppMonitor", "shop-rum"],
            message: /AWS keeps collected telemetry \(30 days, whatever the settings\) for 30 days/,
        },
        {
            title: "RUM unclassified",
            change: props("shop-rum", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:rum/appMonitor:AppMonitor", "shop-rum"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
