import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const GRAPHQL = "aws:appsync/graphQLApi:GraphQLApi";
const EVENTS = "aws:appsync/api:Api";
const CACHE = "aws:appsync/apiCache:ApiCache";
const DATA_SOURCE = "aws:appsync/dataSource:DataSource";
const LOG_ROLE = `arn:aws:iam::${ACCOUNT}:role/appsync-logs`;

const appsync = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: GRAPHQL,
            name: "orders-graph",
            props: {
                name: "orders-graph",
                authenticationType: "AWS_IAM",
                logConfig: { cloudwatchLogsRoleArn: LOG_ROLE, fieldLogLevel: "ERROR", excludeVerboseContent: true },
                tags: PII_TAGS,
            },
        },
        {
            type: CACHE,
            name: "orders-graph-cache",
            props: {
                apiId: "gql1",
                apiCachingBehavior: "FULL_REQUEST_CACHING",
                type: "SMALL",
                ttl: 300,
                atRestEncryptionEnabled: true,
                transitEncryptionEnabled: true,
            },
            propertyDependencies: { apiId: ["orders-graph"] },
        },
        {
            type: DATA_SOURCE,
            name: "orders-table-source",
            props: { apiId: "gql1", name: "orders", type: "AMAZON_DYNAMODB", dynamodbConfig: { tableName: "orders-abc" } },
            propertyDependencies: { apiId: ["orders-graph"], dynamodbConfig: ["orders"] },
        },
        {
            type: EVENTS,
            name: "label-events",
            props: {
                name: "label-events",
                eventConfig: {
                    authProviders: [{ authType: "AWS_IAM" }],
                    connectionAuthModes: [{ authType: "AWS_IAM" }],
                    defaultPublishAuthModes: [{ authType: "AWS_IAM" }],
                    defaultSubscribeAuthModes: [{ authType: "AWS_IAM" }],
                    logConfig: { cloudwatchLogsRoleArn: LOG_ROLE, logLevel: "ERROR" },
                },
                tags: PII_TAGS,
            },
        },
    ]);

describe("catalogue: AppSync", () => {
    describeEntry(
        "GraphQL and Event APIs, caches and data sources",
        appsync,
        [
            {
                title: "field-level logging of resolver data",
                change: props("orders-graph", (p) => {
                    p.logConfig = { cloudwatchLogsRoleArn: LOG_ROLE, fieldLogLevel: "ALL" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [GRAPHQL, "orders-graph"],
                message: /logConfig.fieldLogLevel ALL without excludeVerboseContent writes evaluated mapping templates/,
            },
            {
                title: "error logs with verbose content",
                change: props("orders-graph", (p) => {
                    p.logConfig.excludeVerboseContent = false;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [GRAPHQL, "orders-graph"],
                message: /fieldLogLevel ERROR without excludeVerboseContent/,
            },
            {
                title: "Event API debug logging of personal data",
                change: props("label-events", (p) => {
                    p.eventConfig.logConfig.logLevel = "DEBUG";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [EVENTS, "label-events"],
                message: /logs handler evaluations \(eventConfig.logConfig.logLevel DEBUG\)/,
            },
            {
                title: "a cache declared unencrypted at rest",
                change: props("orders-graph-cache", (p) => {
                    p.atRestEncryptionEnabled = false;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [CACHE, "orders-graph-cache"],
                message: /the cache is not encrypted: atRestEncryptionEnabled is false/,
            },
            {
                title: "a cache without transit encryption",
                change: props("orders-graph-cache", (p) => {
                    p.transitEncryptionEnabled = false;
                }),
                policy: datastoreTransitRequireTls,
                at: [CACHE, "orders-graph-cache"],
                message: /traffic to the cache does not require TLS: transitEncryptionEnabled is false/,
            },
            {
                title: "an HTTP data source over plain HTTP",
                change: props("orders-table-source", (p) => {
                    p.type = "HTTP";
                    delete p.dynamodbConfig;
                    p.httpConfig = { endpoint: "http://labels.example.com" };
                }),
                policy: datastoreTransitRequireTls,
                at: [DATA_SOURCE, "orders-table-source"],
                message: /over plain HTTP: httpConfig.endpoint names "http:\/\/labels.example.com"/,
            },
            {
                title: "personal data sent to an HTTP endpoint outside AWS",
                change: props("orders-table-source", (p) => {
                    p.type = "HTTP";
                    delete p.dynamodbConfig;
                    p.httpConfig = { endpoint: "https://labels.partner.example.com" };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DATA_SOURCE, "orders-table-source"],
                message: /to https:\/\/labels.partner.example.com \(httpConfig.endpoint\), outside AWS/,
            },
            {
                title: "a table in another region",
                change: props("orders-table-source", (p) => {
                    p.dynamodbConfig.region = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DATA_SOURCE, "orders-table-source"],
                message: /reads and writes a table in region us-east-1/,
            },
            {
                title: "a table outside the stack",
                change: (stack) => {
                    props("orders-table-source", (p) => {
                        p.dynamodbConfig.tableName = "elsewhere";
                    })(stack);
                    stack.find((s) => s.name === "orders-table-source")!.propertyDependencies = { apiId: ["orders-graph"] };
                },
                policy: datastoreSharingRestrictDestinations,
                at: [DATA_SOURCE, "orders-table-source"],
                message: /reads and writes elsewhere, which is not a resource of this stack/,
            },
            {
                title: "a function of another account",
                change: props("orders-table-source", (p) => {
                    p.type = "AWS_LAMBDA";
                    delete p.dynamodbConfig;
                    p.lambdaConfig = { functionArn: `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:theirs` };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DATA_SOURCE, "orders-table-source"],
                message: /invokes arn:aws:lambda:eu-west-1:999988887777:function:theirs, in account 999988887777/,
            },
            {
                title: "a merged API of another account serving this API's data",
                change: add({
                    type: "aws:appsync/sourceApiAssociation:SourceApiAssociation",
                    name: "merge",
                    props: { sourceApiId: "gql1", mergedApiArn: `arn:aws:appsync:eu-west-1:${OUTSIDE_ACCOUNT}:apis/merged` },
                    propertyDependencies: { sourceApiId: ["orders-graph"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:appsync/sourceApiAssociation:SourceApiAssociation", "merge"],
                message:
                    /serves its source API's data through arn:aws:appsync:eu-west-1:999988887777:apis\/merged, in account 999988887777/,
            },
            {
                title: "a data source writing to a table classified lower than its API",
                change: props("orders", (p) => {
                    p.tags = { ...p.tags, "data-classification": "internal" };
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:dynamodb/table:Table", "orders"],
                message: /is classified internal but holds pii data as a copy of orders-table-source/,
            },
        ],
        [
            {
                title: "a cache leaving the deprecated encryption flags unset (AppSync always encrypts now)",
                change: props("orders-graph-cache", (p) => {
                    delete p.atRestEncryptionEnabled;
                    delete p.transitEncryptionEnabled;
                }),
            },
            {
                title: "an HTTP data source calling an AWS service with IAM",
                change: props("orders-table-source", (p) => {
                    p.type = "HTTP";
                    delete p.dynamodbConfig;
                    p.httpConfig = {
                        endpoint: "https://sns.eu-west-1.amazonaws.com",
                        authorizationConfig: { authorizationType: "AWS_IAM" },
                    };
                }),
            },
            {
                title: "full field logs on an API classified confidential",
                change: props("orders-graph", (p) => {
                    p.logConfig = { cloudwatchLogsRoleArn: LOG_ROLE, fieldLogLevel: "ALL" };
                    p.tags = { "data-classification": "confidential", "retention-days": "3", owner: "x" };
                }),
            },
        ],
    );
});
