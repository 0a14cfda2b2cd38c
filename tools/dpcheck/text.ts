/**
 * Text files as dpcheck reads them: UTF-8 with or without a byte-order mark, and UTF-16 (LE or
 * BE) with one, which is what `pulumi stack export > file` writes in Windows PowerShell 5.
 * Anything else (invalid UTF-8, NUL and other control bytes) is refused with a message that
 * quotes at most a short, escaped excerpt, so nothing of the file reaches the terminal raw.
 */
import * as fs from "fs";
import { visible } from "./escape";
import { UsageError } from "./errors";

/** A short, escaped, quoted excerpt of `text` for an error message. */
export function excerpt(text: string, max = 40): string {
    const chars = Array.from(text);
    const cut = chars.length > max ? chars.slice(0, max).join("") + "…" : text;
    return `"${visible(cut.replace(/\\/g, "\\\\").replace(/"/g, '\\"'))}"`;
}

/** A short, escaped excerpt of a JSON value for an error message. */
export function describeValue(value: unknown): string {
    if (value === undefined) return "nothing";
    if (typeof value === "string") return excerpt(value);
    const json = JSON.stringify(value) ?? String(value);
    return visible(json.length > 40 ? json.slice(0, 40) + "…" : json);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00];
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Characters no JSON text holds raw: every C0 control but tab, LF and CR, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function lineAndColumn(text: string, index: number): string {
    const before = text.slice(0, index);
    const line = before.split("\n").length;
    return `line ${line}, column ${index - before.lastIndexOf("\n")}`;
}

/**
 * The text of `bytes`, read from `what` (a file name, or "policy config x.json"). Throws a
 * UsageError naming `what` when they are not UTF-8 or BOM-marked UTF-16 text.
 */
export function decodeText(bytes: Uint8Array, what: string): string {
    let encoding: "utf-8" | "utf-16le" | "utf-16be";
    let body: Uint8Array;
    if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) {
        throw new UsageError(`${what} is UTF-32 text; dpcheck reads UTF-8 or UTF-16`);
    } else if (startsWith(bytes, UTF8_BOM)) {
        encoding = "utf-8";
        body = bytes.subarray(3);
    } else if (startsWith(bytes, UTF16LE_BOM)) {
        encoding = "utf-16le";
        body = bytes.subarray(2);
    } else if (startsWith(bytes, UTF16BE_BOM)) {
        encoding = "utf-16be";
        body = bytes.subarray(2);
    } else {
        encoding = "utf-8";
        body = bytes;
    }
    let text: string;
    try {
        if (encoding !== "utf-8" && body.length % 2 !== 0) throw new Error("odd length");
        text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
        if (encoding === "utf-8") {
            const nuls = bytes.indexOf(0) >= 0;
            throw new UsageError(
                `${what} is not text: it is not valid UTF-8${nuls ? " (UTF-16 without a byte-order mark, or a binary file?)" : ""}; dpcheck reads UTF-8 or UTF-16 with a byte-order mark`,
            );
        }
        throw new UsageError(`${what} is not valid ${encoding.toUpperCase()} text despite its byte-order mark`);
    }
    const control = CONTROL.exec(text);
    if (control) {
        const at = control.index;
        const code = text.charCodeAt(at).toString(16).padStart(4, "0").toUpperCase();
        const hint = code === "0000" && encoding === "utf-8" ? " (UTF-16 without a byte-order mark, or a binary file?)" : "";
        throw new UsageError(
            `${what} is not text: control character U+${code} at ${lineAndColumn(text, at)}, near ${excerpt(text.slice(Math.max(0, at - 10), at + 10), 20)}${hint}`,
        );
    }
    return text;
}

/** Reads `file` as text (see decodeText); `what` names it in messages. */
export function readTextFile(file: string, what: string = file): string {
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === "ENOENT" ? `${what} does not exist` : `${what} cannot be read (${code ?? (error as Error).message})`);
    }
    return decodeText(bytes, what);
}

/** JSON.parse, with V8's message (which quotes the input) escaped and cut short. */
export function parseJson(text: string, what: string, purpose = "valid JSON"): unknown {
    try {
        return JSON.parse(text);
    } catch (error) {
        const message = visible((error as Error).message);
        throw new UsageError(`${what} is not ${purpose} (${message.length > 120 ? message.slice(0, 120) + "…" : message})`);
    }
}
