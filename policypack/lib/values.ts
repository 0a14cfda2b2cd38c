/**
 * Reading resource properties without the SDK's unknown-checking proxy. @pulumi/policy turns
 * a read of a value unknown during preview into an advisory "can't run during preview", which
 * would silently drop a data-protection control. Policies here read the raw properties and
 * decide per property what an unknown means (see `isUnknown`).
 */

/** The wire sentinels of unknown values, as @pulumi/policy deserialises them. */
const UNKNOWN_SENTINELS = new Set([
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (and the engine's generic unknown)
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

const PROXY_TARGET = "__getSpecialProxyTarget";

export function isUnknown(value: unknown): boolean {
    return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}

/** The plain object behind @pulumi/policy's unknown-checking proxy (or the value itself). */
export function unwrap<T = any>(value: T): T {
    if (value !== null && typeof value === "object") {
        const target = (value as any)[PROXY_TARGET];
        if (target !== undefined && target !== true) return target as T;
    }
    return value;
}

/** `value` as a list: arrays as they are, a single value as a one-element list, nothing as []. */
export function asList<T = any>(value: unknown): T[] {
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? (value as T[]) : [value as T];
}

export function isObject(value: unknown): value is Record<string, any> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A value that is known and true (`true`, or `"true"` in any case, as some exports carry strings). */
export function isTrue(value: unknown): boolean {
    return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}

/** A whole number, from a number or a numeric string; undefined otherwise. */
export function wholeNumber(value: unknown): number | undefined {
    const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    return typeof number === "number" && Number.isInteger(number) ? number : undefined;
}
