import { forEachStore } from "../../../lib/datastore-policy";
import { definePolicy } from "../../../lib/define";
import { judgeAspect, judgeTls } from "../../../lib/judge";

export const datastoreTransitRequireTls = definePolicy({
    name: "datastore-transit-require-tls",
    description:
        "Every data store in the catalogue requires encryption in transit through its service's TLS setting: a bucket policy denying plain HTTP and TLS older than 1.2, an RDS or Redshift parameter group forcing TLS, ElastiCache and MemoryDB transit encryption, OpenSearch HTTPS and node-to-node encryption, MSK TLS between clients and brokers, DMS endpoints with SSL, subscriptions and deliveries over HTTPS. An unknown setting cannot be verified and is a violation.",
    clauses: ["DP-2.3", "DP-6.1"],
    severity: "high",
    remediationSteps:
        "Switch on the store's TLS setting named in the violation (the catalogue table in policypack/README.md lists it for each resource type).",
    judges: { stores: "all" },
    check(policy) {
        forEachStore(policy, (context, entry) => judgeAspect(context, entry.inTransit, (control) => judgeTls(context, control)));
    },
});
