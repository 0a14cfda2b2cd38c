/**
 * Values from a stack (resource names and types, tags, stack names, the pack's messages quoting
 * them) escaped for where dpcheck writes them: a terminal, Markdown, HTML.
 */

/**
 * C0 and C1 control characters, DEL, the invisible characters that reorder or break lines
 * (bidi marks, overrides and isolates, line and paragraph separators), a byte-order mark, and
 * lone surrogates.
 */
const CONTROL =
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visibleEscape(char: string): string {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}

/**
 * For a terminal: every control character as a visible escape (`\x1b`, `\n`), so a value can neither drive the terminal
 * nor fake a line.
 */
export function visible(value: unknown): string {
    return String(value ?? "").replace(CONTROL, visibleEscape);
}

/** HTML-significant characters as entities. */
export function escapeHtml(value: unknown): string {
    return String(value ?? "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}

/**
 * Markdown-significant punctuation within a line, backslash-escaped (CommonMark renders `\X` as
 * X for any ASCII punctuation): emphasis, code, strikethrough, table pipes, and the brackets
 * without which no link or image (`[x](javascript:…)`, `![x](…)`) can start. Line-start syntax
 * (`#`, `-`, `+`, `1.`) needs none: a value never starts a line.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;

/**
 * A value as literal text anywhere in a Markdown line, table cells included: Markdown
 * punctuation and table pipes backslash-escaped, `<`, `>` and `&` as entities (no HTML, no
 * autolink), line breaks as `<br>` (the only HTML dpcheck's Markdown holds), and other control
 * characters as visible escapes.
 */
export function escapeMarkdown(value: unknown): string {
    return String(value ?? "")
        .split(/\r\n|\r|\n/)
        .map((line) =>
            visible(line).replace(MARKDOWN_PUNCTUATION, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
        )
        .join("<br>");
}

/**
 * The inline Markdown dpcheck writes, as HTML: backslash escapes and entities as the text they
 * stand for, `**bold**`, `<br>`; everything else HTML-escaped.
 */
export function markdownInlineToHtml(markdown: string): string {
    let out = "";
    let strong = false;
    for (let i = 0; i < markdown.length; i++) {
        const rest = markdown.slice(i);
        if (markdown[i] === "\\" && i + 1 < markdown.length) {
            out += escapeHtml(markdown[i + 1]);
            i++;
            continue;
        }
        if (rest.startsWith("**")) {
            out += strong ? "</strong>" : "<strong>";
            strong = !strong;
            i++;
            continue;
        }
        if (rest.startsWith("<br>")) {
            out += "<br>";
            i += 3;
            continue;
        }
        const entity = /^&(?:amp|lt|gt|quot|#39);/.exec(rest);
        if (entity) {
            out += entity[0];
            i += entity[0].length - 1;
            continue;
        }
        out += escapeHtml(markdown[i]);
    }
    return strong ? out + "</strong>" : out;
}

/** The cells of a Markdown table row (`| a | b \| c |`), split on the pipes that are not escaped. */
export function markdownTableCells(row: string): string[] {
    const cells: string[] = [];
    let current = "";
    for (let i = row.startsWith("|") ? 1 : 0; i < row.length; i++) {
        const char = row[i];
        if (char === "\\" && i + 1 < row.length) {
            current += char + row[i + 1];
            i++;
        } else if (char === "|") {
            cells.push(current.trim());
            current = "";
        } else current += char;
    }
    if (current.trim() !== "") cells.push(current.trim());
    return cells;
}
