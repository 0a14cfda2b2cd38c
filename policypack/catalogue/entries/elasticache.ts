/** ElastiCache: replication groups, cache clusters, serverless caches, global datastores, and the RBAC users that open them. */
import type { ClusterArgs } from "@pulumi/aws/elasticache/cluster";
import type { GlobalReplicationGroupArgs } from "@pulumi/aws/elasticache/globalReplicationGroup";
import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache/replicationGroup";
import type { ServerlessCacheArgs } from "@pulumi/aws/elasticache/serverlessCache";
import type { UserArgs } from "@pulumi/aws/elasticache/user";
import type { UserGroupArgs } from "@pulumi/aws/elasticache/userGroup";
import type { UserGroupAssociationArgs } from "@pulumi/aws/elasticache/userGroupAssociation";
import { judgeKey } from "../../lib/judge";
import { asList, isTrue, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { holds } from "../read";
import { BUCKET_TYPES } from "./s3";

export const REPLICATION_GROUP_TYPES = ["aws:elasticache/replicationGroup:ReplicationGroup"];
const GLOBAL_REPLICATION_GROUP_TYPES = ["aws:elasticache/globalReplicationGroup:GlobalReplicationGroup"];

const present = (value: unknown) => value !== undefined && value !== null && value !== "";

/** Without AUTH or an RBAC user group, any client that reaches the port reads and writes every key. */
function checkAuthentication(paths: readonly string[]) {
    return ({ store, report }: StoreContext): void => {
        const props = store.res.props;
        if (holds(props, SECONDARY)) return; // a Global Datastore secondary: the primary's authentication is judged
        const values = paths.flatMap((path) => asList(props[path]));
        if (values.some(isUnknown) || values.some(present)) return; // a token or group created in the stack
        report(
            `requires no authentication: ${paths.length === 1 ? `${paths[0]} is not set` : `none of ${paths.join(", ")} is set`}, so any client that reaches its port reads and writes every key`,
        );
    };
}

/** A standalone cache cluster (no replication group) has no at-rest encryption at all. */
function checkStandaloneEncryption({ store, report }: StoreContext): void {
    if (!holds(store.res.props, { path: "replicationGroupId", not: true })) return;
    report(
        "cached data is not encrypted: a standalone cache cluster cannot be encrypted at rest (CreateCacheCluster has no at-rest encryption); use a replication group with atRestEncryptionEnabled and kmsKeyId, or a serverless cache",
    );
}

const NOT_MEMBER = { path: "replicationGroupId", not: true } as const;
/** A secondary of a Global Datastore inherits engine, encryption and TLS settings from its primary. */
const SECONDARY = { path: "globalReplicationGroupId" } as const;
const PRIMARY = { ...SECONDARY, not: true } as const;

/** The at-rest switch defaults by engine (on for Valkey, off for Redis OSS); a secondary inherits it from the primary. */
function checkPrimaryEncryption(context: StoreContext): void {
    const props = context.store.res.props;
    if (!holds(props, PRIMARY)) return;
    const valkey = holds(props, { path: "engine", on: ["valkey"] });
    judgeKey(context, {
        what: "cached data",
        enabled: {
            path: "atRestEncryptionEnabled",
            absent: valkey,
            absentMeans: valkey ? "on for Valkey" : "unencrypted, the default for Redis OSS",
        },
        key: "kmsKeyId",
        keyAbsentMeans: "the ElastiCache service-managed key",
    });
}

export const elasticacheReplicationGroup = entry<ReplicationGroupArgs>()({
    types: ["aws:elasticache/replicationGroup:ReplicationGroup"],
    holds: "cached records (Redis OSS / Valkey keys and values)",
    tagging: "store",
    names: ["replicationGroupId"],
    sources: [
        { path: "globalReplicationGroupId", types: GLOBAL_REPLICATION_GROUP_TYPES },
        { path: "snapshotArns", types: BUCKET_TYPES },
    ],
    atRest: [
        {
            custom: checkPrimaryEncryption,
            summary: "atRestEncryptionEnabled (Valkey: on by default; Redis OSS: off) with a customer-managed kmsKeyId",
        },
        { what: "cached data", when: SECONDARY, key: "kmsKeyId", keyAbsentMeans: "the ElastiCache service-managed key of its region" },
    ],
    inTransit: [
        {
            what: "client connections",
            when: PRIMARY,
            setting: { path: "transitEncryptionEnabled", absent: false, absentMeans: "plain-text connections" },
        },
        {
            what: "client connections",
            when: { path: "transitEncryptionEnabled", on: [true] },
            setting: { path: "transitEncryptionMode", on: ["required"], absent: true, absentMeans: "required" },
        },
    ],
    exposure: [
        { what: "the replication group", securityGroups: "securityGroupIds" },
        {
            custom: checkAuthentication(["authToken", "authTokenWo", "authTokenWoVersion", "userGroupIds"]),
            summary: "AUTH token or RBAC user group set",
        },
    ],
    retention: [
        { what: "automatic snapshots", period: "snapshotRetentionLimit", unit: "days", absent: 0 },
        { what: "a final snapshot", keepsForever: { path: "finalSnapshotIdentifier", on: [], absent: false } },
    ],
    destinations: [
        { what: "joins the global datastore", store: true, path: "globalReplicationGroupId", types: GLOBAL_REPLICATION_GROUP_TYPES },
    ],
    notes: 'Slow and engine logs (logDeliveryConfigurations) carry command names with their arguments elided, not cached values. transitEncryptionMode "preferred" still admits plain-text clients.',
});

export const elasticacheCluster = entry<ClusterArgs>()({
    types: ["aws:elasticache/cluster:Cluster"],
    holds: "cached records (Memcached, or a member of a Redis OSS replication group)",
    tagging: "copy",
    names: ["clusterId"],
    sources: [
        { path: "replicationGroupId", types: REPLICATION_GROUP_TYPES },
        { path: "snapshotArns", types: BUCKET_TYPES },
    ],
    atRest: [
        {
            custom: checkStandaloneEncryption,
            summary: "only as a member of a replication group (standalone clusters cannot be encrypted at rest)",
        },
    ],
    inTransit: [
        {
            what: "client connections",
            when: NOT_MEMBER,
            setting: { path: "transitEncryptionEnabled", absent: false, absentMeans: "plain-text connections" },
        },
    ],
    exposure: [{ what: "the cache cluster", when: NOT_MEMBER, securityGroups: "securityGroupIds" }],
    retention: [
        { what: "automatic snapshots", when: NOT_MEMBER, period: "snapshotRetentionLimit", unit: "days", absent: 0 },
        { what: "a final snapshot", when: NOT_MEMBER, keepsForever: { path: "finalSnapshotIdentifier", on: [], absent: false } },
    ],
    notes: "A member of a replication group (replicationGroupId) has the group's encryption, TLS, security groups and snapshots. A standalone cluster has no source and must carry the contract tags itself.",
});

export const elasticacheServerlessCache = entry<ServerlessCacheArgs>()({
    types: ["aws:elasticache/serverlessCache:ServerlessCache"],
    holds: "cached records",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "cached data", key: "kmsKeyId", keyAbsentMeans: "ElastiCache's default service key" }],
    inTransit: { notOffered: "serverless caches accept TLS connections only" },
    exposure: [
        { what: "the serverless cache", securityGroups: "securityGroupIds" },
        {
            custom: (context) => {
                if (holds(context.store.res.props, { path: "engine", on: ["memcached"], not: true }))
                    checkAuthentication(["userGroupId"])(context);
            },
            summary: "an RBAC user group on Redis OSS / Valkey",
        },
    ],
    retention: [{ what: "daily snapshots", period: "snapshotRetentionLimit", unit: "days", absent: 0 }],
});

export const elasticacheGlobalReplicationGroup = entry<GlobalReplicationGroupArgs>()({
    types: ["aws:elasticache/globalReplicationGroup:GlobalReplicationGroup"],
    holds: "a replication group replicated to the regions of its secondary groups (Global Datastore)",
    tagging: "copy",
    names: ["globalReplicationGroupIdSuffix"],
    sources: [{ path: "primaryReplicationGroupId", types: REPLICATION_GROUP_TYPES }],
    atRest: { notOffered: "encryption at rest is each member replication group's, judged there" },
    inTransit: { notOffered: "TLS is each member replication group's setting, judged there" },
    retention: { notOffered: "snapshots are its member replication groups'" },
    notes: "A secondary replication group joins from its own region (globalReplicationGroupId) and is judged there for that region.",
});

/** The built-in `default` user has no password and may run every command on every key. */
const BUILT_IN_DEFAULT_USER = "default";

function checkPasswordlessUser({ store, report }: StoreContext): void {
    const props = store.res.props;
    const passwordless =
        isTrue(props.noPasswordRequired) || asList(props.authenticationMode).some((mode) => mode?.type === "no-password-required");
    const access = props.accessString;
    if (isUnknown(access) || isUnknown(props.noPasswordRequired)) {
        report("noPasswordRequired or accessString is not known during preview, so password-less access cannot be ruled out");
        return;
    }
    if (passwordless && typeof access === "string" && /(^|\s)on(\s|$)/.test(access))
        report(
            `needs no password and is enabled (accessString ${JSON.stringify(access)}): any client that reaches the cache can act as this user`,
        );
}

function checkDefaultUserIn(path: string) {
    return ({ store, report }: StoreContext): void => {
        const ids = asList(store.res.props[path]);
        if (ids.some((id) => id === BUILT_IN_DEFAULT_USER))
            report(
                `${path} names the built-in "default" user, which needs no password and may run every command: create a default user with a password or an "off" access string`,
            );
    };
}

const NOTHING_STORED = { notOffered: "a user stores no cached data" };

export const elasticacheUser = entry<UserArgs>()({
    types: ["aws:elasticache/user:User"],
    holds: "an RBAC user of a cache (who may read which keys)",
    tagging: "carrier",
    names: ["userId"],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ custom: checkPasswordlessUser, summary: "no enabled user without a password" }],
    retention: NOTHING_STORED,
});

export const elasticacheUserGroup = entry<UserGroupArgs>()({
    types: ["aws:elasticache/userGroup:UserGroup"],
    holds: "the RBAC users admitted to a cache",
    tagging: "carrier",
    names: ["userGroupId"],
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ custom: checkDefaultUserIn("userIds"), summary: "not the built-in password-less default user" }],
    retention: NOTHING_STORED,
});

export const elasticacheUserGroupAssociation = entry<UserGroupAssociationArgs>()({
    types: ["aws:elasticache/userGroupAssociation:UserGroupAssociation"],
    holds: "an RBAC user admitted to a cache",
    tagging: "carrier",
    atRest: NOTHING_STORED,
    inTransit: NOTHING_STORED,
    exposure: [{ custom: checkDefaultUserIn("userId"), summary: "not the built-in password-less default user" }],
    retention: NOTHING_STORED,
});
