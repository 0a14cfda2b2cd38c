import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const SERVICE = "aws:apprunner/service:Service";

const apprunner = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: SERVICE,
            name: "label-api",
            props: {
                serviceName: "label-api",
                tags: PII_TAGS,
                encryptionConfiguration: { kmsKey: KEY_ARN },
                networkConfiguration: { ingressConfiguration: { isPubliclyAccessible: false } },
                sourceConfiguration: {
                    imageRepository: {
                        imageIdentifier: "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1",
                        imageRepositoryType: "ECR",
                        imageConfiguration: {
                            port: "8080",
                            runtimeEnvironmentSecrets: { TOKEN: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:token" },
                        },
                    },
                },
            },
        },
    ]);

describe("catalogue: App Runner", () => {
    describeEntry(
        "aws:apprunner/service:Service",
        apprunner,
        [
            {
                title: "public by default",
                change: props("label-api", (p) => {
                    delete p.networkConfiguration;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVICE, "label-api"],
                message:
                    /the service is public: networkConfiguration.ingressConfiguration.isPubliclyAccessible is not set \(publicly accessible by default\)/,
            },
            {
                title: "public ingress",
                change: props("label-api", (p) => {
                    p.networkConfiguration.ingressConfiguration.isPubliclyAccessible = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVICE, "label-api"],
                message: /the service is public/,
            },
            {
                title: "the AWS-managed key",
                change: props("label-api", (p) => {
                    delete p.encryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SERVICE, "label-api"],
                message: /App Runner's copy of the source and the service logs: has no encryptionConfiguration.kmsKey/,
            },
            {
                title: "plain environment values on a PII service",
                change: props("label-api", (p) => {
                    p.sourceConfiguration.imageRepository.imageConfiguration.runtimeEnvironmentVariables = { CUSTOMER: "Jane" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVICE, "label-api"],
                message: /sets sourceConfiguration.imageRepository.imageConfiguration.runtimeEnvironmentVariables/,
            },
            {
                title: "plain environment values in a code configuration",
                change: props("label-api", (p) => {
                    p.sourceConfiguration = {
                        codeRepository: {
                            repositoryUrl: "https://github.com/x/y",
                            sourceCodeVersion: { type: "BRANCH", value: "main" },
                            codeConfiguration: {
                                configurationSource: "API",
                                codeConfigurationValues: { runtime: "NODEJS_18", runtimeEnvironmentVariables: { ADDRESS: "1 Main St" } },
                            },
                        },
                    };
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVICE, "label-api"],
                message: /codeConfigurationValues.runtimeEnvironmentVariables/,
            },
        ],
        [
            {
                title: "plain environment values on an unclassified service",
                change: props("label-api", (p) => {
                    delete p.tags;
                    p.sourceConfiguration.imageRepository.imageConfiguration.runtimeEnvironmentVariables = { LOG_LEVEL: "info" };
                }),
            },
        ],
    );
});
