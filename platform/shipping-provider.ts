/**
 * The shipping provider, the one outside party that receives personal data (DP-3.1): which
 * objects of the labels bucket it reads, and the statement ids that name it in the bucket's and
 * the key's policies. These are this platform's; the library's components take them as arguments.
 */
import { ExternalReaders } from "../components";

/** The Sids of the provider's statements: the labels bucket's policy and its key's policy. */
export const SHIPPING_PROVIDER_STATEMENT_IDS = {
    readObjects: "ShippingProviderReadsLabels",
    decryptThroughS3: "ShippingProviderDecryptsThroughS3",
} as const;

/** The provider's accounts as readers of the labels bucket: label objects only; none when no account is configured. */
export function shippingProviderReaders(accountIds: readonly string[]): ExternalReaders | undefined {
    return accountIds.length > 0 ? { accountIds, prefix: "labels/", statementIds: SHIPPING_PROVIDER_STATEMENT_IDS } : undefined;
}
