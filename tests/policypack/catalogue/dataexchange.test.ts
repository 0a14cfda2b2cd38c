import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const DATA_SET = "aws:dataexchange/dataSet:DataSet";
const ASSETS = "aws:dataexchange/revisionAssets:RevisionAssets";
const ACTION = "aws:dataexchange/eventAction:EventAction";
const PRODUCT_TAGS = { ...CONFIDENTIAL_TAGS, "retention-days": "90" };

const dataexchange = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: DATA_SET,
            name: "catalogue-data",
            props: { name: "catalogue", description: "product catalogue", assetType: "S3_SNAPSHOT", tags: PRODUCT_TAGS },
        },
        {
            type: ASSETS,
            name: "catalogue-rev1",
            props: { dataSetId: "ds-1", assets: [{ importAssetsFromS3: { assetSource: { bucket: "logs-abc", key: "catalogue.csv" } } }] },
            propertyDependencies: { dataSetId: ["catalogue-data"], assets: ["logs"] },
        },
        {
            type: ACTION,
            name: "export-updates",
            props: {
                event: { revisionPublished: { dataSetId: UNKNOWN } },
                action: {
                    exportRevisionToS3: {
                        revisionDestination: { bucket: "logs-abc" },
                        encryption: { type: "aws:kms", kmsKeyArn: KEY_ARN },
                    },
                },
            },
            propertyDependencies: { event: ["catalogue-data"] },
        },
    ]);

describe("catalogue: Data Exchange", () => {
    describeEntry("data set, revision assets, event action", dataexchange, [
        {
            title: "personal data imported into a data set made for other accounts",
            change: (stack) => {
                props("catalogue-rev1", (p) => {
                    p.assets[0].importAssetsFromS3.assetSource.bucket = "labels-abc";
                })(stack);
                stack.find((s) => s.name === "catalogue-rev1")!.propertyDependencies = {
                    dataSetId: ["catalogue-data"],
                    assets: ["labels"],
                };
            },
            policy: datastoreTagsRequireClassification,
            at: [DATA_SET, "catalogue-data"],
            message: /classified confidential but holds pii data as a copy of catalogue-rev1/,
        },
        {
            title: "a PII data set",
            change: props("catalogue-data", (p) => {
                p.tags = {
                    "data-classification": "pii",
                    "pii-categories": "name",
                    "pii-purpose": "shipping-label",
                    "retention-days": "3",
                    owner: "x",
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [DATA_SET, "catalogue-data"],
            message: /exists to be licensed or granted to other accounts/,
        },
        {
            title: "an unclassified data set",
            change: props("catalogue-data", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [DATA_SET, "catalogue-data"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "exports under the bucket's default encryption",
            change: props("export-updates", (p) => {
                delete p.action.exportRevisionToS3.encryption;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ACTION, "export-updates"],
            message: /exported revisions is not encrypted: .*encryption.type is not set \(the bucket's default encryption\)/,
        },
        {
            title: "exports under SSE-S3",
            change: props("export-updates", (p) => {
                p.action.exportRevisionToS3.encryption = { type: "aws:s3" };
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ACTION, "export-updates"],
            message: /encryption.type is "aws:s3"/,
        },
        {
            title: "exports of a subscribed (outside) data set land in a confidential bucket",
            change: (stack) => {
                props("export-updates", (p) => {
                    p.event.revisionPublished.dataSetId = "entitled-123";
                })(stack);
                stack.find((s) => s.name === "export-updates")!.propertyDependencies = {};
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of export-updates/,
        },
    ]);
});
