/** Amazon Keyspaces (for Apache Cassandra): keyspaces (their replication) and tables. */
import type { KeyspaceArgs } from "@pulumi/aws/keyspaces/keyspace";
import type { TableArgs } from "@pulumi/aws/keyspaces/table";
import { customerKeyProblem } from "../../lib/encryption";
import { regionOf } from "../../lib/stack-index";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { holds, read, readStrings } from "../read";

const KEYSPACE_TYPES = ["aws:keyspaces/keyspace:Keyspace"];

/** A table is always encrypted; only type CUSTOMER_MANAGED_KMS_KEY with a key identifier is a customer-managed key. */
function checkTableKey({ index, config, store, report }: StoreContext): void {
    const props = store.res.props;
    for (const reading of read(props, "encryptionSpecification.type")) {
        if (reading.state === "unknown") {
            report("the table: encryptionSpecification.type is not known during preview, so its key cannot be verified");
        } else if (reading.state === "absent" || String(reading.value).toUpperCase() !== "CUSTOMER_MANAGED_KMS_KEY") {
            report(
                `the table: encryptionSpecification.type is ${reading.state === "absent" ? "not set (AWS_OWNED_KMS_KEY)" : JSON.stringify(reading.value)}, so the table is encrypted under an AWS-owned key: set CUSTOMER_MANAGED_KMS_KEY and a customer-managed kmsKeyIdentifier`,
            );
        } else {
            for (const key of read(props, "encryptionSpecification.kmsKeyIdentifier")) {
                const problem = customerKeyProblem(
                    key.state === "unknown" ? "04da6b54-80e4-46f7-96ec-b56ff0331ba9" : key.value,
                    "encryptionSpecification.kmsKeyIdentifier",
                    { index, config, res: store.res, path: "encryptionSpecification" },
                );
                if (problem) report(`the table: ${problem}`);
            }
        }
    }
}

/** A multi-Region keyspace lists its regions (its own among them); each other region must be allowed. */
function checkReplicationRegions({ index, store, config, report }: StoreContext): void {
    const props = store.res.props;
    if (!holds(props, { path: "replicationSpecification.replicationStrategy", on: ["MULTI_REGION"] })) return;
    if (read(props, "replicationSpecification.regionLists").some((r) => r.state === "unknown")) {
        report("replicates its tables to regions not known during preview");
        return;
    }
    const own = regionOf(index, store.res);
    for (const region of readStrings(props, "replicationSpecification.regionLists")) {
        if (region !== own && !config.allowedRegions.includes(region))
            report(`replicates its tables to region ${region}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`);
    }
}

export const keyspacesTable = entry<TableArgs>()({
    types: ["aws:keyspaces/table:Table"],
    holds: "rows of a Cassandra table",
    tagging: "store",
    names: ["tableName"],
    atRest: [
        {
            custom: checkTableKey,
            summary:
                "encryptionSpecification type CUSTOMER_MANAGED_KMS_KEY with a customer-managed kmsKeyIdentifier (default: AWS-owned key)",
        },
    ],
    inTransit: { notOffered: "Amazon Keyspaces accepts TLS connections only" },
    retention: [
        { what: "rows", period: "defaultTimeToLive", unit: "seconds", absent: "forever", zeroMeans: "forever" },
        {
            what: "point-in-time recovery copies (35 days, fixed)",
            awsKeepsDays: 35,
            when: { path: "pointInTimeRecovery.status", on: ["ENABLED"] },
        },
    ],
    destinations: [{ what: "stores its rows in the keyspace", store: true, path: "keyspaceName", types: KEYSPACE_TYPES }],
    notes: 'A default TTL (defaultTimeToLive) is the deletion mechanism: 0, the default, means rows never expire. Expired rows are hidden at once but deleted from storage "typically within 10 days": a PII table needs a scheduled purge to close that gap.',
});

export const keyspacesKeyspace = entry<KeyspaceArgs>()({
    types: ["aws:keyspaces/keyspace:Keyspace"],
    holds: "the tables of a keyspace, replicated to its regions when multi-Region",
    tagging: "copy",
    names: ["name"],
    atRest: { notOffered: "each table is encrypted under its own key, judged on the table" },
    inTransit: { notOffered: "Amazon Keyspaces accepts TLS connections only" },
    retention: { notOffered: "retention is each table's" },
    destinations: [
        { custom: checkReplicationRegions, summary: "replicationSpecification.regionLists within allowedRegions (MULTI_REGION)" },
    ],
    notes: "Its classification comes from the tables stored in it; a keyspace without tables in the stack must carry the contract tags.",
});
