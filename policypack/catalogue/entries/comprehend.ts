/** Comprehend: custom classifiers and entity recognizers, trained on documents (and entity lists) from S3. */
import type { DocumentClassifierArgs } from "@pulumi/aws/comprehend/documentClassifier";
import type { EntityRecognizerArgs } from "@pulumi/aws/comprehend/entityRecognizer";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { entry } from "../entry";
import { S3_URI } from "./glue";

const HTTPS_ONLY = { notOffered: "Comprehend's endpoints accept HTTPS only" };
const MODEL_KEPT = {
    notOffered:
        "the trained model lives until deleted (a model trained on personal data may reflect it); training data stays in its bucket",
};
const NOTES =
    "Whether AWS may keep content to improve its services is an organisation-wide AI-services opt-out policy (aws.organizations.Policy), not a setting of this resource.";

export const comprehendDocumentClassifier = entry<DocumentClassifierArgs>()({
    types: ["aws:comprehend/documentClassifier:DocumentClassifier"],
    holds: "a classifier trained on labelled documents, and its training output",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "inputDataConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "inputDataConfig.testS3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "inputDataConfig.augmentedManifests.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: [
        { what: "the trained model", key: "modelKmsKeyId", keyAbsentMeans: "an AWS-owned key" },
        { what: "training volumes", key: "volumeKmsKeyId", keyAbsentMeans: "an AWS-managed key" },
        {
            what: "training output",
            when: { path: "outputDataConfig" },
            key: "outputDataConfig.kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/s3 key",
        },
    ],
    inTransit: HTTPS_ONLY,
    exposure: [{ what: "the training job", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } }],
    retention: MODEL_KEPT,
    destinations: [
        { what: "writes training output to", store: true, path: "outputDataConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    notes: NOTES,
});

export const comprehendEntityRecognizer = entry<EntityRecognizerArgs>()({
    types: ["aws:comprehend/entityRecognizer:EntityRecognizer"],
    holds: "a recognizer trained on documents, annotations and entity lists (often the names and addresses it should find)",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "inputDataConfig.documents.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "inputDataConfig.annotations.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "inputDataConfig.entityList.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "inputDataConfig.augmentedManifests.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: [
        { what: "the trained model", key: "modelKmsKeyId", keyAbsentMeans: "an AWS-owned key" },
        { what: "training volumes", key: "volumeKmsKeyId", keyAbsentMeans: "an AWS-managed key" },
    ],
    inTransit: HTTPS_ONLY,
    exposure: [{ what: "the training job", securityGroups: "vpcConfig.securityGroupIds", when: { path: "vpcConfig" } }],
    retention: MODEL_KEPT,
    notes: NOTES,
});
