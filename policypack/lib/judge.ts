/**
 * The generic readers of catalogue entries: one function per aspect, each turning an entry's
 * declared controls into findings on a store. The policies in `policies/datastore/` call them;
 * an entry whose aspect is a custom check runs that instead.
 */
import { ownAccounts } from "./accounts";
import { customerKeyProblem } from "./encryption";
import { securityGroupsOf, openIngress, unverifiableIngress } from "./network";
import { parsePolicyDocument } from "./policy-document";
import { outsideAccess } from "./sharing";
import { regionOf } from "./stack-index";
import { resolveReference, retentionLimit, Store } from "./stores";
import { asList, isObject, isUnknown } from "./values";
import { StoreContext } from "../catalogue/context";
import {
    CatalogueEntry,
    Controls,
    Destination,
    ExposureControl,
    KeyControl,
    RetentionControl,
    Setting,
    TlsControl,
    Unit,
    isCustom,
    isNotOffered,
} from "../catalogue/entry";
import { holds, read, readStrings, settingStates, shown } from "../catalogue/read";

/** Runs an aspect's controls: custom checks as they are, declared ones through `each`; nothing when AWS does not offer it. */
export function judgeAspect<T>(context: StoreContext, aspect: Controls<T> | undefined, each: (control: T) => void): void {
    if (aspect === undefined || isNotOffered(aspect)) return;
    for (const control of aspect) {
        if (isCustom(control)) control.custom(context);
        else each(control as T);
    }
}

/** Whether a store is judged on its own: a side resource is judged through its source when that is in the stack. */
export function judgedHere(store: Store): boolean {
    return !(store.entry.judgedWithSource && store.sources.length > 0);
}

function describeAbsent(setting: Setting, fallback: string): string {
    return `${setting.path} is not set (${setting.absentMeans ?? fallback})`;
}

/** Encryption at rest under a customer-managed key (DP-2.1, DP-2.3, DP-6.1). */
export function judgeKey(context: StoreContext, control: KeyControl): void {
    const { store, report } = context;
    const props = store.res.props;
    if (!holds(props, control.when)) return;
    if (control.enabled) {
        const states = settingStates(props, control.enabled);
        if (states.some((s) => s.state === "unknown")) {
            report(`${control.what}: ${control.enabled.path} is not known during preview, so encryption cannot be verified`);
            return;
        }
        const off = states.find((s) => s.state === "off");
        if (off) {
            report(
                `${control.what} is not encrypted: ${off.value === undefined ? describeAbsent(control.enabled, "unencrypted by default") : `${control.enabled.path} is ${shown(off.value)}`}`,
            );
            return;
        }
    }
    if (control.customerKeyNotOffered || !control.key) return;
    const scope = { index: context.index, config: context.config, res: store.res, path: control.key };
    for (const reading of read(props, control.key)) {
        const problem =
            reading.state === "unknown"
                ? customerKeyProblem(UNKNOWN_SENTINEL, control.key, scope)
                : reading.state === "absent"
                  ? `has no ${control.key}, so ${control.what} is encrypted under ${control.keyAbsentMeans ?? "an AWS-managed key"}: name a customer-managed KMS key`
                  : customerKeyProblem(reading.value, control.key, scope);
        if (problem) report(`${control.what}: ${problem}`);
    }
}

/** A TLS setting that must be on (DP-2.3, DP-6.1). */
export function judgeTls(context: StoreContext, control: TlsControl): void {
    const { store, report } = context;
    const props = store.res.props;
    if (!holds(props, control.when)) return;
    for (const state of settingStates(props, control.setting)) {
        if (state.state === "unknown")
            report(`${control.what}: ${control.setting.path} is not known during preview, so TLS cannot be verified`);
        else if (state.state === "off")
            report(
                `${control.what} does not require TLS: ${state.value === undefined ? describeAbsent(control.setting, "off by default") : `${control.setting.path} is ${shown(state.value)}`}`,
            );
    }
}

/** The wire form of a value unknown during preview. */
const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const PUBLIC_ACLS = ["public-read", "public-read-write", "authenticated-read"];
const PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;

/** Public access (DP-2.2). */
export function judgeExposure(context: StoreContext, control: ExposureControl): void {
    const { index, store, report } = context;
    const props = store.res.props;
    if ("when" in control && !holds(props, control.when)) return;
    if ("publicWhen" in control) {
        if (control.allowedWhenClassifiedPublic && store.classification === "public") return;
        for (const state of settingStates(props, control.publicWhen)) {
            if (state.state === "unknown") report(`${control.what}: ${control.publicWhen.path} is not known during preview`);
            else if (state.state === "on")
                report(
                    `${control.what} is public: ${state.value === undefined ? describeAbsent(control.publicWhen, "public by default") : `${control.publicWhen.path} is ${shown(state.value)}`}`,
                );
        }
    } else if ("securityGroups" in control) {
        const readings = read(props, control.securityGroups);
        const ids = readings.flatMap((r) => (r.state === "known" ? asList(r.value) : []));
        if (readings.every((r) => r.state === "absent") || (readings.every((r) => r.state !== "unknown") && ids.length === 0)) {
            report(`${control.what} names no ${control.securityGroups}, so the VPC's default security group applies`);
            return;
        }
        for (const group of securityGroupsOf(index, store.res, control.securityGroups.split(".")[0], ids)) {
            for (const problem of openIngress(index, group))
                report(`${control.what}: its security group ${group.name} is open to the internet: ${problem}`);
            for (const unknown of unverifiableIngress(index, group))
                report(
                    `${control.what}: whether its security group ${group.name} admits the internet cannot be verified during preview: ${unknown}`,
                );
        }
    } else if ("policyDocument" in control) {
        for (const reading of read(props, control.policyDocument)) {
            if (reading.state === "absent") continue;
            const parsed = parsePolicyDocument(reading.state === "unknown" ? "04da6b54-80e4-46f7-96ec-b56ff0331ba9" : reading.value);
            if (parsed.kind === "invalid") report(`${control.what} cannot be parsed: ${parsed.reason}`);
            else if (parsed.kind === "unknown") report(`${control.what} is not known during preview, so public access cannot be ruled out`);
            else if (parsed.kind === "parsed") {
                for (const finding of outsideAccess(parsed.statements, ownAccounts(index, context.config), context.config).filter(
                    (f) => f.account === undefined,
                ))
                    report(`${control.what}: ${finding.message}`);
            }
        }
    } else if ("acl" in control) {
        for (const reading of read(props, control.acl)) {
            if (reading.state === "unknown") report(`${control.what}: ${control.acl} is not known during preview`);
            else if (reading.state === "known" && typeof reading.value === "string" && PUBLIC_ACLS.includes(reading.value))
                report(`${control.what} has the public canned ACL "${reading.value}"`);
            else if (reading.state === "known" && PUBLIC_GRANTEES.test(JSON.stringify(reading.value) ?? ""))
                report(`${control.what} grants access to ${PUBLIC_GRANTEES.exec(JSON.stringify(reading.value))![1]}`);
        }
    } else if ("plaintextWhenPii" in control && store.isPii) {
        const present = read(props, control.plaintextWhenPii).some(
            (r) =>
                r.state === "unknown" ||
                (r.state === "known" &&
                    r.value !== "" &&
                    !(Array.isArray(r.value) && r.value.length === 0) &&
                    !(isObject(r.value) && Object.keys(r.value).length === 0)),
        );
        if (present) report(`holds personal data (${store.classifiedBy}) but sets ${control.plaintextWhenPii}, ${control.why}`);
    }
}

const DAYS_PER: Record<Unit, number> = { seconds: 1 / 86400, minutes: 1 / 1440, hours: 1 / 24, days: 1, years: 365 };

function days(value: number, unit: Unit): string {
    const inDays = value * DAYS_PER[unit];
    return Number.isInteger(inDays) ? `${inDays} day${inDays === 1 ? "" : "s"}` : `${value} ${unit} (${inDays.toFixed(2)} days)`;
}

/** Copies that outlive the retention of a PII store (DP-5.3, DP-5.4); retentions every store needs (DP-5.1). */
export function judgeRetention(context: StoreContext, control: RetentionControl): void {
    const { store, report } = context;
    const props = store.res.props;
    const limit = context.retentionLimitDays;
    if ("when" in control && !holds(props, control.when)) return;
    if ("period" in control) {
        if (limit === undefined && !control.everyClassification) return;
        for (const reading of read(props, control.period)) {
            if (reading.state === "unknown") {
                report(`${control.what}: ${control.period} is not known during preview`);
                continue;
            }
            const raw = reading.state === "absent" ? control.absent : Number(reading.value);
            const forever = raw === "forever" || (control.zeroMeans === "forever" && typeof raw === "number" && raw <= 0);
            if (forever) {
                report(
                    `keeps ${control.what} forever${reading.state === "absent" ? ` (${control.period} is not set)` : ` (${control.period} is ${shown(reading.value)})`}: set ${control.period}`,
                );
            } else if (typeof raw !== "number" || Number.isNaN(raw)) {
                report(`${control.what}: ${control.period} is not a number (${shown(reading.value)})`);
            } else if (limit !== undefined && raw * DAYS_PER[control.unit] > limit) {
                report(
                    `keeps ${control.what} ${days(raw, control.unit)}${reading.state === "absent" ? ` (AWS's default, ${control.period} is not set)` : ""}, more than the ${limit}-day retention of personal data`,
                );
            }
        }
    } else if (limit === undefined) {
        return;
    } else if ("keepsForever" in control) {
        for (const state of settingStates(props, control.keepsForever)) {
            if (state.state === "unknown") report(`${control.what}: ${control.keepsForever.path} is not known during preview`);
            else if (state.state === "on")
                report(
                    `keeps ${control.what}, a copy that never expires${state.value === undefined ? ` (${control.keepsForever.path} is not set: ${control.keepsForever.absentMeans ?? "AWS's default"})` : ` (${control.keepsForever.path} is ${shown(state.value)})`}`,
                );
        }
    } else if ("required" in control) {
        for (const state of settingStates(props, control.required)) {
            if (state.state === "unknown") report(`${control.what}: ${control.required.path} is not known during preview`);
            else if (state.state === "off") report(`a PII store needs ${control.what} (${control.required.path})`);
        }
    } else if ("neverExpires" in control) {
        report(`is ${control.what}, a copy of personal data (${store.classifiedBy}) that never expires`);
    } else if ("awsKeepsDays" in control && control.awsKeepsDays > limit) {
        report(
            `AWS keeps ${control.what} for ${control.awsKeepsDays} days, whatever the settings, more than the ${limit}-day retention of personal data: keep personal data out of this store`,
        );
    }
}

const UNKNOWN_VALUE = Symbol("unknown");

/** The known values at a path, a list at its end read value by value; unknown ones as UNKNOWN_VALUE. */
function leafValues(props: unknown, path: string): unknown[] {
    return read(props, path).flatMap((r) =>
        r.state === "unknown"
            ? [UNKNOWN_VALUE]
            : r.state === "absent"
              ? []
              : asList(r.value).map((v) => (isUnknown(v) ? UNKNOWN_VALUE : v)),
    );
}

const ACCOUNT_IN_ARN = /^arn:[^:]+:[^:]*:([^:]*):(\d{12})?:/;

/** Where data goes: accounts, regions, endpoints and stores outside the stack (DP-3.1, DP-3.2). */
export function judgeDestination(context: StoreContext, control: Destination): void {
    const { index, store, config, report } = context;
    const props = store.res.props;
    if ("when" in control && !holds(props, control.when)) return;
    const own = ownAccounts(index, config);
    const allowedAccount = (account: string) => own.has(account) || config.shippingProviderAccountIds.includes(account);
    const ownRegion = regionOf(index, store.res);
    const allowedRegion = (region: string) => region === ownRegion || config.allowedRegions.includes(region);
    const none = config.allowedRegions.join(", ") || (ownRegion === undefined ? "none, and the stack names no region of its own" : "none");
    if ("account" in control) {
        for (const value of leafValues(props, control.account)) {
            if (value === UNKNOWN_VALUE) report(`${control.what}: the account is not known during preview`);
            else {
                // An account id, or the account in an ARN.
                const account = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(String(value))?.[1] ?? String(value);
                if (!allowedAccount(account)) report(`${control.what} account ${account}, outside this stack`);
            }
        }
    } else if ("region" in control) {
        for (const value of leafValues(props, control.region)) {
            if (value === UNKNOWN_VALUE) report(`${control.what}: the region is not known during preview`);
            else if (typeof value === "string" && !allowedRegion(value))
                report(`${control.what} region ${value}, not on allowedRegions (${none})`);
        }
    } else if ("ownRegion" in control) {
        if (ownRegion === undefined || !config.allowedRegions.includes(ownRegion))
            report(`${control.what} region ${JSON.stringify(ownRegion ?? "of its provider")}, not on allowedRegions (${none})`);
    } else if ("sharedWith" in control) {
        const shared = readStrings(props, control.sharedWith);
        if (shared.length > 0) report(`${control.what} ${shared.map((a) => (a === "all" ? "everyone (all)" : a)).join(", ")}`);
        if (read(props, control.sharedWith).some((r) => r.state === "unknown"))
            report(`${control.what}: the accounts are not known during preview`);
    } else if ("endpoint" in control) {
        if (!store.isPii) return;
        for (const value of leafValues(props, control.endpoint)) {
            if (value === UNKNOWN_VALUE) report(`${control.what}: the endpoint is not known during preview`);
            else if (value !== "")
                report(`${control.what} ${shown(value)}, outside AWS: personal data may go only to the shipping provider's account`);
        }
    } else if ("store" in control) {
        const resolved = resolveReference(index, store.res, control);
        if (resolved.unknown && store.isPii) report(`${control.what}: the destination is not known during preview`);
        for (const target of resolved.outside) {
            const arn = ACCOUNT_IN_ARN.exec(target);
            const account = arn?.[2];
            const region = arn?.[1];
            if (account !== undefined && !allowedAccount(account))
                report(`${control.what} ${target}, in account ${account}, outside this stack`);
            else if (region && !allowedRegion(region))
                report(`${control.what} ${target}, in region ${region}, not on allowedRegions (${none})`);
            else if (store.isPii)
                report(
                    `${control.what} ${target}, which is not a resource of this stack, so its ${account === undefined ? "account, " : ""}encryption and retention cannot be verified`,
                );
        }
        for (const target of resolved.stores) {
            const region = regionOf(index, target.res);
            if (region !== undefined && !allowedRegion(region))
                report(`${control.what} ${target.res.name}, in region ${region}, not on allowedRegions (${none})`);
        }
    }
}

/** The resource-policy documents an entry declares among its exposure controls. */
export function policyDocumentControls(entry: CatalogueEntry): { what: string; policyDocument: string }[] {
    const exposure = entry.exposure;
    if (!exposure || isNotOffered(exposure)) return [];
    return exposure.filter(
        (control): control is { what: string; policyDocument: string } => !isCustom(control) && "policyDocument" in control,
    );
}

/** Findings about resource-policy documents that let in outside accounts (DP-3.2); public ones are exposure. */
export function judgePolicySharing(context: StoreContext, what: string, documents: unknown[]): void {
    for (const document of documents) {
        const parsed = parsePolicyDocument(document);
        if (parsed.kind === "invalid") context.report(`${what} cannot be parsed: ${parsed.reason}`);
        if (parsed.kind !== "parsed") continue;
        for (const finding of outsideAccess(parsed.statements, ownAccounts(context.index, context.config), context.config).filter(
            (f) => f.account !== undefined,
        ))
            context.report(`${what}: ${finding.message}`);
    }
}

/** A store's context for one policy. */
export function storeContext(
    base: Omit<StoreContext, "store" | "retentionLimitDays" | "report">,
    store: Store,
    report: (res: Store["res"], message: string) => void,
): StoreContext {
    return {
        ...base,
        store,
        retentionLimitDays: retentionLimit(store, base.config),
        report: (message, at) => report(at ?? store.res, message),
    };
}

export { isUnknown };
