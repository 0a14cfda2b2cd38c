/** Values from a stack are escaped for where each format goes: a terminal, Markdown, HTML. */
import { expect } from "chai";
import { escapeMarkdown, markdownInlineToHtml, markdownTableCells, visible } from "../../tools/dpcheck/escape";
import { Report } from "../../tools/dpcheck/report";
import { renderHtml } from "../../tools/dpcheck/formats/html";
import { renderMarkdown } from "../../tools/dpcheck/formats/markdown";
import { renderText } from "../../tools/dpcheck/formats/text";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const LINK = "[x](javascript:alert(1))";
const EVIL_NAME = `orders${SCRIPT}|${LINK}\\`;
const EVIL_TYPE = `aws:dynamodb/table:Table\n| injected | row |`;
const TERMINAL_NAME = "orders\u001b]0;pwned\u0007\u001b[2J\nno mandatory violation\u009b\u202e";

function hostileReport(): Report {
    const urn = `urn:pulumi:${IMG}::p::aws:dynamodb/table:Table::${EVIL_NAME}`;
    return {
        schema: "dpcheck-report/1",
        generatedAt: "2026-01-01T00:00:00.000Z",
        policyPack: { name: "data-protection", version: "0.1.0", reviewDate: "2026-01-01" },
        policyConfig: { source: `policy config ${SCRIPT}.json`, entries: {}, levels: { "kms-key-require-rotation": "mandatory" } },
        source: { kind: "stack-export", stack: IMG, project: `${SCRIPT}**bold**`, files: [`x${LINK}.json`] },
        resources: 1,
        violations: [
            {
                policy: "kms-key-require-rotation",
                clauses: ["DP-6.2"],
                enforcementLevel: "mandatory",
                severity: "high",
                urn,
                resourceType: EVIL_TYPE,
                resourceName: EVIL_NAME,
                message: `${EVIL_NAME} (x): got "${SCRIPT}"`,
                remediation: `set ${SCRIPT}`,
            },
            {
                policy: "kms-key-require-rotation",
                clauses: ["DP-6.2"],
                enforcementLevel: "mandatory",
                severity: "high",
                urn: `${urn}2`,
                resourceType: "aws:kms/key:Key",
                resourceName: TERMINAL_NAME,
                message: `${TERMINAL_NAME} (aws:kms/key:Key): got \u0007`,
                remediation: "fix it",
            },
        ],
        summary: { mandatory: 2, advisory: 0 },
        clauses: [
            {
                id: "DP-6.2",
                title: "KMS manages the keys",
                kind: "technical" as any,
                status: "failing",
                policies: ["kms-key-require-rotation"],
                levels: { "kms-key-require-rotation": "mandatory" },
                resourcesChecked: 1,
                failingResources: [urn],
            },
        ],
        inventory: [
            {
                urn,
                name: EVIL_NAME,
                type: EVIL_TYPE,
                classification: "pii",
                piiCategories: [SCRIPT, "a|b"],
                purposes: [LINK],
                retentionDays: 3,
                owner: IMG,
                key: "k\r\nk",
                readers: [],
                recipients: [],
            },
        ],
        changes: {
            since: `prev${SCRIPT}.json`,
            storesAdded: [LINK],
            storesRemoved: [],
            changed: [{ store: EVIL_NAME, field: "key", before: SCRIPT, after: IMG }],
            accessWidened: [],
        },
    };
}

/** The unescaped pipes of a Markdown table row. */
const pipes = (row: string) => markdownTableCells(row).length;

describe("dpcheck: escaping", () => {
    it("visible: control characters (C0, C1, DEL, bidi) become escapes a terminal does not act on", () => {
        expect(visible("a\u001b[31mb\u0007\nc\td\u007f\u009b\u202e")).to.equal("a\\x1b[31mb\\x07\\nc\\td\\x7f\\x9b\\u202e");
    });

    it("escapeMarkdown: Markdown and HTML punctuation, pipes and line breaks in a value are inert", () => {
        expect(escapeMarkdown(`${LINK} ${SCRIPT} a|b *c* _d_ \`e\` \\\nf`)).to.equal(
            "\\[x\\](javascript:alert(1)) &lt;script&gt;alert(1)&lt;/script&gt; a\\|b \\*c\\* \\_d\\_ \\`e\\` \\\\<br>f",
        );
    });

    it("the HTML of escaped Markdown shows the value as it was, and nothing else", () => {
        const value = `${LINK} ${SCRIPT} a|b \\ & **x**`;
        expect(markdownInlineToHtml(`**${escapeMarkdown(value)}**`)).to.equal(
            "<strong>[x](javascript:alert(1)) &lt;script&gt;alert(1)&lt;/script&gt; a|b \\ &amp; **x**</strong>",
        );
        expect(markdownTableCells(`| ${escapeMarkdown("a\\")} | ${escapeMarkdown("b|c")} |`)).to.deep.equal(["a\\\\", "b\\|c"]);
    });

    it("Markdown: no HTML, link or row a value injects, title included; every row has the header's cells", () => {
        const markdown = renderMarkdown(hostileReport());
        // "\](" is an escaped bracket: text, not the end of a link.
        expect(markdown).to.not.match(/<script|<img|(?<!\\)\]\(javascript:/i);
        expect(markdown.split("\n")[0]).to.equal(
            "# Data protection compliance report: &lt;script&gt;alert(1)&lt;/script&gt;\\*\\*bold\\*\\*/&lt;img src=x onerror=alert(1)&gt;",
        );
        const lines = markdown.split("\n");
        expect(lines.some((line) => /^\| injected/.test(line))).to.equal(false);
        for (const [heading, columns] of [
            ["## Violations", 6],
            ["## Data inventory", 9],
            ["## Clauses", 6],
        ] as const) {
            const start = lines.findIndex((line) => line.startsWith(heading)) + 2;
            const rows: string[] = [];
            for (let i = start; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
            expect(rows.length, heading).to.be.greaterThan(2);
            for (const row of rows) expect(pipes(row), `${heading}: ${row}`).to.equal(columns);
        }
        expect(markdown).to.not.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    });

    it("HTML: everything escaped, and a newline in a type neither breaks the table nor adds a row", () => {
        const html = renderHtml([hostileReport()]);
        expect(html).to.not.match(/<script|<img|href=/i);
        expect(html).to.include(
            "<title>Compliance report &lt;script&gt;alert(1)&lt;/script&gt;**bold**/&lt;img src=x onerror=alert(1)&gt;</title>",
        );
        const inventory = html.slice(html.indexOf("<h2>Data inventory"));
        const table = inventory.slice(0, inventory.indexOf("</table>"));
        const rows = table.split("<tr>").slice(2);
        expect(rows).to.have.length(1);
        expect(rows[0].match(/<td/g)).to.have.length(9);
        expect(rows[0]).to.include(`<td>aws:dynamodb/table:Table<br>| injected | row |</td>`);
        expect(rows[0]).to.include(`<td>orders&lt;script&gt;alert(1)&lt;/script&gt;|[x](javascript:alert(1))\\</td>`);
        expect(html).to.not.include("\u001b");
    });

    it("text: ESC, BEL, C1 and newlines from a resource name reach the terminal as visible escapes", () => {
        const text = renderText(hostileReport(), false);
        expect(text).to.not.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
        expect(text).to.include("orders\\x1b]0;pwned\\x07\\x1b[2J\\nno mandatory violation\\x9b\\u202e");
        expect(text.split("\n").filter((line) => line.startsWith("no mandatory violation"))).to.deep.equal([]);
        // Colour still works: only dpcheck's own escapes reach the terminal.
        expect((renderText(hostileReport(), true).match(/\u001b/g) ?? []).length).to.equal(
            (renderText(hostileReport(), true).match(/\u001b\[\d+m/g) ?? []).length,
        );
    });
});
