/** QLDB: ledgers (an immutable journal) and their journal streams. */
import type { LedgerArgs } from "@pulumi/aws/qldb/ledger";
import type { StreamArgs } from "@pulumi/aws/qldb/stream";
import { entry } from "../entry";
import { ownedKeyCheck } from "./docdb";

const LEDGER_TYPES = ["aws:qldb/ledger:Ledger"];

export const qldbLedger = entry<LedgerArgs>()({
    types: ["aws:qldb/ledger:Ledger"],
    holds: "documents and every revision of them in an immutable journal",
    tagging: "store",
    names: ["name"],
    atRest: [ownedKeyCheck("the ledger", "kmsKey", ["AWS_OWNED_KMS_KEY"], "an AWS-owned key")],
    inTransit: { notOffered: "QLDB's endpoints accept HTTPS only" },
    retention: [
        { what: "an immutable journal (QLDB keeps every revision of every document until the ledger is deleted)", neverExpires: true },
    ],
    notes: "The journal cannot be changed or truncated: a deleted document's history stays readable, so a PII ledger cannot meet the erasure bound. QLDB reached end of support on 31 July 2025.",
});

export const qldbStream = entry<StreamArgs>()({
    types: ["aws:qldb/stream:Stream"],
    holds: "every journal revision of a ledger, streamed to Kinesis",
    tagging: "copy",
    names: ["streamName"],
    sources: [{ path: "ledgerName", types: LEDGER_TYPES }],
    atRest: { notOffered: "records rest in the destination stream, judged with its own key" },
    inTransit: { notOffered: "streamed by QLDB inside AWS" },
    retention: { notOffered: "records live in the destination stream, judged as a copy" },
    destinations: [
        { what: "streams the journal to", store: true, path: "kinesisConfiguration.streamArn", types: ["aws:kinesis/stream:Stream"] },
    ],
});
