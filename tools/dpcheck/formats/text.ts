/** The terminal summary: grouped by clause, then by resource; colour only on a terminal. */
import { visible as v } from "../escape";
import { ClauseState, Report, scrubReport } from "../report";

/** What a clause's state means, for the line that lists the clauses in it. */
export const STATE_WORDS: Record<ClauseState, string> = {
    passing: "enforced, passing",
    failing: "enforced, FAILING",
    "partly-checked": "partly checked (the policy config disabled some of its policies or made them advisory)",
    "advisory-only": "advisory only (none of its policies ran mandatory)",
    "not-checked": "not checked (all its policies disabled)",
    "nothing-to-check": "nothing to check (the stack holds nothing its policies judge)",
    process: "process, not enforced by code",
    evidence: "evidence: this report",
};

/**
 * The report's verdict when it has none to give: every policy disabled, or no policy that ran
 * judged anything (an empty stack, or one without stores, keys or principals). Undefined when
 * something was checked.
 */
export function nothingCheckedWords(report: Report): string | undefined {
    if (Object.values(report.policyConfig.levels).every((level) => level === "disabled"))
        return "nothing checked: the policy config disables every policy";
    const enforced = report.clauses.filter((c) => c.status !== "process" && c.status !== "evidence");
    if (report.resources === 0 || enforced.every((c) => c.status === "nothing-to-check" || c.status === "not-checked"))
        return `nothing to check: no policy judged any of the stack's ${report.resources} resources`;
    return undefined;
}

/** The policy config a report ran with, in a few words. */
export function policyConfigWords(report: Report): string {
    const changed = Object.entries(report.policyConfig.levels).filter(([, level]) => level !== "mandatory");
    const source = report.policyConfig.source ?? "none (the pack's defaults)";
    return `policy config: ${source}; ${changed.length === 0 ? "every policy mandatory" : `not mandatory: ${changed.map(([name, level]) => `${name} (${level})`).join(", ")}`}`;
}

/**
 * Every value from the stack goes through `v`: a control character in it (ESC, BEL, a newline) is shown as an escape,
 * never sent to the terminal.
 */
export function renderText(unscrubbed: Report, colour: boolean): string {
    const report = scrubReport(unscrubbed);
    const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    const red = (t: string) => paint(31, t),
        yellow = (t: string) => paint(33, t),
        green = (t: string) => paint(32, t),
        bold = (t: string) => paint(1, t);
    const lines: string[] = [];
    const files = report.source.files.length > 0 ? ` from ${report.source.files.map(v).join(", ")}` : "";
    lines.push(
        bold(
            `dpcheck: ${v(report.source.project)}/${v(report.source.stack)} (${v(report.source.kind)}${files}), ${report.resources} resources, policy pack ${v(report.policyPack.name)} ${v(report.policyPack.version)} (reviewed ${v(report.policyPack.reviewDate)})`,
        ),
    );
    lines.push(v(policyConfigWords(report)));
    const byClause = new Map<string, typeof report.violations>();
    for (const violation of report.violations) {
        for (const clause of violation.clauses.length > 0 ? violation.clauses : ["(no clause)"])
            byClause.set(clause, [...(byClause.get(clause) ?? []), violation]);
    }
    for (const clause of report.clauses) {
        const found = byClause.get(clause.id);
        if (!found) continue;
        lines.push("", bold(`${v(clause.id)} ${v(clause.title)}`));
        const byResource = new Map<string, typeof found>();
        for (const violation of found) byResource.set(violation.urn, [...(byResource.get(violation.urn) ?? []), violation]);
        for (const [, list] of byResource) {
            const at = list[0].location ? ` at ${v(list[0].location.file)}:${list[0].location.line}` : "";
            lines.push(`  ${list[0].urn ? `${v(list[0].resourceName)} (${v(list[0].resourceType)})${at}` : "the stack"}`);
            for (const violation of list) {
                const level = violation.enforcementLevel === "mandatory" ? red("mandatory") : yellow(v(violation.enforcementLevel));
                lines.push(`    ${level} ${v(violation.policy)} [${v(violation.severity)}]: ${v(violation.message)}`);
            }
        }
    }
    if (report.changes) {
        const c = report.changes;
        lines.push("", bold(`changes since ${v(c.since)}`));
        const list = (values: readonly string[]) => (values.length > 0 ? values.map(v).join(", ") : "none");
        lines.push(`  stores added: ${list(c.storesAdded)}; removed: ${list(c.storesRemoved)}`);
        for (const change of c.changed)
            lines.push(
                `  ${v(change.store)}: ${v(change.field)} ${v(JSON.stringify(change.before))} -> ${v(JSON.stringify(change.after))}`,
            );
        for (const widened of c.accessWidened)
            lines.push(
                `  access widened on ${v(widened.store)}: readers ${list(widened.readersAdded)}; recipients ${list(widened.recipientsAdded)}`,
            );
        if (c.changed.length + c.accessWidened.length === 0) lines.push("  no change of categories, retention or access");
    }
    const { mandatory, advisory } = report.summary;
    lines.push("");
    const nothing = nothingCheckedWords(report);
    if (nothing) lines.push(yellow(nothing));
    else
        lines.push(
            mandatory > 0
                ? red(`${mandatory} mandatory, ${advisory} advisory violations`)
                : green(`no mandatory violation (${advisory} advisory)`),
        );
    for (const state of ["not-checked", "advisory-only", "partly-checked", "nothing-to-check"] as const) {
        const ids = report.clauses.filter((c) => c.status === state).map((c) => v(c.id));
        if (ids.length > 0) lines.push(yellow(`${STATE_WORDS[state]}: ${ids.join(", ")}`));
    }
    const process = report.clauses.filter((c) => c.status === "process").map((c) => v(c.id));
    lines.push(`not enforced by code (process): ${process.join(", ")}`);
    return lines.join("\n") + "\n";
}
