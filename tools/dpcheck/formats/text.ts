/** The terminal summary: grouped by clause, then by resource; colour only on a terminal. */
import { visible as v } from "../escape";
import { Report, scrubReport } from "../report";

/** Every value from the stack goes through `v`: a control character in it (ESC, BEL, a newline) is shown as an escape, never sent to the terminal. */
export function renderText(unscrubbed: Report, colour: boolean): string {
    const report = scrubReport(unscrubbed);
    const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    const red = (t: string) => paint(31, t), yellow = (t: string) => paint(33, t), green = (t: string) => paint(32, t), bold = (t: string) => paint(1, t);
    const lines: string[] = [];
    lines.push(bold(`dpcheck: ${v(report.source.project)}/${v(report.source.stack)} (${v(report.source.kind)}), ${report.resources} resources, policy pack ${v(report.policyPack.name)} ${v(report.policyPack.version)} (reviewed ${v(report.policyPack.reviewDate)})`));
    const byClause = new Map<string, typeof report.violations>();
    for (const violation of report.violations) {
        for (const clause of violation.clauses.length > 0 ? violation.clauses : ["(no clause)"]) byClause.set(clause, [...(byClause.get(clause) ?? []), violation]);
    }
    for (const clause of report.clauses) {
        const found = byClause.get(clause.id);
        if (!found) continue;
        lines.push("", bold(`${v(clause.id)} ${v(clause.title)}`));
        const byResource = new Map<string, typeof found>();
        for (const violation of found) byResource.set(violation.urn, [...(byResource.get(violation.urn) ?? []), violation]);
        for (const [, list] of byResource) {
            lines.push(`  ${v(list[0].resourceName)} (${v(list[0].resourceType)})`);
            for (const violation of list) {
                const level = violation.enforcementLevel === "mandatory" ? red("mandatory") : yellow(v(violation.enforcementLevel));
                lines.push(`    ${level} ${v(violation.policy)}: ${v(violation.message.replace(/^.*?\): /, ""))}`);
            }
        }
    }
    const { mandatory, advisory } = report.summary;
    lines.push("", mandatory > 0 ? red(`${mandatory} mandatory, ${advisory} advisory violations`) : green(`no mandatory violation (${advisory} advisory)`));
    const process = report.clauses.filter((c) => c.status === "process").map((c) => v(c.id));
    lines.push(`not enforced by code (process): ${process.join(", ")}`);
    return lines.join("\n") + "\n";
}
