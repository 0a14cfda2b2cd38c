import { ownAccounts } from "../../../lib/accounts";
import { definePolicy } from "../../../lib/define";
import { parsePolicyDocument, principalAccount } from "../../../lib/policy-document";
import { bucketPolicyDocuments, replicationDestinations } from "../../../lib/s3";
import { outsideAccess } from "../../../lib/sharing";
import { BUCKET_TYPES, regionOf } from "../../../lib/stack-index";
import { isUnknown } from "../../../lib/values";

/** What the shipping provider may do with PII: read the label objects, nothing else. */
const PROVIDER_ACTIONS = ["s3:GetObject", "s3:GetObjectVersion"];

export const s3BucketRestrictSharing = definePolicy({
    name: "s3-bucket-restrict-sharing",
    description: "A bucket's policy lets in no one outside this stack's account except the configured shipping-provider accounts, and those may only read objects (s3:GetObject) of a PII bucket. Principal \"*\" needs a condition tying it to allowed accounts. Replication may not copy data to another account, nor to a region outside allowedRegions.",
    clauses: ["DP-3.1", "DP-3.2", "DP-2.2"],
    severity: "critical",
    remediationSteps: "Remove the outside principal, or add the shipping provider's account to shippingProviderAccountIds and grant it s3:GetObject only. Replicate only to buckets of this account.",
    config: ["shippingProviderAccountIds", "allowedRegions"],
    check({ index, config, report }) {
        const own = ownAccounts(index);
        const bucketsByName = index.memo("buckets-by-name", () => new Map(index.ofTypes(BUCKET_TYPES).map((b) => [b.props.bucket, b])));
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            const isPii = index.store(bucket.urn)?.isPii ?? true;
            for (const { document } of bucketPolicyDocuments(index, bucket)) {
                const parsed = parsePolicyDocument(document);
                if (parsed.kind === "invalid") report(bucket, `its bucket policy cannot be parsed: ${parsed.reason}`);
                if (parsed.kind !== "parsed") continue;
                for (const finding of outsideAccess(parsed.statements, own, config)) report(bucket, `its bucket policy: ${finding.message}`);
                if (!isPii) continue;
                for (const statement of parsed.statements.filter((s) => s.effect === "Allow")) {
                    const providers = (statement.principals ?? []).map(principalAccount).filter((a): a is string => a !== undefined && config.shippingProviderAccountIds.includes(a) && !own.has(a));
                    if (providers.length === 0) continue;
                    const wider = statement.notAction || statement.actions.some((action) => !PROVIDER_ACTIONS.some((allowed) => allowed.toLowerCase() === action.toLowerCase()));
                    if (wider) report(bucket, `the shipping provider (${providers.join(", ")}) may only read objects (s3:GetObject), but is granted ${statement.actions.join(", ")}`);
                }
            }
            for (const destination of replicationDestinations(index, bucket)) {
                const account = typeof destination.account === "string" ? destination.account : undefined;
                if (isUnknown(destination.account)) report(bucket, "replicates to an account not known during preview");
                else if (account && !own.has(account)) report(bucket, `replicates to account ${account}, outside this stack`);
                const target = typeof destination.bucket === "string" ? bucketsByName.get(destination.bucket.replace(/^arn:[^:]+:s3:::/, "")) : undefined;
                const [from, to] = target ? [regionOf(index, bucket), regionOf(index, target)] : [undefined, undefined];
                if (to !== undefined && to !== from && !config.allowedRegions.includes(to)) report(bucket, `replicates to region ${to}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
            }
        }
    },
});
