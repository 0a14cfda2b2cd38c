import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const DOMAIN = "aws:swf/domain:Domain";

const swf = (): ResourceSpec[] =>
    fixtureWith([
        { type: DOMAIN, name: "orders-workflows", props: { name: "orders", workflowExecutionRetentionPeriodInDays: "1", tags: PII_TAGS } },
    ]);

describe("catalogue: SWF", () => {
    describeEntry(
        "domain",
        swf,
        [
            {
                title: "histories of PII executions kept 30 days",
                change: props("orders-workflows", (p) => {
                    p.workflowExecutionRetentionPeriodInDays = "30";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [DOMAIN, "orders-workflows"],
                message: /keeps the history of closed executions 30 days/,
            },
            {
                title: "an unclassified domain",
                change: props("orders-workflows", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [DOMAIN, "orders-workflows"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "no history kept (0)",
                change: props("orders-workflows", (p) => {
                    p.workflowExecutionRetentionPeriodInDays = "0";
                }),
            },
        ],
    );
});
