import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const REST_API = "aws:apigateway/restApi:RestApi";
const STAGE = "aws:apigateway/stage:Stage";
const DOMAIN = "aws:apigateway/domainName:DomainName";
const INTEGRATION = "aws:apigateway/integration:Integration";
const LAMBDA_URI = (account: string, region = "eu-west-1") =>
    `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${account}:function:purge/invocations`;
const document = (principal: unknown, condition?: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: principal,
                Action: "execute-api:Invoke",
                Resource: "execute-api:/*",
                ...(condition ? { Condition: condition } : {}),
            },
        ],
    });
const openApi = (uri: string) =>
    JSON.stringify({
        openapi: "3.0.1",
        info: { title: "orders", version: "1" },
        paths: { "/orders": { get: { "x-amazon-apigateway-integration": { type: "http_proxy", httpMethod: "GET", uri } } } },
    });

const api = (): ResourceSpec[] =>
    fixtureWith([
        { type: "pulumi:providers:aws", name: "default", props: { region: "eu-west-1" } },
        {
            type: REST_API,
            name: "orders-api",
            props: {
                name: "orders-api",
                endpointConfiguration: { types: "REGIONAL" },
                securityPolicy: "TLS_1_2",
                policy: document({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
                tags: PII_TAGS,
            },
        },
        {
            type: "aws:apigateway/restApiPolicy:RestApiPolicy",
            name: "orders-api-policy",
            props: {
                restApiId: "abc123",
                policy: document({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, { StringEquals: { "aws:SourceVpce": "vpce-0123" } }),
            },
            propertyDependencies: { restApiId: ["orders-api"] },
        },
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "api-access",
            props: { name: "api-access", retentionInDays: 1, kmsKeyId: KEY_ARN, tags: CONFIDENTIAL_TAGS },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: STAGE,
            name: "prod",
            props: {
                restApi: "abc123",
                stageName: "prod",
                deployment: "dep-1",
                cacheClusterEnabled: true,
                cacheClusterSize: "0.5",
                accessLogSettings: {
                    destinationArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:api-access`,
                    format: "$context.requestId",
                },
            },
            propertyDependencies: { restApi: ["orders-api"], accessLogSettings: ["api-access"] },
        },
        {
            type: "aws:apigateway/methodSettings:MethodSettings",
            name: "prod-settings",
            props: {
                restApi: "abc123",
                stageName: "prod",
                methodPath: "*/*",
                settings: {
                    cachingEnabled: true,
                    cacheDataEncrypted: true,
                    cacheTtlInSeconds: 300,
                    dataTraceEnabled: false,
                    loggingLevel: "ERROR",
                },
            },
            propertyDependencies: { restApi: ["orders-api"], stageName: ["prod"] },
        },
        {
            type: DOMAIN,
            name: "api-domain",
            props: {
                domainName: "api.example.com",
                regionalCertificateArn: `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/1`,
                endpointConfiguration: { types: "REGIONAL" },
                securityPolicy: "TLS_1_2",
            },
        },
        {
            type: INTEGRATION,
            name: "orders-get",
            props: {
                restApi: "abc123",
                resourceId: "r1",
                httpMethod: "GET",
                integrationHttpMethod: "POST",
                type: "AWS_PROXY",
                uri: LAMBDA_URI(ACCOUNT),
            },
            propertyDependencies: { restApi: ["orders-api"], uri: ["purge"] },
        },
    ]);

describe("catalogue: API Gateway REST APIs", () => {
    describeEntry(
        "REST APIs, their policies and definitions",
        api,
        [
            {
                title: "a regional API's default endpoint accepting TLS 1.0 (securityPolicy not set)",
                change: props("orders-api", (p) => {
                    delete p.securityPolicy;
                }),
                policy: datastoreTransitRequireTls,
                at: [REST_API, "orders-api"],
                message: /securityPolicy is not set, so the default execute-api endpoint of this REGIONAL API accepts TLS 1.0/,
            },
            {
                title: "an edge API (endpoint type not set) with securityPolicy TLS_1_0",
                change: props("orders-api", (p) => {
                    delete p.endpointConfiguration;
                    p.securityPolicy = "TLS_1_0";
                }),
                policy: datastoreTransitRequireTls,
                at: [REST_API, "orders-api"],
                message: /securityPolicy "TLS_1_0" accepts TLS older than 1.2/,
            },
            {
                title: "a resource policy open to everyone",
                change: props("orders-api", (p) => {
                    p.policy = document("*");
                }),
                policy: datastoreAccessBlockPublic,
                at: [REST_API, "orders-api"],
                message: /its resource policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "a RestApiPolicy letting in another account",
                change: props("orders-api-policy", (p) => {
                    p.policy = document({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [REST_API, "orders-api"],
                message: /its resource policy: .*account 999988887777/,
            },
            {
                title: "an OpenAPI body with a plain-HTTP integration",
                change: props("orders-api", (p) => {
                    p.body = openApi("http://backend.example.com/orders");
                }),
                policy: datastoreTransitRequireTls,
                at: [REST_API, "orders-api"],
                message:
                    /sends requests to its backend over plain HTTP: an integration in body names "http:\/\/backend.example.com\/orders"/,
            },
            {
                title: "an OpenAPI body sending personal data outside AWS",
                change: props("orders-api", (p) => {
                    p.body = openApi("https://api.partner.example.com/orders");
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [REST_API, "orders-api"],
                message: /sends personal data .* to https:\/\/api.partner.example.com\/orders \(an integration in body\), outside AWS/,
            },
            {
                title: "a RestApiPut body with a plain-HTTP integration",
                change: add({
                    type: "aws:apigateway/restApiPut:RestApiPut",
                    name: "orders-api-put",
                    props: { restApiId: "abc123", body: openApi("http://backend.example.com/orders") },
                    propertyDependencies: { restApiId: ["orders-api"] },
                }),
                policy: datastoreTransitRequireTls,
                at: [REST_API, "orders-api"],
                message: /over plain HTTP: an integration in body/,
            },
            {
                title: "a body unknown during preview",
                change: props("orders-api", (p) => {
                    p.body = UNKNOWN;
                }),
                policy: datastoreTransitRequireTls,
                at: [REST_API, "orders-api"],
                message: /body is not known during preview/,
            },
        ],
        [
            {
                title: "a private API on its default TLS 1.2 policy",
                change: props("orders-api", (p) => {
                    delete p.securityPolicy;
                    p.endpointConfiguration = { types: "PRIVATE" };
                }),
            },
            {
                title: "a disabled default endpoint",
                change: props("orders-api", (p) => {
                    delete p.securityPolicy;
                    p.disableExecuteApiEndpoint = true;
                }),
            },
            {
                title: "an enhanced TLS 1.3 security policy",
                change: props("orders-api", (p) => {
                    p.securityPolicy = "SecurityPolicy_TLS13_1_3_2025_09";
                    p.endpointAccessMode = "STRICT";
                }),
            },
            {
                title: "an OpenAPI body integrating an AWS service endpoint",
                change: props("orders-api", (p) => {
                    p.body = openApi("https://sqs.eu-west-1.amazonaws.com/111122223333/label-jobs");
                }),
            },
        ],
    );

    describeEntry(
        "REST API stages and method settings",
        api,
        [
            {
                title: "a stage cache without a method setting encrypting it",
                change: remove("prod-settings"),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [STAGE, "prod"],
                message:
                    /caches responses \(cacheClusterEnabled\) but no MethodSettings for methodPath "\*\/\*" of this stage sets settings.cacheDataEncrypted true/,
            },
            {
                title: "method caching without cacheDataEncrypted",
                change: props("prod-settings", (p) => {
                    delete p.settings.cacheDataEncrypted;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [REST_API, "orders-api"],
                message: /cached responses is not encrypted: settings.cacheDataEncrypted is not set \(unencrypted\)/,
            },
            {
                title: "data trace logging of personal data",
                change: props("prod-settings", (p) => {
                    p.settings.dataTraceEnabled = true;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [REST_API, "orders-api"],
                message: /sets settings.dataTraceEnabled, which writes full request and response bodies/,
            },
            {
                title: "data trace logging of an untagged API (treated as pii)",
                change: (stack) => {
                    props("orders-api", (p) => {
                        delete p.tags;
                    })(stack);
                    props("prod-settings", (p) => {
                        p.settings.dataTraceEnabled = true;
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [REST_API, "orders-api"],
                message: /sets settings.dataTraceEnabled/,
            },
            {
                title: "access logs to another account's log group",
                change: props("prod", (p) => {
                    p.accessLogSettings.destinationArn = `arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:log-group:theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STAGE, "prod"],
                message: /writes its access logs to arn:aws:logs:eu-west-1:999988887777:log-group:theirs, in account 999988887777/,
            },
            {
                title: "access logs to a log group in another region",
                change: (stack) => {
                    props("prod", (p) => {
                        p.accessLogSettings.destinationArn = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:elsewhere`;
                    })(stack);
                    stack.find((s) => s.name === "prod")!.propertyDependencies = { restApi: ["orders-api"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [STAGE, "prod"],
                message:
                    /writes its access logs to arn:aws:logs:us-east-1:111122223333:log-group:elsewhere, in region us-east-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "data trace logging on an API classified internal",
                change: (stack) => {
                    props("orders-api", (p) => {
                        p.tags = { ...CONFIDENTIAL_TAGS, "data-classification": "internal" };
                    })(stack);
                    props("prod-settings", (p) => {
                        p.settings.dataTraceEnabled = true;
                    })(stack);
                },
            },
            {
                title: "a stage without cache",
                change: (stack) => {
                    props("prod", (p) => {
                        p.cacheClusterEnabled = false;
                    })(stack);
                    remove("prod-settings")(stack);
                },
            },
        ],
    );

    describeEntry(
        "REST API custom domains and integrations",
        api,
        [
            {
                title: "a custom domain accepting TLS 1.0",
                change: props("api-domain", (p) => {
                    p.securityPolicy = "TLS_1_0";
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "api-domain"],
                message: /securityPolicy "TLS_1_0" accepts TLS older than 1.2/,
            },
            {
                title: "a custom domain without securityPolicy",
                change: props("api-domain", (p) => {
                    delete p.securityPolicy;
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "api-domain"],
                message: /securityPolicy is not set/,
            },
            {
                title: "a private domain's policy open to everyone",
                change: props("api-domain", (p) => {
                    p.policy = document("*");
                }),
                policy: datastoreAccessBlockPublic,
                at: [DOMAIN, "api-domain"],
                message: /its domain policy: a statement allows Principal "\*"/,
            },
            {
                title: "a plain-HTTP backend",
                change: props("orders-get", (p) => {
                    p.type = "HTTP_PROXY";
                    p.uri = "http://backend.example.com/orders";
                }),
                policy: datastoreTransitRequireTls,
                at: [INTEGRATION, "orders-get"],
                message: /sends requests to its backend over plain HTTP: uri is "http:\/\/backend.example.com\/orders"/,
            },
            {
                title: "a plain-HTTP backend through a VPC link, carrying personal data",
                change: props("orders-get", (p) => {
                    p.type = "HTTP_PROXY";
                    p.connectionType = "VPC_LINK";
                    p.uri = "http://nlb.internal/orders";
                }),
                policy: datastoreTransitRequireTls,
                at: [INTEGRATION, "orders-get"],
                message: /through a VPC link, unencrypted inside the network/,
            },
            {
                title: "personal data sent to a backend outside AWS",
                change: props("orders-get", (p) => {
                    p.type = "HTTP_PROXY";
                    p.uri = "https://api.partner.example.com/orders";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "orders-get"],
                message: /sends personal data .* to https:\/\/api.partner.example.com\/orders \(uri\), outside AWS/,
            },
            {
                title: "personal data sent to another party's API Gateway endpoint",
                change: props("orders-get", (p) => {
                    p.type = "HTTP_PROXY";
                    p.uri = "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/labels";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "orders-get"],
                message: /to https:\/\/abc123.execute-api.eu-west-1.amazonaws.com\/prod\/labels \(uri\), outside AWS/,
            },
            {
                title: "a function of another account",
                change: props("orders-get", (p) => {
                    p.uri = LAMBDA_URI(OUTSIDE_ACCOUNT);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "orders-get"],
                message: /in account 999988887777, outside this stack/,
            },
            {
                title: "a service in another region",
                change: props("orders-get", (p) => {
                    p.uri = LAMBDA_URI(ACCOUNT, "us-east-1");
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "orders-get"],
                message: /calls a service in region us-east-1/,
            },
        ],
        [
            {
                title: "an HTTP integration calling an AWS service host",
                change: props("orders-get", (p) => {
                    p.type = "HTTP";
                    p.uri = "https://sqs.eu-west-1.amazonaws.com/111122223333/label-jobs";
                }),
            },
            {
                title: "a plain-HTTP backend through a VPC link on an API classified internal",
                change: (stack) => {
                    props("orders-api", (p) => {
                        p.tags = { ...CONFIDENTIAL_TAGS, "data-classification": "internal" };
                    })(stack);
                    props("orders-get", (p) => {
                        p.type = "HTTP_PROXY";
                        p.connectionType = "VPC_LINK";
                        p.uri = "http://nlb.internal/orders";
                    })(stack);
                },
            },
        ],
    );
});
