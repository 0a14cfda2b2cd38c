/** DynamoDB: tables, their replicas, exports, streaming destinations, items and resource policies. */
import type { TableArgs } from "@pulumi/aws/dynamodb/table";
import type { TableReplicaArgs } from "@pulumi/aws/dynamodb/tableReplica";
import { dynamoDbDeletionBoundHours } from "../../contract";
import { ownAccounts } from "../../lib/accounts";
import { PackConfig } from "../../lib/config";
import { identityPoliciesOf } from "../../lib/iam";
import { referencedResources } from "../../lib/monitoring";
import { globMatches, Statement, statementAllowsAction } from "../../lib/policy-document";
import { Res, StackIndex, regionOf } from "../../lib/stack-index";
import { asList, isTrue, isUnknown, wholeNumber } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

export const TABLE_TYPES = ["aws:dynamodb/table:Table"];

/** DynamoDB's point-in-time-recovery window when none is given. */
const DEFAULT_PITR_DAYS = 35;

/** PITR keeps deleted items for its window; with at least an hour of purge lag it must fit the retention. */
function checkPointInTimeRecovery({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const pitr = asList(store.res.props.pointInTimeRecovery)[0];
    if (isUnknown(pitr) || (pitr && isUnknown(pitr.enabled))) report("pointInTimeRecovery.enabled is not known during preview");
    else if (pitr && isTrue(pitr.enabled)) {
        if (isUnknown(pitr.recoveryPeriodInDays)) {
            report(
                "pointInTimeRecovery.recoveryPeriodInDays is not known during preview, so how long deleted items stay recoverable cannot be verified",
            );
            return;
        }
        const days = wholeNumber(pitr.recoveryPeriodInDays) ?? DEFAULT_PITR_DAYS;
        if (dynamoDbDeletionBoundHours(1, 0, days) > limit * 24) {
            report(`point-in-time recovery keeps deleted items for ${days} days, which leaves no time within the ${limit}-day retention`);
        }
    }
}

/**
 * DP-5.4's hard deadline. DynamoDB TTL deletes expired items only "within a few days" of their
 * expiry, with no bound AWS commits to, so a PII table needs a scheduled purge that deletes
 * them itself. A purge is recognised by what it is, not by a tag: an EventBridge rule with a
 * scheduleExpression (or an EventBridge Scheduler schedule), enabled, whose target is a Lambda
 * function of the stack, whose role may delete this table's items (dynamodb:DeleteItem or
 * dynamodb:BatchWriteItem allowed on the table's ARN, by a statement without conditions on the
 * items, and not denied). PiiTable builds exactly that.
 */
const EVENT_RULE_TYPE = "aws:cloudwatch/eventRule:EventRule";
const EVENT_TARGET_TYPE = "aws:cloudwatch/eventTarget:EventTarget";
const SCHEDULE_TYPE = "aws:scheduler/schedule:Schedule";
const LAMBDA_FUNCTION_TYPES = ["aws:lambda/function:Function"];
const IAM_ROLE_TYPE = "aws:iam/role:Role";
const DELETE_ACTIONS = ["dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];

/** A schedule that runs functions: a scheduled rule with its targets, or a Scheduler schedule. */
interface Schedule {
    readonly res: Res;
    readonly functions: Res[];
    /** Its schedule or target is not known during preview. */
    readonly unknown?: string;
}

function isDisabled(res: Res): boolean {
    return res.props.isEnabled === false || res.props.isEnabled === "false" || res.props.state === "DISABLED";
}

/** The enabled schedules of the stack and the functions they run, built once per stack. */
function schedules(index: StackIndex, config: Pick<PackConfig, "ownAccountIds">): Schedule[] {
    return index.memo(`dynamodb:purge-schedules:${config.ownAccountIds.join(",")}`, () => {
        const strict = { strict: true, config };
        const found: Schedule[] = [];
        // Each target's rules, resolved once: not every target against every rule.
        const targetsOf = new Map<Res, Res[]>();
        for (const target of index.ofTypes([EVENT_TARGET_TYPE])) {
            for (const rule of referencedResources(index, [EVENT_RULE_TYPE], target, "rule", [target.props.rule], strict))
                targetsOf.set(rule, [...(targetsOf.get(rule) ?? []), target]);
        }
        for (const rule of index.ofTypes([EVENT_RULE_TYPE])) {
            const expression = rule.props.scheduleExpression;
            if (isDisabled(rule) || expression === undefined || expression === null || expression === "") continue;
            const functions = (targetsOf.get(rule) ?? []).flatMap((target) =>
                referencedResources(index, LAMBDA_FUNCTION_TYPES, target, "arn", [target.props.arn], strict),
            );
            found.push({
                res: rule,
                functions: [...new Set(functions)],
                unknown:
                    isUnknown(expression) || isUnknown(rule.props.state)
                        ? `the scheduleExpression or state of ${rule.name} is not known during preview`
                        : undefined,
            });
        }
        for (const schedule of index.ofTypes([SCHEDULE_TYPE])) {
            const expression = schedule.props.scheduleExpression;
            if (isDisabled(schedule) || expression === undefined || expression === null || expression === "") continue;
            const target = asList(schedule.props.target)[0];
            found.push({
                res: schedule,
                functions: referencedResources(index, LAMBDA_FUNCTION_TYPES, schedule, "target", [target?.arn], strict),
                unknown:
                    isUnknown(expression) || isUnknown(schedule.props.state)
                        ? `the scheduleExpression or state of ${schedule.name} is not known during preview`
                        : undefined,
            });
        }
        return found;
    });
}

/** The role of a function: through the dependency of `role`, or its ARN or name. */
function roleOf(index: StackIndex, fn: Res): Res | undefined {
    const fromDeps = (fn.source.propertyDependencies?.role ?? []).map((d) => index.byUrn.get(d.urn)).find((r) => r?.type === IAM_ROLE_TYPE);
    if (fromDeps) return fromDeps;
    const role = fn.props.role;
    if (typeof role !== "string" || isUnknown(role)) return undefined;
    const name = role.replace(/^arn:[^:]+:iam::\d*:role\/(?:.*\/)?/, "");
    return index.ofTypes([IAM_ROLE_TYPE]).find((r) => r.props.arn === role || r.props.name === name || r.name === name);
}

/** The ARNs the table may have: its own (a deployed stack's output), or its name in its region and in each of the stack's accounts. */
function tableArns(context: StoreContext): string[] {
    const { index, store, config } = context;
    const own = store.res.props.arn;
    if (typeof own === "string" && !isUnknown(own) && own.startsWith("arn:")) return [own];
    const name = store.res.props.name;
    if (typeof name !== "string" || isUnknown(name) || name === "") return [];
    const region = regionOf(index, store.res) ?? "*";
    const accounts = [...ownAccounts(index, config)];
    return (accounts.length > 0 ? accounts : ["*"]).map((account) => `arn:aws:dynamodb:${region}:${account}:table/${name}`);
}

/** Whether a statement applies to the table: its Resource names it (or NotResource leaves it out). */
function appliesTo(statement: Statement, arns: readonly string[], builtFromTable: boolean): boolean {
    const named = (pattern: string) =>
        pattern === "*" ||
        arns.some(
            (arn) =>
                globMatches(pattern, arn) ||
                (arn.includes(":*:") && globMatches(pattern.replace(/^(arn:[^:]+:dynamodb:)[^:]*:[^:]*:/, "$1*:*:"), arn)),
        );
    if (statement.notResource) return !statement.resources.some(named);
    // A document built from the table's outputs names it even while its ARN is not known.
    return statement.resources.some(named) || (builtFromTable && arns.length === 0);
}

/** Conditions that narrow which items a statement lets the role touch. */
const ITEM_CONDITIONS = /^dynamodb:(leadingkeys|attributes|select|returnvalues)$/;

/** A statement of a role's policies that allows or denies deleting items, with what it is built from. */
interface DeleteStatement {
    readonly statement: Statement;
    readonly builtFrom: ReadonlySet<string>;
}

/** What a role's policies say about deleting items, whatever the table: read once per role. */
function deleteStatementsOf(index: StackIndex, role: Res): { statements: DeleteStatement[]; unknown?: string } {
    return index.memo(`dynamodb:delete-statements:${role.urn}`, () => {
        let unknown: string | undefined;
        const statements: DeleteStatement[] = [];
        for (const policy of identityPoliciesOf(index, role)) {
            // A policy the pack does not read (an AWS-managed one, or one not known during preview) proves nothing.
            const { assumed } = policy;
            if (policy.document.kind === "unknown" || assumed !== undefined) {
                unknown ??=
                    assumed && !assumed.preview
                        ? `${policy.description} of ${role.name} cannot be read (${assumed.reason})`
                        : `a policy of ${role.name}, the role of the scheduled function, is not known during preview`;
                continue;
            }
            if (policy.document.kind !== "parsed") continue;
            const builtFrom = new Set((policy.res.source.propertyDependencies?.policy ?? []).map((d) => d.urn));
            for (const statement of policy.document.statements) {
                if (DELETE_ACTIONS.some((action) => statementAllowsAction(statement, action))) statements.push({ statement, builtFrom });
            }
        }
        return { statements, unknown };
    });
}

/** Whether the role may delete the table's items, may not, or cannot be told (and why). */
function mayDeleteItems(context: StoreContext, role: Res): { verdict: "yes" | "no" | "unknown"; why?: string } {
    const arns = tableArns(context);
    const { statements, unknown } = deleteStatementsOf(context.index, role);
    let denied = false;
    let allowed = false;
    for (const { statement, builtFrom } of statements) {
        if (!appliesTo(statement, arns, builtFrom.has(context.store.res.urn))) continue;
        if (statement.effect === "Deny") denied = true;
        else allowed ||= !statement.conditions.some((c) => ITEM_CONDITIONS.test(c.key));
    }
    if (denied) return { verdict: "no" };
    if (allowed) return { verdict: "yes" };
    return unknown ? { verdict: "unknown", why: unknown } : { verdict: "no" };
}

/**
 * The scheduled functions that may purge a table, found without trying every function on every
 * table: by the exact table ARNs their roles' delete statements name, by the tables those
 * statements are built from, and (to glob-match) those with wildcards; built once per stack.
 */
function purgeCandidates(
    index: StackIndex,
    config: Pick<PackConfig, "ownAccountIds">,
): { byArn: Map<string, Res[]>; byTable: Map<string, Res[]>; patterned: Res[]; schedulesOf: Map<Res, Schedule[]> } {
    return index.memo(`dynamodb:purge-candidates:${config.ownAccountIds.join(",")}`, () => {
        const byArn = new Map<string, Res[]>();
        const byTable = new Map<string, Res[]>();
        const patterned: Res[] = [];
        const schedulesOf = new Map<Res, Schedule[]>();
        const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
            const list = map.get(key);
            if (list) list.push(value);
            else map.set(key, [value]);
        };
        for (const schedule of schedules(index, config)) for (const fn of schedule.functions) add(schedulesOf, fn, schedule);
        for (const fn of schedulesOf.keys()) {
            const role = roleOf(index, fn);
            if (!role) continue;
            for (const { statement, builtFrom } of deleteStatementsOf(index, role).statements) {
                if (statement.effect !== "Allow") continue;
                builtFrom.forEach((urn) => add(byTable, urn, fn));
                if (statement.notResource || statement.resources.some((r) => /[*?]/.test(r))) patterned.push(fn);
                else statement.resources.forEach((r) => add(byArn, r, fn));
            }
        }
        return { byArn, byTable, patterned, schedulesOf };
    });
}

/**
 * Whether a function the candidates name runs on a known schedule and its role may delete this table's items: the
 * common, compliant case.
 */
function hasKnownPurge(context: StoreContext): boolean {
    const { byArn, byTable, patterned, schedulesOf } = purgeCandidates(context.index, context.config);
    const candidates = new Set([
        ...tableArns(context).flatMap((arn) => byArn.get(arn) ?? []),
        ...(byTable.get(context.store.res.urn) ?? []),
        ...patterned,
    ]);
    for (const fn of candidates) {
        const role = roleOf(context.index, fn);
        if (role && mayDeleteItems(context, role).verdict === "yes" && (schedulesOf.get(fn) ?? []).some((s) => !s.unknown)) return true;
    }
    return false;
}

function checkScheduledPurge(context: StoreContext): void {
    const { index, retentionLimitDays: limit, report } = context;
    if (limit === undefined) return;
    if (hasKnownPurge(context)) return;
    const all = schedules(index, context.config);
    const running = all.filter((s) => s.functions.length > 0);
    const unknowns: string[] = all.filter((s) => s.unknown).map((s) => s.unknown!);
    const withRoles: { fn: Res; role?: Res }[] = [...new Set(running.flatMap((s) => s.functions))].map((fn) => ({
        fn,
        role: roleOf(index, fn),
    }));
    for (const { fn, role } of withRoles) {
        if (!role) {
            if (isUnknown(fn.props.role)) unknowns.push(`the role of ${fn.name} is not known during preview`);
            continue;
        }
        const { verdict, why } = mayDeleteItems(context, role);
        const runs = running.filter((s) => s.functions.includes(fn));
        if (verdict === "yes" && runs.some((s) => !s.unknown)) return;
        if (verdict === "unknown") unknowns.push(why!);
        else if (verdict === "yes") unknowns.push(...runs.map((s) => s.unknown!));
    }
    const needed =
        "DynamoDB TTL deletes expired items only within a few days, so DP-5.4's hard deadline needs a scheduled purge: an EventBridge rule with a scheduleExpression whose target is a Lambda function whose role may delete this table's items (dynamodb:DeleteItem or dynamodb:BatchWriteItem on its ARN); PiiTable builds one";
    if (unknowns.length > 0) {
        const reasons = [...new Set(unknowns)];
        report(
            `its scheduled purge cannot be verified${reasons.every((r) => r.includes("during preview")) ? " during preview" : ""} (${reasons.join("; ")}): ${needed}`,
        );
        return;
    }
    const missing =
        all.length === 0
            ? "the stack has no EventBridge rule or schedule with a scheduleExpression"
            : running.length === 0
              ? `no scheduled rule (${all.map((s) => s.res.name).join(", ")}) targets a Lambda function of the stack`
              : withRoles.every((f) => !f.role)
                ? `the scheduled function${withRoles.length > 1 ? "s" : ""} ${withRoles.map((f) => f.fn.name).join(", ")} ${withRoles.length > 1 ? "have" : "has"} no role in this stack`
                : `no scheduled function's role (${withRoles
                      .filter((f) => f.role)
                      .map((f) => `${f.role!.name} of ${f.fn.name}`)
                      .join(", ")}) may delete items of this table`;
    report(`has no scheduled purge (${missing}): ${needed}`);
}

export const dynamodbTable = entry<TableArgs>()({
    types: ["aws:dynamodb/table:Table"],
    holds: "items (orders, addresses)",
    tagging: "store",
    names: ["name"],
    sources: [
        { path: "restoreSourceTableArn", types: TABLE_TYPES },
        { path: "restoreSourceName", types: TABLE_TYPES },
    ],
    atRest: [
        {
            what: "the table",
            enabled: { path: "serverSideEncryption.enabled", absent: false, absentMeans: "the AWS-owned key" },
            key: "serverSideEncryption.kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/dynamodb key",
        },
        {
            what: "its replicas",
            when: { path: "replicas" },
            key: "replicas.kmsKeyArn",
            keyAbsentMeans: "the AWS-managed aws/dynamodb key of the replica's region",
        },
    ],
    inTransit: { notOffered: "DynamoDB's endpoints accept HTTPS only" },
    retention: [
        { what: "TTL", required: { path: "ttl.enabled", absent: false } },
        {
            what: "a TTL attribute",
            required: { path: "ttl.attributeName", on: [], absent: false },
            when: { path: "ttl.enabled", on: [true] },
        },
        { custom: checkPointInTimeRecovery, summary: "point-in-time recovery window + purge lag within the retention" },
        {
            custom: checkScheduledPurge,
            summary:
                "a scheduled purge (an EventBridge schedule running a Lambda function whose role may delete the table's items) bounds TTL's lag",
        },
        { what: "stream records", awsKeepsDays: 1, when: { path: "streamEnabled", on: [true] } },
        {
            what: "point-in-time recovery copies of its replicas",
            awsKeepsDays: 35,
            when: { path: "replicas.pointInTimeRecovery", on: [true] },
        },
    ],
    destinations: [{ what: "is replicated to", region: "replicas.regionName" }],
    dataEvents: { resourceType: "AWS::DynamoDB::Table", basicSelectors: true, service: "dynamodb", resource: (name) => `table/${name}` },
    notes: 'TTL deletes expired items only "within a few days": a PII table needs a scheduled purge (PiiTable runs one).',
});

export const dynamodbTableReplica = entry<TableReplicaArgs>()({
    types: ["aws:dynamodb/tableReplica:TableReplica"],
    holds: "a replica of a table in another region",
    tagging: "copy",
    sources: [{ path: "globalTableArn", types: TABLE_TYPES }],
    atRest: [{ what: "the replica", key: "kmsKeyArn", keyAbsentMeans: "the AWS-managed aws/dynamodb key" }],
    inTransit: { notOffered: "DynamoDB's endpoints accept HTTPS only" },
    retention: [
        {
            what: "point-in-time recovery copies (35 days on a replica)",
            awsKeepsDays: 35,
            when: { path: "pointInTimeRecovery", on: [true] },
        },
    ],
    destinations: [{ what: "replicates a table to", ownRegion: true }],
});
