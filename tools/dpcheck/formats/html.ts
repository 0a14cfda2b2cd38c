/** The compliance report as one self-contained HTML file (inline style, no external resource). */
import { escapeHtml, escapeMarkdown, markdownInlineToHtml, markdownTableCells, visible } from "../escape";
import { fleetLines, FleetSummary } from "../fleet";
import { Report, scrubReport } from "../report";
import { renderMarkdown } from "./markdown";

/** One self-contained document holding every report. */
export function renderHtml(unscrubbed: readonly Report[], fleet?: FleetSummary): string {
    const reports = unscrubbed.map((r) => scrubReport(r));
    const bodies = [
        ...(fleet
            ? [markdownBody(["# Fleet summary", "", ...fleetLines(fleet).map((line) => `- ${escapeMarkdown(line)}`)].join("\n"))]
            : []),
        ...reports.map(renderBody),
    ];
    const title = reports.map((r) => `${r.source.project}/${r.source.stack}`).join(", ");
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(visible(`Compliance report ${title}`))}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f3f3f3}.bad{color:#b00020;font-weight:600}.good{color:#1b5e20}.warn{color:#8a5a00;font-weight:600}</style>
</head><body>
${bodies.join("\n<hr>\n")}
</body></html>
`;
}

/**
 * Renders the Markdown report's headings, paragraphs, lists and tables as HTML. Every value in
 * that Markdown is escaped (escape.ts): one line is one block, `|` splits cells only where it is
 * not escaped, and the text of each is decoded from Markdown and HTML-escaped.
 */
function renderBody(report: Report): string {
    return markdownBody(renderMarkdown(report));
}

function markdownBody(markdown: string): string {
    const lines = markdown.split("\n");
    const body: string[] = [];
    const inline = markdownInlineToHtml;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith("# ")) body.push(`<h1>${inline(line.slice(2))}</h1>`);
        else if (line.startsWith("## ")) body.push(`<h2>${inline(line.slice(3))}</h2>`);
        else if (line.startsWith("- ")) body.push(`<li>${inline(line.slice(2))}</li>`);
        else if (line.startsWith("|")) {
            const rows: string[][] = [];
            while (i < lines.length && lines[i].startsWith("|")) {
                if (!/^\|[-|]+\|$/.test(lines[i])) rows.push(markdownTableCells(lines[i]));
                i++;
            }
            i--;
            const [head, ...rest] = rows;
            const status = (c: string) =>
                /FAILING|^mandatory$/.test(c)
                    ? ' class="bad"'
                    : /^enforced, passing$/.test(c)
                      ? ' class="good"'
                      : /^(not checked|advisory only|partly checked|nothing to check)/.test(c)
                        ? ' class="warn"'
                        : "";
            // Every row has the header's cells, whatever a value holds.
            const fit = (row: string[]) => head.map((_, j) => row[j] ?? "");
            body.push(
                `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>${rest
                    .map(
                        (r) =>
                            `<tr>${fit(r)
                                .map((c) => `<td${status(c)}>${inline(c)}</td>`)
                                .join("")}</tr>`,
                    )
                    .join("")}</tbody></table>`,
            );
        } else if (line.trim() !== "") body.push(`<p>${inline(line)}</p>`);
    }
    return body.join("\n");
}
