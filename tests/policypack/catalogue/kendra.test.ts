import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const INDEX = "aws:kendra/index:Index";
const DATA_SOURCE = "aws:kendra/dataSource:DataSource";
const FAQ = "aws:kendra/faq:Faq";

const kendra = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: INDEX,
                name: "docs-index",
                props: {
                    name: "docs-index",
                    roleArn: "arn:aws:iam::111122223333:role/kendra",
                    serverSideEncryptionConfiguration: { kmsKeyId: KEY_ARN },
                    tags: PII_TAGS,
                },
            },
            {
                type: DATA_SOURCE,
                name: "labels-source",
                props: {
                    name: "labels-source",
                    indexId: "abcd-1234",
                    type: "S3",
                    configuration: { s3Configuration: { bucketName: "labels-abc" } },
                },
                propertyDependencies: { indexId: ["docs-index"] },
            },
        ],
        ["AWS::Lambda::Function"],
    );

describe("catalogue: Kendra", () => {
    describeEntry(INDEX, kendra, [
        {
            title: "an AWS-owned key",
            change: props("docs-index", (p) => {
                delete p.serverSideEncryptionConfiguration;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INDEX, "docs-index"],
            message: /has no serverSideEncryptionConfiguration.kmsKeyId, so indexed documents is encrypted under an AWS-owned key/,
        },
        {
            title: "unclassified",
            change: props("docs-index", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [INDEX, "docs-index"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "an index fed PII classified lower",
            change: props("docs-index", (p) => {
                p.tags = { "data-classification": "internal", "retention-days": "1", owner: "x" };
            }),
            policy: datastoreTagsRequireClassification,
            at: [INDEX, "docs-index"],
            message: /is classified internal but holds pii data as a copy of labels-source/,
        },
    ]);

    describeEntry(
        DATA_SOURCE,
        kendra,
        [
            {
                title: "enrichment keeps documents in a bucket outside the stack",
                change: props("labels-source", (p) => {
                    p.customDocumentEnrichmentConfiguration = {
                        roleArn: "arn:aws:iam::111122223333:role/kendra",
                        preExtractionHookConfiguration: {
                            lambdaArn: "arn:aws:lambda:eu-west-1:111122223333:function:purge",
                            s3Bucket: "elsewhere",
                        },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DATA_SOURCE, "labels-source"],
                message: /keeps raw and enriched documents in elsewhere, which is not a resource of this stack/,
            },
            {
                title: "an index outside the stack",
                change: (stack) => {
                    props("labels-source", (p) => {
                        p.indexId = "other-index";
                    })(stack);
                    stack.find((s) => s.name === "labels-source")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [DATA_SOURCE, "labels-source"],
                message: /copies documents into other-index, which is not a resource of this stack/,
            },
            {
                title: "a web crawler without tags (no source in the stack)",
                change: add({
                    type: DATA_SOURCE,
                    name: "web",
                    props: { name: "web", indexId: "abcd-1234", type: "WEBCRAWLER" },
                    propertyDependencies: { indexId: ["docs-index"] },
                }),
                policy: datastoreTagsRequireClassification,
                at: [DATA_SOURCE, "web"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "enrichment through a function of the stack",
                change: props("labels-source", (p) => {
                    p.customDocumentEnrichmentConfiguration = {
                        roleArn: "arn:aws:iam::111122223333:role/kendra",
                        postExtractionHookConfiguration: {
                            lambdaArn: "arn:aws:lambda:eu-west-1:111122223333:function:purge",
                            s3Bucket: "labels-abc",
                        },
                    };
                }),
            },
        ],
    );

    describeEntry(
        FAQ,
        kendra,
        [
            {
                title: "an FAQ copied into an index outside the stack",
                change: add({
                    type: FAQ,
                    name: "faq",
                    props: {
                        name: "faq",
                        indexId: "other-index",
                        roleArn: "arn:aws:iam::111122223333:role/kendra",
                        s3Path: { bucket: "labels-abc", key: "faq.csv" },
                    },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [FAQ, "faq"],
                message: /copies the FAQ into other-index, which is not a resource of this stack/,
            },
        ],
        [
            {
                title: "an FAQ copied into the stack's index",
                change: add({
                    type: FAQ,
                    name: "faq",
                    props: {
                        name: "faq",
                        indexId: "abcd-1234",
                        roleArn: "arn:aws:iam::111122223333:role/kendra",
                        s3Path: { bucket: "labels-abc", key: "faq.csv" },
                    },
                    propertyDependencies: { indexId: ["docs-index"] },
                }),
            },
        ],
    );
});
