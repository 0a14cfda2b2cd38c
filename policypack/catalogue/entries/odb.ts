/** Oracle Database@AWS: Exadata VM clusters and Autonomous VM clusters (operated through Oracle Cloud Infrastructure). */
import type { CloudAutonomousVmClusterArgs } from "@pulumi/aws/odb/cloudAutonomousVmCluster";
import type { CloudVmClusterArgs } from "@pulumi/aws/odb/cloudVmCluster";
import { isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { read } from "../read";

const AT_REST = {
    notOffered:
        "Oracle TDE encrypts every database; its keys live in OCI Vault (or in AWS KMS through an IamRoleAssociation KmsTde), which these arguments do not name",
};
const IN_TRANSIT = {
    notOffered: "TLS for database connections is configured inside Oracle (listener and sqlnet settings), not in these arguments",
};
const RETENTION = { notOffered: "database backups and their retention are configured per database in OCI, outside these arguments" };
const NOTES =
    "Oracle operates these databases through OCI. Encryption keys, TLS and backups are set in Oracle, where the pack cannot see them.";

/** Incident logs (trace files that may quote data) go to Oracle, a third party, when enabled. */
function checkIncidentLogs({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    for (const reading of read(store.res.props, "dataCollectionOptions.isIncidentLogsEnabled")) {
        if (reading.state === "unknown" || isUnknown(reading.value))
            report("dataCollectionOptions.isIncidentLogsEnabled is not known during preview");
        else if (isTrue(reading.value))
            report(
                "sends incident logs (trace files that may quote personal data) to Oracle, outside AWS: set dataCollectionOptions.isIncidentLogsEnabled false",
            );
    }
}

export const odbCloudVmCluster = entry<CloudVmClusterArgs>()({
    types: ["aws:odb/cloudVmCluster:CloudVmCluster"],
    holds: "Oracle databases on Exadata",
    tagging: "store",
    names: ["displayName"],
    atRest: AT_REST,
    inTransit: IN_TRANSIT,
    retention: RETENTION,
    destinations: [{ custom: checkIncidentLogs, summary: "no incident logs to Oracle for personal data" }],
    notes: NOTES,
});

export const odbCloudAutonomousVmCluster = entry<CloudAutonomousVmClusterArgs>()({
    types: ["aws:odb/cloudAutonomousVmCluster:CloudAutonomousVmCluster"],
    holds: "Oracle Autonomous Databases",
    tagging: "store",
    names: ["displayName"],
    atRest: AT_REST,
    inTransit: {
        notOffered:
            "both a TLS listener (scanListenerPortTls) and a plain one (scanListenerPortNonTls) are opened; TLS-only access is configured in the databases",
    },
    retention: RETENTION,
    notes: NOTES,
});
