/** The terminal summary: grouped by clause, then by resource; colour only on a terminal. */
import { Report } from "../report";

export function renderText(report: Report, colour: boolean): string {
    const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    const red = (t: string) => paint(31, t), yellow = (t: string) => paint(33, t), green = (t: string) => paint(32, t), bold = (t: string) => paint(1, t);
    const lines: string[] = [];
    lines.push(bold(`dpcheck: ${report.source.project}/${report.source.stack} (${report.source.kind}), ${report.resources} resources, policy pack ${report.policyPack.name} ${report.policyPack.version} (reviewed ${report.policyPack.reviewDate})`));
    const byClause = new Map<string, typeof report.violations>();
    for (const violation of report.violations) {
        for (const clause of violation.clauses.length > 0 ? violation.clauses : ["(no clause)"]) byClause.set(clause, [...(byClause.get(clause) ?? []), violation]);
    }
    for (const clause of report.clauses) {
        const found = byClause.get(clause.id);
        if (!found) continue;
        lines.push("", bold(`${clause.id} ${clause.title}`));
        const byResource = new Map<string, typeof found>();
        for (const v of found) byResource.set(v.urn, [...(byResource.get(v.urn) ?? []), v]);
        for (const [, list] of byResource) {
            lines.push(`  ${list[0].resourceName} (${list[0].resourceType})`);
            for (const v of list) {
                const level = v.enforcementLevel === "mandatory" ? red("mandatory") : yellow(v.enforcementLevel);
                lines.push(`    ${level} ${v.policy}: ${v.message.replace(/^.*?\): /, "")}`);
            }
        }
    }
    const { mandatory, advisory } = report.summary;
    lines.push("", mandatory > 0 ? red(`${mandatory} mandatory, ${advisory} advisory violations`) : green(`no mandatory violation (${advisory} advisory)`));
    const process = report.clauses.filter((c) => c.status === "process").map((c) => c.id);
    lines.push(`not enforced by code (process): ${process.join(", ")}`);
    return lines.join("\n") + "\n";
}
