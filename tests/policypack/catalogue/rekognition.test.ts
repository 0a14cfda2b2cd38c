import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const COLLECTION = "aws:rekognition/collection:Collection";
const PROJECT = "aws:rekognition/project:Project";
const PROCESSOR = "aws:rekognition/streamProcessor:StreamProcessor";

const rekognition = (): ResourceSpec[] =>
    fixtureWith([
        { type: COLLECTION, name: "faces", props: { collectionId: "faces", tags: PII_TAGS } },
        { type: PROJECT, name: "parcels", props: { name: "parcels", tags: PII_TAGS } },
        {
            type: PROCESSOR,
            name: "doorbell",
            props: {
                name: "doorbell",
                roleArn: `arn:aws:iam::${ACCOUNT}:role/rekognition`,
                kmsKeyId: KEY_ARN,
                input: { kinesisVideoStream: { arn: `arn:aws:kinesisvideo:eu-west-1:${ACCOUNT}:stream/doorbell/1` } },
                settings: { connectedHome: { labels: ["PACKAGE"] } },
                output: { s3Destination: { bucket: "labels-abc", keyPrefix: "doorbell/" } },
                dataSharingPreference: { optIn: false },
            },
        },
    ]);

describe("catalogue: Rekognition", () => {
    describeEntry("collection, project, stream processor", rekognition, [
        {
            title: "an unclassified face collection",
            change: props("faces", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [COLLECTION, "faces"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "an unclassified project",
            change: props("parcels", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [PROJECT, "parcels"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "results under the bucket's default key",
            change: props("doorbell", (p) => {
                delete p.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PROCESSOR, "doorbell"],
            message: /label detection results in S3: has no kmsKeyId/,
        },
        {
            title: "video shared with AWS",
            change: props("doorbell", (p) => {
                p.dataSharingPreference.optIn = true;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PROCESSOR, "doorbell"],
            message: /dataSharingPreference.optIn is true: AWS keeps the analysed video/,
        },
        {
            title: "data sharing unknown during preview",
            change: props("doorbell", (p) => {
                p.dataSharingPreference.optIn = UNKNOWN;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PROCESSOR, "doorbell"],
            message: /not known during preview/,
        },
        {
            title: "face search in a PII collection writing into a confidential bucket",
            change: props("doorbell", (p) => {
                p.settings = { faceSearch: { collectionId: "faces" } };
                p.output = { s3Destination: { bucket: "logs-abc" } };
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of doorbell/,
        },
        {
            title: "face search results streamed to another account",
            change: props("doorbell", (p) => {
                p.settings = { faceSearch: { collectionId: "faces" } };
                p.output = { kinesisDataStream: { arn: "arn:aws:kinesis:eu-west-1:999988887777:stream/theirs" } };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PROCESSOR, "doorbell"],
            message: /streams results to .* in account 999988887777/,
        },
    ]);
});
