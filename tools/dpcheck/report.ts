/**
 * The compliance report (its JSON form is the `--format json` output; every other format is
 * rendered from it). Schema `dpcheck-report/1`, documented in the README.
 */
import { TAG, parseTagList } from "../../policypack/contract";
import { CLAUSES, ClauseId, ClauseKind, ENFORCED_KINDS } from "../../policypack/lib/clauses";
import { identityPoliciesOf, isEvidenced, ROLE_TYPE, storesReached } from "../../policypack/lib/iam";
import { parsePolicyDocument, principalAccount, restrictingAccounts } from "../../policypack/lib/policy-document";
import { encryptionRules } from "../../policypack/lib/s3";
import { BUCKET_TYPES, StackIndex } from "../../policypack/lib/stack-index";
import { Store, sidesOf, storesOf } from "../../policypack/lib/stores";
import { policyDocumentControls } from "../../policypack/lib/judge";
import { isCustom, isNotOffered } from "../../policypack/catalogue/entry";
import { read, readStrings } from "../../policypack/catalogue/read";
import { judgedResources } from "../../policypack/lib/judged";
import { allPolicies } from "../../policypack/policies";
import { AnalyzedResource, Diagnostic, effectiveLevel, EnforcementLevel, PolicyPackConfigFile } from "../analyzer/policy-pack-process";
import { asPolicyResources } from "../analyzer/policy-resources";
import { PackRun } from "./check";
import { SourceKind } from "./inputs";
import { SecretSet, secrets } from "./redact";
import { displayPath, SourceSite } from "../offline/source-site";

export const REPORT_SCHEMA = "dpcheck-report/1";
const SEVERITIES = ["unspecified", "low", "medium", "high", "critical"] as const;

export interface Violation {
    readonly policy: string;
    readonly clauses: string[];
    readonly enforcementLevel: string;
    readonly severity: string;
    readonly urn: string;
    readonly resourceType: string;
    readonly resourceName: string;
    /** The finding, without the resource (which has its own fields). */
    readonly message: string;
    /** How to fix it: the policy's remediation steps. */
    readonly remediation: string;
    /** Where the program declared the resource (a preview only): the file relative to the working directory, with /. */
    readonly location?: { readonly file: string; readonly line: number; readonly column: number };
}

/**
 * What a report can say of a clause. For clauses code enforces: `failing` (a mandatory
 * violation), `passing` (every policy of the clause ran mandatory and found nothing),
 * `partly-checked` (no mandatory violation, but the config disabled some of its policies or
 * lowered them to advisory), `advisory-only` (none of its policies ran mandatory),
 * `not-checked` (all its policies disabled), `nothing-to-check` (its policies ran but the stack
 * holds nothing they judge). Otherwise `process` (not enforced by code) or `evidence` (this
 * report is the evidence).
 */
export type ClauseState =
    "passing" | "failing" | "partly-checked" | "advisory-only" | "not-checked" | "nothing-to-check" | "process" | "evidence";

export interface ClauseStatus {
    readonly id: string;
    readonly title: string;
    readonly kind: ClauseKind;
    readonly status: ClauseState;
    readonly policies: string[];
    /** The level each of its policies ran at under the policy config. */
    readonly levels: Record<string, EnforcementLevel>;
    /** Resources its policies that ran judged (null when the pack is not this repository's, whose scopes are unknown here). */
    readonly resourcesChecked: number | null;
    readonly failingResources: string[];
}

export interface InventoryEntry {
    readonly urn: string;
    readonly name: string;
    readonly type: string;
    readonly classification: string;
    readonly piiCategories: string[];
    readonly purposes: string[];
    readonly retentionDays: number | null;
    readonly owner: string | null;
    /** The key its data is encrypted under, as the stack names it. */
    readonly key: string | null;
    /** Roles whose policies reach its data. */
    readonly readers: string[];
    /** Outside accounts its resource policy lets in. */
    readonly recipients: string[];
}

export interface Changes {
    readonly since: string;
    readonly storesAdded: string[];
    readonly storesRemoved: string[];
    readonly changed: { store: string; field: string; before: unknown; after: unknown }[];
    readonly accessWidened: { store: string; readersAdded: string[]; recipientsAdded: string[] }[];
}

export interface Report {
    readonly schema: typeof REPORT_SCHEMA;
    readonly generatedAt: string;
    readonly policyPack: { readonly name: string; readonly version: string; readonly reviewDate: string };
    /** The policy config the pack ran with: its file (null: none, the pack's defaults), its entries, and each policy's resulting level. */
    readonly policyConfig: {
        readonly source: string | null;
        readonly entries: PolicyPackConfigFile;
        readonly levels: Record<string, EnforcementLevel>;
    };
    readonly source: { readonly kind: SourceKind; readonly stack: string; readonly project: string; readonly files: string[] };
    readonly resources: number;
    readonly violations: Violation[];
    readonly summary: { readonly mandatory: number; readonly advisory: number };
    readonly clauses: ClauseStatus[];
    readonly inventory: InventoryEntry[];
    readonly changes?: Changes;
}

/** The key a store's data is encrypted under, as the stack names it: the first key its catalogue entry reads. */
function keyOf(index: StackIndex, store: Store): string | null {
    if (BUCKET_TYPES.includes(store.res.type)) {
        const rule = encryptionRules(index, store.res)?.[0];
        const key = rule?.keyId ?? rule?.algorithm;
        return typeof key === "string" ? key : null;
    }
    const atRest = store.entry.atRest;
    if (isNotOffered(atRest)) return null;
    for (const control of atRest) {
        if (isCustom(control) || !control.key) continue;
        const key = readStrings(store.res.props, control.key)[0];
        if (key !== undefined) return key;
    }
    return null;
}

/** Allowed outside accounts and everyone a store's resource policies let in. */
function recipientsOf(index: StackIndex, store: Store): string[] {
    const recipients = new Set<string>();
    const documents = [store, ...sidesOf(index, store)].flatMap((s) =>
        policyDocumentControls(s.entry).flatMap((control) => read(s.res.props, control.policyDocument).map((r) => r.value)),
    );
    for (const document of documents) {
        const parsed = parsePolicyDocument(document);
        if (parsed.kind !== "parsed") continue;
        for (const statement of parsed.statements.filter((s) => s.effect === "Allow")) {
            for (const principal of statement.principals ?? []) {
                const account = principalAccount(principal);
                if (account !== "*") {
                    if (account) recipients.add(`account ${account}`);
                    continue;
                }
                // Principal "*" pinned by a condition reaches only the accounts or organisations it names.
                const pinned = restrictingAccounts(statement);
                if (pinned === undefined) recipients.add("anyone (*)");
                else for (const id of pinned) recipients.add(id.startsWith("o-") ? `organisation ${id}` : `account ${id}`);
            }
        }
    }
    return [...recipients].sort();
}

/** The inventory, scrubbed of every secret dpcheck unwrapped (a secret tag value, a secret key ARN). */
export function buildInventory(
    resources: readonly AnalyzedResource[],
    known: SecretSet = secrets,
    index: StackIndex = indexOf(resources),
): InventoryEntry[] {
    return inventoryOf(index).map((e) => scrubEntry(e, known));
}

/** The stack as the pack indexes it; one per report, shared by the inventory and the clause counts. */
function indexOf(resources: readonly AnalyzedResource[]): StackIndex {
    return new StackIndex(asPolicyResources(resources));
}

/**
 * A URN scrubbed but for its type: a resource type is the provider's vocabulary, never a value
 * (a secret policy holding "aws:kms" must not turn aws:kms/key:Key into "[secret]/key:Key").
 */
function scrubUrn(urn: string, known: SecretSet): string {
    return urn
        .split("::")
        .map((part, i) => (i === 2 ? part : known.scrub(part)))
        .join("::");
}

function scrubEntry(entry: InventoryEntry, known: SecretSet): InventoryEntry {
    return { ...known.scrubDeep(entry, new Set(["type", "urn"])), urn: scrubUrn(entry.urn, known) };
}

function inventoryOf(index: StackIndex): InventoryEntry[] {
    const readers = new Map<string, Set<string>>();
    for (const role of index.ofTypes([ROLE_TYPE])) {
        for (const policy of identityPoliciesOf(index, role)) {
            // Only accesses read from a statement (or a document built from the store): an assumed one would list every
            // role on every store.
            for (const access of storesReached(index, policy).filter(isEvidenced)) {
                readers.set(access.store.res.urn, (readers.get(access.store.res.urn) ?? new Set()).add(role.name));
            }
        }
    }
    // Every place data sits, but not the side resources that only configure a store.
    return storesOf(index)
        .filter((store) => !store.entry.judgedWithSource)
        .map((store) => {
            const tags = store.tags;
            return {
                urn: store.res.urn,
                name: store.res.name,
                type: store.res.type,
                classification:
                    store.declared ??
                    (store.classification === "unclassified" ? "unclassified" : `${store.classification} (${store.classifiedBy})`),
                piiCategories: typeof tags[TAG.piiCategories] === "string" ? parseTagList(tags[TAG.piiCategories] as string) : [],
                purposes: typeof tags[TAG.piiPurpose] === "string" ? parseTagList(tags[TAG.piiPurpose] as string) : [],
                retentionDays: store.retentionDays ?? null,
                owner: typeof tags[TAG.owner] === "string" ? (tags[TAG.owner] as string) : null,
                key: keyOf(index, store),
                readers: [...(readers.get(store.res.urn) ?? [])].sort(),
                recipients: recipientsOf(index, store),
            };
        });
}

export function compareInventories(previous: Report, inventory: InventoryEntry[], sinceFile: string): Changes {
    const before = new Map(previous.inventory.map((e) => [e.urn, e]));
    const after = new Map(inventory.map((e) => [e.urn, e]));
    const changes: Changes = {
        since: sinceFile,
        storesAdded: inventory.filter((e) => !before.has(e.urn)).map((e) => e.name),
        storesRemoved: previous.inventory.filter((e) => !after.has(e.urn)).map((e) => e.name),
        changed: [],
        accessWidened: [],
    };
    for (const entry of inventory) {
        const old = before.get(entry.urn);
        if (!old) continue;
        for (const field of ["classification", "piiCategories", "purposes", "retentionDays", "key"] as const) {
            if (JSON.stringify(old[field]) !== JSON.stringify(entry[field]))
                changes.changed.push({ store: entry.name, field, before: old[field], after: entry[field] });
        }
        const readersAdded = entry.readers.filter((r) => !old.readers.includes(r));
        const recipientsAdded = entry.recipients.filter((r) => !old.recipients.includes(r));
        if (readersAdded.length + recipientsAdded.length > 0)
            changes.accessWidened.push({ store: entry.name, readersAdded, recipientsAdded });
    }
    return changes;
}

/**
 * The report with every secret dpcheck unwrapped replaced by \`[secret]\` in each value that comes
 * from the stack (names, types, URNs, the pack's messages quoting values, the inventory, the
 * changes); the pack's own names and the report's metadata are left as they are.
 */
export function scrubReport(report: Report, known: SecretSet = secrets): Report {
    const scrub = (text: string) => known.scrub(text);
    return {
        ...report,
        source: known.scrubDeep(report.source),
        violations: report.violations.map((v) => ({
            ...v,
            urn: scrubUrn(v.urn, known),
            resourceName: scrub(v.resourceName),
            message: v.resourceType ? v.message.split(v.resourceType).map(scrub).join(v.resourceType) : scrub(v.message),
        })),
        clauses: report.clauses.map((c) => ({ ...c, failingResources: c.failingResources.map((urn) => scrubUrn(urn, known)) })),
        inventory: report.inventory.map((e) => scrubEntry(e, known)),
        ...(report.changes ? { changes: known.scrubDeep(report.changes) } : {}),
    };
}

function locationOf(site: SourceSite | undefined): Pick<Violation, "location"> {
    return site ? { location: { file: displayPath(site.file), line: site.line, column: site.column } } : {};
}

/** What each of this repository's policies judges in the stack (URNs), by policy name. */
function judgedByPolicy(index: StackIndex): Map<string, string[]> {
    return new Map(allPolicies.map((policy) => [policy.name, judgedResources(index, policy.judges).map((res) => res.urn)]));
}

/** A clause's state from its policies' levels, its mandatory violations and what its running policies judged. */
function clauseState(
    policies: readonly { name: string; enforcementLevel: EnforcementLevel }[],
    levels: Record<string, EnforcementLevel>,
    mandatoryViolations: number,
    judged: number | null,
): ClauseState {
    const ran = policies.filter((p) => levels[p.name] !== "disabled");
    if (ran.length === 0) return "not-checked";
    if (mandatoryViolations > 0) return "failing";
    if (!ran.some((p) => levels[p.name] === "mandatory" || levels[p.name] === "remediate")) return "advisory-only";
    if (judged === 0) return "nothing-to-check";
    // Weaker than the pack ships it: a policy disabled, or a mandatory one lowered to advisory.
    const weakened = policies.some(
        (p) => levels[p.name] === "disabled" || (levels[p.name] === "advisory" && p.enforcementLevel !== "advisory"),
    );
    return weakened ? "partly-checked" : "passing";
}

export function buildReport(input: {
    run: PackRun;
    resources: readonly AnalyzedResource[];
    source: Report["source"];
    locations?: ReadonlyMap<string, SourceSite>;
    previous?: { report: Report; file: string };
    secrets?: SecretSet;
}): Report {
    const known = input.secrets ?? secrets;
    const { run, resources } = input;
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const policies = new Map(run.info.policies.map((p) => [p.name, p]));
    const levels = Object.fromEntries(run.info.policies.map((p) => [p.name, effectiveLevel(p, run.config)]));
    const violations: Violation[] = run.diagnostics.map((d: Diagnostic) => {
        const policy = policies.get(d.policyName);
        const resource = byUrn.get(d.urn);
        const resourceType = resource?.type ?? d.urn.split("::")[2] ?? "";
        const resourceName = resource?.name ?? d.urn.split("::").pop() ?? "";
        // The engine's message starts with the policy's description; the finding is the last
        // line, which the pack starts with the resource: that has its own fields.
        const finding = d.message.split("\n").pop() ?? d.message;
        const prefix = `${resourceName} (${resourceType}): `;
        return {
            policy: d.policyName,
            clauses: policy?.framework?.reference.split(" ").filter(Boolean) ?? [],
            enforcementLevel: d.enforcementLevel,
            severity: SEVERITIES[policy?.severity ?? 0] ?? "unspecified",
            urn: d.urn,
            resourceType,
            resourceName,
            message: d.urn && finding.startsWith(prefix) ? finding.slice(prefix.length) : finding,
            remediation: policy?.remediationSteps ?? "",
            ...locationOf(input.locations?.get(d.urn)),
        };
    });
    const index = indexOf(resources);
    const judged = judgedByPolicy(index);
    const clauses: ClauseStatus[] = (Object.keys(CLAUSES) as ClauseId[]).map((id) => {
        const clause = CLAUSES[id];
        const enforcing = run.info.policies.filter((p) => p.framework?.reference.split(" ").includes(id));
        const failing = violations.filter((v) => v.clauses.includes(id) && v.enforcementLevel === "mandatory");
        const enforced = ENFORCED_KINDS.includes(clause.kind);
        const ran = enforcing.filter((p) => levels[p.name] !== "disabled");
        const scopesKnown = ran.every((p) => judged.has(p.name));
        const checked = new Set(ran.flatMap((p) => judged.get(p.name) ?? []));
        return {
            id,
            title: clause.title,
            kind: clause.kind,
            status: enforced
                ? clauseState(enforcing, levels, failing.length, scopesKnown ? checked.size : null)
                : clause.kind === "process"
                  ? "process"
                  : "evidence",
            policies: enforcing.map((p) => p.name),
            levels: Object.fromEntries(enforcing.map((p) => [p.name, levels[p.name]])),
            resourcesChecked: !enforced ? 0 : scopesKnown ? checked.size : null,
            failingResources: [...new Set(failing.map((v) => v.urn))],
        };
    });
    const inventory = buildInventory(resources, known, index);
    return scrubReport(
        {
            schema: REPORT_SCHEMA,
            generatedAt: new Date().toISOString(),
            policyPack: { name: run.info.name, version: run.info.version, reviewDate: run.reviewDate },
            policyConfig: { source: run.configSource ?? null, entries: run.config, levels },
            source: input.source,
            resources: resources.length,
            violations,
            summary: {
                mandatory: violations.filter((v) => v.enforcementLevel === "mandatory").length,
                advisory: violations.filter((v) => v.enforcementLevel === "advisory").length,
            },
            clauses,
            inventory,
            ...(input.previous
                ? {
                      changes: compareInventories(
                          { ...input.previous.report, inventory: (input.previous.report.inventory ?? []).map((e) => scrubEntry(e, known)) },
                          inventory,
                          input.previous.file,
                      ),
                  }
                : {}),
        },
        known,
    );
}
