/**
 * AppSync: GraphQL APIs (field-level logging), Event APIs (logging), the response cache, data
 * sources (where resolvers read and write) and source API associations of merged APIs.
 */
import type { ApiArgs } from "@pulumi/aws/appsync/api";
import type { ApiCacheArgs } from "@pulumi/aws/appsync/apiCache";
import type { DataSourceArgs } from "@pulumi/aws/appsync/dataSource";
import type { GraphQLApiArgs } from "@pulumi/aws/appsync/graphQLApi";
import type { SourceApiAssociationArgs } from "@pulumi/aws/appsync/sourceApiAssociation";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { reportOutsideEndpoints, reportPlainHttp } from "./apigateway";

const GRAPHQL_API_TYPES = ["aws:appsync/graphQLApi:GraphQLApi"];
const EVENT_API_TYPES = ["aws:appsync/api:Api"];

/**
 * Field-level logs at ERROR or ALL include the evaluated request and response mapping templates (the data) unless
 * excludeVerboseContent is true.
 */
function checkFieldLogs({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const log = asList(store.res.props.logConfig)[0];
    if (log === undefined) return;
    if (isUnknown(log) || isUnknown(log.fieldLogLevel) || isUnknown(log.excludeVerboseContent)) {
        report("logConfig is not known during preview, so field-level logging of personal data cannot be ruled out");
        return;
    }
    const level = String(log.fieldLogLevel ?? "NONE").toUpperCase();
    if (level !== "NONE" && !isTrue(log.excludeVerboseContent)) {
        report(
            `holds personal data (${store.classifiedBy}) but logs resolver data: logConfig.fieldLogLevel ${level} without excludeVerboseContent writes evaluated mapping templates and results to the log group /aws/appsync/apis/<api id>, which AppSync creates without a customer-managed key or expiry`,
        );
    }
}

export const appsyncGraphQLApi = entry<GraphQLApiArgs>()({
    types: ["aws:appsync/graphQLApi:GraphQLApi"],
    holds: "GraphQL requests and responses (what its data sources read and write)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an API stores nothing; its response cache is judged on ApiCache" },
    inTransit: { notOffered: "AppSync endpoints accept HTTPS (and WSS) only" },
    retention: { notOffered: "an API stores nothing" },
    destinations: [
        {
            custom: checkFieldLogs,
            summary:
                "no field-level logging of resolver data (fieldLogLevel other than NONE needs excludeVerboseContent) for personal data",
        },
    ],
    notes: "visibility GLOBAL (the default) is reachable from the internet; who may query is decided by authenticationType and the additional providers.",
});

function checkEventLogs({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const log = asList(asList(store.res.props.eventConfig)[0]?.logConfig)[0];
    if (log === undefined) return;
    if (isUnknown(log) || isUnknown(log.logLevel)) {
        report("eventConfig.logConfig.logLevel is not known during preview, so logging of personal data cannot be ruled out");
        return;
    }
    const level = String(log.logLevel ?? "NONE").toUpperCase();
    if (level === "ALL" || level === "DEBUG") {
        report(
            `holds personal data (${store.classifiedBy}) but logs handler evaluations (eventConfig.logConfig.logLevel ${level}), with the events they handle, to a log group AppSync creates without a customer-managed key or expiry`,
        );
    }
}

export const appsyncApi = entry<ApiArgs>()({
    types: ["aws:appsync/api:Api"],
    holds: "events published to and delivered by an AppSync Event API",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an Event API keeps no events; its handlers' data sources are judged on their own" },
    inTransit: { notOffered: "AppSync endpoints accept HTTPS and WSS only" },
    retention: { notOffered: "an Event API keeps no events" },
    destinations: [
        { custom: checkEventLogs, summary: "no DEBUG or ALL logging (handler request and response mappings) for personal data" },
    ],
});

export const appsyncApiCache = entry<ApiCacheArgs>()({
    types: ["aws:appsync/apiCache:ApiCache"],
    holds: "cached resolver responses of a GraphQL API",
    tagging: "copy",
    sources: [{ path: "apiId", types: GRAPHQL_API_TYPES }],
    atRest: [
        {
            what: "the cache",
            enabled: {
                path: "atRestEncryptionEnabled",
                absent: true,
                absentMeans: "AppSync now always encrypts caches at rest; the flag is deprecated",
            },
            customerKeyNotOffered: "AppSync encrypts the cache under a key it manages",
        },
    ],
    inTransit: [
        {
            what: "traffic to the cache",
            setting: {
                path: "transitEncryptionEnabled",
                absent: true,
                absentMeans: "AppSync now always encrypts cache traffic; the flag is deprecated",
            },
        },
    ],
    retention: { notOffered: "entries live at most ttl seconds (AppSync allows 1 to 3600)" },
    notes: 'The AppSync API deprecates atRestEncryptionEnabled and transitEncryptionEnabled ("always enabled"); an explicit false states an unencrypted cache (caches created before the change keep the setting they were created with, which cannot be changed) and is flagged.',
});

function checkDataSourceTls({ store, report }: StoreContext): void {
    const endpoint = asList(store.res.props.httpConfig)[0]?.endpoint;
    if (isUnknown(endpoint)) report("httpConfig.endpoint is not known during preview, so its TLS cannot be verified");
    else if (typeof endpoint === "string") reportPlainHttp([endpoint], "httpConfig.endpoint", report);
}

function checkDataSourceEndpoint({ store, report }: StoreContext): void {
    const endpoint = asList(store.res.props.httpConfig)[0]?.endpoint;
    if (isUnknown(endpoint)) {
        if (store.isPii) report("httpConfig.endpoint is not known during preview, so where personal data goes cannot be verified");
        return;
    }
    if (typeof endpoint === "string") reportOutsideEndpoints(store, [endpoint], "httpConfig.endpoint", report);
}

export const appsyncDataSource = entry<DataSourceArgs>()({
    types: ["aws:appsync/dataSource:DataSource"],
    holds: "requests resolvers send to a table, database, search domain, function, event bus or HTTP endpoint",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "apiId", types: [...GRAPHQL_API_TYPES, ...EVENT_API_TYPES] }],
    atRest: { notOffered: "a data source stores nothing; its target is judged on its own" },
    inTransit: [{ custom: checkDataSourceTls, summary: "no plain-HTTP endpoint (httpConfig.endpoint http://)" }],
    retention: { notOffered: "a data source stores nothing" },
    destinations: [
        { custom: checkDataSourceEndpoint, summary: "personal data not sent to an HTTP endpoint outside AWS" },
        { what: "reads and writes", store: true, path: "dynamodbConfig.tableName", types: ["aws:dynamodb/table:Table"] },
        { what: "reads and writes a table in", region: "dynamodbConfig.region" },
        { what: "invokes", store: true, path: "lambdaConfig.functionArn", types: ["aws:lambda/function:Function"] },
        { what: "puts events on", store: true, path: "eventBridgeConfig.eventBusArn", types: "any" },
        { what: "queries", store: true, path: "relationalDatabaseConfig.httpEndpointConfig.dbClusterIdentifier", types: "any" },
        { what: "queries a database in", region: "relationalDatabaseConfig.httpEndpointConfig.region" },
        { what: "queries a search domain in", region: "opensearchserviceConfig.region" },
        { what: "queries a search domain in", region: "elasticsearchConfig.region" },
    ],
    notes: "HTTP endpoints on AWS service hosts (*.amazonaws.com, called with IAM signatures) are not outside AWS. dynamodbConfig.deltaSyncConfig keeps a delta table with its own TTL, judged as a table when it is in the stack.",
});

export const appsyncSourceApiAssociation = entry<SourceApiAssociationArgs>()({
    types: ["aws:appsync/sourceApiAssociation:SourceApiAssociation"],
    holds: "a source GraphQL API merged into (and served by) a merged API",
    tagging: "carrier",
    sources: [
        { path: "sourceApiArn", types: GRAPHQL_API_TYPES },
        { path: "sourceApiId", types: GRAPHQL_API_TYPES },
    ],
    atRest: { notOffered: "an association stores nothing" },
    inTransit: { notOffered: "AppSync endpoints accept HTTPS only" },
    retention: { notOffered: "an association stores nothing" },
    destinations: [
        { what: "serves its source API's data through", store: true, path: "mergedApiArn", types: GRAPHQL_API_TYPES },
        { what: "serves its source API's data through", store: true, path: "mergedApiId", types: GRAPHQL_API_TYPES },
    ],
});
