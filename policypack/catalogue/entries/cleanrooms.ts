/**
 * Clean Rooms: collaborations (other accounts run analyses over the tables members contribute),
 * configured tables (the columns of a Glue table offered), and memberships (where results go).
 */
import type { CollaborationArgs } from "@pulumi/aws/cleanrooms/collaboration";
import type { ConfiguredTableArgs } from "@pulumi/aws/cleanrooms/configuredTable";
import type { MembershipArgs } from "@pulumi/aws/cleanrooms/membership";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { entry } from "../entry";
import { GLUE_DATABASE_TYPES, GLUE_TABLE_TYPES } from "./glue";

const INSIDE_AWS = { notOffered: "Clean Rooms queries members' tables inside AWS over TLS" };

export const cleanroomsCollaboration = entry<CollaborationArgs>()({
    types: ["aws:cleanrooms/collaboration:Collaboration"],
    holds: "analyses that members in other accounts run over the tables contributed to it",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "tables stay in their members' accounts; c3r client-side encryption (dataEncryptionMetadata) is optional" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "results are kept where members' memberships write them" },
    destinations: [{ what: "invites", account: "members.accountId" }],
});

export const cleanroomsConfiguredTable = entry<ConfiguredTableArgs>()({
    types: ["aws:cleanrooms/configuredTable:ConfiguredTable"],
    holds: "the columns of a Glue table offered to collaborations",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "tableReference.tableName", types: GLUE_TABLE_TYPES },
        { path: "tableReference.databaseName", types: GLUE_DATABASE_TYPES },
    ],
    atRest: { notOffered: "the rows stay in the table's store" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "a configured table keeps no rows" },
    notes: "Which collaboration may query it is set by a configured table association (not in the provider); the collaboration's members are judged on cleanrooms.Collaboration.",
});

export const cleanroomsMembership = entry<MembershipArgs>()({
    types: ["aws:cleanrooms/membership:Membership"],
    holds: "results of the collaboration's queries (rows derived from every member's tables)",
    tagging: "carrier",
    sources: [{ path: "collaborationId", types: ["aws:cleanrooms/collaboration:Collaboration"] }],
    atRest: { notOffered: "results are encrypted by their bucket" },
    inTransit: INSIDE_AWS,
    retention: { notOffered: "results live in the bucket, judged there; query logs go to a log group Clean Rooms creates" },
    destinations: [
        {
            what: "writes query results to",
            store: true,
            path: "defaultResultConfiguration.outputConfiguration.s3.bucket",
            types: BUCKET_TYPES,
        },
    ],
});
