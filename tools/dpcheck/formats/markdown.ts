/** The compliance report as Markdown: clauses, inventory (record of processing), privacy impact, changes. */
import { Report } from "../report";

const STATUS: Record<string, string> = { passing: "enforced, passing", failing: "enforced, FAILING", process: "process, not enforced by code", evidence: "evidence: this report" };
const cell = (value: unknown) => String(value ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const list = (values: readonly string[]) => (values.length > 0 ? values.join(", ") : "none");

export function renderMarkdown(report: Report): string {
    const out: string[] = [];
    out.push(`# Data protection compliance report: ${report.source.project}/${report.source.stack}`, "");
    out.push(`Generated ${report.generatedAt} from ${report.source.kind}${report.source.files.length ? ` (${report.source.files.join(", ")})` : ""}; ${report.resources} resources.`);
    out.push(`Policy pack **${report.policyPack.name} ${report.policyPack.version}**, policy last reviewed **${report.policyPack.reviewDate}** (DP-9.1).`, "");
    out.push(`**${report.summary.mandatory} mandatory, ${report.summary.advisory} advisory violations.**`, "");
    out.push("## Clauses", "", "| clause | statement | status | policies | resources checked | failing resources |", "|---|---|---|---|---|---|");
    for (const c of report.clauses) out.push(`| ${c.id} | ${cell(c.title)} | ${STATUS[c.status]} | ${cell(list(c.policies))} | ${c.resourcesChecked} | ${cell(list(c.failingResources.map((u) => u.split("::").pop()!)))} |`);
    if (report.violations.length > 0) {
        out.push("", "## Violations", "", "| level | policy | clauses | resource | message |", "|---|---|---|---|---|");
        for (const v of report.violations) out.push(`| ${v.enforcementLevel} | ${v.policy} | ${v.clauses.join(" ")} | ${cell(v.resourceName)} (${v.resourceType}) | ${cell(v.message)} |`);
    }
    out.push("", "## Data inventory (record of processing, DP-1.2)", "", "| store | type | classification | categories | purposes | retention (days) | key | roles that can read it | recipients |", "|---|---|---|---|---|---|---|---|---|");
    for (const e of report.inventory) out.push(`| ${cell(e.name)} | ${e.type} | ${cell(e.classification)} | ${cell(list(e.piiCategories))} | ${cell(list(e.purposes))} | ${e.retentionDays ?? "undeclared"} | ${cell(e.key ?? "none")} | ${cell(list(e.readers))} | ${cell(list(e.recipients))} |`);
    const pii = report.inventory.filter((e) => e.classification !== "confidential" && e.classification !== "internal" && e.classification !== "public");
    out.push("", "## Privacy impact summary (DP-8.2)", "");
    out.push(`${pii.length} store(s) hold personal data: ${list(pii.map((e) => e.name))}.`);
    out.push(`Categories: ${list([...new Set(pii.flatMap((e) => e.piiCategories))])}. Purposes: ${list([...new Set(pii.flatMap((e) => e.purposes))])}.`);
    out.push(`Longest declared retention of personal data: ${Math.max(0, ...pii.map((e) => e.retentionDays ?? 0))} days. Outside recipients: ${list([...new Set(pii.flatMap((e) => e.recipients))])}.`);
    out.push(`Open risks: ${report.summary.mandatory > 0 ? `${report.summary.mandatory} mandatory violations (above)` : "none found by the pack"}; process clauses to confirm by hand: ${list(report.clauses.filter((c) => c.status === "process").map((c) => c.id))}.`);
    if (report.changes) {
        const c = report.changes;
        out.push("", `## Changes since ${c.since}`, "");
        out.push(`- Stores added: ${list(c.storesAdded)}`, `- Stores removed: ${list(c.storesRemoved)}`);
        for (const change of c.changed) out.push(`- ${change.store}: ${change.field} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`);
        for (const widened of c.accessWidened) out.push(`- Access widened on ${widened.store}: readers ${list(widened.readersAdded)}; recipients ${list(widened.recipientsAdded)}`);
        if (c.changed.length + c.accessWidened.length === 0) out.push("- No change of categories, retention or access.");
    }
    return out.join("\n") + "\n";
}
