/**
 * The loop every generic data-store policy runs: each catalogued store judged on its own (a
 * side resource whose source is in the stack is judged with that source, and its findings are
 * reported on the source), with one aspect of its entry.
 */
import { StoreContext } from "../catalogue/context";
import { CatalogueEntry } from "../catalogue/entry";
import { PolicyContext } from "./define";
import { judgedHere, storeContext } from "./judge";
import { Store, sidesOf, storesOf } from "./stores";

/** Calls `judge` for every store and side, with a context whose reports land on the store judged here. */
export function forEachStore(policy: PolicyContext, judge: (context: StoreContext, entry: CatalogueEntry) => void): void {
    const { index, config, report } = policy;
    for (const store of storesOf(index).filter(judgedHere)) {
        judge(storeContext({ index, config }, store, report), store.entry);
        for (const side of sidesOf(index, store)) {
            const context = storeContext({ index, config }, side, report);
            judge(
                { ...context, retentionLimitDays: context.retentionLimitDays, report: (message, at) => report(at ?? store.res, message) },
                side.entry,
            );
        }
    }
}

export type { Store };
