import { forEachStore } from "../../../lib/datastore-policy";
import { definePolicy } from "../../../lib/define";
import { judgeAspect, judgeKey } from "../../../lib/judge";

export const datastoreEncryptionRequireCustomerKey = definePolicy({
    name: "datastore-encryption-require-customer-key",
    description:
        "Every data store and copy in the catalogue (buckets, tables, databases, file systems, volumes, caches, search domains, streams, queues, topics, logs, parameters, secrets, snapshots, backups ...), whatever its classification, is encrypted at rest under a customer-managed KMS key wherever its service offers one: encryption switched on, and a key that is neither absent (an AWS-owned or AWS-managed key) nor an aws/... alias. A key ARN unknown during preview is a key created in the stack and is accepted; an unknown encryption switch is not.",
    clauses: ["DP-2.1", "DP-2.3", "DP-6.1"],
    severity: "critical",
    remediationSteps:
        "Turn on the store's encryption at rest and name a customer-managed aws.kms.Key (DataKey) in its key argument; the catalogue table in policypack/README.md names the argument for each resource type.",
    judges: { stores: "all" },
    check(policy) {
        forEachStore(policy, (context, entry) => judgeAspect(context, entry.atRest, (control) => judgeKey(context, control)));
    },
});
