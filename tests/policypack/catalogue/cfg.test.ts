import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const CHANNEL = "aws:cfg/deliveryChannel:DeliveryChannel";
const AUTH = "aws:cfg/aggregateAuthorization:AggregateAuthorization";

const config = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: CHANNEL,
            name: "config-delivery",
            props: {
                name: "default",
                s3BucketName: "logs-abc",
                s3KmsKeyArn: KEY_ARN,
                snsTopicArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`,
            },
            propertyDependencies: { s3BucketName: ["logs"], snsTopicArn: ["incidents"] },
        },
        { type: AUTH, name: "to-audit", props: { accountId: ACCOUNT, authorizedAwsRegion: "eu-west-1", region: "eu-west-1" } },
    ]);

describe("catalogue: AWS Config", () => {
    describeEntry(
        "cfg delivery channels and aggregate authorizations",
        config,
        [
            {
                title: "history under the AWS-managed S3 key",
                change: props("config-delivery", (p) => {
                    p.s3KmsKeyArn = "alias/aws/s3";
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CHANNEL, "config-delivery"],
                message: /configuration history: s3KmsKeyArn names the AWS-managed key/,
            },
            {
                title: "history published to another account's topic",
                change: (stack) => {
                    const c = stack.find((s) => s.name === "config-delivery")!;
                    c.props.snsTopicArn = `arn:aws:sns:eu-west-1:${OUTSIDE_ACCOUNT}:config`;
                    c.propertyDependencies = { s3BucketName: ["logs"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [CHANNEL, "config-delivery"],
                message: /publishes configuration changes to arn:aws:sns:eu-west-1:999988887777:config, in account 999988887777/,
            },
            {
                title: "history delivered into an internal bucket (raised to confidential)",
                change: (stack) => {
                    stack.push({
                        type: "aws:s3/bucket:Bucket",
                        name: "internal-bucket",
                        props: { bucket: "internal-abc", tags: { "data-classification": "internal", "retention-days": "30", owner: "x" } },
                    });
                    const c = stack.find((s) => s.name === "config-delivery")!;
                    c.props.s3BucketName = "internal-abc";
                    c.propertyDependencies = { s3BucketName: ["internal-bucket"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "internal-bucket"],
                message: /is classified internal but holds confidential data as a copy of config-delivery/,
            },
            {
                title: "aggregation by another account",
                change: props("to-audit", (p) => {
                    p.accountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [AUTH, "to-audit"],
                message: /lets configuration items be aggregated by account 999988887777, outside this stack/,
            },
            {
                title: "aggregation into another region",
                change: props("to-audit", (p) => {
                    p.authorizedAwsRegion = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [AUTH, "to-audit"],
                message: /lets configuration items be aggregated into region us-east-1/,
            },
        ],
        [
            {
                title: "history encrypted by the bucket's default encryption",
                change: props("config-delivery", (p) => {
                    delete p.s3KmsKeyArn;
                }),
            },
        ],
    );
});
