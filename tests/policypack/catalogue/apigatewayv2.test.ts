import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const API = "aws:apigatewayv2/api:Api";
const STAGE = "aws:apigatewayv2/stage:Stage";
const INTEGRATION = "aws:apigatewayv2/integration:Integration";
const openApi = (uri: string) =>
    JSON.stringify({
        openapi: "3.0.1",
        info: { title: "labels", version: "1" },
        paths: {
            "/labels": {
                post: { "x-amazon-apigateway-integration": { type: "http_proxy", httpMethod: "POST", uri, payloadFormatVersion: "1.0" } },
            },
        },
    });

const api = (): ResourceSpec[] =>
    fixtureWith([
        { type: "pulumi:providers:aws", name: "default", props: { region: "eu-west-1" } },
        { type: API, name: "labels-api", props: { name: "labels-api", protocolType: "HTTP", tags: PII_TAGS } },
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "labels-api-access",
            props: { name: "labels-api-access", retentionInDays: 1, kmsKeyId: KEY_ARN, tags: CONFIDENTIAL_TAGS },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: STAGE,
            name: "labels-live",
            props: {
                apiId: "api1",
                name: "$default",
                autoDeploy: true,
                defaultRouteSettings: { dataTraceEnabled: false, loggingLevel: "ERROR" },
                accessLogSettings: {
                    destinationArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:labels-api-access`,
                    format: "$context.requestId",
                },
            },
            propertyDependencies: { apiId: ["labels-api"], accessLogSettings: ["labels-api-access"] },
        },
        {
            type: INTEGRATION,
            name: "labels-queue",
            props: {
                apiId: "api1",
                integrationType: "AWS_PROXY",
                integrationSubtype: "SQS-SendMessage",
                credentialsArn: `arn:aws:iam::${ACCOUNT}:role/api-to-sqs`,
                requestParameters: { QueueUrl: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-jobs`, MessageBody: "$request.body" },
            },
            propertyDependencies: { apiId: ["labels-api"] },
        },
    ]);

describe("catalogue: API Gateway HTTP and WebSocket APIs", () => {
    describeEntry(
        "APIs, stages and integrations",
        api,
        [
            {
                title: "a quick-create target over plain HTTP",
                change: props("labels-api", (p) => {
                    p.target = "http://backend.example.com";
                }),
                policy: datastoreTransitRequireTls,
                at: [API, "labels-api"],
                message: /over plain HTTP: target names "http:\/\/backend.example.com"/,
            },
            {
                title: "a quick-create target outside AWS for personal data",
                change: props("labels-api", (p) => {
                    p.target = "https://labels.partner.example.com";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [API, "labels-api"],
                message: /to https:\/\/labels.partner.example.com \(target or body\), outside AWS/,
            },
            {
                title: "a quick-create target in another account",
                change: props("labels-api", (p) => {
                    p.target = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [API, "labels-api"],
                message: /integrates with arn:aws:lambda:eu-west-1:999988887777:function:theirs, in account 999988887777/,
            },
            {
                title: "an OpenAPI body with a plain-HTTP integration",
                change: props("labels-api", (p) => {
                    p.body = openApi("http://backend.example.com/labels");
                }),
                policy: datastoreTransitRequireTls,
                at: [API, "labels-api"],
                message: /an integration in body names "http:\/\/backend.example.com\/labels"/,
            },
            {
                title: "WebSocket data trace of personal data",
                change: props("labels-live", (p) => {
                    p.routeSettings = [{ routeKey: "$default", dataTraceEnabled: true }];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STAGE, "labels-live"],
                message: /sets routeSettings \(\$default\).dataTraceEnabled, which writes full WebSocket messages/,
            },
            {
                title: "data trace unknown during preview",
                change: props("labels-live", (p) => {
                    p.defaultRouteSettings.dataTraceEnabled = UNKNOWN;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STAGE, "labels-live"],
                message: /defaultRouteSettings.dataTraceEnabled is not known during preview/,
            },
            {
                title: "access logs to another account",
                change: props("labels-live", (p) => {
                    p.accessLogSettings.destinationArn = `arn:aws:logs:eu-west-1:${OUTSIDE_ACCOUNT}:log-group:theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STAGE, "labels-live"],
                message: /writes its access logs to .*in account 999988887777/,
            },
            {
                title: "a queue of another account",
                change: props("labels-queue", (p) => {
                    p.requestParameters.QueueUrl = `https://sqs.eu-west-1.amazonaws.com/${OUTSIDE_ACCOUNT}/theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "labels-queue"],
                message: /integrates with https:\/\/sqs.eu-west-1.amazonaws.com\/999988887777\/theirs, in account 999988887777/,
            },
            {
                title: "a plain-HTTP backend",
                change: props("labels-queue", (p) => {
                    p.integrationType = "HTTP_PROXY";
                    p.integrationUri = "http://backend.example.com/labels";
                    delete p.requestParameters;
                }),
                policy: datastoreTransitRequireTls,
                at: [INTEGRATION, "labels-queue"],
                message: /integrationUri is "http:\/\/backend.example.com\/labels"/,
            },
            {
                title: "personal data sent outside AWS",
                change: props("labels-queue", (p) => {
                    p.integrationType = "HTTP_PROXY";
                    p.integrationUri = "https://labels.partner.example.com";
                    delete p.requestParameters;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INTEGRATION, "labels-queue"],
                message: /to https:\/\/labels.partner.example.com \(integrationUri\), outside AWS/,
            },
        ],
        [
            {
                title: "a quick-create Lambda target of this account",
                change: props("labels-api", (p) => {
                    p.target = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`;
                }),
            },
            {
                title: "personal data sent to the shipping provider's function",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("labels-queue", (p) => {
                    p.integrationType = "AWS_PROXY";
                    p.integrationUri = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:labels`;
                    delete p.requestParameters;
                }),
            },
        ],
    );
});
