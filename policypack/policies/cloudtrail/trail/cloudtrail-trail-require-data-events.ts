import { definePolicy } from "../../../lib/define";
import { TRAIL_TYPE } from "../../../lib/monitoring";
import { DataStore, Res } from "../../../lib/stack-index";
import { asList, isTrue, isUnknown } from "../../../lib/values";

interface Coverage { readonly s3: string[]; readonly dynamodb: string[] }

/** ARN prefixes (or `*` for all) whose data events a trail records, basic and advanced selectors alike. */
function coverage(trail: Res): Coverage {
    const result: Coverage = { s3: [], dynamodb: [] };
    for (const selector of asList(trail.props.eventSelectors)) {
        for (const resource of asList(selector?.dataResources)) {
            const bucket = resource?.type === "AWS::S3::Object" ? result.s3 : resource?.type === "AWS::DynamoDB::Table" ? result.dynamodb : undefined;
            for (const value of asList(resource?.values)) bucket?.push(/^arn:[^:]+:(s3|dynamodb)$|^arn:[^:]+:s3:::$/.test(String(value)) ? "*" : String(value));
        }
    }
    for (const selector of asList(trail.props.advancedEventSelectors)) {
        const fields = asList(selector?.fieldSelectors);
        const field = (name: string) => fields.find((f) => f?.field === name);
        if (!asList(field("eventCategory")?.equals).includes("Data")) continue;
        const types = asList(field("resources.type")?.equals);
        const arns = [...asList(field("resources.ARN")?.startsWiths), ...asList(field("resources.ARN")?.equals)].map(String);
        for (const type of types) {
            const target = type === "AWS::S3::Object" ? result.s3 : type === "AWS::DynamoDB::Table" ? result.dynamodb : undefined;
            target?.push(...(arns.length === 0 ? ["*"] : arns));
        }
    }
    return result;
}

/** What a set of trails covers, for lookups per store: names, leftover prefixes, and "all". */
interface CoverageIndex { readonly all: boolean; readonly names: Set<string>; readonly prefixes: string[]; readonly dependedUrns: Set<string> }

function coverageIndex(trails: Res[], pick: (c: Coverage) => string[], nameInArn: RegExp): CoverageIndex {
    const result: CoverageIndex = { all: false, names: new Set(), prefixes: [], dependedUrns: new Set() };
    let all = false;
    for (const trail of trails) {
        for (const dep of [...(trail.source.propertyDependencies?.eventSelectors ?? []), ...(trail.source.propertyDependencies?.advancedEventSelectors ?? [])]) result.dependedUrns.add(dep.urn);
        for (const value of pick(coverage(trail))) {
            if (value === "*") { all = true; continue; }
            const exact = nameInArn.exec(value);
            if (exact) result.names.add(exact[1]);
            else result.prefixes.push(value);
        }
    }
    return { ...result, all };
}

function covers(coverageOf: CoverageIndex, store: DataStore): boolean {
    if (coverageOf.all || coverageOf.dependedUrns.has(store.res.urn)) return true;
    const name = store.kind === "bucket" ? store.res.props.bucket : store.res.props.name;
    if (typeof name !== "string" || isUnknown(name)) return false;
    if (coverageOf.names.has(name)) return true;
    const arn = store.kind === "bucket" ? `arn:aws:s3:::${name}/` : `:table/${name}`;
    return coverageOf.prefixes.some((p) => (store.kind === "bucket" ? arn.startsWith(p.replace(/\*$/, "")) : p.endsWith(arn)));
}

export const cloudtrailTrailRequireDataEvents = definePolicy({
    name: "cloudtrail-trail-require-data-events",
    description: "A stack holding PII has a CloudTrail trail that is multi-region, validates log files, is encrypted with KMS, delivers to CloudWatch Logs, is logging, and records data events (basic or advanced selectors) for every PII bucket's objects and every PII table.",
    clauses: ["DP-4.3"],
    severity: "critical",
    remediationSteps: "Add an aws.cloudtrail.Trail with isMultiRegionTrail, enableLogFileValidation, kmsKeyId, cloudWatchLogsGroupArn/RoleArn, and event selectors of type AWS::S3::Object and AWS::DynamoDB::Table naming each PII store (AuditTrail does).",
    check({ index, report }) {
        const piiStores = index.stores.filter((s) => s.isPii && (s.kind === "bucket" || s.kind === "table"));
        if (piiStores.length === 0) return;
        const trails = index.ofTypes([TRAIL_TYPE]);
        if (trails.length === 0) {
            for (const store of piiStores) report(store.res, "holds PII but no CloudTrail trail in the stack records its data events");
            return;
        }
        const good = trails.filter((trail) => {
            const problems: string[] = [];
            if (!isTrue(trail.props.isMultiRegionTrail)) problems.push("not multi-region");
            if (!isTrue(trail.props.enableLogFileValidation)) problems.push("log-file validation off");
            if (!trail.props.kmsKeyId) problems.push("not encrypted with KMS (kmsKeyId)");
            if (!trail.props.cloudWatchLogsGroupArn) problems.push("no CloudWatch Logs delivery (cloudWatchLogsGroupArn)");
            if (trail.props.enableLogging === false || trail.props.enableLogging === "false") problems.push("logging disabled");
            if (problems.length > 0) report(trail, `must be multi-region, validated, KMS-encrypted and delivered to CloudWatch Logs: ${problems.join(", ")}`);
            return problems.length === 0;
        });
        const candidates = good.length > 0 ? good : trails;
        const buckets = coverageIndex(candidates, (c) => c.s3, /^arn:[^:]+:s3:::([^/*?]+)\/?$/);
        const tables = coverageIndex(candidates, (c) => c.dynamodb, /^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/([^/*?]+)$/);
        for (const store of piiStores) {
            if (!covers(store.kind === "bucket" ? buckets : tables, store)) report(store.res, `no trail records data events for this PII ${store.kind === "bucket" ? "bucket's objects" : "table"}`);
        }
    },
});
