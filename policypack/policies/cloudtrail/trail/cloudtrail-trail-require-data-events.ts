import { holds, readStrings } from "../../../catalogue/read";
import { definePolicy } from "../../../lib/define";
import { TRAIL_TYPE } from "../../../lib/monitoring";
import { Res, StackIndex, regionOf } from "../../../lib/stack-index";
import { Store, storesOf } from "../../../lib/stores";
import { asList, isTrue, isUnknown } from "../../../lib/values";

/** What one selector records: ARN conditions for a resource type, and whether reads and writes. */
interface Selector {
    readonly resourceType: string;
    readonly equals: string[];
    readonly startsWith: string[];
    /** No ARN condition: every resource of the type. */
    readonly all: boolean;
    /** An ARN value is not known during preview: the trail's dependencies say which stores it names. */
    readonly unknownArn: boolean;
    readonly reads: boolean;
    readonly writes: boolean;
    readonly trail: Res;
}

/** Fields an advanced selector may use without narrowing what it records for its resources. */
const COVERAGE_FIELDS = ["eventCategory", "resources.type", "resources.ARN", "readOnly"];

function selectorsOf(trail: Res): Selector[] {
    const selectors: Selector[] = [];
    for (const selector of asList(trail.props.eventSelectors)) {
        const mode = selector?.readWriteType ?? "All";
        for (const resource of asList(selector?.dataResources)) {
            const values = asList(resource?.values);
            const known = values.filter((v): v is string => typeof v === "string" && !isUnknown(v));
            const type = String(resource?.type);
            // Basic selectors: S3 values are prefixes; others name one resource, or a service alone for all.
            selectors.push({
                resourceType: type, trail,
                equals: type === "AWS::S3::Object" ? [] : known,
                startsWith: type === "AWS::S3::Object" ? known : known.filter((v) => v.split(":").length <= 3),
                all: false, unknownArn: values.some(isUnknown) || isUnknown(resource?.values),
                reads: mode === "All" || mode === "ReadOnly", writes: mode === "All" || mode === "WriteOnly",
            });
        }
    }
    for (const selector of asList(trail.props.advancedEventSelectors)) {
        const fields = asList(selector?.fieldSelectors);
        const field = (name: string) => fields.find((f) => f?.field === name);
        if (!asList(field("eventCategory")?.equals).includes("Data")) continue;
        if (fields.some((f) => !COVERAGE_FIELDS.includes(f?.field))) continue; // narrowed by event name, identity, ...
        const arn = field("resources.ARN");
        if (arn && ["notEquals", "notStartsWith", "notEndsWith", "endsWith"].some((op) => asList(arn[op]).length > 0)) continue;
        const readOnly = asList(field("readOnly")?.equals).map(String);
        const values = [...asList(arn?.equals), ...asList(arn?.startsWith)];
        for (const type of asList(field("resources.type")?.equals)) {
            selectors.push({
                resourceType: String(type), trail,
                equals: asList(arn?.equals).filter((v): v is string => typeof v === "string" && !isUnknown(v)),
                startsWith: asList(arn?.startsWith).filter((v): v is string => typeof v === "string" && !isUnknown(v)),
                all: !arn, unknownArn: values.some(isUnknown),
                reads: readOnly.length === 0 || readOnly.includes("true"), writes: readOnly.length === 0 || readOnly.includes("false"),
            });
        }
    }
    return selectors;
}

/** The selectors of a resource type, indexed for lookups per store: exact ARNs by service and resource part, and prefixes. */
interface SelectorIndex {
    readonly all: Selector[];
    readonly exact: Map<string, { selector: Selector; region: string }[]>;
    /** Prefixes by the service they name ("" for prefixes too short to name one). */
    readonly prefixes: Map<string, { selector: Selector; prefix: string; partition: string; region: string; account: string }[]>;
    readonly unknownArn: Selector[];
}

function indexSelectors(selectors: readonly Selector[]): Map<string, SelectorIndex> {
    const byType = new Map<string, SelectorIndex>();
    for (const selector of selectors) {
        let index = byType.get(selector.resourceType);
        if (!index) byType.set(selector.resourceType, index = { all: [], exact: new Map(), prefixes: new Map(), unknownArn: [] });
        if (selector.all) index.all.push(selector);
        if (selector.unknownArn) index.unknownArn.push(selector);
        for (const value of selector.equals) {
            const [, , service = "", region = "", , ...resource] = value.split(":");
            const key = `${service}|${resource.join(":")}`;
            index.exact.set(key, [...(index.exact.get(key) ?? []), { selector, region }]);
        }
        for (const prefix of selector.startsWith) {
            const parts = prefix.split(":");
            const [, partition = "aws", service = "", region = "", account = ""] = parts;
            const key = parts.length > 3 ? service : "";
            index.prefixes.set(key, [...(index.prefixes.get(key) ?? []), { selector, prefix, partition, region, account }]);
        }
    }
    return byType;
}

/** The selectors that record the store: for all resources of its type, by its ARN, or (unknown ARN) through the trail's dependencies. */
function coveringSelectors(index: StackIndex, selectors: SelectorIndex, store: Store): Selector[] {
    const events = store.entry.dataEvents!;
    const own = regionOf(index, store.res);
    const regionFits = (region: string) => region === "" || own === undefined || region === own;
    const found = new Set<Selector>(selectors.all);
    for (const selector of selectors.unknownArn) {
        const deps = selector.trail.source.propertyDependencies ?? {};
        if ([...(deps.eventSelectors ?? []), ...(deps.advancedEventSelectors ?? [])].some((d) => d.urn === store.res.urn)) found.add(selector);
    }
    for (const name of (store.entry.names ?? []).flatMap((path) => readStrings(store.res.props, path))) {
        const resource = events.resource(name);
        for (const { selector, region } of selectors.exact.get(`${events.service}|${resource}`) ?? []) if (regionFits(region)) found.add(selector);
        for (const { selector, prefix, partition, region, account } of [...(selectors.prefixes.get(events.service) ?? []), ...(selectors.prefixes.get("") ?? [])]) {
            if (regionFits(region) && `arn:${partition}:${events.service}:${region}:${account}:${resource}`.startsWith(prefix)) found.add(selector);
        }
    }
    return [...found];
}

export const cloudtrailTrailRequireDataEvents = definePolicy({
    name: "cloudtrail-trail-require-data-events",
    description: "A stack holding PII in any kind of store has a CloudTrail trail that is multi-region, validates log files, is encrypted with KMS, delivers to CloudWatch Logs and is logging; and for every PII store of a type CloudTrail records data events for (S3 objects, DynamoDB tables, SQS queues, SNS topics, Kinesis streams, Lambda functions, ...), selectors that record both its reads and its writes, by ARN or for all resources of the type. A selector narrowed by event name, identity or a negative ARN condition does not count.",
    clauses: ["DP-4.3"],
    severity: "critical",
    remediationSteps: "Add an aws.cloudtrail.Trail with isMultiRegionTrail, enableLogFileValidation, kmsKeyId, cloudWatchLogsGroupArn/RoleArn, and event selectors (readWriteType All, or advanced selectors without a readOnly filter) of each PII store's resource type naming it (AuditTrail does).",
    check({ index, report }) {
        const piiStores = storesOf(index).filter((s) => s.isPii);
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
        const selectors = indexSelectors((good.length > 0 ? good : trails).flatMap(selectorsOf));
        for (const store of piiStores) {
            const events = store.entry.dataEvents;
            if (!events || !holds(store.res.props, events.when)) continue;
            const ofType = selectors.get(events.resourceType);
            const covering = ofType ? coveringSelectors(index, ofType, store) : [];
            const reads = covering.some((s) => s.reads);
            const writes = covering.some((s) => s.writes);
            if (!reads || !writes) {
                const missing = !reads && !writes ? "" : ` ${!reads ? "read" : "write"}`;
                report(store.res, `no trail records${missing} data events (${events.resourceType}) for this PII store`);
            }
        }
    },
});
