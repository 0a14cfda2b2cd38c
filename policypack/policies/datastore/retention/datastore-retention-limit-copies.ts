import { forEachStore } from "../../../lib/datastore-policy";
import { definePolicy } from "../../../lib/define";
import { judgeAspect, judgeRetention } from "../../../lib/judge";

export const datastoreRetentionLimitCopies = definePolicy({
    name: "datastore-retention-limit-copies",
    description:
        "Every copy of personal data is erased within the store's retention-days and maxPiiRetentionDays: lifecycle expiration (plus S3's lag and noncurrent versions), message, stream and log retention, point-in-time recovery windows, automated backups and snapshots, event archives and backup rules; no final or manual snapshot (they never expire), deletion mechanisms (TTL) on, and no PII in a service that keeps copies longer whatever its settings. Log groups and other stores that need a retention have one, whatever their classification. A copy (snapshot, export, replica, log, forwarding) is judged with the classification and retention of its source.",
    clauses: ["DP-5.1", "DP-5.2", "DP-5.3", "DP-5.4"],
    severity: "critical",
    remediationSteps:
        "Set the retention named in the violation to at most the store's retention (3 days for personal data), skip final snapshots, delete manual snapshots, and keep personal data out of services that retain copies longer.",
    judges: { stores: "all" },
    config: ["maxPiiRetentionDays"],
    check(policy) {
        forEachStore(policy, (context, entry) => judgeAspect(context, entry.retention, (control) => judgeRetention(context, control)));
    },
});
