/**
 * The catalogue as a readable table, rendered from the entries themselves, for the pack's
 * README (`npm run catalogue:readme`). A test keeps the README in step with the entries.
 */
import { catalogue } from "../../policypack/catalogue";
import {
    CatalogueEntry,
    Controls,
    CustomCheck,
    Destination,
    ExposureControl,
    KeyControl,
    RetentionControl,
    Setting,
    TlsControl,
    When,
    isCustom,
    isNotOffered,
} from "../../policypack/catalogue/entry";

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function when(condition: When | undefined): string {
    if (!condition) return "";
    const values = condition.on ? `=${condition.on.join("/")}` : "";
    return ` (when ${condition.not ? "not " : ""}${code(condition.path + values)})`;
}

function setting(s: Setting): string {
    const on = s.on === undefined ? "true" : s.on.length === 0 ? "set" : s.on.join("/");
    return `${code(`${s.path}=${on}`)} (absent: ${s.absentMeans ?? (s.absent ? "on" : "off")})`;
}

function key(c: KeyControl): string {
    const parts = [
        c.enabled ? setting(c.enabled) : "",
        c.key ? `customer key in ${code(c.key)}` : "",
        c.customerKeyNotOffered ? `no customer key: ${c.customerKeyNotOffered}` : "",
    ].filter(Boolean);
    return `${c.what}: ${parts.join(" + ")}${when(c.when)}`;
}

function tls(c: TlsControl): string {
    return `${c.what}: ${setting(c.setting)}${when(c.when)}`;
}

function exposure(c: ExposureControl): string {
    if ("publicWhen" in c) return `${c.what} not public: ${setting(c.publicWhen)} is a violation${when(c.when)}`;
    if ("securityGroups" in c) return `${c.what}: security groups ${code(c.securityGroups)} closed to the internet${when(c.when)}`;
    if ("policyDocument" in c) return `${c.what} (${code(c.policyDocument)}): no public or outside principal`;
    if ("acl" in c) return `${c.what}: no public ACL in ${code(c.acl)}`;
    return `${c.what}: no ${code(c.plaintextWhenPii)} when pii`;
}

function retention(c: RetentionControl): string {
    if ("period" in c)
        return `${c.what}: ${code(c.period)} within the retention (${c.unit}; absent: ${c.absent}${c.zeroMeans === "forever" ? ", 0 = forever" : ""})${c.everyClassification ? ", set on every store" : ""}${when(c.when)}`;
    if ("keepsForever" in c) return `no ${c.what}: ${setting(c.keepsForever)} is a violation${when(c.when)}`;
    if ("required" in c) return `${c.what}: ${setting(c.required)}${when(c.when)}`;
    if ("awsKeepsDays" in c) return `AWS keeps ${c.what} ${c.awsKeepsDays} days${when(c.when)}`;
    return `${c.what}: never expires, so never of pii`;
}

function destination(c: Destination): string {
    if ("account" in c) return `${c.what} account ${code(c.account)}: this stack's or the provider's`;
    if ("region" in c) return `${c.what} region ${code(c.region)}: allowed regions${when(c.when)}`;
    if ("ownRegion" in c) return `${c.what} its own region: allowed regions`;
    if ("sharedWith" in c) return `${c.what} ${code(c.sharedWith)}: none`;
    if ("endpoint" in c) return `${c.what} ${code(c.endpoint)}: never pii${when(c.when)}`;
    return `${c.what} ${code(c.path)}: a store of this stack, then a copy${when(c.when)}`;
}

function aspect<C>(controls: Controls<C> | undefined, describe: (c: C) => string, notOffered: string[]): string {
    if (controls === undefined) return "";
    if (isNotOffered(controls)) {
        notOffered.push(controls.notOffered);
        return "—";
    }
    return controls.map((c) => (isCustom(c) ? (c as CustomCheck).summary : describe(c as C))).join("; ");
}

function row(entry: CatalogueEntry): string {
    const notes: string[] = [];
    const classification = entry.inherent
        ? `${entry.inherent.classification} by nature`
        : entry.tagging === "store"
          ? "own tags (required)"
          : entry.tagging === "copy"
            ? "its sources'"
            : "own tags if any";
    const sources = (entry.sources ?? []).map((s) => ("computed" in s ? s.summary : code(s.path))).join(", ");
    const cells = [
        entry.types.map(code).join("<br>"),
        entry.holds,
        `${classification}${sources ? ` (from ${sources})` : ""}${entry.judgedWithSource ? ", judged with its source" : ""}`,
        aspect(entry.atRest, key, notes),
        aspect(entry.inTransit, tls, notes),
        aspect(entry.exposure, exposure, notes),
        aspect(entry.retention, retention, notes),
        aspect(entry.destinations, destination, notes),
        [...new Set([...notes, entry.notes ?? ""])].filter(Boolean).join("; "),
    ];
    return `| ${cells.map(cell).join(" | ")} |`;
}

/** The catalogue, one table per service. */
export function catalogueTable(): string {
    const byService = new Map<string, CatalogueEntry[]>();
    for (const entry of catalogue()) byService.set(entry.service, [...(byService.get(entry.service) ?? []), entry]);
    const lines = [
        `${catalogue().length} entries covering ${catalogue().reduce((n, e) => n + e.types.length, 0)} resource types of @pulumi/aws, in ${byService.size} services.`,
        "",
    ];
    for (const [service, entries] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(
            `#### ${service}`,
            "",
            "| type | holds | classification | at rest | in transit | exposure | retention (pii) | copies and destinations | AWS does not offer / notes |",
            "|---|---|---|---|---|---|---|---|---|",
        );
        lines.push(...entries.map(row), "");
    }
    return lines.join("\n");
}

export const START = "<!-- catalogue:start (generated by `npm run catalogue:readme`; do not edit) -->";
export const END = "<!-- catalogue:end -->";

/** `readme` with its generated section replaced by the current table. */
export function withCatalogueTable(readme: string): string {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) throw new Error(`the README has no ${START} ... ${END} section`);
    return `${readme.slice(0, start + START.length)}\n${catalogueTable()}\n${readme.slice(end)}`;
}
