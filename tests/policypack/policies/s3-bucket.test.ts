import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { s3BucketRequireAccessLogging } from "../../../policypack/policies/s3/bucket/s3-bucket-require-access-logging";
import { ACCOUNT, PROVIDER_ACCOUNT, bucketPolicy, compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange, without } from "../support/harness";

const BUCKET = "aws:s3/bucket:Bucket";
const V2 = "aws:s3/bucketV2:BucketV2";
const change = (name: string, fn: (spec: ResourceSpec) => void) => () => withChange(compliantStack(), name, fn);
const sse = (fn: (d: any, rule: any) => void) => (spec: ResourceSpec) => fn(spec.props.rules[0].applyServerSideEncryptionByDefault, spec.props.rules[0]);
const inlineSse = (fn: (d: any, rule: any) => void) => (spec: ResourceSpec) => fn(spec.props.serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault, spec.props.serverSideEncryptionConfiguration.rule);
const withStatement = (statement: object) => (spec: ResourceSpec) => { spec.props.policy = bucketPolicy("labels-abc", [statement]); };

describe("policies: S3 buckets", () => {
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        { title: "no encryption configuration", stack: () => without(compliantStack(), "labels-sse"), at: [BUCKET, "labels"], message: /has no server-side encryption configuration/ },
        { title: "SSE-S3 (AES256)", stack: change("labels-sse", sse((d) => { d.sseAlgorithm = "AES256"; delete d.kmsMasterKeyId; })), at: [BUCKET, "labels"], message: /encrypts with "AES256"; use "aws:kms"/ },
        { title: "SSE-KMS without a key (aws/s3)", stack: change("labels-sse", sse((d) => { delete d.kmsMasterKeyId; })), at: [BUCKET, "labels"], message: /without kmsMasterKeyId, i.e. the AWS-managed aws\/s3 key/ },
        { title: "the aws/s3 alias", stack: change("labels-sse", sse((d) => { d.kmsMasterKeyId = "alias/aws/s3"; })), at: [BUCKET, "labels"], message: /kmsMasterKeyId names the AWS-managed key alias\/aws\/s3/ },
        { title: "no bucket key", stack: change("labels-sse", sse((_d, rule) => { rule.bucketKeyEnabled = false; })), at: [BUCKET, "labels"], message: /without the bucket key/ },
        { title: "the V2 side resource with AES256", stack: change("legacy-sse", sse((d) => { d.sseAlgorithm = "AES256"; })), at: [V2, "legacy"], message: /encrypts with "AES256"/ },
        { title: "a V2 bucket without its side resource", stack: () => without(compliantStack(), "legacy-sse"), at: [V2, "legacy"], message: /has no server-side encryption configuration/ },
        { title: "legacy inline AES256", stack: change("inline", inlineSse((d) => { d.sseAlgorithm = "AES256"; })), at: [BUCKET, "inline"], message: /encrypts with "AES256"/ },
        { title: "a side resource joined by bucket name only (no dependencies)", stack: () => withChange(change("labels-sse", (s) => { s.propertyDependencies = {}; })(), "labels-sse", sse((d) => { d.sseAlgorithm = "AES256"; })), at: [BUCKET, "labels"], message: /AES256/ },
        { title: "an unknown algorithm during preview", stack: change("labels-sse", sse((d) => { d.sseAlgorithm = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; })), at: [BUCKET, "labels"], message: /not known during preview/ },
    ], [
        { title: "DSSE-KMS under a customer-managed key", stack: change("labels-sse", sse((d, rule) => { d.sseAlgorithm = "aws:kms:dsse"; delete rule.bucketKeyEnabled; })) },
        { title: "a key ARN unknown during preview (a key of this stack)", stack: change("labels-sse", sse((d) => { d.kmsMasterKeyId = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; })) },
    ]);

    describePolicy(datastoreAccessBlockPublic, [
        { title: "no public access block", stack: () => without(compliantStack(), "labels-pab"), at: [BUCKET, "labels"], message: /has no public access block/ },
        { title: "one setting false", stack: change("labels-pab", (s) => { s.props.restrictPublicBuckets = false; }), at: [BUCKET, "labels"], message: /leaves restrictPublicBuckets not true/ },
        { title: "a V2 bucket without one", stack: () => without(compliantStack(), "legacy-pab"), at: [V2, "legacy"], message: /has no public access block/ },
        { title: "a public canned ACL", stack: change("inline", (s) => { s.props.acl = "public-read"; }), at: [BUCKET, "inline"], message: /public canned ACL "public-read"/ },
    ]);

    describePolicy(datastoreTransitRequireTls, [
        { title: "no bucket policy", stack: () => without(compliantStack(), "labels-policy"), at: [BUCKET, "labels"], message: /has no bucket policy/ },
        { title: "no SecureTransport denial", stack: change("labels-policy", (s) => { s.props.policy = JSON.stringify({ Statement: JSON.parse(s.props.policy).Statement.slice(1) }); }), at: [BUCKET, "labels"], message: /does not deny requests without TLS/ },
        { title: "no TLS-version denial", stack: change("labels-policy", (s) => { s.props.policy = JSON.stringify({ Statement: JSON.parse(s.props.policy).Statement.slice(0, 1) }); }), at: [BUCKET, "labels"], message: /does not deny TLS older than 1.2/ },
        { title: "a TLS floor of 1.0", stack: change("labels-policy", (s) => { s.props.policy = s.props.policy.replace(`"1.2"`, `"1.0"`); }), at: [BUCKET, "labels"], message: /does not deny TLS older than 1.2/ },
        { title: "the denial only for one principal", stack: change("labels-policy", (s) => { s.props.policy = s.props.policy.replace(`"Principal":"*"`, `"Principal":{"AWS":"arn:aws:iam::${ACCOUNT}:role/x"}`); }), at: [BUCKET, "labels"], message: /does not deny requests without TLS/ },
        { title: "an unparsable policy", stack: change("labels-policy", (s) => { s.props.policy = "{not json"; }), at: [BUCKET, "labels"], message: /cannot be parsed: not valid JSON/ },
        { title: "a policy unknown during preview", stack: change("labels-policy", (s) => { s.props.policy = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; }), at: [BUCKET, "labels"], message: /not known during preview/ },
        { title: "a legacy inline policy without denials", stack: change("inline", (s) => { s.props.policy = JSON.stringify({ Statement: [] }); }), at: [BUCKET, "inline"], message: /does not deny requests without TLS/ },
    ], [
        { title: "the policy given as an object", stack: change("labels-policy", (s) => { s.props.policy = JSON.parse(s.props.policy); }) },
    ]);

    describePolicy(datastoreRetentionLimitCopies, [
        { title: "no lifecycle", stack: () => without(compliantStack(), "labels-lifecycle"), at: [BUCKET, "labels"], message: /has no enabled whole-bucket lifecycle rule that expires current objects/ },
        { title: "the rule disabled", stack: change("labels-lifecycle", (s) => { s.props.rules[0].status = "Disabled"; }), at: [BUCKET, "labels"], message: /has no enabled whole-bucket lifecycle rule/ },
        { title: "a rule under a prefix only", stack: change("labels-lifecycle", (s) => { s.props.rules.forEach((r: any) => { r.filter = { prefix: "tmp/" }; }); }), at: [BUCKET, "labels"], message: /lifecycle rules are filtered/ },
        { title: "an expiration too long", stack: change("labels-lifecycle", (s) => { s.props.rules[0].expiration.days = 30; }), at: [BUCKET, "labels"], message: /copies may live 32 days .* more than the 3 allowed/ },
        { title: "noncurrent versions never expire", stack: change("labels-lifecycle", (s) => { delete s.props.rules[0].noncurrentVersionExpiration; }), at: [BUCKET, "labels"], message: /keeps versions but no enabled whole-bucket rule expires noncurrent versions/ },
        { title: "noncurrent versions kept too long", stack: change("labels-lifecycle", (s) => { s.props.rules[0].noncurrentVersionExpiration.noncurrentDays = 7; }), at: [BUCKET, "labels"], message: /copies may live 9 days/ },
        { title: "no expired-delete-marker rule", stack: change("labels-lifecycle", (s) => { s.props.rules.pop(); }), at: [BUCKET, "labels"], message: /no rule removes expired delete markers/ },
        { title: "lifecycle rules unknown during preview", stack: change("labels-lifecycle", (s) => { s.props.rules = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; }), at: [BUCKET, "labels"], message: /lifecycle rules are not known during preview/ },
        { title: "an expiration unknown during preview", stack: change("labels-lifecycle", (s) => { s.props.rules[0].expiration.days = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; }), at: [BUCKET, "labels"], message: /lifecycle rules are not known during preview/ },
        { title: "a rule status unknown during preview", stack: change("labels-lifecycle", (s) => { s.props.rules[0].status = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; }), at: [BUCKET, "labels"], message: /lifecycle rules are not known during preview/ },
        { title: "no multipart abort", stack: change("labels-lifecycle", (s) => { delete s.props.rules[0].abortIncompleteMultipartUpload; }), at: [BUCKET, "labels"], message: /aborts incomplete multipart uploads/ },
        { title: "a V2 lifecycle too long", stack: change("legacy-lifecycle", (s) => { s.props.rules[0].expiration.days = 10; }), at: [V2, "legacy"], message: /copies may live 12 days/ },
        { title: "the aws v6 BucketV2 inline form kept too long", stack: change("inline", (s) => {
            s.type = "aws:s3/bucketV2:BucketV2";
            s.props.lifecycleRules = [
                { id: "expire", enabled: true, expirations: [{ days: 7 }], noncurrentVersionExpirations: [{ days: 1 }], abortIncompleteMultipartUploadDays: 1 },
                { id: "markers", enabled: true, expirations: [{ expiredObjectDeleteMarker: true }] },
            ];
        }), at: [V2, "inline"], message: /copies may live 9 days/ },
        { title: "a legacy inline lifecycle disabled", stack: change("inline", (s) => { s.props.lifecycleRules.forEach((r: any) => { r.enabled = false; }); }), at: [BUCKET, "inline"], message: /no enabled whole-bucket lifecycle rule/ },
        { title: "a retention tag shorter than the lifecycle", stack: change("labels", (s) => { s.props.tags["retention-days"] = "2"; }), at: [BUCKET, "labels"], message: /more than the 2 allowed/ },
    ], [
        { title: "the aws v6 BucketV2 inline form (lists of blocks)", stack: change("inline", (s) => {
            s.type = "aws:s3/bucketV2:BucketV2";
            s.props.versionings = [{ enabled: true }];
            delete s.props.versioning;
            s.props.lifecycleRules = [
                { id: "expire", enabled: true, expirations: [{ days: 1 }], noncurrentVersionExpirations: [{ days: 1 }], abortIncompleteMultipartUploadDays: 1 },
                { id: "markers", enabled: true, expirations: [{ expiredObjectDeleteMarker: true }] },
            ];
        }) },
        { title: "an unversioned bucket needs no noncurrent rule", stack: () => withChange(without(compliantStack(), "labels-versioning"), "labels-lifecycle", (s) => { s.props.rules = [{ id: "e", status: "Enabled", filter: { prefix: "" }, expiration: { days: 2 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 1 } }]; }) },
    ]);

    describePolicy(s3BucketRequireAccessLogging, [
        { title: "no logging", stack: () => without(compliantStack(), "labels-logging"), at: [BUCKET, "labels"], message: /has no server access logging and is not an access-log target/ },
        { title: "a V2 bucket without logging", stack: () => without(compliantStack(), "legacy-logging"), at: [V2, "legacy"], message: /no server access logging/ },
        { title: "legacy inline logging removed", stack: change("inline", (s) => { delete s.props.logging; }), at: [BUCKET, "inline"], message: /no server access logging/ },
    ], [
        {
            title: "a log target recognised by its policy alone (the others log elsewhere)",
            stack: () => {
                const elsewhere = (spec: ResourceSpec) => { spec.props.targetBucket = "central-logs"; spec.propertyDependencies = { bucket: spec.propertyDependencies!.bucket }; };
                const stack = withChange(withChange(compliantStack(), "labels-logging", elsewhere), "legacy-logging", elsewhere);
                return withChange(stack, "inline", (s) => { s.props.logging.targetBucket = "central-logs"; });
            },
        },
    ]);

    describePolicy(datastoreAccessBlockPublic, [
        { title: "Principal * without condition", stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" })), at: [BUCKET, "labels"], message: /allows Principal "\*" with no condition/ },
        { title: "Principal {AWS: *} restricted by an IfExists condition", stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: { AWS: ["*"] }, Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*", Condition: { StringEqualsIfExists: { "aws:SourceAccount": ACCOUNT } } })), at: [BUCKET, "labels"], message: /allows Principal "\*" with no condition/ },
        { title: "NotPrincipal in an Allow", stack: change("labels-policy", withStatement({ Effect: "Allow", NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" })), at: [BUCKET, "labels"], message: /allows everyone except its NotPrincipal/ },
        { title: "a public-read BucketAclV2", stack: () => [...compliantStack(), { type: "aws:s3/bucketAclV2:BucketAclV2", name: "labels-acl", props: { bucket: "labels-abc", acl: "public-read" }, propertyDependencies: { bucket: ["labels"] } }], at: [BUCKET, "labels"], message: /its ACL has the public canned ACL "public-read"/ },
        { title: "a BucketAcl granting AllUsers", stack: () => [...compliantStack(), { type: "aws:s3/bucketAcl:BucketAcl", name: "labels-acl", props: { bucket: "labels-abc", accessControlPolicy: { owner: { id: "o" }, grants: [{ permission: "READ", grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers" } }] } }, propertyDependencies: { bucket: ["labels"] } }], at: [BUCKET, "labels"], message: /its ACL grants access to AllUsers/ },
        { title: "a public bucket policy on a bucket outside the stack", stack: () => [...compliantStack(), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "elsewhere-policy", props: { bucket: "elsewhere", policy: bucketPolicy("elsewhere", [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::elsewhere/*" }]) } }], at: ["aws:s3/bucketPolicy:BucketPolicy", "elsewhere-policy"], message: /its bucket policy: a statement allows Principal "\*" with no condition/ },
        { title: "a public-read object", stack: () => [...compliantStack(), { type: "aws:s3/bucketObjectv2:BucketObjectv2", name: "label-1", props: { bucket: "labels-abc", key: "l/1.pdf", acl: "public-read" }, propertyDependencies: { bucket: ["labels"] } }], at: ["aws:s3/bucketObjectv2:BucketObjectv2", "label-1"], message: /the object has the public canned ACL "public-read"/ },
    ]);

    describePolicy(datastoreSharingRestrictDestinations, [
        { title: "an outside account", stack: change("labels-policy", withStatement({ Sid: "Partner", Effect: "Allow", Principal: { AWS: "arn:aws:iam::999988887777:root" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" })), at: [BUCKET, "labels"], message: /statement "Partner" allows arn:aws:iam::999988887777:root of account 999988887777/ },
        { title: "an outside account as a bare id in a list", stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: { AWS: [ACCOUNT, "999988887777"] }, Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" })), at: [BUCKET, "labels"], message: /account 999988887777/ },
        { title: "the shipping provider unconfigured", stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:root` }, Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" })), at: [BUCKET, "labels"], message: /account 444455556666, which is neither/ },
        { title: "the shipping provider given more than reads", config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] }, stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:root` }, Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::labels-abc/*" })), at: [BUCKET, "labels"], message: /may only read objects \(s3:GetObject\), but is granted s3:GetObject, s3:PutObject/ },
        { title: "replication to another account", stack: () => [...compliantStack(), { type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", name: "labels-replication", props: { bucket: "labels-abc", role: "arn:aws:iam::111122223333:role/r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy", account: "999988887777" } }] }, propertyDependencies: { bucket: ["labels"] } }], at: [BUCKET, "labels"], message: /replicates to account 999988887777/ },
        {
            title: "replication to a bucket of this stack in another region",
            stack: () => [...withChange(compliantStack(), "labels", (s) => { s.props.region = "eu-west-1"; }),
                { type: BUCKET, name: "copy", props: { bucket: "copy-abc", region: "us-east-1", tags: {} } },
                { type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", name: "labels-replication", props: { bucket: "labels-abc", role: "r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy-abc" } }] }, propertyDependencies: { bucket: ["labels"] } }],
            at: [BUCKET, "labels"], message: /replicates to region us-east-1, not on allowedRegions \(none\)/,
        },
        { title: "legacy inline replication to another account", stack: change("inline", (s) => { s.props.replicationConfiguration = { role: "r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy", accountId: "999988887777" } }] }; }), at: [BUCKET, "inline"], message: /replicates to account 999988887777/ },
        { title: "an unparsable policy", stack: change("labels-policy", (s) => { s.props.policy = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: 7, Action: "s3:*" }] }); }), at: [BUCKET, "labels"], message: /cannot be parsed: Statement 0: Principal must be "\*" or an object/ },
    ], [
        { title: "the configured shipping provider reading labels", config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] }, stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:role/labels` }, Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" })) },
        { title: "Principal * tied to this account", stack: change("labels-policy", withStatement({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*", Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNT } } })) },
    ]);
});
