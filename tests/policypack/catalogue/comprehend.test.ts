import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const CLASSIFIER = "aws:comprehend/documentClassifier:DocumentClassifier";
const RECOGNIZER = "aws:comprehend/entityRecognizer:EntityRecognizer";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/comprehend`;

const comprehend = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CLASSIFIER,
            name: "classifier",
            props: {
                name: "classifier",
                dataAccessRoleArn: ROLE,
                languageCode: "en",
                modelKmsKeyId: KEY_ARN,
                volumeKmsKeyId: KEY_ARN,
                inputDataConfig: { s3Uri: "s3://labels-abc/train.csv" },
                outputDataConfig: { s3Uri: "s3://labels-abc/comprehend/", kmsKeyId: KEY_ARN },
            },
        },
        {
            type: RECOGNIZER,
            name: "recognizer",
            props: {
                name: "recognizer",
                dataAccessRoleArn: ROLE,
                languageCode: "en",
                modelKmsKeyId: KEY_ARN,
                volumeKmsKeyId: KEY_ARN,
                inputDataConfig: {
                    entityTypes: [{ type: "NAME" }],
                    documents: { s3Uri: "s3://labels-abc/docs/" },
                    entityList: { s3Uri: "s3://labels-abc/entities.csv" },
                },
            },
        },
    ]);

describe("catalogue: Comprehend", () => {
    describeEntry("document classifier, entity recognizer", comprehend, [
        {
            title: "a classifier model under an AWS-owned key",
            change: props("classifier", (p) => {
                delete p.modelKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLASSIFIER, "classifier"],
            message: /the trained model: has no modelKmsKeyId/,
        },
        {
            title: "classifier volumes under an AWS-managed key",
            change: props("classifier", (p) => {
                delete p.volumeKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLASSIFIER, "classifier"],
            message: /training volumes: has no volumeKmsKeyId/,
        },
        {
            title: "classifier output under the AWS-managed key",
            change: props("classifier", (p) => {
                delete p.outputDataConfig.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLASSIFIER, "classifier"],
            message: /training output: has no outputDataConfig.kmsKeyId/,
        },
        {
            title: "a classifier trained on PII writing output into a confidential bucket",
            change: props("classifier", (p) => {
                p.outputDataConfig.s3Uri = "s3://logs-abc/comprehend/";
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of classifier/,
        },
        {
            title: "a classifier behind an open security group",
            change: (stack) => {
                add({
                    type: "aws:ec2/securityGroup:SecurityGroup",
                    name: "open-sg",
                    props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] },
                })(stack);
                props("classifier", (p) => {
                    p.vpcConfig = { subnets: ["subnet-1"], securityGroupIds: ["sg-x"] };
                })(stack);
                stack.find((s) => s.name === "classifier")!.propertyDependencies = { vpcConfig: ["open-sg"] };
            },
            policy: datastoreAccessBlockPublic,
            at: [CLASSIFIER, "classifier"],
            message: /security group open-sg is open/,
        },
        {
            title: "a recognizer model under an aws/ alias",
            change: props("recognizer", (p) => {
                p.modelKmsKeyId = "alias/aws/comprehend";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [RECOGNIZER, "recognizer"],
            message: /names the AWS-managed key alias\/aws\/comprehend/,
        },
        {
            title: "recognizer volumes under an AWS-managed key",
            change: props("recognizer", (p) => {
                delete p.volumeKmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [RECOGNIZER, "recognizer"],
            message: /training volumes: has no volumeKmsKeyId/,
        },
    ]);
});
