/** S3 Glacier: vaults of archives, and vault locks that forbid deleting archives. */
import type { VaultArgs } from "@pulumi/aws/glacier/vault";
import type { VaultLockArgs } from "@pulumi/aws/glacier/vaultLock";
import { actionMatches, parsePolicyDocument } from "../../lib/policy-document";
import { isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const VAULT_TYPES = ["aws:glacier/vault:Vault"];

export const glacierVault = entry<VaultArgs>()({
    types: ["aws:glacier/vault:Vault"],
    holds: "archives",
    tagging: "store",
    names: ["name"],
    atRest: [
        {
            what: "archives",
            customerKeyNotOffered: "Glacier encrypts every archive (AES-256) under keys it manages; vaults offer no customer-managed key",
        },
    ],
    inTransit: {
        notOffered: "Glacier's API takes HTTPS; a vault access policy may deny aws:SecureTransport false, which the pack does not require",
    },
    exposure: [{ what: "its vault access policy", policyDocument: "accessPolicy" }],
    retention: {
        notOffered:
            "a vault has no expiration: archives live until the application deletes them (deleting within 90 days is charged, not refused); a vault lock may forbid it, judged on VaultLock",
    },
    notes: "Vault notifications carry job events, not archive contents.",
});

/**
 * Days a lock keeps archives: a Deny of glacier:DeleteArchive while glacier:ArchiveAgeInDays is below N; without that
 * condition, forever.
 */
function checkLockedArchives({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const { policy, completeLock } = store.res.props;
    const parsed = parsePolicyDocument(policy);
    if (parsed.kind === "unknown" || isUnknown(completeLock)) {
        report("the vault lock policy is not known during preview, so how long it keeps archives cannot be verified");
        return;
    }
    if (parsed.kind !== "parsed") {
        if (parsed.kind === "invalid") report(`the vault lock policy cannot be parsed: ${parsed.reason}`);
        return;
    }
    const testing = !isTrue(completeLock) ? " (in test mode for 24 hours, then permanent once completed)" : "";
    for (const statement of parsed.statements) {
        if (
            statement.effect !== "Deny" ||
            statement.notAction ||
            !statement.actions.some((a) => actionMatches(a.toLowerCase(), "glacier:deletearchive"))
        )
            continue;
        const age = statement.conditions.find(
            (c) => c.key === "glacier:archiveageindays" && /^Numeric(LessThan|LessThanEquals)$/.test(c.operator),
        );
        const days = age ? Math.max(...age.values.map(Number)) : Infinity;
        if (!Number.isFinite(days))
            report(
                `the vault lock denies glacier:DeleteArchive with no glacier:ArchiveAgeInDays bound: archives of personal data can never be erased${testing}`,
            );
        else if (days > limit)
            report(
                `the vault lock keeps every archive ${days} days (glacier:DeleteArchive denied while glacier:ArchiveAgeInDays is below ${days}), more than the ${limit}-day retention of personal data${testing}`,
            );
    }
}

export const glacierVaultLock = entry<VaultLockArgs>()({
    types: ["aws:glacier/vaultLock:VaultLock"],
    holds: "a write-once rule over a vault's archives",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "vaultName", types: VAULT_TYPES }],
    atRest: { notOffered: "a lock holds no data" },
    inTransit: { notOffered: "a lock holds no data" },
    exposure: [{ what: "its vault lock policy", policyDocument: "policy" }],
    retention: [
        {
            custom: checkLockedArchives,
            summary: "a Deny of glacier:DeleteArchive only while glacier:ArchiveAgeInDays is within the retention",
        },
    ],
});
