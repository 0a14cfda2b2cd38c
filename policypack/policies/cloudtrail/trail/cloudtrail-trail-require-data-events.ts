import { holds, readStrings } from "../../../catalogue/read";
import { ownAccounts } from "../../../lib/accounts";
import { PackConfig } from "../../../lib/config";
import { definePolicy } from "../../../lib/define";
import { TRAIL_TYPE } from "../../../lib/monitoring";
import { Res, StackIndex, regionOf } from "../../../lib/stack-index";
import { Store, storesOf } from "../../../lib/stores";
import { asList, isTrue, isUnknown } from "../../../lib/values";

/**
 * What trails record, read the way CloudTrail evaluates selectors: an event is logged when it
 * matches any selector of the trail. A selector counts for a store only when it records every
 * event of the store: its ARN conditions cover every ARN the store's events carry (all objects
 * of a bucket, the table itself and not its stream, in the store's own account and region) and
 * none of its exclusions matches any of them. Operators of one advanced field selector are read
 * conservatively: every inclusion operator present must match (by one of its values) and no
 * value of an exclusion operator may match.
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/filtering-data-events.html
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedFieldSelector.html
 */

type Inclusion = "equals" | "startsWith" | "endsWith";
type Exclusion = "notEquals" | "notStartsWith" | "notEndsWith";
const INCLUSIONS: readonly Inclusion[] = ["equals", "startsWith", "endsWith"];
const EXCLUSIONS: readonly Exclusion[] = ["notEquals", "notStartsWith", "notEndsWith"];

/** Values of which one must match (any of them), and whether some are not known during preview. */
interface Alternatives {
    readonly options: { readonly op: Inclusion; readonly value: string }[];
    readonly unknown: boolean;
}

/** Conditions on resources.ARN: every group of alternatives must match, no exclusion may. */
interface ArnCondition {
    readonly inclusions: Alternatives[];
    readonly exclusions: { readonly op: Exclusion; readonly value: string }[];
    readonly unknownExclusion: boolean;
}

/** What one selector records for one resource type. */
interface Selector {
    readonly resourceType: string;
    readonly trail: Res;
    /** Undefined: every resource of the type. */
    readonly arn?: ArnCondition;
    readonly reads: boolean;
    readonly writes: boolean;
    /** A setting of the selector (readOnly, readWriteType, eventCategory) is not known during preview. */
    readonly unknownMode: boolean;
    /** Why the selector records only some events of its resources (an eventName filter, ...), if it does. */
    readonly narrowed?: string;
}

function strings(values: unknown): { known: string[]; unknown: boolean } {
    const list = asList(values);
    return {
        known: list.filter((v): v is string => typeof v === "string" && !isUnknown(v)),
        unknown: isUnknown(values) || list.some(isUnknown),
    };
}

/**
 * The resources.ARN conditions of an advanced selector: one group per inclusion operator present (several field
 * selectors on the field all apply).
 */
function arnCondition(fields: Record<string, unknown>[]): ArnCondition {
    const inclusions: Alternatives[] = [];
    const exclusions: ArnCondition["exclusions"] = [];
    let unknownExclusion = false;
    for (const field of fields) {
        for (const op of INCLUSIONS) {
            if (field[op] === undefined || field[op] === null) continue;
            const values = strings(field[op]);
            inclusions.push({ options: values.known.map((value) => ({ op, value })), unknown: values.unknown });
        }
        for (const op of EXCLUSIONS) {
            const values = strings(field[op]);
            exclusions.push(...values.known.map((value) => ({ op, value })));
            unknownExclusion ||= values.unknown;
        }
    }
    return { inclusions, exclusions, unknownExclusion };
}

/** Which of "true"/"false" a readOnly field admits: Equals keeps, NotEquals drops. */
function readOnlyModes(field: Record<string, unknown> | undefined): { reads: boolean; writes: boolean; unknown: boolean } {
    if (!field) return { reads: true, writes: true, unknown: false };
    const equals = strings(field.equals);
    const notEquals = strings(field.notEquals);
    const lower = (values: string[]) => values.map((v) => v.toLowerCase());
    const admits = (value: "true" | "false") =>
        (field.equals === undefined || field.equals === null || lower(equals.known).includes(value)) &&
        !lower(notEquals.known).includes(value);
    return { reads: admits("true"), writes: admits("false"), unknown: equals.unknown || notEquals.unknown };
}

/** Fields an advanced data-event selector may use without narrowing what it records for its resources. */
const COVERAGE_FIELDS = ["eventCategory", "resources.type", "resources.ARN", "readOnly"];

function selectorsOf(trail: Res): Selector[] {
    const selectors: Selector[] = [];
    for (const selector of asList(trail.props.eventSelectors)) {
        // Basic selectors: readWriteType (default All) applies to every data resource of the selector.
        const mode = selector?.readWriteType ?? "All";
        for (const resource of asList(selector?.dataResources)) {
            const values = strings(resource?.values);
            const type = resource?.type;
            if (typeof type !== "string" || isUnknown(type) || (values.known.length === 0 && !values.unknown)) continue;
            // S3 values are prefixes of object ARNs; other types name one resource, or the service alone
            // (`arn:aws:dynamodb`) for all of them.
            const options = values.known.map((value) => ({
                op: (type === "AWS::S3::Object" || value.split(":").length <= 3 ? "startsWith" : "equals") as Inclusion,
                value,
            }));
            selectors.push({
                resourceType: type,
                trail,
                unknownMode: isUnknown(mode),
                arn: { inclusions: [{ options, unknown: values.unknown }], exclusions: [], unknownExclusion: false },
                reads: mode === "All" || mode === "ReadOnly",
                writes: mode === "All" || mode === "WriteOnly",
            });
        }
    }
    for (const selector of asList(trail.props.advancedEventSelectors)) {
        const fields: Record<string, unknown>[] = asList(selector?.fieldSelectors).filter((f) => f !== null && typeof f === "object");
        const field = (name: string) => fields.find((f) => f.field === name);
        const category = strings(field("eventCategory")?.equals);
        if (!category.known.includes("Data") && !category.unknown) continue;
        const extra = [...new Set(fields.map((f) => String(f.field)).filter((name) => !COVERAGE_FIELDS.includes(name)))];
        const arnFields = fields.filter((f) => f.field === "resources.ARN");
        const readOnly = readOnlyModes(field("readOnly"));
        const name = typeof selector?.name === "string" && selector.name !== "" ? `selector "${selector.name}"` : "a selector";
        for (const type of strings(field("resources.type")?.equals).known) {
            selectors.push({
                resourceType: type,
                trail,
                arn: arnFields.length === 0 ? undefined : arnCondition(arnFields),
                reads: readOnly.reads,
                writes: readOnly.writes,
                unknownMode: readOnly.unknown || category.unknown,
                narrowed:
                    extra.length > 0 ? `${name} also filters on ${extra.join(", ")}, so it records only some of its events` : undefined,
            });
        }
    }
    return selectors;
}

/** The ARNs a store's events carry: one ARN, or (`objects`) every ARN under a prefix (the objects of a bucket). */
interface StoreArn {
    readonly arn: string;
    readonly objects: boolean;
}

function partitionOf(region: string | undefined): string {
    return region?.startsWith("cn-") ? "aws-cn" : region?.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}

/**
 * The ARNs the store's events carry, one set per account it may be in: the account of its own
 * ARN (a deployed stack's output), else each of the stack's own accounts; when the stack names
 * none, no value that names an account covers it. A region the stack does not name is taken
 * from the value compared.
 */
function storeArns(index: StackIndex, config: PackConfig, store: Store, regionFromValue: string | undefined): StoreArn[][] {
    // Asked once per selector of every trail: computed once per store and region.
    return index.memo(`trail-store-arns:${store.res.urn}:${regionFromValue ?? ""}:${config.ownAccountIds.join(",")}`, () =>
        computeStoreArns(index, config, store, regionFromValue),
    );
}

function computeStoreArns(index: StackIndex, config: PackConfig, store: Store, regionFromValue: string | undefined): StoreArn[][] {
    const events = store.entry.dataEvents!;
    const region = regionOf(index, store.res) ?? regionFromValue ?? "";
    const ownArn =
        typeof store.res.props.arn === "string" && !isUnknown(store.res.props.arn)
            ? /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(store.res.props.arn)?.[1]
            : undefined;
    const accounts = ownArn ? [ownArn] : [...ownAccounts(index, config)];
    const names = (store.entry.names ?? []).flatMap((path) => readStrings(store.res.props, path));
    if (names.length === 0) return [];
    // S3 object ARNs name no region and no account.
    return (events.service === "s3" ? [""] : accounts.length > 0 ? accounts : ["(account not known)"]).map((account) =>
        names.map((name) => {
            const resource = events.resource(name);
            return {
                arn:
                    events.service === "s3"
                        ? `arn:${partitionOf(region)}:s3:::${resource}`
                        : `arn:${partitionOf(region)}:${events.service}:${region}:${account}:${resource}`,
                objects: resource.endsWith("/"),
            };
        }),
    );
}

/** Whether an inclusion value takes in every event ARN of the store. */
function includes(op: Inclusion, value: string, target: StoreArn): boolean {
    if (op === "equals") return !target.objects && value === target.arn;
    if (op === "startsWith") return target.arn.startsWith(value);
    return !target.objects && target.arn.endsWith(value);
}

/** Whether an exclusion value drops any event ARN of the store. */
function excludes(op: Exclusion, value: string, target: StoreArn): boolean {
    if (op === "notEquals") return target.objects ? value.startsWith(target.arn) : value === target.arn;
    if (op === "notStartsWith") return target.arn.startsWith(value) || (target.objects && value.startsWith(target.arn));
    return target.objects || target.arn.endsWith(value); // any object key may end with the value
}

/** The region a value names (`arn:aws:dynamodb:REGION:...`), if it names one. */
const regionIn = (value: string) => value.split(":")[3] || undefined;

type Coverage = "covers" | "misses" | "unknown";

const valuesOfCondition = new WeakMap<ArnCondition, { values: string[]; region: string | undefined }>();

/** The values a selector's ARN condition compares, and the region the first of them names (computed once per selector). */
function conditionValues(condition: ArnCondition): { values: string[]; region: string | undefined } {
    let found = valuesOfCondition.get(condition);
    if (!found) {
        const values = [
            ...condition.inclusions.flatMap((group) => group.options.map((o) => o.value)),
            ...condition.exclusions.map((e) => e.value),
        ];
        found = { values, region: values.map(regionIn).find((r) => r !== undefined) };
        valuesOfCondition.set(condition, found);
    }
    return found;
}

/** Whether the selector records every event of the store, and if not, why (for messages). */
function coverage(index: StackIndex, config: PackConfig, selector: Selector, store: Store): { result: Coverage; why?: string } {
    if (selector.narrowed) return { result: "misses", why: selector.narrowed };
    const condition = selector.arn;
    if (!condition) return { result: "covers" };
    const deps = selector.trail.source.propertyDependencies ?? {};
    // A value not known during preview: the trail's dependencies say which stores it names.
    const dependsOnStore = [...(deps.eventSelectors ?? []), ...(deps.advancedEventSelectors ?? [])].some((d) => d.urn === store.res.urn);
    const { values, region } = conditionValues(condition);
    const candidates = storeArns(index, config, store, region);
    const targets = candidates.flat();
    if (targets.length === 0) {
        // Its name is not known during preview: only the trail's dependencies can tell.
        if (!dependsOnStore) return { result: "misses" };
        return condition.exclusions.length > 0 || condition.unknownExclusion
            ? { result: "unknown", why: "its name is not known during preview, so the selector's exclusions cannot be checked" }
            : { result: "covers" };
    }
    const exclusion = condition.exclusions.find((e) => targets.some((target) => excludes(e.op, e.value, target)));
    if (exclusion) return { result: "misses", why: `a selector excludes it (${exclusion.op} ${exclusion.value})` };
    // Included in one of the accounts it may be in: every group of alternatives matches each of its ARNs there.
    const included = candidates.some((arns) =>
        condition.inclusions.every(
            (group) =>
                arns.every((target) => group.options.some((o) => includes(o.op, o.value, target))) || (group.unknown && dependsOnStore),
        ),
    );
    if (!included) {
        // Most selectors name other stores: only one that names this store's resource explains the miss.
        const resource = (target: StoreArn) => target.arn.split(":").slice(5).join(":").replace(/\/$/, "");
        const resources = targets.map(resource).filter((r) => r !== "");
        const named = values.filter((value) => resources.some((r) => value.includes(r)));
        return {
            result: "misses",
            why:
                named.length > 0
                    ? `${[...new Set(named)].join(", ")} does not cover it (not its own ARN in this stack's account and region, or only part of it)`
                    : undefined,
        };
    }
    if (condition.unknownExclusion) return { result: "unknown", why: "an exclusion of a selector is not known during preview" };
    return { result: "covers" };
}

/**
 * The selectors of one resource type, filed so that the few that may cover a store are found
 * without trying every selector of the stack (a stack with a trail per team names each team's
 * stores in its own trail). A selector whose ARN condition is one group of known `equals` or
 * `startsWith` values (how trails name stores) can cover only an ARN equal to or starting with
 * one of them: it is filed under each value. Any other selector (every resource of the type,
 * `endsWith`, several groups, values not known during preview) may cover any store. Narrowed
 * selectors cover nothing. Candidates keep their order in the stack.
 */
class SelectorIndex {
    private readonly byValue = new Map<string, number[]>();
    private readonly anyStore: number[] = [];

    constructor(private readonly selectors: readonly Selector[]) {
        selectors.forEach((selector, position) => {
            if (selector.narrowed) return;
            const groups = selector.arn?.inclusions ?? [];
            const filed =
                groups.length === 1 && !groups[0].unknown && groups[0].options.every((o) => o.op === "equals" || o.op === "startsWith");
            if (!filed) {
                this.anyStore.push(position);
                return;
            }
            for (const { value } of groups[0].options) {
                const list = this.byValue.get(value);
                if (list) list.push(position);
                else this.byValue.set(value, [position]);
            }
        });
    }

    /** The selectors that may cover a store whose events carry these ARNs, in stack order. */
    candidates(targets: readonly StoreArn[]): Selector[] {
        const positions = new Set(this.anyStore);
        for (const { arn } of targets) {
            for (let end = 1; end <= arn.length; end++)
                for (const position of this.byValue.get(arn.slice(0, end)) ?? []) positions.add(position);
        }
        return [...positions].sort((a, b) => a - b).map((position) => this.selectors[position]);
    }
}

/** What the selectors record of the store's data events, and why the others do not (for messages). */
function recorded(
    index: StackIndex,
    config: PackConfig,
    selectors: readonly Selector[],
    store: Store,
): { reads: boolean; writes: boolean; unverifiable?: string; whys: string[] } {
    let reads = false;
    let writes = false;
    let unverifiable: string | undefined;
    const whys: string[] = [];
    for (const selector of selectors) {
        const { result, why } = coverage(index, config, selector, store);
        if (why && !whys.includes(why)) whys.push(why);
        if (result === "misses") continue;
        if (result === "unknown" || selector.unknownMode) {
            unverifiable ??= why ?? "a selector's readOnly, readWriteType or eventCategory is not known during preview";
            continue;
        }
        reads ||= selector.reads;
        writes ||= selector.writes;
        if (reads && writes) break;
    }
    return { reads, writes, unverifiable, whys };
}

/** Management events: what the alarms of DP-7.1 read. Problems of a trail that records too few of them. */
function managementProblems(trail: Res): string[] {
    const basic = trail.props.eventSelectors;
    const advanced = trail.props.advancedEventSelectors;
    if (isUnknown(basic) || isUnknown(advanced))
        return ["its event selectors are not known during preview, so whether it records management events cannot be verified"];
    const problems: string[] = [];
    let reads = false;
    let writes = false;
    let unknown = false;
    let excludedKms = false;
    const basicList = asList(basic);
    const advancedList = asList(advanced);
    if (basicList.length === 0 && advancedList.length === 0) return []; // AWS's default: every management event, reads and writes
    for (const selector of basicList) {
        const include = selector?.includeManagementEvents;
        if (isUnknown(include) || isUnknown(selector?.readWriteType)) {
            unknown = true;
            continue;
        }
        if (include === false || include === "false") continue;
        if (strings(selector?.excludeManagementEventSources).known.includes("kms.amazonaws.com")) excludedKms = true;
        if (isUnknown(selector?.excludeManagementEventSources)) unknown = true;
        const mode = selector?.readWriteType ?? "All";
        reads ||= mode === "All" || mode === "ReadOnly";
        writes ||= mode === "All" || mode === "WriteOnly";
    }
    for (const selector of advancedList) {
        const fields: Record<string, unknown>[] = asList(selector?.fieldSelectors).filter((f) => f !== null && typeof f === "object");
        const category = strings(fields.find((f) => f.field === "eventCategory")?.equals);
        if (category.unknown) unknown = true;
        if (!category.known.includes("Management")) continue;
        if (fields.some((f) => !["eventCategory", "readOnly", "eventSource"].includes(String(f.field)))) continue; // not a form AWS accepts for management events
        const source = fields.find((f) => f.field === "eventSource");
        if (source && strings(source.notEquals).known.includes("kms.amazonaws.com")) excludedKms = true;
        if (source && strings(source.notEquals).unknown) unknown = true;
        const mode = readOnlyModes(fields.find((f) => f.field === "readOnly"));
        unknown ||= mode.unknown;
        reads ||= mode.reads;
        writes ||= mode.writes;
    }
    if (!reads && !writes) {
        if (unknown) problems.push("whether it records management events is not known during preview");
        else
            problems.push(
                `records no management events (${basicList.length > 0 ? "includeManagementEvents is false on every event selector" : "no advanced event selector has eventCategory Management"}), so the security alarms see nothing`,
            );
    } else if (!reads || !writes) {
        problems.push(
            unknown
                ? "whether it records both read and write management events is not known during preview"
                : `records only ${reads ? "read" : "write"} management events, so the security alarms miss the others`,
        );
    }
    if (excludedKms) problems.push("excludes the management events of kms.amazonaws.com, which the key alarms watch");
    return problems;
}

/** A boolean setting of the trail that must be on: its problem, if any. */
function requireOn(trail: Res, property: string, problem: string, absentMeansOn = false): string | undefined {
    const value = trail.props[property];
    if (isUnknown(value)) return `${property} not known during preview`;
    if (value === undefined || value === null) return absentMeansOn ? undefined : problem;
    return isTrue(value) ? undefined : problem;
}

export const cloudtrailTrailRequireDataEvents = definePolicy({
    name: "cloudtrail-trail-require-data-events",
    description:
        "A stack holding PII in any kind of store has a CloudTrail trail that is multi-region, validates log files, is encrypted with KMS, delivers to CloudWatch Logs, is logging and records management events (reads and writes, KMS included); and for every PII store of a type CloudTrail records data events for (S3 objects, DynamoDB tables, SQS queues, SNS topics, Kinesis streams, Lambda functions, ...), selectors that record both its reads and its writes, for all resources of the type or by ARN values that really cover it (the store itself in the stack's own account and region: not its stream, not part of a bucket). A selector narrowed by event name or identity does not count; one with ARN exclusions (notEquals, notStartsWith, notEndsWith) counts only for the stores none of them matches.",
    clauses: ["DP-4.3"],
    severity: "critical",
    remediationSteps:
        "Add an aws.cloudtrail.Trail with isMultiRegionTrail, enableLogFileValidation, kmsKeyId, cloudWatchLogsGroupArn/RoleArn, management events included, and event selectors (readWriteType All, or advanced selectors without a readOnly filter) of each PII store's resource type naming it by its own ARN (AuditTrail does).",
    judges: { stores: "pii", types: [TRAIL_TYPE] },
    check({ index, config, report }) {
        const piiStores = storesOf(index).filter((s) => s.isPii);
        if (piiStores.length === 0) return;
        const trails = index.ofTypes([TRAIL_TYPE]);
        if (trails.length === 0) {
            for (const store of piiStores) report(store.res, "holds PII but no CloudTrail trail in the stack records its data events");
            return;
        }
        const good = trails.filter((trail) => {
            const problems = [
                requireOn(trail, "isMultiRegionTrail", "not multi-region"),
                requireOn(trail, "enableLogFileValidation", "log-file validation off"),
                trail.props.kmsKeyId ? undefined : "not encrypted with KMS (kmsKeyId)",
                trail.props.cloudWatchLogsGroupArn ? undefined : "no CloudWatch Logs delivery (cloudWatchLogsGroupArn)",
                // enableLogging defaults to true; unknown fails closed.
                requireOn(trail, "enableLogging", "logging disabled", true),
                ...managementProblems(trail),
            ].filter((p): p is string => p !== undefined);
            if (problems.length > 0)
                report(
                    trail,
                    `must be multi-region, validated, KMS-encrypted, delivered to CloudWatch Logs, logging and recording management events: ${problems.join(", ")}`,
                );
            return problems.length === 0;
        });
        const selectors = (good.length > 0 ? good : trails).flatMap(selectorsOf);
        const byType = new Map<string, Selector[]>();
        for (const selector of selectors) byType.set(selector.resourceType, [...(byType.get(selector.resourceType) ?? []), selector]);
        const indexes = new Map([...byType].map(([type, list]) => [type, new SelectorIndex(list)]));
        for (const store of piiStores) {
            const events = store.entry.dataEvents;
            if (!events || !holds(store.res.props, events.when)) continue;
            const ofType = byType.get(events.resourceType) ?? [];
            // The selectors filed under the store's ARNs first: when they record its reads and
            // writes, no other selector can change that. Otherwise every selector is asked, for the
            // reasons of the message. A store whose region the stack does not say is matched
            // against each selector's own region: every selector is asked.
            const targets = regionOf(index, store.res) === undefined ? undefined : storeArns(index, config, store, undefined).flat();
            if (targets && targets.length > 0) {
                const fast = recorded(index, config, indexes.get(events.resourceType)?.candidates(targets) ?? [], store);
                if (fast.reads && fast.writes) continue;
            }
            const { reads, writes, unverifiable, whys } = recorded(index, config, ofType, store);
            if (reads && writes) continue;
            const missing = !reads && !writes ? "" : ` ${!reads ? "read" : "write"}`;
            if (unverifiable)
                report(
                    store.res,
                    `whether a trail records${missing} data events (${events.resourceType}) for this PII store cannot be verified during preview: ${unverifiable}`,
                );
            else
                report(
                    store.res,
                    `no trail records${missing} data events (${events.resourceType}) for this PII store${whys.length > 0 ? `: ${whys.join("; ")}` : ""}`,
                );
        }
    },
});
