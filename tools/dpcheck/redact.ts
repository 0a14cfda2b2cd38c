/**
 * Secrets never leave dpcheck. The pack judges the real values (it needs them: a secret
 * deletion window of "SUPERSECRET-123" is a violation), so secrets are unwrapped to plaintext
 * on the way in; every plaintext met while unwrapping is remembered here, and every string the
 * tool writes (report, every format, errors) is scrubbed of them, `[secret]` in their place.
 */

/** The key Pulumi marks special values with, and the value that marks a secret. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const REDACTED = "[secret]";

/** Values too common to scrub without mangling everything else (`true`, `1`, `""`). */
const TRIVIAL = new Set(["", "true", "false", "null", "undefined", REDACTED]);
const MIN_LENGTH = 3;

export function isSecretWrapper(value: unknown): value is Record<string, unknown> {
    return (
        value !== null && typeof value === "object" && !Array.isArray(value) && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG
    );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The plaintexts of secrets met so far, and the scrubbing of them from text. */
export class SecretSet {
    private readonly strings = new Set<string>();
    private readonly numbers = new Set<string>();
    private pattern: RegExp | null | undefined;

    get size(): number {
        return this.strings.size + this.numbers.size;
    }

    /** Forgets every secret. */
    clear(): void {
        this.strings.clear();
        this.numbers.clear();
        this.pattern = undefined;
    }

    /**
     * Remembers a secret's plaintext: a string, and every string or number leaf of a structured
     * value (JSON text included). Iterative, so that no nesting overflows the stack.
     */
    add(value: unknown): void {
        const pending: unknown[] = [value];
        while (pending.length > 0) {
            const current = pending.pop();
            if (typeof current === "string") {
                this.addString(current);
                const trimmed = current.trim();
                if (/^[[{]/.test(trimmed)) {
                    try {
                        pending.push(JSON.parse(trimmed));
                    } catch {
                        /* not JSON: the string alone */
                    }
                }
            } else if (typeof current === "number" || typeof current === "bigint") this.addNumber(String(current));
            else if (Array.isArray(current)) pending.push(...current);
            // Of an object, its values only: keys are mostly the schema (`kmsKeyArn`), and scrubbing them would mangle every message.
            else if (current !== null && typeof current === "object") pending.push(...Object.values(current));
        }
    }

    private addString(text: string): void {
        if (text.trim().length < MIN_LENGTH || TRIVIAL.has(text.trim())) return;
        const before = this.size;
        this.strings.add(text);
        // As the pack's messages may quote it: JSON-escaped.
        const quoted = JSON.stringify(text).slice(1, -1);
        if (quoted !== text) this.strings.add(quoted);
        if (/^-?\d+(\.\d+)?$/.test(text)) this.numbers.add(text);
        if (this.size !== before) this.pattern = undefined;
    }

    private addNumber(text: string): void {
        if (text.replace(/^-/, "").length < MIN_LENGTH) return;
        const before = this.size;
        this.numbers.add(text);
        if (this.size !== before) this.pattern = undefined;
    }

    private regex(): RegExp | null {
        if (this.pattern !== undefined) return this.pattern;
        const strings = [...this.strings].filter((s) => !this.numbers.has(s));
        const numbers = [...this.numbers];
        const alternatives = [
            ...strings.map((s) => ({ length: s.length, source: escapeRegExp(s) })),
            // A number only where it is not part of a longer number (secret 365 leaves 3650 alone).
            ...numbers.map((n) => ({ length: n.length, source: `(?<![0-9.])${escapeRegExp(n)}(?![0-9]|\\.[0-9])` })),
        ].sort((a, b) => b.length - a.length);
        this.pattern = alternatives.length === 0 ? null : new RegExp(alternatives.map((a) => a.source).join("|"), "g");
        return this.pattern;
    }

    /** The text with every secret plaintext in it replaced by `[secret]`, longest first. */
    scrub(text: string): string {
        const pattern = this.regex();
        return pattern ? text.replace(pattern, REDACTED) : text;
    }

    /** Every string in a value scrubbed (numbers stay numbers); `keep` names the keys whose values are left alone. */
    scrubDeep<T>(value: T, keep: ReadonlySet<string> = new Set()): T {
        if (this.regex() === null) return value;
        const walk = (v: unknown): unknown => {
            if (typeof v === "string") return this.scrub(v);
            if (Array.isArray(v)) return v.map(walk);
            if (v !== null && typeof v === "object")
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keep.has(k) ? x : walk(x)]));
            return v;
        };
        return walk(value) as T;
    }
}

/**
 * The secrets this run has unwrapped. One set for the whole run: a report is scrubbed of
 * every stack's secrets, not only its own, and so are error messages. `main` (cli.ts) empties
 * it as a run starts and ends, so that runs in one process (the tests') are as separate runs.
 */
export const secrets = new SecretSet();

/** Shorthands on the process-wide set. */
export const rememberSecret = (plaintext: unknown) => secrets.add(plaintext);
export const scrub = (text: string) => secrets.scrub(text);

/**
 * Secrets as the Pulumi SDK hands them to mocks (`{sig: secret, value}`) or as an export holds
 * them (`{sig: secret, plaintext: "<JSON>"}`, or `ciphertext` only) replaced by their plaintext,
 * remembered in `into`; a secret whose plaintext is not there becomes `[secret]`.
 */
export function revealSecrets(value: unknown, into: SecretSet = secrets): unknown {
    if (Array.isArray(value)) return value.map((v) => revealSecrets(v, into));
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (isSecretWrapper(record)) {
        let plaintext: unknown;
        if ("value" in record) plaintext = record.value;
        else if (typeof record.plaintext === "string") {
            try {
                plaintext = JSON.parse(record.plaintext);
            } catch {
                plaintext = record.plaintext;
            }
        } else return REDACTED;
        // A secret may hold secrets (or plain values, which are secret all the same).
        const revealed = revealSecrets(plaintext, into);
        into.add(revealed);
        return revealed;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revealSecrets(v, into)]));
}

/**
 * For writing out (`--emit-export`): every secret stays marked as a Pulumi secret, without its
 * plaintext (as a `pulumi stack export` without `--show-secrets` holds it), and any plaintext of
 * a secret that got into another value (an ARN built from a secret name) is scrubbed.
 */
export function concealSecrets(value: unknown, known: SecretSet = secrets): unknown {
    if (Array.isArray(value)) return value.map((v) => concealSecrets(v, known));
    if (typeof value === "string") return known.scrub(value);
    if (value === null || typeof value !== "object") return value;
    if (isSecretWrapper(value)) return { [SIG_KEY]: SECRET_SIG, ciphertext: REDACTED };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, concealSecrets(v, known)]));
}
