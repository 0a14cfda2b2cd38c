import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const PIPELINE = "aws:codepipeline/pipeline:Pipeline";

const codepipeline = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PIPELINE,
            name: "deploy",
            props: {
                name: "deploy",
                roleArn: "arn:aws:iam::111122223333:role/pipeline",
                artifactStores: [{ location: "logs-abc", type: "S3", encryptionKey: { id: KEY_ARN, type: "KMS" } }],
                stages: [
                    {
                        name: "Source",
                        actions: [
                            {
                                name: "s",
                                category: "Source",
                                owner: "AWS",
                                provider: "S3",
                                version: "1",
                                outputArtifacts: ["src"],
                                configuration: { S3Bucket: "src", S3ObjectKey: "app.zip" },
                            },
                        ],
                    },
                ],
            },
        },
    ]);

describe("catalogue: CodePipeline", () => {
    describeEntry(
        "aws:codepipeline/pipeline:Pipeline",
        codepipeline,
        [
            {
                title: "artefacts under the AWS-managed aws/s3 key",
                change: props("deploy", (p) => {
                    delete p.artifactStores[0].encryptionKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [PIPELINE, "deploy"],
                message: /pipeline artefacts: has no artifactStores.encryptionKey.id, so .* the AWS-managed aws\/s3 key/,
            },
            {
                title: "an artifact store in another region",
                change: props("deploy", (p) => {
                    p.artifactStores.push({
                        location: "logs-abc",
                        type: "S3",
                        region: "us-east-1",
                        encryptionKey: { id: KEY_ARN, type: "KMS" },
                    });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [PIPELINE, "deploy"],
                message: /keeps artefacts in region us-east-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "an artifact store in an allowed region",
                config: { allowedRegions: ["us-east-1"] },
                change: props("deploy", (p) => {
                    p.artifactStores[0].region = "us-east-1";
                }),
            },
        ],
    );
});
