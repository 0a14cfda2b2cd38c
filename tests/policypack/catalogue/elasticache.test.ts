import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";
const CLUSTER = "aws:elasticache/cluster:Cluster";
const SERVERLESS = "aws:elasticache/serverlessCache:ServerlessCache";
const GLOBAL = "aws:elasticache/globalReplicationGroup:GlobalReplicationGroup";
const USER = "aws:elasticache/user:User";
const USER_GROUP = "aws:elasticache/userGroup:UserGroup";
const ASSOCIATION = "aws:elasticache/userGroupAssociation:UserGroupAssociation";

const caches = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: RG,
            name: "sessions",
            props: {
                replicationGroupId: "sessions",
                description: "sessions",
                engine: "redis",
                atRestEncryptionEnabled: true,
                kmsKeyId: KEY_ARN,
                transitEncryptionEnabled: true,
                userGroupIds: ["app-users"],
                securityGroupIds: ["sg-cache"],
                snapshotRetentionLimit: 1,
                region: "eu-west-1",
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyId: ["data-key"], userGroupIds: ["app-users"] },
        },
        {
            type: CLUSTER,
            name: "sessions-replica",
            props: { clusterId: "sessions-replica", replicationGroupId: "sessions" },
            propertyDependencies: { replicationGroupId: ["sessions"] },
        },
        {
            type: SERVERLESS,
            name: "quotes",
            props: {
                name: "quotes",
                engine: "valkey",
                kmsKeyId: KEY_ARN,
                securityGroupIds: ["sg-cache"],
                subnetIds: ["subnet-1"],
                userGroupId: "app-users",
                snapshotRetentionLimit: 1,
                tags: PII_TAGS,
            },
            propertyDependencies: { userGroupId: ["app-users"] },
        },
        {
            type: USER,
            name: "app-default",
            props: { userId: "app-default", userName: "default", engine: "redis", accessString: "off -@all", noPasswordRequired: true },
        },
        {
            type: USER,
            name: "app",
            props: {
                userId: "app",
                userName: "app",
                engine: "redis",
                accessString: "on ~session:* +@read +@write",
                authenticationMode: { type: "password", passwords: ["secret-password-123"] },
            },
        },
        { type: USER_GROUP, name: "app-users", props: { userGroupId: "app-users", engine: "redis", userIds: ["app-default", "app"] } },
    ]);

const secondary = (region: string): ResourceSpec[] => [
    {
        type: GLOBAL,
        name: "sessions-global",
        props: { globalReplicationGroupIdSuffix: "sessions", primaryReplicationGroupId: "sessions", region: "eu-west-1" },
        propertyDependencies: { primaryReplicationGroupId: ["sessions"] },
    },
    {
        type: RG,
        name: "sessions-dr",
        props: {
            replicationGroupId: "sessions-dr",
            description: "dr",
            globalReplicationGroupId: "ldgnf-sessions",
            kmsKeyId: KEY_ARN,
            securityGroupIds: ["sg-dr"],
            region,
            tags: PII_TAGS,
        },
        propertyDependencies: { globalReplicationGroupId: ["sessions-global"] },
    },
];

const standalone = (extra: object = {}): ResourceSpec => ({
    type: CLUSTER,
    name: "memo",
    props: {
        clusterId: "memo",
        engine: "memcached",
        numCacheNodes: 1,
        transitEncryptionEnabled: true,
        securityGroupIds: ["sg-cache"],
        tags: { "data-classification": "internal", "retention-days": "1", owner: "x" },
        ...extra,
    },
});

describe("catalogue: ElastiCache", () => {
    describeEntry(
        RG,
        caches,
        [
            {
                title: "Redis OSS without at-rest encryption (its default)",
                change: props("sessions", (p) => {
                    delete p.atRestEncryptionEnabled;
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RG, "sessions"],
                message: /cached data is not encrypted: atRestEncryptionEnabled is not set \(unencrypted, the default for Redis OSS\)/,
            },
            {
                title: "the service-managed key",
                change: props("sessions", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RG, "sessions"],
                message: /has no kmsKeyId, so cached data is encrypted under the ElastiCache service-managed key/,
            },
            {
                title: "Valkey without a customer key (encrypted by default)",
                change: props("sessions", (p) => {
                    p.engine = "valkey";
                    delete p.atRestEncryptionEnabled;
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RG, "sessions"],
                message: /has no kmsKeyId/,
            },
            {
                title: "transit encryption off by default",
                change: props("sessions", (p) => {
                    delete p.transitEncryptionEnabled;
                }),
                policy: datastoreTransitRequireTls,
                at: [RG, "sessions"],
                message: /client connections does not require TLS: transitEncryptionEnabled is not set \(plain-text connections\)/,
            },
            {
                title: "transit encryption only preferred",
                change: props("sessions", (p) => {
                    p.transitEncryptionMode = "preferred";
                }),
                policy: datastoreTransitRequireTls,
                at: [RG, "sessions"],
                message: /transitEncryptionMode is "preferred"/,
            },
            {
                title: "transit encryption unknown during preview",
                change: props("sessions", (p) => {
                    p.transitEncryptionEnabled = UNKNOWN;
                }),
                policy: datastoreTransitRequireTls,
                at: [RG, "sessions"],
                message: /transitEncryptionEnabled is not known during preview/,
            },
            {
                title: "no security groups",
                change: props("sessions", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [RG, "sessions"],
                message: /the replication group names no securityGroupIds/,
            },
            {
                title: "no AUTH token and no user group",
                change: (stack) => {
                    props("sessions", (p) => {
                        delete p.userGroupIds;
                    })(stack);
                    stack.find((s) => s.name === "sessions")!.propertyDependencies = { kmsKeyId: ["data-key"] };
                },
                policy: datastoreAccessBlockPublic,
                at: [RG, "sessions"],
                message: /requires no authentication: none of authToken, authTokenWo, authTokenWoVersion, userGroupIds is set/,
            },
            {
                title: "snapshots kept 7 days",
                change: props("sessions", (p) => {
                    p.snapshotRetentionLimit = 7;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [RG, "sessions"],
                message: /keeps automatic snapshots 7 days, more than the 3-day retention/,
            },
            {
                title: "a final snapshot",
                change: props("sessions", (p) => {
                    p.finalSnapshotIdentifier = "sessions-final";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [RG, "sessions"],
                message: /keeps a final snapshot, a copy that never expires \(finalSnapshotIdentifier is "sessions-final"\)/,
            },
            {
                title: "unclassified",
                change: props("sessions", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [RG, "sessions"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a secondary in another region",
                change: add(...secondary("us-east-1")),
                policy: datastoreSharingRestrictDestinations,
                at: [RG, "sessions-dr"],
                message: /joins the global datastore sessions-global, in region eu-west-1, not on allowedRegions/,
            },
            {
                title: "a secondary under the service-managed key of its region",
                change: (stack) => {
                    add(...secondary("eu-west-1"))(stack);
                    props("sessions-dr", (p) => {
                        delete p.kmsKeyId;
                    })(stack);
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RG, "sessions-dr"],
                message: /has no kmsKeyId, so cached data is encrypted under the ElastiCache service-managed key of its region/,
            },
            {
                title: "a secondary of a PII cache left unclassified lower",
                change: (stack) => {
                    add(...secondary("eu-west-1"))(stack);
                    props("sessions-dr", (p) => {
                        p.tags = { "data-classification": "internal", "retention-days": "1", owner: "x" };
                    })(stack);
                },
                policy: datastoreTagsRequireClassification,
                at: [RG, "sessions-dr"],
                message: /is classified internal but holds pii data/,
            },
        ],
        [
            {
                title: "an AUTH token instead of a user group",
                change: (stack) => {
                    props("sessions", (p) => {
                        delete p.userGroupIds;
                        p.authToken = "a-long-auth-token-value";
                    })(stack);
                    stack.find((s) => s.name === "sessions")!.propertyDependencies = { kmsKeyId: ["data-key"] };
                },
            },
            {
                title: "a secondary in the same region (encryption, TLS and AUTH inherited from the primary)",
                change: add(...secondary("eu-west-1")),
            },
            {
                title: "Valkey encrypted by default under a customer key",
                change: props("sessions", (p) => {
                    p.engine = "valkey";
                    delete p.atRestEncryptionEnabled;
                }),
            },
        ],
    );

    describeEntry(CLUSTER, caches, [
        {
            title: "a standalone cluster cannot be encrypted at rest",
            change: add(standalone()),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [CLUSTER, "memo"],
            message: /a standalone cache cluster cannot be encrypted at rest/,
        },
        {
            title: "a standalone Memcached cluster without TLS",
            change: add(standalone({ transitEncryptionEnabled: false })),
            policy: datastoreTransitRequireTls,
            at: [CLUSTER, "memo"],
            message: /transitEncryptionEnabled is false/,
        },
        {
            title: "a standalone cluster without security groups",
            change: add(standalone({ securityGroupIds: undefined })),
            policy: datastoreAccessBlockPublic,
            at: [CLUSTER, "memo"],
            message: /the cache cluster names no securityGroupIds/,
        },
        {
            title: "a standalone PII Redis cluster keeping snapshots 5 days",
            change: add(standalone({ engine: "redis", snapshotRetentionLimit: 5, tags: PII_TAGS })),
            policy: datastoreRetentionLimitCopies,
            at: [CLUSTER, "memo"],
            message: /keeps automatic snapshots 5 days/,
        },
        {
            title: "a standalone cluster unclassified",
            change: add(standalone({ tags: undefined })),
            policy: datastoreTagsRequireClassification,
            at: [CLUSTER, "memo"],
            message: /tag "data-classification" must be one of/,
        },
    ]);

    describeEntry(
        SERVERLESS,
        caches,
        [
            {
                title: "the default service key",
                change: props("quotes", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [SERVERLESS, "quotes"],
                message: /has no kmsKeyId, so cached data is encrypted under ElastiCache's default service key/,
            },
            {
                title: "no security groups",
                change: props("quotes", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVERLESS, "quotes"],
                message: /names no securityGroupIds/,
            },
            {
                title: "no user group",
                change: (stack) => {
                    props("quotes", (p) => {
                        delete p.userGroupId;
                    })(stack);
                    stack.find((s) => s.name === "quotes")!.propertyDependencies = {};
                },
                policy: datastoreAccessBlockPublic,
                at: [SERVERLESS, "quotes"],
                message: /requires no authentication: userGroupId is not set/,
            },
            {
                title: "14 daily snapshots",
                change: props("quotes", (p) => {
                    p.snapshotRetentionLimit = 14;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SERVERLESS, "quotes"],
                message: /keeps daily snapshots 14 days/,
            },
        ],
        [
            {
                title: "a Memcached serverless cache needs no user group",
                change: (stack) => {
                    props("quotes", (p) => {
                        p.engine = "memcached";
                        delete p.userGroupId;
                        delete p.snapshotRetentionLimit;
                    })(stack);
                    stack.find((s) => s.name === "quotes")!.propertyDependencies = {};
                },
            },
        ],
    );

    describeEntry(
        GLOBAL,
        caches,
        [],
        [
            {
                title: "a global datastore whose primary is outside the stack is judged as pii, not asked for tags it cannot carry",
                change: add({
                    type: GLOBAL,
                    name: "orphan-global",
                    props: { globalReplicationGroupIdSuffix: "orphan", primaryReplicationGroupId: "elsewhere" },
                }),
            },
            { title: "a global datastore of a primary in the stack", change: add(...secondary("eu-west-1")) },
        ],
    );

    describeEntry(USER, caches, [
        {
            title: "an enabled user without a password",
            change: props("app", (p) => {
                p.noPasswordRequired = true;
                delete p.authenticationMode;
            }),
            policy: datastoreAccessBlockPublic,
            at: [USER, "app"],
            message: /needs no password and is enabled \(accessString "on ~session:\* \+@read \+@write"\)/,
        },
        {
            title: "the no-password-required authentication mode",
            change: props("app", (p) => {
                p.authenticationMode = { type: "no-password-required" };
            }),
            policy: datastoreAccessBlockPublic,
            at: [USER, "app"],
            message: /needs no password and is enabled/,
        },
    ]);

    describeEntry(USER_GROUP, caches, [
        {
            title: "the built-in default user in a group",
            change: props("app-users", (p) => {
                p.userIds = ["default", "app"];
            }),
            policy: datastoreAccessBlockPublic,
            at: [USER_GROUP, "app-users"],
            message: /userIds names the built-in "default" user/,
        },
    ]);

    describeEntry(
        ASSOCIATION,
        caches,
        [
            {
                title: "the built-in default user added to a group",
                change: add({ type: ASSOCIATION, name: "add-default", props: { userGroupId: "app-users", userId: "default" } }),
                policy: datastoreAccessBlockPublic,
                at: [ASSOCIATION, "add-default"],
                message: /userId names the built-in "default" user/,
            },
        ],
        [
            {
                title: "a user with a password added to a group",
                change: add({ type: ASSOCIATION, name: "add-app", props: { userGroupId: "app-users", userId: "app" } }),
            },
        ],
    );
});
