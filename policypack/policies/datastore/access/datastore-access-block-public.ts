import { forEachStore } from "../../../lib/datastore-policy";
import { definePolicy } from "../../../lib/define";
import { judgeAspect, judgeExposure } from "../../../lib/judge";

export const datastoreAccessBlockPublic = definePolicy({
    name: "datastore-access-block-public",
    description:
        'No data store is open to the internet or to everyone: no public flag (publicly accessible databases, warehouses, brokers, notebooks with direct internet access, public endpoints), no security group admitting 0.0.0.0/0 or ::/0, no resource policy with Principal "*" (or NotPrincipal) without a condition tying it to an account, no public ACL, a public access block on every bucket, and no personal data in plaintext settings (user data, environment variables) of a PII resource.',
    clauses: ["DP-2.2"],
    severity: "critical",
    remediationSteps:
        'Turn the public flag off, keep the store in private subnets behind security groups that admit only the application\'s groups, tie Principal "*" to this account with aws:SourceAccount or aws:PrincipalAccount, block public access, and pass personal data through an encrypted secret instead of plaintext settings.',
    judges: { stores: "all" },
    check(policy) {
        forEachStore(policy, (context, entry) => judgeAspect(context, entry.exposure, (control) => judgeExposure(context, control)));
    },
});
