import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTagsRequirePurpose } from "../../../policypack/policies/datastore/tags/datastore-tags-require-purpose";
import { datastoreTagsRequireRetention } from "../../../policypack/policies/datastore/tags/datastore-tags-require-retention";
import { compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { withChange } from "../support/harness";

const BUCKET = "aws:s3/bucket:Bucket";
const TABLE = "aws:dynamodb/table:Table";
const RDS = "aws:rds/instance:Instance";
const retag = (name: string, change: (tags: Record<string, string>) => void) => () =>
    withChange(compliantStack(), name, (s) => change(s.props.tags));

describe("policies: data store tags", () => {
    describePolicy(
        datastoreTagsRequireClassification,
        [
            {
                title: "an untagged bucket",
                stack: () => withChange(compliantStack(), "labels", (s) => delete s.props.tags),
                at: [BUCKET, "labels"],
                message:
                    /tag "data-classification" must be one of pii, confidential, internal, public, got null; the store is treated as pii/,
            },
            {
                title: "an unknown classification on a table",
                stack: retag("orders", (t) => {
                    t["data-classification"] = "secret";
                }),
                at: [TABLE, "orders"],
                message: /got "secret"/,
            },
            {
                title: "an unclassified database is treated as PII and needs categories",
                stack: retag("history", (t) => {
                    delete t["data-classification"];
                }),
                at: [RDS, "history"],
                message: /must list its categories of personal data in tag "pii-categories"/,
            },
            {
                title: "a PII bucket without categories",
                stack: retag("labels", (t) => {
                    delete t["pii-categories"];
                }),
                at: [BUCKET, "labels"],
                message: /must list its categories/,
            },
            {
                title: "a category off the allow-list",
                stack: retag("orders", (t) => {
                    t["pii-categories"] = "name date-of-birth";
                }),
                at: [TABLE, "orders"],
                message: /categories date-of-birth are not on the allow-list/,
            },
            {
                title: "a V2 bucket without classification",
                stack: retag("legacy", (t) => {
                    delete t["data-classification"];
                }),
                at: ["aws:s3/bucketV2:BucketV2", "legacy"],
                message: /data-classification/,
            },
            {
                title: "tags unknown during preview",
                stack: () =>
                    withChange(compliantStack(), "orders", (s) => {
                        s.props.tags = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                    }),
                at: [TABLE, "orders"],
                message: /its tags are not known during preview, so its classification cannot be read; the store is treated as pii/,
            },
            {
                title: "a category removed from the allow-list by config",
                stack: compliantStack,
                config: { allowedPiiCategories: ["name"] },
                at: [BUCKET, "labels"],
                message: /categories postal-address are not on the allow-list \(name\)/,
            },
        ],
        [
            {
                title: "a category added to the allow-list by config",
                stack: retag("orders", (t) => {
                    t["pii-categories"] = "name email";
                }),
                config: { allowedPiiCategories: ["name", "postal-address", "email"] },
            },
        ],
    );

    describePolicy(datastoreTagsRequirePurpose, [
        {
            title: "a PII table without purpose",
            stack: retag("orders", (t) => {
                delete t["pii-purpose"];
            }),
            at: [TABLE, "orders"],
            message: /must declare its purposes in tag "pii-purpose"/,
        },
        {
            title: "a purpose off the allow-list",
            stack: retag("labels", (t) => {
                t["pii-purpose"] = "marketing";
            }),
            at: [BUCKET, "labels"],
            message: /purposes marketing are not on the allow-list \(order-fulfilment, shipping-label\)/,
        },
    ]);

    describePolicy(datastoreTagsRequireRetention, [
        {
            title: "no retention-days",
            stack: retag("history", (t) => {
                delete t["retention-days"];
            }),
            at: [RDS, "history"],
            message: /tag "retention-days" must be a whole number of days >= 1, got null/,
        },
        {
            title: "a fractional retention",
            stack: retag("labels", (t) => {
                t["retention-days"] = "2.5";
            }),
            at: [BUCKET, "labels"],
            message: /got "2.5"/,
        },
        {
            title: "a PII retention above the maximum",
            stack: retag("orders", (t) => {
                t["retention-days"] = "30";
            }),
            at: [TABLE, "orders"],
            message: /a PII store's "retention-days" \(30\) exceeds maxPiiRetentionDays \(3\)/,
        },
        {
            title: "a PII retention above a configured maximum",
            stack: compliantStack,
            config: { maxPiiRetentionDays: 2 },
            at: [BUCKET, "labels"],
            message: /exceeds maxPiiRetentionDays \(2\)/,
        },
        {
            title: "no owner",
            stack: retag("logs", (t) => {
                delete t.owner;
            }),
            at: [BUCKET, "logs"],
            message: /tag "owner" must name the team/,
        },
    ]);
});

describe("policies: contradicting data store tags", () => {
    describePolicy(datastoreTagsRequireClassification, [
        {
            title: "pii-categories on a store classified internal",
            stack: retag("history", (t) => {
                t["data-classification"] = "internal";
                t["pii-categories"] = "name";
            }),
            at: [RDS, "history"],
            message: /is classified internal but carries "pii-categories", the tags of a PII store/,
        },
        {
            title: "pii-purpose on a store classified confidential",
            stack: retag("logs", (t) => {
                t["pii-purpose"] = "shipping-label";
            }),
            at: [BUCKET, "logs"],
            message: /is classified confidential but carries "pii-purpose"/,
        },
    ]);
});
