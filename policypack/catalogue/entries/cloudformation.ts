/**
 * CloudFormation: a stack or stack set creates whatever its template declares, outside the
 * pack's view. A template that declares a type of a service whose data stores the pack judges,
 * a nested stack, a custom resource, a transform or a type the pack has not reviewed cannot be
 * verified and fails closed; so does a template the stack does not contain (templateUrl).
 * Registered extension types (CloudFormationType) hold no data.
 */
import type { StackArgs } from "@pulumi/aws/cloudformation/stack";
import type { StackInstancesArgs } from "@pulumi/aws/cloudformation/stackInstances";
import type { StackSetArgs } from "@pulumi/aws/cloudformation/stackSet";
import type { StackSetInstanceArgs } from "@pulumi/aws/cloudformation/stackSetInstance";
import { isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
// The catalogue is read when a check runs (this file is one of its modules, as efs.ts reaches it through lib/stores).
import { catalogue, isReviewedNoCustomerData } from "../index";
import { HOLDS_NO_CUSTOMER_DATA } from "../no-customer-data";

const STACK_SET_TYPES = ["aws:cloudformation/stackSet:StackSet"];

/** CloudFormation service names whose Pulumi service is named differently. */
const SERVICE_OF: Readonly<Record<string, string>> = {
    logs: "cloudwatch",
    events: "cloudwatch",
    kinesisfirehose: "kinesis",
    kinesisvideo: "kinesis",
    elasticloadbalancingv2: "lb",
    elasticloadbalancing: "elb",
    opensearchservice: "opensearch",
    opensearchserverless: "opensearch",
    s3express: "s3",
    stepfunctions: "sfn",
    config: "cfg",
    sso: "ssoadmin",
    applicationautoscaling: "appautoscaling",
    certificatemanager: "acm",
    cloudwatch: "cloudwatch",
    ec2: "ec2",
    efs: "efs",
    fsx: "fsx",
    backup: "backup",
    secretsmanager: "secretsmanager",
};

/** `service:class` (lower case) of every token the pack knows, and the services that have catalogued types. */
let known: { catalogued: Set<string>; noData: Set<string>; cataloguedServices: Set<string> } | undefined;
function knownTypes(): NonNullable<typeof known> {
    if (known) return known;
    const key = (token: string) => {
        const match = /^aws:([^/]+)\/[^:]+:(.+)$/.exec(token);
        return match ? `${match[1]}:${match[2].toLowerCase()}` : undefined;
    };
    const catalogued = new Set(
        catalogue()
            .flatMap((e) => e.types.map(key))
            .filter((k): k is string => k !== undefined),
    );
    const noData = new Set(
        Object.keys(HOLDS_NO_CUSTOMER_DATA)
            .map(key)
            .filter((k): k is string => k !== undefined),
    );
    known = { catalogued, noData, cataloguedServices: new Set(catalogue().map((e) => e.service)) };
    return known;
}

/** Why a CloudFormation resource type cannot be left unverified, or undefined when it holds no customer data. */
export function cloudFormationTypeProblem(type: string): string | undefined {
    if (type === "AWS::CloudFormation::Stack") return "a nested stack, whose template cannot be verified";
    if (type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource")
        return "a custom resource, whose effect cannot be verified";
    const match = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(type);
    if (!match) return "a type the pack cannot judge";
    const service = SERVICE_OF[match[1].toLowerCase()] ?? match[1].toLowerCase();
    const token = `${service}:${match[2].toLowerCase()}`;
    const types = knownTypes();
    if (types.catalogued.has(token)) return "a data-store type";
    if (types.noData.has(token) || isReviewedNoCustomerData(`aws:${service}/x:X`)) return undefined;
    if (types.cataloguedServices.has(service)) return `a type of ${service}, a service with data stores`;
    return "a type the pack has not reviewed";
}

function containsUnknown(value: unknown, depth = 0): boolean {
    if (isUnknown(value)) return true;
    if (depth > 20) return false;
    if (Array.isArray(value)) return value.some((v) => containsUnknown(v, depth + 1));
    return isObject(value) && Object.values(value).some((v) => containsUnknown(v, depth + 1));
}

type Template =
    | { state: "absent" }
    | { state: "unknown" }
    | { state: "invalid"; reason: string }
    | { state: "parsed"; types: string[]; transforms: string[] };

/** The resource types a template declares (JSON, or YAML read line by line), and its transforms. */
export function templateTypes(body: unknown): Template {
    if (body === undefined || body === null || body === "") return { state: "absent" };
    if (isUnknown(body)) return { state: "unknown" };
    if (typeof body !== "string") return { state: "invalid", reason: "not text" };
    const text = body.trim();
    if (text.startsWith("{")) {
        try {
            const document = JSON.parse(text);
            if (containsUnknown(document)) return { state: "unknown" };
            const resources = isObject(document.Resources) ? Object.values(document.Resources) : [];
            const transform = document.Transform;
            return {
                state: "parsed",
                types: resources.map((r) => (isObject(r) ? String(r.Type) : "?")),
                transforms:
                    transform === undefined
                        ? []
                        : (Array.isArray(transform) ? transform : [transform]).map((t) => (typeof t === "string" ? t : JSON.stringify(t))),
            };
        } catch (error) {
            return { state: "invalid", reason: `not valid JSON (${(error as Error).message})` };
        }
    }
    const lines = text.split(/\r?\n/);
    const indent = (line: string) => line.length - line.trimStart().length;
    const content = (line: string) => line.trim() !== "" && !line.trim().startsWith("#");
    const transforms = lines.filter((l) => /^Transform\s*:/.test(l)).map((l) => l.replace(/^Transform\s*:\s*/, "").trim() || "(a list)");
    const start = lines.findIndex((l) => /^Resources\s*:\s*$/.test(l));
    if (start < 0) return { state: "parsed", types: [], transforms };
    const types: string[] = [];
    let resourceIndent: number | undefined;
    let attributeIndent: number | undefined;
    for (const line of lines.slice(start + 1)) {
        if (!content(line)) continue;
        if (indent(line) === 0) break;
        if (resourceIndent === undefined || indent(line) <= resourceIndent) {
            resourceIndent = indent(line);
            attributeIndent = undefined;
            continue;
        }
        attributeIndent ??= indent(line);
        const type = indent(line) === attributeIndent ? /^\s*Type\s*:\s*['"]?([^'"\s#]+)/.exec(line) : null;
        if (type) types.push(type[1]);
    }
    return { state: "parsed", types, transforms };
}

/** The template of a stack or stack set: every declared type must be one the pack knows to hold no customer data. */
function checkTemplate({ store, report }: StoreContext): void {
    const { templateBody, templateUrl } = store.res.props;
    const template = templateTypes(templateBody);
    if (template.state === "absent") {
        if (templateUrl !== undefined && templateUrl !== "")
            report(
                `its template is read from templateUrl ${isUnknown(templateUrl) ? "(not known during preview)" : JSON.stringify(templateUrl)}, outside the stack, so the resources it creates cannot be verified: pass the template as templateBody or declare the resources in Pulumi`,
            );
        return;
    }
    if (template.state === "unknown") {
        report("templateBody is not known during preview, so the resources it creates cannot be verified");
        return;
    }
    if (template.state === "invalid") {
        report(`templateBody cannot be read (${template.reason}), so the resources it creates cannot be verified`);
        return;
    }
    for (const transform of template.transforms)
        report(`its template uses Transform ${transform}, which CloudFormation expands into resources the pack cannot see`);
    const problems = [...new Set(template.types)]
        .map((type) => [type, cloudFormationTypeProblem(type)] as const)
        .filter(([, problem]) => problem !== undefined);
    if (problems.length > 0) {
        report(
            `its template (templateBody) declares ${problems.map(([type, problem]) => `${type} (${problem})`).join(", ")}: CloudFormation creates them outside the pack's view, so their encryption, exposure, retention and sharing cannot be verified: declare them as Pulumi resources`,
        );
    }
}

const TEMPLATE_CHECK = [
    {
        custom: checkTemplate,
        summary: "the template declares no type that can hold customer data (or that the pack cannot judge); no templateUrl",
    },
];
const IN_THE_TEMPLATE = { notOffered: "whatever the template declares; judged through the template check" };

export const cloudformationStack = entry<StackArgs>()({
    types: ["aws:cloudformation/stack:Stack"],
    holds: "the resources its template creates (any AWS resource, data stores included)",
    tagging: "carrier",
    names: ["name"],
    atRest: TEMPLATE_CHECK,
    inTransit: IN_THE_TEMPLATE,
    retention: IN_THE_TEMPLATE,
});

export const cloudformationStackSet = entry<StackSetArgs>()({
    types: ["aws:cloudformation/stackSet:StackSet"],
    holds: "the resources its template creates in every account and region it is deployed to",
    tagging: "carrier",
    names: ["name"],
    atRest: TEMPLATE_CHECK,
    inTransit: IN_THE_TEMPLATE,
    retention: IN_THE_TEMPLATE,
});

/** An instance of a stack set that is not in the stack deploys a template the pack cannot see. */
function checkStackSetInStack({ store, report }: StoreContext): void {
    if (store.sources.length > 0) return;
    const name = store.res.props.stackSetName;
    report(
        `deploys stack set ${isUnknown(name) ? "(not known during preview)" : JSON.stringify(name)}, which is not in this stack, so the resources its template creates cannot be verified`,
    );
}

const INSTANCE = {
    tagging: "carrier",
    sources: [{ path: "stackSetName", types: STACK_SET_TYPES }],
    atRest: [{ custom: checkStackSetInStack, summary: "the stack set is in the stack (its template is judged there)" }],
    inTransit: IN_THE_TEMPLATE,
    retention: IN_THE_TEMPLATE,
} as const;

export const cloudformationStackInstances = entry<StackInstancesArgs>()({
    ...INSTANCE,
    types: ["aws:cloudformation/stackInstances:StackInstances"],
    holds: "a stack set's resources deployed into accounts and regions",
});

export const cloudformationStackSetInstance = entry<StackSetInstanceArgs>()({
    ...INSTANCE,
    types: ["aws:cloudformation/stackSetInstance:StackSetInstance"],
    holds: "a stack set's resources deployed into one account and region",
});
