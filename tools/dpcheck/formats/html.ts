/** The compliance report as one self-contained HTML file (inline style, no external resource). */
import { Report } from "../report";
import { renderMarkdown } from "./markdown";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One self-contained document holding every report. */
export function renderHtml(reports: readonly Report[]): string {
    const title = reports.map((r) => `${r.source.project}/${r.source.stack}`).join(", ");
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(`Compliance report ${title}`)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f3f3f3}.bad{color:#b00020;font-weight:600}.good{color:#1b5e20}</style>
</head><body>
${reports.map(renderBody).join("\n<hr>\n")}
</body></html>
`;
}

/** Renders the Markdown report's headings, paragraphs, lists and tables as HTML. */
function renderBody(report: Report): string {
    const lines = renderMarkdown(report).split("\n");
    const body: string[] = [];
    const inline = (text: string) => escape(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/\\\|/g, "|");
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith("# ")) body.push(`<h1>${inline(line.slice(2))}</h1>`);
        else if (line.startsWith("## ")) body.push(`<h2>${inline(line.slice(3))}</h2>`);
        else if (line.startsWith("- ")) body.push(`<li>${inline(line.slice(2))}</li>`);
        else if (line.startsWith("|")) {
            const rows: string[][] = [];
            while (i < lines.length && lines[i].startsWith("|")) {
                if (!/^\|[-|]+\|$/.test(lines[i])) rows.push(lines[i].slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
                i++;
            }
            i--;
            const [head, ...rest] = rows;
            const status = (c: string) => (/FAILING|^mandatory$/.test(c) ? ' class="bad"' : /passing/.test(c) ? ' class="good"' : "");
            body.push(`<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>${rest.map((r) => `<tr>${r.map((c) => `<td${status(c)}>${inline(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`);
        } else if (line.trim() !== "") body.push(`<p>${inline(line)}</p>`);
    }
    return body.join("\n");
}
