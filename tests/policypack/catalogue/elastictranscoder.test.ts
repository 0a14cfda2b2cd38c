import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const PIPELINE = "aws:elastictranscoder/pipeline:Pipeline";

const transcoder = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PIPELINE,
            name: "transcode",
            props: {
                name: "transcode",
                role: `arn:aws:iam::${ACCOUNT}:role/transcoder`,
                inputBucket: "labels-abc",
                outputBucket: "labels-abc",
                awsKmsKeyArn: KEY_ARN,
            },
            propertyDependencies: { inputBucket: ["labels"], outputBucket: ["labels"], awsKmsKeyArn: ["data-key"] },
        },
    ]);

describe("catalogue: Elastic Transcoder", () => {
    describeEntry("aws:elastictranscoder/pipeline:Pipeline", transcoder, [
        {
            title: "outputs under the AWS-managed key",
            change: props("transcode", (p) => {
                delete p.awsKmsKeyArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PIPELINE, "transcode"],
            message: /has no awsKmsKeyArn, so each transcoded file is encrypted under the AWS-managed aws\/s3 key/,
        },
        {
            title: "outputs granted to everyone",
            change: props("transcode", (p) => {
                p.contentConfigPermissions = [{ granteeType: "Group", grantee: "AllUsers", accesses: ["Read"] }];
            }),
            policy: datastoreAccessBlockPublic,
            at: [PIPELINE, "transcode"],
            message: /makes its output objects public: contentConfigPermissions grants AllUsers/,
        },
        {
            title: "PII media written to a bucket outside the stack",
            change: (stack) => {
                props("transcode", (p) => {
                    p.outputBucket = "elsewhere-bucket";
                })(stack);
                stack.find((s) => s.name === "transcode")!.propertyDependencies = { inputBucket: ["labels"], awsKmsKeyArn: ["data-key"] };
            },
            policy: datastoreSharingRestrictDestinations,
            at: [PIPELINE, "transcode"],
            message: /writes transcoded files to elsewhere-bucket, which is not a resource of this stack/,
        },
    ]);
});
