/** Redshift Data API: SQL statements a stack runs once against a warehouse. */
import type { StatementArgs } from "@pulumi/aws/redshiftdata/statement";
import { ownAccounts } from "../../lib/accounts";
import { storesOf } from "../../lib/stores";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { REDSHIFT_CLUSTER_TYPES } from "./redshift";
import { WORKGROUP_TYPES } from "./redshiftserverless";
import { BUCKET_TYPES } from "./s3";

/** `GRANT USAGE ON DATASHARE ... TO ACCOUNT '<id>'` and `UNLOAD (...) TO 's3://<bucket>/...'` move data out of the warehouse. */
function checkStatementTargets({ index, store, config, report }: StoreContext): void {
    const sql = store.res.props.sql;
    if (isUnknown(sql)) {
        if (store.isPii) report("sql is not known during preview, so where it sends data cannot be verified");
        return;
    }
    if (typeof sql !== "string") return;
    const own = ownAccounts(index, config);
    for (const match of sql.matchAll(/\bTO\s+ACCOUNT\s+'(\d{12})'/gi)) {
        if (!own.has(match[1]) && !config.shippingProviderAccountIds.includes(match[1]))
            report(`grants a datashare to account ${match[1]}, outside this stack`);
    }
    const buckets = storesOf(index).filter((s) => BUCKET_TYPES.includes(s.res.type));
    for (const match of sql.matchAll(/\bUNLOAD\s*\([\s\S]*?\)\s*TO\s+'s3:\/\/([^/']+)/gi)) {
        const name = match[1];
        if (!buckets.some((b) => [b.res.props.bucket, b.res.props.id, b.res.name].includes(name)))
            report(
                `unloads rows to s3://${name}, which is not a bucket of this stack, so its account, encryption and retention cannot be verified`,
            );
    }
}

export const redshiftdataStatement = entry<StatementArgs>()({
    types: ["aws:redshiftdata/statement:Statement"],
    holds: "an SQL statement run through the Data API (its text and parameters, kept in the stack's state; its result, kept by AWS)",
    tagging: "carrier",
    names: ["statementName"],
    sources: [
        { path: "clusterIdentifier", types: REDSHIFT_CLUSTER_TYPES },
        { path: "workgroupName", types: WORKGROUP_TYPES },
    ],
    atRest: { notOffered: "the Data API keeps statement results encrypted under an AWS key; no customer key can be chosen" },
    inTransit: { notOffered: "the Data API accepts HTTPS only" },
    retention: [{ what: "statement results", awsKeepsDays: 1 }],
    destinations: [
        { custom: checkStatementTargets, summary: "no datashare grant to an outside account and no UNLOAD to a bucket outside the stack" },
    ],
    notes: "The SQL text and parameter values are stored in the stack's state in plain text: literals of personal data do not belong there.",
});
