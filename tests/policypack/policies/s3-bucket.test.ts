import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { s3BucketRequireAccessLogging } from "../../../policypack/policies/s3/bucket/s3-bucket-require-access-logging";
import { s3BucketRecommendAccessLogging } from "../../../policypack/policies/s3/bucket/s3-bucket-recommend-access-logging";
import { ACCOUNT, PROVIDER_ACCOUNT, bucketPolicy, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange, without } from "../support/harness";

const BUCKET = "aws:s3/bucket:Bucket";
const V2 = "aws:s3/bucketV2:BucketV2";
const change = (name: string, fn: (spec: ResourceSpec) => void) => () => withChange(compliantStack(), name, fn);
const sse = (fn: (d: any, rule: any) => void) => (spec: ResourceSpec) =>
    fn(spec.props.rules[0].applyServerSideEncryptionByDefault, spec.props.rules[0]);
const inlineSse = (fn: (d: any, rule: any) => void) => (spec: ResourceSpec) =>
    fn(
        spec.props.serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault,
        spec.props.serverSideEncryptionConfiguration.rule,
    );
const withStatement = (statement: object) => (spec: ResourceSpec) => {
    spec.props.policy = bucketPolicy("labels-abc", [statement]);
};

describe("policies: S3 buckets", () => {
    describePolicy(
        datastoreEncryptionRequireCustomerKey,
        [
            {
                title: "no encryption configuration",
                stack: () => without(compliantStack(), "labels-sse"),
                at: [BUCKET, "labels"],
                message: /has no server-side encryption configuration/,
            },
            {
                title: "SSE-S3 (AES256)",
                stack: change(
                    "labels-sse",
                    sse((d) => {
                        d.sseAlgorithm = "AES256";
                        delete d.kmsMasterKeyId;
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /encrypts with "AES256"; use "aws:kms"/,
            },
            {
                title: "SSE-KMS without a key (aws/s3)",
                stack: change(
                    "labels-sse",
                    sse((d) => {
                        delete d.kmsMasterKeyId;
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /without kmsMasterKeyId, i.e. the AWS-managed aws\/s3 key/,
            },
            {
                title: "the aws/s3 alias",
                stack: change(
                    "labels-sse",
                    sse((d) => {
                        d.kmsMasterKeyId = "alias/aws/s3";
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /kmsMasterKeyId names the AWS-managed key alias\/aws\/s3/,
            },
            {
                title: "no bucket key",
                stack: change(
                    "labels-sse",
                    sse((_d, rule) => {
                        rule.bucketKeyEnabled = false;
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /without the bucket key/,
            },
            {
                title: "the V2 side resource with AES256",
                stack: change(
                    "legacy-sse",
                    sse((d) => {
                        d.sseAlgorithm = "AES256";
                    }),
                ),
                at: [V2, "legacy"],
                message: /encrypts with "AES256"/,
            },
            {
                title: "a V2 bucket without its side resource",
                stack: () => without(compliantStack(), "legacy-sse"),
                at: [V2, "legacy"],
                message: /has no server-side encryption configuration/,
            },
            {
                title: "legacy inline AES256",
                stack: change(
                    "inline",
                    inlineSse((d) => {
                        d.sseAlgorithm = "AES256";
                    }),
                ),
                at: [BUCKET, "inline"],
                message: /encrypts with "AES256"/,
            },
            {
                title: "a side resource joined by bucket name only (no dependencies)",
                stack: () =>
                    withChange(
                        change("labels-sse", (s) => {
                            s.propertyDependencies = {};
                        })(),
                        "labels-sse",
                        sse((d) => {
                            d.sseAlgorithm = "AES256";
                        }),
                    ),
                at: [BUCKET, "labels"],
                message: /AES256/,
            },
            {
                title: "an unknown algorithm during preview",
                stack: change(
                    "labels-sse",
                    sse((d) => {
                        d.sseAlgorithm = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /not known during preview/,
            },
        ],
        [
            {
                title: "DSSE-KMS under a customer-managed key",
                stack: change(
                    "labels-sse",
                    sse((d, rule) => {
                        d.sseAlgorithm = "aws:kms:dsse";
                        delete rule.bucketKeyEnabled;
                    }),
                ),
            },
            {
                title: "a key ARN unknown during preview (a key of this stack)",
                stack: change(
                    "labels-sse",
                    sse((d) => {
                        d.kmsMasterKeyId = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                    }),
                ),
            },
        ],
    );

    describePolicy(datastoreAccessBlockPublic, [
        {
            title: "no public access block",
            stack: () => without(compliantStack(), "labels-pab"),
            at: [BUCKET, "labels"],
            message: /has no public access block/,
        },
        {
            title: "one setting false",
            stack: change("labels-pab", (s) => {
                s.props.restrictPublicBuckets = false;
            }),
            at: [BUCKET, "labels"],
            message: /leaves restrictPublicBuckets not true/,
        },
        {
            title: "a V2 bucket without one",
            stack: () => without(compliantStack(), "legacy-pab"),
            at: [V2, "legacy"],
            message: /has no public access block/,
        },
        {
            title: "a public canned ACL",
            stack: change("inline", (s) => {
                s.props.acl = "public-read";
            }),
            at: [BUCKET, "inline"],
            message: /public canned ACL "public-read"/,
        },
    ]);

    describePolicy(
        datastoreTransitRequireTls,
        [
            {
                title: "no bucket policy",
                stack: () => without(compliantStack(), "labels-policy"),
                at: [BUCKET, "labels"],
                message: /has no bucket policy/,
            },
            {
                title: "no SecureTransport denial",
                stack: change("labels-policy", (s) => {
                    s.props.policy = JSON.stringify({ Statement: JSON.parse(s.props.policy).Statement.slice(1) });
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "no TLS-version denial",
                stack: change("labels-policy", (s) => {
                    s.props.policy = JSON.stringify({ Statement: JSON.parse(s.props.policy).Statement.slice(0, 1) });
                }),
                at: [BUCKET, "labels"],
                message: /does not deny TLS older than 1.2/,
            },
            {
                title: "a TLS floor of 1.0",
                stack: change("labels-policy", (s) => {
                    s.props.policy = s.props.policy.replace(`"1.2"`, `"1.0"`);
                }),
                at: [BUCKET, "labels"],
                message: /does not deny TLS older than 1.2/,
            },
            {
                title: "the denial only for one principal",
                stack: change("labels-policy", (s) => {
                    s.props.policy = s.props.policy.replace(`"Principal":"*"`, `"Principal":{"AWS":"arn:aws:iam::${ACCOUNT}:role/x"}`);
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "an unparsable policy",
                stack: change("labels-policy", (s) => {
                    s.props.policy = "{not json";
                }),
                at: [BUCKET, "labels"],
                message: /cannot be parsed: not valid JSON/,
            },
            {
                title: "a policy unknown during preview",
                stack: change("labels-policy", (s) => {
                    s.props.policy = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                }),
                at: [BUCKET, "labels"],
                message: /not known during preview/,
            },
            {
                title: "a legacy inline policy without denials",
                stack: change("inline", (s) => {
                    s.props.policy = JSON.stringify({ Statement: [] });
                }),
                at: [BUCKET, "inline"],
                message: /does not deny requests without TLS/,
            },
        ],
        [
            {
                title: "the policy given as an object",
                stack: change("labels-policy", (s) => {
                    s.props.policy = JSON.parse(s.props.policy);
                }),
            },
        ],
    );

    describePolicy(
        datastoreRetentionLimitCopies,
        [
            {
                title: "no lifecycle",
                stack: () => without(compliantStack(), "labels-lifecycle"),
                at: [BUCKET, "labels"],
                message: /has no enabled whole-bucket lifecycle rule that expires current objects/,
            },
            {
                title: "the rule disabled",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules[0].status = "Disabled";
                }),
                at: [BUCKET, "labels"],
                message: /has no enabled whole-bucket lifecycle rule/,
            },
            {
                title: "a rule under a prefix only",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules.forEach((r: any) => {
                        r.filter = { prefix: "tmp/" };
                    });
                }),
                at: [BUCKET, "labels"],
                message: /lifecycle rules are filtered/,
            },
            {
                title: "an expiration too long",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules[0].expiration.days = 30;
                }),
                at: [BUCKET, "labels"],
                message: /copies may live 32 days .* more than the 3 allowed/,
            },
            {
                title: "noncurrent versions never expire",
                stack: change("labels-lifecycle", (s) => {
                    delete s.props.rules[0].noncurrentVersionExpiration;
                }),
                at: [BUCKET, "labels"],
                message: /keeps versions but no enabled whole-bucket rule expires noncurrent versions/,
            },
            {
                title: "noncurrent versions kept too long",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules[0].noncurrentVersionExpiration.noncurrentDays = 7;
                }),
                at: [BUCKET, "labels"],
                message: /copies may live 9 days/,
            },
            {
                title: "no expired-delete-marker rule",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules.pop();
                }),
                at: [BUCKET, "labels"],
                message: /no rule removes expired delete markers/,
            },
            {
                title: "lifecycle rules unknown during preview",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                }),
                at: [BUCKET, "labels"],
                message: /lifecycle rules are not known during preview/,
            },
            {
                title: "an expiration unknown during preview",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules[0].expiration.days = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                }),
                at: [BUCKET, "labels"],
                message: /lifecycle rules are not known during preview/,
            },
            {
                title: "a rule status unknown during preview",
                stack: change("labels-lifecycle", (s) => {
                    s.props.rules[0].status = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
                }),
                at: [BUCKET, "labels"],
                message: /lifecycle rules are not known during preview/,
            },
            {
                title: "no multipart abort",
                stack: change("labels-lifecycle", (s) => {
                    delete s.props.rules[0].abortIncompleteMultipartUpload;
                }),
                at: [BUCKET, "labels"],
                message: /aborts incomplete multipart uploads/,
            },
            {
                title: "a V2 lifecycle too long",
                stack: change("legacy-lifecycle", (s) => {
                    s.props.rules[0].expiration.days = 10;
                }),
                at: [V2, "legacy"],
                message: /copies may live 12 days/,
            },
            {
                title: "the aws v6 BucketV2 inline form kept too long",
                stack: change("inline", (s) => {
                    s.type = "aws:s3/bucketV2:BucketV2";
                    s.props.lifecycleRules = [
                        {
                            id: "expire",
                            enabled: true,
                            expirations: [{ days: 7 }],
                            noncurrentVersionExpirations: [{ days: 1 }],
                            abortIncompleteMultipartUploadDays: 1,
                        },
                        { id: "markers", enabled: true, expirations: [{ expiredObjectDeleteMarker: true }] },
                    ];
                }),
                at: [V2, "inline"],
                message: /copies may live 9 days/,
            },
            {
                title: "a legacy inline lifecycle disabled",
                stack: change("inline", (s) => {
                    s.props.lifecycleRules.forEach((r: any) => {
                        r.enabled = false;
                    });
                }),
                at: [BUCKET, "inline"],
                message: /no enabled whole-bucket lifecycle rule/,
            },
            {
                title: "a retention tag shorter than the lifecycle",
                stack: change("labels", (s) => {
                    s.props.tags["retention-days"] = "2";
                }),
                at: [BUCKET, "labels"],
                message: /more than the 2 allowed/,
            },
        ],
        [
            {
                title: "the aws v6 BucketV2 inline form (lists of blocks)",
                stack: change("inline", (s) => {
                    s.type = "aws:s3/bucketV2:BucketV2";
                    s.props.versionings = [{ enabled: true }];
                    delete s.props.versioning;
                    s.props.lifecycleRules = [
                        {
                            id: "expire",
                            enabled: true,
                            expirations: [{ days: 1 }],
                            noncurrentVersionExpirations: [{ days: 1 }],
                            abortIncompleteMultipartUploadDays: 1,
                        },
                        { id: "markers", enabled: true, expirations: [{ expiredObjectDeleteMarker: true }] },
                    ];
                }),
            },
            {
                title: "an unversioned bucket needs no noncurrent rule",
                stack: () =>
                    withChange(without(compliantStack(), "labels-versioning"), "labels-lifecycle", (s) => {
                        s.props.rules = [
                            {
                                id: "e",
                                status: "Enabled",
                                filter: { prefix: "" },
                                expiration: { days: 2 },
                                abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
                            },
                        ];
                    }),
            },
        ],
    );

    /** The fixture plus a bucket `name` with `tags` and no access logging. */
    const withBucket = (name: string, tags: object | undefined) => () => [
        ...compliantStack(),
        { type: BUCKET, name, props: { bucket: `${name}-abc`, ...(tags ? { tags } : {}) } },
    ];
    const classified = (classification: string) => ({ "data-classification": classification, "retention-days": "30", owner: "web" });
    /** The trail writing to a bucket of its own, classified `classification`, without access logging. */
    const trailBucket = (classification: string) => () =>
        withChange(withBucket("trail-bucket", classified(classification))(), "audit", (s) => {
            s.props.s3BucketName = "trail-bucket-abc";
            s.propertyDependencies = { ...s.propertyDependencies, s3BucketName: ["trail-bucket"] };
        });

    describePolicy(
        s3BucketRequireAccessLogging,
        [
            {
                title: "no logging",
                stack: () => without(compliantStack(), "labels-logging"),
                at: [BUCKET, "labels"],
                message: /has no server access logging and is not an access-log target/,
            },
            // DP-4.3 as written: mandatory on pii and confidential buckets and on the trail's own bucket.
            {
                title: "a confidential bucket without logging",
                stack: withBucket("reports", classified("confidential")),
                at: [BUCKET, "reports"],
                message:
                    /has no server access logging and is not an access-log target; DP-4.3 requires it because it is classified confidential/,
            },
            {
                title: "an unclassified bucket (treated as pii)",
                stack: withBucket("scratch", undefined),
                at: [BUCKET, "scratch"],
                message: /DP-4.3 requires it because it has no classification \(treated as pii\)/,
            },
            {
                title: "the trail's own bucket, classified internal",
                stack: trailBucket("internal"),
                at: [BUCKET, "trail-bucket"],
                message: /DP-4.3 requires it because it is the bucket a CloudTrail trail of the stack writes to/,
            },
            {
                title: "the trail's own bucket named by s3BucketName only",
                stack: () =>
                    withChange(trailBucket("public")(), "audit", (s) => {
                        delete s.propertyDependencies!.s3BucketName;
                    }),
                at: [BUCKET, "trail-bucket"],
                message: /the bucket a CloudTrail trail of the stack writes to/,
            },
            {
                title: "a V2 bucket without logging",
                stack: () => without(compliantStack(), "legacy-logging"),
                at: [V2, "legacy"],
                message: /no server access logging/,
            },
            {
                title: "legacy inline logging removed",
                stack: change("inline", (s) => {
                    delete s.props.logging;
                }),
                at: [BUCKET, "inline"],
                message: /no server access logging/,
            },
        ],
        [
            {
                title: "a log target recognised by its policy alone (the others log elsewhere)",
                stack: () => {
                    const elsewhere = (spec: ResourceSpec) => {
                        spec.props.targetBucket = "central-logs";
                        spec.propertyDependencies = { bucket: spec.propertyDependencies!.bucket };
                    };
                    const stack = withChange(withChange(compliantStack(), "labels-logging", elsewhere), "legacy-logging", elsewhere);
                    return withChange(stack, "inline", (s) => {
                        s.props.logging.targetBucket = "central-logs";
                    });
                },
            },
            { title: "a public asset bucket without logging (advisory only)", stack: withBucket("assets", classified("public")) },
            { title: "an internal bucket without logging (advisory only)", stack: withBucket("build-cache", classified("internal")) },
        ],
    );

    describePolicy(
        s3BucketRecommendAccessLogging,
        [
            {
                title: "a public asset bucket without logging",
                stack: withBucket("assets", classified("public")),
                at: [BUCKET, "assets"],
                message:
                    /has no server access logging and is not an access-log target; recommended \(advisory\) since it is classified public/,
            },
            {
                title: "an internal bucket without logging",
                stack: withBucket("build-cache", classified("internal")),
                at: [BUCKET, "build-cache"],
                message: /recommended \(advisory\) since it is classified internal/,
            },
        ],
        [
            {
                title: "a confidential bucket without logging (mandatory, not advisory)",
                stack: withBucket("reports", classified("confidential")),
            },
            { title: "the trail's own internal bucket (mandatory, not advisory)", stack: trailBucket("internal") },
            {
                title: "a public bucket that is an access-log target",
                stack: () =>
                    withChange(withBucket("assets", classified("public"))(), "labels-logging", (s) => {
                        s.props.targetBucket = "assets-abc";
                        s.propertyDependencies = { bucket: ["labels"], targetBucket: ["assets"] };
                    }),
            },
        ],
    );

    describePolicy(datastoreAccessBlockPublic, [
        {
            title: "Principal * without condition",
            stack: change(
                "labels-policy",
                withStatement({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" }),
            ),
            at: [BUCKET, "labels"],
            message: /allows Principal "\*" with no condition/,
        },
        {
            title: "Principal {AWS: *} restricted by an IfExists condition",
            stack: change(
                "labels-policy",
                withStatement({
                    Effect: "Allow",
                    Principal: { AWS: ["*"] },
                    Action: "s3:GetObject",
                    Resource: "arn:aws:s3:::labels-abc/*",
                    Condition: { StringEqualsIfExists: { "aws:SourceAccount": ACCOUNT } },
                }),
            ),
            at: [BUCKET, "labels"],
            message: /allows Principal "\*" with no condition/,
        },
        {
            title: "NotPrincipal in an Allow",
            stack: change(
                "labels-policy",
                withStatement({
                    Effect: "Allow",
                    NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                    Action: "s3:GetObject",
                    Resource: "arn:aws:s3:::labels-abc/*",
                }),
            ),
            at: [BUCKET, "labels"],
            message: /allows everyone except its NotPrincipal/,
        },
        {
            title: "a public-read BucketAclV2",
            stack: () => [
                ...compliantStack(),
                {
                    type: "aws:s3/bucketAclV2:BucketAclV2",
                    name: "labels-acl",
                    props: { bucket: "labels-abc", acl: "public-read" },
                    propertyDependencies: { bucket: ["labels"] },
                },
            ],
            at: [BUCKET, "labels"],
            message: /its ACL has the public canned ACL "public-read"/,
        },
        {
            title: "a BucketAcl granting AllUsers",
            stack: () => [
                ...compliantStack(),
                {
                    type: "aws:s3/bucketAcl:BucketAcl",
                    name: "labels-acl",
                    props: {
                        bucket: "labels-abc",
                        accessControlPolicy: {
                            owner: { id: "o" },
                            grants: [
                                { permission: "READ", grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers" } },
                            ],
                        },
                    },
                    propertyDependencies: { bucket: ["labels"] },
                },
            ],
            at: [BUCKET, "labels"],
            message: /its ACL grants access to AllUsers/,
        },
        {
            title: "a public bucket policy on a bucket outside the stack",
            stack: () => [
                ...compliantStack(),
                {
                    type: "aws:s3/bucketPolicy:BucketPolicy",
                    name: "elsewhere-policy",
                    props: {
                        bucket: "elsewhere",
                        policy: bucketPolicy("elsewhere", [
                            { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::elsewhere/*" },
                        ]),
                    },
                },
            ],
            at: ["aws:s3/bucketPolicy:BucketPolicy", "elsewhere-policy"],
            message: /its bucket policy: a statement allows Principal "\*" with no condition/,
        },
        {
            title: "a public-read object",
            stack: () => [
                ...compliantStack(),
                {
                    type: "aws:s3/bucketObjectv2:BucketObjectv2",
                    name: "label-1",
                    props: { bucket: "labels-abc", key: "l/1.pdf", acl: "public-read" },
                    propertyDependencies: { bucket: ["labels"] },
                },
            ],
            at: ["aws:s3/bucketObjectv2:BucketObjectv2", "label-1"],
            message: /the object has the public canned ACL "public-read"/,
        },
    ]);

    describePolicy(
        datastoreSharingRestrictDestinations,
        [
            {
                title: "an outside account",
                stack: change(
                    "labels-policy",
                    withStatement({
                        Sid: "Partner",
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::999988887777:root" },
                        Action: "s3:GetObject",
                        Resource: "arn:aws:s3:::labels-abc/*",
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /statement "Partner" allows arn:aws:iam::999988887777:root of account 999988887777/,
            },
            {
                title: "an outside account as a bare id in a list",
                stack: change(
                    "labels-policy",
                    withStatement({
                        Effect: "Allow",
                        Principal: { AWS: [ACCOUNT, "999988887777"] },
                        Action: "s3:GetObject",
                        Resource: "arn:aws:s3:::labels-abc/*",
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /account 999988887777/,
            },
            {
                title: "the shipping provider unconfigured",
                stack: change(
                    "labels-policy",
                    withStatement({
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:root` },
                        Action: "s3:GetObject",
                        Resource: "arn:aws:s3:::labels-abc/*",
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /account 444455556666, which is neither/,
            },
            {
                title: "the shipping provider given more than reads",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                stack: change(
                    "labels-policy",
                    withStatement({
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:root` },
                        Action: ["s3:GetObject", "s3:PutObject"],
                        Resource: "arn:aws:s3:::labels-abc/*",
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /may only read objects \(s3:GetObject\), but is granted s3:GetObject, s3:PutObject/,
            },
            {
                title: "replication to another account",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
                        name: "labels-replication",
                        props: {
                            bucket: "labels-abc",
                            role: "arn:aws:iam::111122223333:role/r",
                            rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy", account: "999988887777" } }],
                        },
                        propertyDependencies: { bucket: ["labels"] },
                    },
                ],
                at: [BUCKET, "labels"],
                message: /replicates to account 999988887777/,
            },
            {
                title: "replication to a bucket of this stack in another region",
                stack: () => [
                    ...withChange(compliantStack(), "labels", (s) => {
                        s.props.region = "eu-west-1";
                    }),
                    { type: BUCKET, name: "copy", props: { bucket: "copy-abc", region: "us-east-1", tags: {} } },
                    {
                        type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
                        name: "labels-replication",
                        props: {
                            bucket: "labels-abc",
                            role: "r",
                            rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy-abc" } }],
                        },
                        propertyDependencies: { bucket: ["labels"] },
                    },
                ],
                at: [BUCKET, "labels"],
                message: /replicates to region us-east-1, not on allowedRegions \(none\)/,
            },
            {
                title: "legacy inline replication to another account",
                stack: change("inline", (s) => {
                    s.props.replicationConfiguration = {
                        role: "r",
                        rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy", accountId: "999988887777" } }],
                    };
                }),
                at: [BUCKET, "inline"],
                message: /replicates to account 999988887777/,
            },
            {
                title: "an unparsable policy",
                stack: change("labels-policy", (s) => {
                    s.props.policy = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: 7, Action: "s3:*" }] });
                }),
                at: [BUCKET, "labels"],
                message: /cannot be parsed: Statement 0: Principal must be "\*" or an object/,
            },
        ],
        [
            {
                title: "the configured shipping provider reading labels",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                stack: change(
                    "labels-policy",
                    withStatement({
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:role/labels` },
                        Action: "s3:GetObject",
                        Resource: "arn:aws:s3:::labels-abc/*",
                    }),
                ),
            },
            {
                title: "Principal * tied to this account",
                stack: change(
                    "labels-policy",
                    withStatement({
                        Effect: "Allow",
                        Principal: "*",
                        Action: "s3:GetObject",
                        Resource: "arn:aws:s3:::labels-abc/*",
                        Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNT } },
                    }),
                ),
            },
        ],
    );
});

// Issue 9: a TLS denial counts only when it covers the whole bucket for everyone; replication,
// Object Lock and duplicated side resources.
const LABELS_ARN = "arn:aws:s3:::labels-abc";
/** Changes the fixture's TLS denials of labels given by index (0: SecureTransport, 1: TlsVersion). */
const denials = (at: readonly number[], fn: (statement: any) => void) =>
    change("labels-policy", (s) => {
        const document = JSON.parse(s.props.policy);
        at.forEach((i) => fn(document.Statement[i]));
        s.props.policy = JSON.stringify(document);
    });
const denial = (at: 0 | 1, fn: (statement: any) => void) => denials([at], fn);
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const replication = (bucket: string, destination: object, dependencies: Record<string, string[]> = {}): ResourceSpec => ({
    type: REPLICATION,
    name: `${bucket}-replication`,
    props: {
        bucket: `${bucket}-abc`,
        role: `arn:aws:iam::${ACCOUNT}:role/replication`,
        rules: [{ id: "all", status: "Enabled", destination }],
    },
    propertyDependencies: { bucket: [bucket], ...dependencies },
});
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const INTERNAL_TAGS = { "data-classification": "internal", "retention-days": "30", owner: "platform" };
/** The fixture with its default provider named as the engine names it, and a second provider in `region`. */
const withProvider = (region: string): ResourceSpec[] => [
    ...compliantStack().map((s) => (s.type === "pulumi:providers:aws" ? { ...s, name: "default_7_48_0" } : s)),
    { type: "pulumi:providers:aws", name: "elsewhere", props: { region } },
];
/** A bucket of the stack with no explicit name (its name is generated), managed through the provider `provider`. */
const unnamedCopy = (provider: string): ResourceSpec => ({
    type: BUCKET,
    name: "copy",
    provider,
    props: { tags: { "data-classification": "confidential", "retention-days": "90", owner: "platform" } },
});
const OBJECT_LOCK = "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration";
/** labels without versioning and with a lifecycle that has no noncurrent-version rule (compliant while nothing keeps versions). */
const unversionedLabels = () =>
    withChange(without(compliantStack(), "labels-versioning"), "labels-lifecycle", (s) => {
        s.props.rules = [
            {
                id: "e",
                status: "Enabled",
                filter: { prefix: "" },
                expiration: { days: 2 },
                abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
            },
        ];
    });

describe("policies: S3 buckets (issue 9)", () => {
    describePolicy(
        datastoreTransitRequireTls,
        [
            {
                title: "the TLS denial on the objects only (not the bucket ARN)",
                stack: denial(0, (d) => {
                    d.Resource = `${LABELS_ARN}/*`;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial on the bucket ARN only (not its objects)",
                stack: denial(0, (d) => {
                    d.Resource = LABELS_ARN;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial on another bucket",
                stack: denial(0, (d) => {
                    d.Resource = ["arn:aws:s3:::other", "arn:aws:s3:::other/*"];
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial on the objects under a prefix only",
                stack: denial(0, (d) => {
                    d.Resource = [LABELS_ARN, `${LABELS_ARN}/public/*`];
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial with NotResource",
                stack: denial(0, (d) => {
                    d.NotResource = `${LABELS_ARN}/public/*`;
                    delete d.Resource;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial with NotPrincipal",
                stack: denial(0, (d) => {
                    d.NotPrincipal = { AWS: `arn:aws:iam::${ACCOUNT}:role/x` };
                    delete d.Principal;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial with NotAction",
                stack: denial(0, (d) => {
                    d.NotAction = "s3:GetObject";
                    delete d.Action;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial of one action only",
                stack: denial(0, (d) => {
                    d.Action = "s3:PutObject";
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial narrowed by another condition",
                stack: denial(0, (d) => {
                    d.Condition.StringEquals = { "aws:PrincipalAccount": "999988887777" };
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS denial narrowed by a second key in its Bool block",
                stack: denial(0, (d) => {
                    d.Condition.Bool["aws:ViaAWSService"] = "false";
                }),
                at: [BUCKET, "labels"],
                message: /does not deny requests without TLS/,
            },
            {
                title: "the TLS-version denial on the objects only",
                stack: denial(1, (d) => {
                    d.Resource = `${LABELS_ARN}/*`;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny TLS older than 1.2/,
            },
            {
                title: "the TLS-version denial narrowed by another condition",
                stack: denial(1, (d) => {
                    d.Condition.StringLike = { "aws:PrincipalArn": "arn:aws:iam::*:role/legacy-*" };
                }),
                at: [BUCKET, "labels"],
                message: /does not deny TLS older than 1.2/,
            },
            {
                title: "the TLS-version denial with NotPrincipal",
                stack: denial(1, (d) => {
                    d.NotPrincipal = { AWS: `arn:aws:iam::${ACCOUNT}:root` };
                    delete d.Principal;
                }),
                at: [BUCKET, "labels"],
                message: /does not deny TLS older than 1.2/,
            },
            {
                title: "a legacy inline policy denying TLS on another bucket",
                stack: change("inline", (s) => {
                    s.props.policy = bucketPolicy("other");
                }),
                at: [BUCKET, "inline"],
                message: /does not deny requests without TLS/,
            },
        ],
        [
            {
                title: 'denials on Resource "*"',
                stack: denials([0, 1], (d) => {
                    d.Resource = "*";
                }),
            },
            {
                title: "denials on a pattern covering the bucket and its objects",
                stack: denial(0, (d) => {
                    d.Resource = "arn:aws:s3:::labels-*";
                }),
            },
            {
                title: "denials on every bucket (arn:aws:s3:::*)",
                stack: denial(0, (d) => {
                    d.Resource = "arn:aws:s3:::*";
                }),
            },
            {
                title: 'a denial of every action ("*") to {AWS: "*"}',
                stack: denial(0, (d) => {
                    d.Action = "*";
                    d.Principal = { AWS: "*" };
                }),
            },
            {
                title: "the IfExists form of the SecureTransport denial (it only widens a Deny)",
                stack: denial(0, (d) => {
                    d.Condition = { BoolIfExists: { "aws:SecureTransport": "false" } };
                }),
            },
        ],
    );

    describePolicy(
        datastoreSharingRestrictDestinations,
        [
            {
                title: "replication of a confidential bucket to a bucket outside the stack without an account",
                stack: () => [...compliantStack(), replication("logs", { bucket: "arn:aws:s3:::elsewhere" })],
                at: [BUCKET, "logs"],
                message:
                    /replicates to arn:aws:s3:::elsewhere, a bucket outside this stack, without a destination account: its account cannot be verified/,
            },
            {
                title: "inline replication of an internal bucket to a bucket outside the stack without an account",
                stack: change("inline", (s) => {
                    s.props.tags = INTERNAL_TAGS;
                    s.props.replicationConfiguration = {
                        role: "r",
                        rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::elsewhere" } }],
                    };
                }),
                at: [BUCKET, "inline"],
                message: /replicates to arn:aws:s3:::elsewhere, a bucket outside this stack, without a destination account/,
            },
            {
                title: "aws v6 BucketV2 inline replication (lists) to a bucket outside the stack without an account",
                stack: change("inline", (s) => {
                    s.type = V2;
                    s.props.tags = INTERNAL_TAGS;
                    s.props.replicationConfigurations = [
                        { role: "r", rules: [{ status: "Enabled", destinations: [{ bucket: "arn:aws:s3:::elsewhere" }] }] },
                    ];
                }),
                at: [V2, "inline"],
                message: /replicates to arn:aws:s3:::elsewhere, a bucket outside this stack, without a destination account/,
            },
            {
                title: "a replication configuration of a bucket outside the stack, to another bucket outside it without an account",
                stack: () => [
                    ...compliantStack(),
                    { ...replication("external", { bucket: "arn:aws:s3:::elsewhere" }), propertyDependencies: {} },
                ],
                at: [REPLICATION, "external-replication"],
                message: /replicates to arn:aws:s3:::elsewhere, a bucket outside this stack, without a destination account/,
            },
            {
                title: "replication to a bucket unknown during preview that depends on no bucket of the stack",
                stack: () => [...compliantStack(), replication("logs", { bucket: UNKNOWN })],
                at: [BUCKET, "logs"],
                message: /replicates to a bucket not known during preview that depends on no bucket of this stack/,
            },
            {
                title: "replication to an unnamed bucket of the stack (matched by dependency) in another region through its provider",
                stack: () => [
                    ...withProvider("us-east-1"),
                    unnamedCopy("elsewhere"),
                    replication("logs", { bucket: UNKNOWN }, { rules: ["copy"] }),
                ],
                at: [BUCKET, "logs"],
                message: /replicates to region us-east-1, not on allowedRegions \(none\)/,
            },
            {
                title: "replication to a bucket of the stack named by ARN, in another region through its provider",
                stack: () => [
                    ...withProvider("us-east-1"),
                    { ...unnamedCopy("elsewhere"), props: { ...unnamedCopy("elsewhere").props, bucket: "copy-abc" } },
                    replication("logs", { bucket: "arn:aws:s3:::copy-abc" }),
                ],
                at: [BUCKET, "logs"],
                message: /replicates to region us-east-1, not on allowedRegions/,
            },
            {
                title: 'the shipping provider let in as Principal "*" pinned to its account, given more than reads',
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                stack: change(
                    "labels-policy",
                    withStatement({
                        Effect: "Allow",
                        Principal: "*",
                        Action: ["s3:GetObject", "s3:DeleteObject"],
                        Resource: "arn:aws:s3:::labels-abc/*",
                        Condition: { StringEquals: { "aws:PrincipalAccount": PROVIDER_ACCOUNT } },
                    }),
                ),
                at: [BUCKET, "labels"],
                message: /the shipping provider \(444455556666\) may only read objects/,
            },
            {
                title: "inline replication to an unnamed bucket of the stack in another region through its provider",
                stack: () => [
                    ...withProvider("us-east-1").map((s) =>
                        s.name === "inline"
                            ? {
                                  ...s,
                                  props: {
                                      ...s.props,
                                      replicationConfiguration: {
                                          role: "r",
                                          rules: [{ status: "Enabled", destination: { bucket: UNKNOWN } }],
                                      },
                                  },
                                  propertyDependencies: { replicationConfiguration: ["copy"] },
                              }
                            : s,
                    ),
                    unnamedCopy("elsewhere"),
                ],
                at: [BUCKET, "inline"],
                message: /replicates to region us-east-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "replication to a bucket outside the stack of this stack's account",
                stack: () => [...compliantStack(), replication("logs", { bucket: "arn:aws:s3:::central-archive", account: ACCOUNT })],
            },
            {
                title: "replication to an unnamed bucket of the stack in the stack's region",
                stack: () => [
                    ...withProvider("eu-west-1"),
                    unnamedCopy("elsewhere"),
                    replication("logs", { bucket: UNKNOWN }, { rules: ["copy"] }),
                ],
            },
            {
                title: "replication to a bucket of another region on allowedRegions",
                config: { allowedRegions: ["us-east-1"] },
                stack: () => [
                    ...withProvider("us-east-1"),
                    unnamedCopy("elsewhere"),
                    replication("logs", { bucket: UNKNOWN }, { rules: ["copy"] }),
                ],
            },
        ],
    );

    describePolicy(
        datastoreRetentionLimitCopies,
        [
            {
                title: "a BucketObjectLockConfiguration keeping objects 30 days",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: OBJECT_LOCK,
                        name: "labels-lock",
                        props: {
                            bucket: "labels-abc",
                            objectLockEnabled: "Enabled",
                            rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } },
                        },
                        propertyDependencies: { bucket: ["labels"] },
                    },
                ],
                at: [OBJECT_LOCK, "labels-lock"],
                message: /keeps every new object under Object Lock 30 days, more than the 3-day retention/,
            },
            {
                title: "a BucketObjectLockConfiguration of a bucket unknown during preview (joined by dependency)",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: OBJECT_LOCK,
                        name: "labels-lock",
                        props: { bucket: UNKNOWN, rule: { defaultRetention: { mode: "COMPLIANCE", days: 30 } } },
                        propertyDependencies: { bucket: ["labels"] },
                    },
                ],
                at: [OBJECT_LOCK, "labels-lock"],
                message: /keeps every new object under Object Lock 30 days/,
            },
            {
                title: "inline Object Lock keeping objects 30 days",
                stack: change("inline", (s) => {
                    s.props.objectLockEnabled = true;
                    s.props.objectLockConfiguration = {
                        objectLockEnabled: "Enabled",
                        rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } },
                    };
                }),
                at: [BUCKET, "inline"],
                message: /keeps every new object under Object Lock 30 days/,
            },
            {
                title: "aws v6 BucketV2 inline Object Lock (lists) keeping objects 30 days",
                stack: change("inline", (s) => {
                    s.type = V2;
                    s.props.objectLockConfiguration = {
                        objectLockEnabled: "Enabled",
                        rules: [{ defaultRetentions: [{ mode: "GOVERNANCE", days: 30 }] }],
                    };
                }),
                at: [V2, "inline"],
                message: /keeps every new object under Object Lock 30 days/,
            },
            {
                title: "objectLockEnabled without a BucketVersioning (Object Lock versions every object)",
                stack: () =>
                    withChange(unversionedLabels(), "labels", (s) => {
                        s.props.objectLockEnabled = true;
                    }),
                at: [BUCKET, "labels"],
                message: /keeps versions but no enabled whole-bucket rule expires noncurrent versions/,
            },
            {
                title: "a BucketObjectLockConfiguration without a BucketVersioning",
                stack: () => [
                    ...unversionedLabels(),
                    {
                        type: OBJECT_LOCK,
                        name: "labels-lock",
                        props: {
                            bucket: "labels-abc",
                            objectLockEnabled: "Enabled",
                            rule: { defaultRetention: { mode: "GOVERNANCE", days: 1 } },
                        },
                        propertyDependencies: { bucket: ["labels"] },
                    },
                ],
                at: [BUCKET, "labels"],
                message: /keeps versions but no rule removes expired delete markers/,
            },
            {
                title: "objectLockEnabled unknown during preview",
                stack: () =>
                    withChange(unversionedLabels(), "labels", (s) => {
                        s.props.objectLockEnabled = UNKNOWN;
                    }),
                at: [BUCKET, "labels"],
                message: /keeps versions but no enabled whole-bucket rule expires noncurrent versions/,
            },
        ],
        [
            {
                title: "Object Lock on with a 1-day default retention",
                stack: () => [
                    ...withChange(compliantStack(), "labels", (s) => {
                        s.props.objectLockEnabled = true;
                    }),
                    {
                        type: OBJECT_LOCK,
                        name: "labels-lock",
                        props: {
                            bucket: "labels-abc",
                            objectLockEnabled: "Enabled",
                            rule: { defaultRetention: { mode: "GOVERNANCE", days: 1 } },
                        },
                        propertyDependencies: { bucket: ["labels"] },
                    },
                ],
            },
            {
                title: "objectLockEnabled false on an unversioned bucket",
                stack: () =>
                    withChange(unversionedLabels(), "labels", (s) => {
                        s.props.objectLockEnabled = false;
                    }),
            },
        ],
    );

    describePolicy(datastoreEncryptionRequireCustomerKey, [
        {
            title: "two BucketLifecycleConfigurations on one bucket (AWS keeps the last one applied)",
            stack: () => [
                ...compliantStack(),
                { ...compliantStack().find((s) => s.name === "labels-lifecycle")!, name: "labels-lifecycle-2" },
            ],
            at: [BUCKET, "labels"],
            message: /has 2 lifecycle configurations; AWS keeps only the last one applied/,
        },
        {
            title: "a BucketLifecycleConfiguration beside inline lifecycle rules",
            stack: () => [
                ...compliantStack(),
                {
                    ...compliantStack().find((s) => s.name === "labels-lifecycle")!,
                    name: "inline-lifecycle",
                    props: { ...compliantStack().find((s) => s.name === "labels-lifecycle")!.props, bucket: "inline-abc" },
                    propertyDependencies: { bucket: ["inline"] },
                },
            ],
            at: [BUCKET, "inline"],
            message: /has 2 lifecycle configurations/,
        },
        {
            title: "two BucketPolicies on one bucket",
            stack: () => [...compliantStack(), { ...compliantStack().find((s) => s.name === "labels-policy")!, name: "labels-policy-2" }],
            at: [BUCKET, "labels"],
            message: /has 2 policy configurations/,
        },
    ]);
});
