/** The summary of an audit of a whole backend: stacks, PII stores, violations by clause. */
import { Report } from "./report";

export const FLEET_SCHEMA = "dpcheck-fleet/1";

export interface FleetSummary {
    readonly schema: typeof FLEET_SCHEMA;
    /** The backends audited (folders). */
    readonly backends: string[];
    /** Stacks checked (with resources). */
    readonly stacks: number;
    /** Stacks with no resources: nothing to check. */
    readonly emptyStacks: string[];
    /** Stores classified pii or judged pii (copies of personal data), over every stack. */
    readonly piiStores: number;
    readonly violations: { readonly mandatory: number; readonly advisory: number };
    /** Mandatory violations by clause, over every stack. */
    readonly mandatoryByClause: Record<string, number>;
    /** Stacks with a mandatory violation, as project/stack. */
    readonly failingStacks: string[];
}

export function summariseFleet(backends: readonly string[], reports: readonly Report[], emptyStacks: readonly string[]): FleetSummary {
    const byClause: Record<string, number> = {};
    for (const violation of reports.flatMap((r) => r.violations).filter((v) => v.enforcementLevel === "mandatory")) {
        for (const clause of violation.clauses) byClause[clause] = (byClause[clause] ?? 0) + 1;
    }
    return {
        schema: FLEET_SCHEMA,
        backends: [...backends],
        stacks: reports.length,
        emptyStacks: [...emptyStacks],
        // Declared pii, or judged pii as a copy of personal data ("pii (a copy of …)").
        piiStores: reports.flatMap((r) => r.inventory).filter((e) => e.classification.startsWith("pii")).length,
        violations: {
            mandatory: reports.reduce((n, r) => n + r.summary.mandatory, 0),
            advisory: reports.reduce((n, r) => n + r.summary.advisory, 0),
        },
        mandatoryByClause: Object.fromEntries(
            Object.entries(byClause).sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true })),
        ),
        failingStacks: reports.filter((r) => r.summary.mandatory > 0).map((r) => `${r.source.project}/${r.source.stack}`),
    };
}

/** The fleet summary as lines of text (and, escaped by the caller, Markdown). */
export function fleetLines(fleet: FleetSummary): string[] {
    const clauses =
        Object.entries(fleet.mandatoryByClause)
            .map(([clause, n]) => `${clause} ${n}`)
            .join(", ") || "none";
    return [
        `fleet: ${fleet.stacks} stacks checked in ${fleet.backends.join(", ")}${fleet.emptyStacks.length > 0 ? `; ${fleet.emptyStacks.length} with no resources (nothing to check): ${fleet.emptyStacks.join(", ")}` : ""}`,
        `PII stores: ${fleet.piiStores}; violations: ${fleet.violations.mandatory} mandatory, ${fleet.violations.advisory} advisory`,
        `mandatory violations by clause: ${clauses}`,
        `stacks with mandatory violations: ${fleet.failingStacks.join(", ") || "none"}`,
    ];
}
