/** Lambda: functions (their environment), URLs and invoke permissions. */
import type { FunctionArgs } from "@pulumi/aws/lambda/function";
import type { FunctionUrlArgs } from "@pulumi/aws/lambda/functionUrl";
import type { PermissionArgs } from "@pulumi/aws/lambda/permission";
import { ownAccounts } from "../../lib/accounts";
import { declaredLogGroupNames } from "../../lib/service-logs";
import { resolveReference, storesOf } from "../../lib/stores";
import { readStrings } from "../read";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

/** A function writes to its configured log group, or to /aws/lambda/<name>, which AWS creates with no retention if the stack does not. */
function checkLogGroup({ index, store, report }: StoreContext): void {
    const configured = resolveReference(index, store.res, { path: "loggingConfig.logGroup", types: ["aws:cloudwatch/logGroup:LogGroup"] });
    if (configured.stores.length > 0) return;
    const names = readStrings(store.res.props, "loggingConfig.logGroup");
    if (names.length > 0 && names.every((name) => declaredLogGroupNames(index).has(name))) return;
    if (storesOf(index).some((s) => s.res.type === "aws:cloudwatch/logGroup:LogGroup" && s.sources.includes(store))) return;
    const name = readStrings(store.res.props, "name")[0];
    const group = names[0] ?? (name !== undefined ? `/aws/lambda/${name}` : "/aws/lambda/<its name>");
    report(
        `writes its logs to ${group}, which is not a log group of this stack: AWS creates it with no retention (kept forever) and its own key; declare it with a retention and a customer-managed key`,
    );
}

/** Principal "*" may invoke only when a source account, source ARN or organisation ties it down. */
function checkPublicInvoke({ store, report }: StoreContext): void {
    const { principal, sourceAccount, sourceArn, principalOrgId } = store.res.props;
    if (isUnknown(principal)) report("principal is not known during preview");
    else if (principal === "*" && [sourceAccount, sourceArn, principalOrgId].every((v) => v === undefined || v === ""))
        report('lets anyone invoke the function (principal "*" without sourceAccount, sourceArn or principalOrgId)');
}

/** An account principal, or a source account, must be this stack's or the shipping provider's. */
function checkOutsideInvoker({ index, store, config, report }: StoreContext): void {
    const own = ownAccounts(index, config);
    for (const value of [store.res.props.principal, store.res.props.sourceAccount]) {
        const account = typeof value === "string" ? /^(\d{12})$|^arn:[^:]+:iam::(\d{12}):/.exec(value) : null;
        const id = account?.[1] ?? account?.[2];
        if (id && !own.has(id) && !config.shippingProviderAccountIds.includes(id))
            report(`lets account ${id}, outside this stack, invoke the function`);
    }
}

export const FUNCTION_TYPES = ["aws:lambda/function:Function"];

export const lambdaFunction = entry<FunctionArgs>()({
    types: ["aws:lambda/function:Function"],
    holds: "environment variables, and personal data it processes (its logs are judged as its copies)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "environment variables",
            when: { path: "environment.variables" },
            key: "kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/lambda key",
        },
    ],
    inTransit: { notOffered: "Lambda's endpoints accept HTTPS only" },
    retention: [
        {
            custom: checkLogGroup,
            summary: "its log group (loggingConfig.logGroup or /aws/lambda/<name>) is declared in the stack, with a retention",
        },
    ],
    destinations: [
        { what: "writes its logs to", store: true, path: "loggingConfig.logGroup", types: ["aws:cloudwatch/logGroup:LogGroup"] },
        {
            what: "sends failed events to",
            store: true,
            path: "deadLetterConfig.targetArn",
            types: ["aws:sqs/queue:Queue", "aws:sns/topic:Topic"],
        },
    ],
    dataEvents: { resourceType: "AWS::Lambda::Function", basicSelectors: true, service: "lambda", resource: (name) => `function:${name}` },
});

export const lambdaFunctionUrl = entry<FunctionUrlArgs>()({
    types: ["aws:lambda/functionUrl:FunctionUrl"],
    holds: "an HTTPS endpoint of a function (what the function returns)",
    tagging: "copy",
    sources: [{ path: "functionName", types: FUNCTION_TYPES }],
    atRest: { notOffered: "a URL stores nothing" },
    inTransit: { notOffered: "function URLs are HTTPS only" },
    // A function classified public may serve anyone; any other needs IAM authorisation.
    exposure: [
        {
            what: "the function URL",
            publicWhen: { path: "authorizationType", on: ["NONE"], absent: false },
            allowedWhenClassifiedPublic: true,
        },
    ],
    retention: { notOffered: "a URL stores nothing" },
});

export const lambdaPermission = entry<PermissionArgs>()({
    types: ["aws:lambda/permission:Permission"],
    holds: "who may invoke a function",
    tagging: "copy",
    sources: [{ path: "function", types: FUNCTION_TYPES }],
    atRest: { notOffered: "a permission stores nothing" },
    inTransit: { notOffered: "a permission stores nothing" },
    exposure: [
        { custom: checkPublicInvoke, summary: 'Principal "*" only with sourceAccount, sourceArn or principalOrgId' },
        { what: "the function's URL permission", publicWhen: { path: "functionUrlAuthType", on: ["NONE"], absent: false } },
    ],
    retention: { notOffered: "a permission stores nothing" },
    destinations: [{ custom: checkOutsideInvoker, summary: "no account outside this stack's and the shipping provider's" }],
});
