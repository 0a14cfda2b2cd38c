/** What a custom check of a catalogue entry is given: the stack, the store, the config and a reporter. */
import type { PackConfig } from "../lib/config";
import type { Res, StackIndex } from "../lib/stack-index";
import type { Store } from "../lib/stores";

export interface StoreContext {
    readonly index: StackIndex;
    readonly store: Store;
    readonly config: PackConfig;
    /** The days within which every copy of this store's data must be gone (PII stores), or undefined. */
    readonly retentionLimitDays: number | undefined;
    /** Reports a finding of the calling policy, on the store's resource unless `at` names another. */
    report(message: string, at?: Res): void;
}
