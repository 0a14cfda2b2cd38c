/**
 * What a policy judges, as data: the stores (all, or those holding personal data), resources of
 * given types, or every resource. A report counts, for each clause, the resources its enabled
 * policies judged, rather than the whole stack.
 */
import { Res, StackIndex } from "./stack-index";
import { storesOf } from "./stores";

export interface JudgedScope {
    /** The catalogued data stores (and their side resources): all of them, or those judged as PII. */
    readonly stores?: "all" | "pii";
    /** Resources of these types. */
    readonly types?: readonly string[];
    /** Every resource of the stack (tag and catalogue checks). */
    readonly everything?: true;
}

/** The resources a policy of this scope judges in the stack, each once. */
export function judgedResources(index: StackIndex, scope: JudgedScope): Res[] {
    if (scope.everything) return index.all;
    const judged = new Set<Res>();
    if (scope.stores) for (const store of storesOf(index)) if (scope.stores === "all" || store.isPii) judged.add(store.res);
    for (const res of index.ofTypes(scope.types ?? [])) judged.add(res);
    return [...judged];
}
