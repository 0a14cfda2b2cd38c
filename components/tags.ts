import { Classification, TAG, formatTagList } from "../policypack/contract";
import { DataStoreClassification } from "./validation";

/** The tags of the classification contract for a data store, after the caller's extra tags. */
export function dataStoreTags(store: DataStoreClassification): Record<string, string> {
    const tags: Record<string, string> = {
        ...store.extraTags,
        [TAG.classification]: store.classification,
        [TAG.retentionDays]: String(store.retentionDays),
        [TAG.owner]: store.owner,
    };
    if (store.classification === "pii") {
        tags[TAG.piiCategories] = formatTagList(store.piiCategories);
        tags[TAG.piiPurpose] = formatTagList(store.purposes);
    }
    return tags;
}

/** Tags for a store's supporting resources (keys, log groups, policies): owner and extras only. */
export function supportingTags(store: Pick<DataStoreClassification, "owner" | "extraTags">): Record<string, string> {
    return { ...store.extraTags, [TAG.owner]: store.owner };
}

/**
 * Tags for a store that holds no personal data (logs of counts, alerts, credentials): the
 * classification contract says what it holds, so the policy pack does not treat it as pii.
 */
export function nonPersonalStoreTags(
    store: Pick<DataStoreClassification, "owner" | "extraTags">,
    classification: Exclude<Classification, "pii">,
    retentionDays: number,
): Record<string, string> {
    return { ...supportingTags(store), [TAG.classification]: classification, [TAG.retentionDays]: String(retentionDays) };
}
