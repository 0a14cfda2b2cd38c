import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const PROFILE = "aws:appconfig/configurationProfile:ConfigurationProfile";
const DEPLOYMENT = "aws:appconfig/deployment:Deployment";

const appconfig = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PROFILE,
            name: "flags",
            props: { applicationId: "abc1234", name: "flags", locationUri: "hosted", kmsKeyIdentifier: KEY_ARN },
        },
        {
            type: PROFILE,
            name: "from-s3",
            props: {
                applicationId: "abc1234",
                name: "from-s3",
                locationUri: "s3://config-bucket/app.json",
                retrievalRoleArn: "arn:aws:iam::111122223333:role/appconfig",
            },
        },
        {
            type: DEPLOYMENT,
            name: "flags-v1",
            props: {
                applicationId: "abc1234",
                configurationProfileId: "prof123",
                configurationVersion: "1",
                deploymentStrategyId: "AppConfig.AllAtOnce",
                environmentId: "env1234",
                kmsKeyIdentifier: KEY_ARN,
            },
            propertyDependencies: { configurationProfileId: ["flags"] },
        },
    ]);

describe("catalogue: AppConfig", () => {
    describeEntry("aws:appconfig/configurationProfile:ConfigurationProfile", appconfig, [
        {
            title: "the hosted store under an AWS-owned key",
            change: props("flags", (p) => {
                delete p.kmsKeyIdentifier;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PROFILE, "flags"],
            message: /hosted configuration versions: has no kmsKeyIdentifier, so .* an AWS-owned key/,
        },
        {
            title: "an AWS-managed alias",
            change: props("flags", (p) => {
                p.kmsKeyIdentifier = "alias/aws/appconfig";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PROFILE, "flags"],
            message: /names the AWS-managed key alias\/aws\/appconfig/,
        },
    ]);

    describeEntry("aws:appconfig/deployment:Deployment", appconfig, [
        {
            title: "deployed configuration under an AWS-owned key",
            change: props("flags-v1", (p) => {
                delete p.kmsKeyIdentifier;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DEPLOYMENT, "flags-v1"],
            message: /the deployed configuration: has no kmsKeyIdentifier/,
        },
    ]);
});
