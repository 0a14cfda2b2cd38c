/**
 * Reading an entry's property paths from a resource's raw properties. A path fans out over
 * lists (the aws v6 list form of nested blocks reads the same as the v7 object form), and an
 * unknown value anywhere on the way is reported as unknown, never as absent, so that a control
 * whose setting is not known during preview fails closed.
 */
import { isUnknown } from "../lib/values";
import type { Scalar, Setting, When } from "./entry";

export type ReadingState = "known" | "unknown" | "absent";

export interface Reading {
    readonly state: ReadingState;
    /** The value, when known. */
    readonly value?: unknown;
}

const ABSENT: Reading = { state: "absent" };
const UNKNOWN: Reading = { state: "unknown" };

/** Every value at `path`; a path that meets nothing (an absent block, an empty list) reads as one absent value. */
export function read(props: unknown, path: string): Reading[] {
    const found: Reading[] = [];
    const visit = (value: unknown, segments: readonly string[]): void => {
        if (isUnknown(value)) {
            found.push(UNKNOWN);
            return;
        }
        if (value === undefined || value === null) {
            found.push(ABSENT);
            return;
        }
        if (segments.length === 0) {
            found.push({ state: "known", value });
            return;
        }
        if (Array.isArray(value)) {
            for (const element of value) visit(element, segments);
            return;
        }
        if (typeof value !== "object") {
            found.push(ABSENT);
            return;
        }
        visit((value as Record<string, unknown>)[segments[0]], segments.slice(1));
    };
    visit(props, path.split("."));
    return found.length === 0 ? [ABSENT] : found;
}

/** The known strings at `path` (lists flattened), skipping unknown and absent values. */
export function readStrings(props: unknown, path: string): string[] {
    return read(props, path)
        .flatMap((r) => (r.state !== "known" ? [] : Array.isArray(r.value) ? r.value : [r.value]))
        .filter((v): v is string => typeof v === "string" && !isUnknown(v));
}

/** Whether any value at `path` is unknown (a list that contains an unknown counts). */
export function anyUnknown(props: unknown, path: string): boolean {
    return read(props, path).some((r) => r.state === "unknown" || (Array.isArray(r.value) && r.value.some(isUnknown)));
}

/** Strings compare case-insensitively; a boolean also matches its text ("True", "false"), as exports may carry it. */
function matches(value: unknown, on: readonly Scalar[]): boolean {
    return on.some((expected) =>
        typeof value === "string" && typeof expected !== "number"
            ? String(expected).toLowerCase() === value.toLowerCase()
            : expected === value || String(expected) === String(value),
    );
}

/** Whether a value counts as present: not absent, not an empty string, list or object. */
function present(value: unknown): boolean {
    if (value === undefined || value === null || value === "") return false;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === "object") return Object.keys(value as object).length > 0;
    return true;
}

export type SettingState = "on" | "off" | "unknown";

/** The state of a setting at each place its path reaches. */
export function settingStates(props: unknown, setting: Setting): { state: SettingState; value?: unknown }[] {
    const on = setting.on ?? [true];
    return read(props, setting.path).map((reading) => {
        if (reading.state === "unknown") return { state: "unknown" };
        if (reading.state === "absent") return { state: setting.absent ? "on" : "off" };
        const isOn = on.length === 0 ? present(reading.value) : matches(reading.value, on);
        return { state: isOn ? "on" : "off", value: reading.value };
    });
}

/** Whether a control's condition holds; an unknown value holds (fail closed). */
export function holds(props: unknown, when: When | undefined): boolean {
    if (!when) return true;
    const readings = read(props, when.path);
    if (readings.some((reading) => reading.state === "unknown" || (Array.isArray(reading.value) && reading.value.some(isUnknown))))
        return true;
    // A list at the end of the path holds when any of its values does.
    const found = readings.some(
        (reading) =>
            reading.state === "known" &&
            (when.on
                ? (Array.isArray(reading.value) ? reading.value : [reading.value]).some((v) => matches(v, when.on!))
                : present(reading.value)),
    );
    return when.not ? !found : found;
}

/** A value as a message shows it. */
export function shown(value: unknown): string {
    return typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}
