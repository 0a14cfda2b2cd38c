/**
 * API Gateway v2 (HTTP and WebSocket APIs): the API (quick-create target and OpenAPI body), its
 * stages (access logs, WebSocket data trace) and integrations (where requests go). Their default
 * endpoints and custom domains accept TLS 1.2 or later only.
 */
import type { ApiArgs } from "@pulumi/aws/apigatewayv2/api";
import type { IntegrationArgs } from "@pulumi/aws/apigatewayv2/integration";
import type { StageArgs } from "@pulumi/aws/apigatewayv2/stage";
import { asList, isObject, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { accessLogDelivery, arnsIn, bodyUris, reportOutsideAccounts, reportOutsideEndpoints, reportPlainHttp } from "./apigateway";

const API_TYPES = ["aws:apigatewayv2/api:Api"];

function httpTarget(target: unknown): string[] {
    return typeof target === "string" && /^https?:\/\//i.test(target) ? [target] : [];
}

function checkApiTls({ store, report }: StoreContext): void {
    const { target, body } = store.res.props;
    if (isUnknown(target)) report("target is not known during preview, so its TLS cannot be verified");
    reportPlainHttp(httpTarget(target), "target", report);
    const uris = bodyUris(body);
    if (uris === "unknown") report("body is not known during preview, so its integrations' TLS cannot be verified");
    else reportPlainHttp(uris, "an integration in body", report);
}

function checkApiDestinations(context: StoreContext): void {
    const { store, report } = context;
    const { target, body } = store.res.props;
    const uris = bodyUris(body);
    if ((uris === "unknown" || isUnknown(target)) && store.isPii)
        report("target or body is not known during preview, so where the API sends personal data cannot be verified");
    reportOutsideEndpoints(store, [...httpTarget(target), ...(uris === "unknown" ? [] : uris)], "target or body", report);
    const texts = [target, body]
        .filter((v) => v !== undefined && v !== null && !isUnknown(v))
        .map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    reportOutsideAccounts(
        context,
        [...texts.filter((t) => /^arn:/.test(t)), ...texts.filter((t) => !/^arn:/.test(t)).flatMap(arnsIn)],
        "integrates with",
    );
}

export const apigatewayv2Api = entry<ApiArgs>()({
    types: ["aws:apigatewayv2/api:Api"],
    holds: "requests and responses (or WebSocket messages) of an HTTP or WebSocket API",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "an API stores nothing" },
    inTransit: [
        {
            custom: checkApiTls,
            summary:
                "no plain-HTTP quick-create target or integration URI in the OpenAPI body (the endpoints themselves accept TLS 1.2 or later only)",
        },
    ],
    retention: { notOffered: "an API stores nothing" },
    destinations: [
        {
            custom: checkApiDestinations,
            summary: "quick-create target and body integrations: no URL outside AWS for personal data, no ARN of another account",
        },
    ],
    notes: "HTTP and WebSocket APIs have no resource policy and are reachable from the internet unless disableExecuteApiEndpoint; who may call a route is decided by the route's authorization.",
});

function checkStageDataTrace({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const settings = [
        ["defaultRouteSettings", asList(store.res.props.defaultRouteSettings)[0]],
        ...asList(store.res.props.routeSettings).map((s: any) => [`routeSettings (${s?.routeKey})`, s]),
    ] as [string, any][];
    if (isUnknown(store.res.props.defaultRouteSettings) || isUnknown(store.res.props.routeSettings))
        report("its route settings are not known during preview, so data trace logging cannot be ruled out");
    for (const [where, setting] of settings) {
        if (!isObject(setting)) continue;
        if (isUnknown(setting.dataTraceEnabled)) report(`${where}.dataTraceEnabled is not known during preview`);
        else if (isTrue(setting.dataTraceEnabled))
            report(
                `holds personal data (${store.classifiedBy}) but sets ${where}.dataTraceEnabled, which writes full WebSocket messages to the execution log group API Gateway creates without a customer-managed key or expiry`,
            );
    }
}

export const apigatewayv2Stage = entry<StageArgs>()({
    types: ["aws:apigatewayv2/stage:Stage"],
    holds: "a deployed HTTP or WebSocket API: its access logs and route logging",
    tagging: "carrier",
    sources: [{ path: "apiId", types: API_TYPES }],
    atRest: { notOffered: "a stage stores nothing (HTTP and WebSocket APIs have no response cache)" },
    inTransit: { notOffered: "HTTP and WebSocket API endpoints accept TLS 1.2 or later only; backend TLS is judged on each Integration" },
    retention: { notOffered: "a stage stores nothing; access logs are judged on their destination" },
    destinations: [
        accessLogDelivery("writes its access logs to", { path: "accessLogSettings.destinationArn", types: "any" }),
        { custom: checkStageDataTrace, summary: "no data trace logging (full WebSocket messages) for personal data" },
    ],
});

function checkIntegrationTls({ store, report }: StoreContext): void {
    const { integrationType, integrationUri, connectionType } = store.res.props;
    if (isUnknown(integrationType) || isUnknown(integrationUri)) {
        report("integrationType or integrationUri is not known during preview, so the backend's TLS cannot be verified");
        return;
    }
    if (typeof integrationUri !== "string" || !/^http:\/\//i.test(integrationUri)) return;
    if (String(connectionType ?? "INTERNET").toUpperCase() === "VPC_LINK" && !store.isPii) return;
    report(`sends requests to its backend over plain HTTP: integrationUri is ${JSON.stringify(integrationUri)}`);
}

function checkIntegrationDestinations(context: StoreContext): void {
    const { store, report } = context;
    const { integrationUri, connectionType, requestParameters } = store.res.props;
    if (isUnknown(integrationUri) || isUnknown(requestParameters)) {
        if (store.isPii)
            report(
                "integrationUri or requestParameters is not known during preview, so where the integration sends personal data cannot be verified",
            );
        return;
    }
    const uris =
        typeof integrationUri === "string" &&
        /^https?:\/\//i.test(integrationUri) &&
        String(connectionType ?? "INTERNET").toUpperCase() !== "VPC_LINK"
            ? [integrationUri]
            : [];
    reportOutsideEndpoints(store, uris, "integrationUri", report);
    const values = [integrationUri, ...Object.values(isObject(requestParameters) ? requestParameters : {})].filter(
        (v): v is string => typeof v === "string" && !isUnknown(v),
    );
    reportOutsideAccounts(context, values, "integrates with");
}

export const apigatewayv2Integration = entry<IntegrationArgs>()({
    types: ["aws:apigatewayv2/integration:Integration"],
    holds: "requests an HTTP or WebSocket route forwards to its backend or to an AWS service",
    tagging: "carrier",
    sources: [{ path: "apiId", types: API_TYPES }],
    atRest: { notOffered: "an integration stores nothing" },
    inTransit: [
        {
            custom: checkIntegrationTls,
            summary: "no plain-HTTP backend (integrationUri http://) over the internet, nor through a VPC link for personal data",
        },
    ],
    retention: { notOffered: "an integration stores nothing" },
    destinations: [
        {
            custom: checkIntegrationDestinations,
            summary:
                "personal data not sent to URLs outside AWS; service integrations (integrationUri, requestParameters such as QueueUrl) only in this stack's accounts",
        },
    ],
});
