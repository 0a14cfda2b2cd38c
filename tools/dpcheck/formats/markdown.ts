/** The compliance report as Markdown: clauses, inventory (record of processing), privacy impact, changes. */
import { escapeMarkdown as md } from "../escape";
import { Report, scrubReport } from "../report";
import { nothingCheckedWords, policyConfigWords, STATE_WORDS } from "./text";
/** Every value from the stack is escaped (`md`): Markdown, HTML, table pipes, line breaks. */
const list = (values: readonly unknown[]) => (values.length > 0 ? values.map(md).join(", ") : "none");

export function renderMarkdown(unscrubbed: Report): string {
    const report = scrubReport(unscrubbed);
    const out: string[] = [];
    out.push(`# Data protection compliance report: ${md(report.source.project)}/${md(report.source.stack)}`, "");
    out.push(
        `Generated ${md(report.generatedAt)} from ${md(report.source.kind)}${report.source.files.length ? ` (${list(report.source.files)})` : ""}; ${md(report.resources)} resources.`,
    );
    out.push(
        `Policy pack **${md(report.policyPack.name)} ${md(report.policyPack.version)}**, policy last reviewed **${md(report.policyPack.reviewDate)}** (DP-9.1).`,
    );
    out.push(`${md(policyConfigWords(report))}.`, "");
    const nothing = nothingCheckedWords(report);
    out.push(
        nothing
            ? `**${md(nothing[0].toUpperCase() + nothing.slice(1))}.**`
            : `**${md(report.summary.mandatory)} mandatory, ${md(report.summary.advisory)} advisory violations.**`,
        "",
    );
    out.push(
        "## Clauses",
        "",
        "| clause | statement | status | policies | resources checked | failing resources |",
        "|---|---|---|---|---|---|",
    );
    for (const c of report.clauses) {
        const policies = c.policies.map((name) => (c.levels[name] === "mandatory" ? name : `${name} (${c.levels[name]})`));
        out.push(
            `| ${md(c.id)} | ${md(c.title)} | ${md(STATE_WORDS[c.status] ?? c.status)} | ${list(policies)} | ${md(c.resourcesChecked ?? "unknown")} | ${list(c.failingResources.map((u) => u.split("::").pop()!))} |`,
        );
    }
    if (report.violations.length > 0) {
        out.push("", "## Violations", "", "| level | severity | policy | clauses | resource | finding |", "|---|---|---|---|---|---|");
        for (const v of report.violations)
            out.push(
                `| ${md(v.enforcementLevel)} | ${md(v.severity)} | ${md(v.policy)} | ${md(v.clauses.join(" "))} | ${v.urn ? `${md(v.resourceName)} (${md(v.resourceType)})` : "the stack"} | ${md(v.message)} |`,
            );
        out.push("", "## Remediation", "");
        for (const v of [...new Map(report.violations.map((violation) => [violation.policy, violation])).values()])
            out.push(`- ${md(v.policy)}: ${md(v.remediation)}`);
    }
    out.push(
        "",
        "## Data inventory (record of processing, DP-1.2)",
        "",
        "| store | type | classification | categories | purposes | retention (days) | key | roles that can read it | recipients |",
        "|---|---|---|---|---|---|---|---|---|",
    );
    for (const e of report.inventory)
        out.push(
            `| ${md(e.name)} | ${md(e.type)} | ${md(e.classification)} | ${list(e.piiCategories)} | ${list(e.purposes)} | ${md(e.retentionDays ?? "undeclared")} | ${md(e.key ?? "none")} | ${list(e.readers)} | ${list(e.recipients)} |`,
        );
    const pii = report.inventory.filter(
        (e) => e.classification !== "confidential" && e.classification !== "internal" && e.classification !== "public",
    );
    out.push("", "## Privacy impact summary (DP-8.2)", "");
    out.push(`${md(pii.length)} store(s) hold personal data: ${list(pii.map((e) => e.name))}.`);
    out.push(
        `Categories: ${list([...new Set(pii.flatMap((e) => e.piiCategories))])}. Purposes: ${list([...new Set(pii.flatMap((e) => e.purposes))])}.`,
    );
    out.push(
        `Longest declared retention of personal data: ${md(Math.max(0, ...pii.map((e) => e.retentionDays ?? 0)))} days. Outside recipients: ${list([...new Set(pii.flatMap((e) => e.recipients))])}.`,
    );
    out.push(
        `Open risks: ${report.summary.mandatory > 0 ? `${md(report.summary.mandatory)} mandatory violations (above)` : "none found by the pack"}; process clauses to confirm by hand: ${list(report.clauses.filter((c) => c.status === "process").map((c) => c.id))}.`,
    );
    if (report.changes) {
        const c = report.changes;
        out.push("", `## Changes since ${md(c.since)}`, "");
        out.push(`- Stores added: ${list(c.storesAdded)}`, `- Stores removed: ${list(c.storesRemoved)}`);
        for (const change of c.changed)
            out.push(
                `- ${md(change.store)}: ${md(change.field)} ${md(JSON.stringify(change.before))} → ${md(JSON.stringify(change.after))}`,
            );
        for (const widened of c.accessWidened)
            out.push(
                `- Access widened on ${md(widened.store)}: readers ${list(widened.readersAdded)}; recipients ${list(widened.recipientsAdded)}`,
            );
        if (c.changed.length + c.accessWidened.length === 0) out.push("- No change of categories, retention or access.");
    }
    return out.join("\n") + "\n";
}
