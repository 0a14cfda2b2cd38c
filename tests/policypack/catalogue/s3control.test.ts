import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props, remove } from "../support/entries";

const ACCESS_POINT = "aws:s3/accessPoint:AccessPoint";
const GRANT = "aws:s3control/accessGrant:AccessGrant";
const GRANTS_POLICY = "aws:s3control/accessGrantsInstanceResourcePolicy:AccessGrantsInstanceResourcePolicy";
const MRAP = "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint";
const OLAP = "aws:s3control/objectLambdaAccessPoint:ObjectLambdaAccessPoint";
const OUTPOSTS = "aws:s3control/bucket:Bucket";
const LENS = "aws:s3control/storageLensConfiguration:StorageLensConfiguration";
const AP_ARN = `arn:aws:s3:eu-west-1:${ACCOUNT}:accesspoint/labels-ap`;
const OUTPOSTS_ARN = `arn:aws:s3-outposts:eu-west-1:${ACCOUNT}:outpost/op-0123456789abcdef0/bucket/edge-labels`;
const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`;

const document = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (principal: unknown, action: string, resource = "*") => ({
    Effect: "Allow",
    Principal: principal,
    Action: action,
    Resource: resource,
});
const denyPlainHttp = {
    Effect: "Deny",
    Principal: "*",
    Action: "s3-outposts:*",
    Resource: "*",
    Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const ownRole = { AWS: `arn:aws:iam::${ACCOUNT}:role/labeler` };

const s3control = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: ACCESS_POINT,
                name: "labels-ap",
                props: { bucket: "labels-abc", name: "labels-ap" },
                propertyDependencies: { bucket: ["labels"] },
            },
            {
                type: "aws:s3control/accessPointPolicy:AccessPointPolicy",
                name: "labels-ap-policy",
                props: { accessPointArn: AP_ARN, policy: document([allow(ownRole, "s3:GetObject", `${AP_ARN}/object/*`)]) },
                propertyDependencies: { accessPointArn: ["labels-ap"] },
            },
            { type: "aws:s3control/accessGrantsInstance:AccessGrantsInstance", name: "grants", props: {} },
            {
                type: GRANTS_POLICY,
                name: "grants-policy",
                props: { policy: document([allow({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, "s3:GetDataAccess")]) },
            },
            {
                type: "aws:s3control/accessGrantsLocation:AccessGrantsLocation",
                name: "labels-location",
                props: { locationScope: "s3://labels-abc/*", iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/grants` },
                propertyDependencies: { locationScope: ["labels"] },
            },
            {
                type: GRANT,
                name: "labeler-grant",
                props: {
                    accessGrantsLocationId: "default",
                    permission: "READ",
                    grantee: { granteeType: "IAM", granteeIdentifier: `arn:aws:iam::${ACCOUNT}:role/labeler` },
                },
                propertyDependencies: { accessGrantsLocationId: ["labels-location"] },
            },
            {
                type: MRAP,
                name: "global",
                props: { details: { name: "global-labels", regions: [{ bucket: "labels-abc" }] } },
                propertyDependencies: { details: ["labels"] },
            },
            {
                type: "aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy",
                name: "global-policy",
                props: { details: { name: "global-labels", policy: document([allow(ownRole, "s3:GetObject")]) } },
                propertyDependencies: { details: ["global"] },
            },
            {
                type: OLAP,
                name: "redacted",
                props: {
                    name: "redacted",
                    configuration: {
                        supportingAccessPoint: AP_ARN,
                        transformationConfigurations: [
                            { actions: ["GetObject"], contentTransformation: { awsLambda: { functionArn: FUNCTION_ARN } } },
                        ],
                    },
                },
                propertyDependencies: { configuration: ["labels-ap", "purge"] },
            },
            {
                type: "aws:s3control/objectLambdaAccessPointPolicy:ObjectLambdaAccessPointPolicy",
                name: "redacted-policy",
                props: { name: "redacted", policy: document([allow(ownRole, "s3-object-lambda:GetObject")]) },
                propertyDependencies: { name: ["redacted"] },
            },
            { type: OUTPOSTS, name: "edge-labels", props: { bucket: "edge-labels", outpostId: "op-0123456789abcdef0", tags: PII_TAGS } },
            {
                type: "aws:s3control/bucketPolicy:BucketPolicy",
                name: "edge-labels-policy",
                props: { bucket: OUTPOSTS_ARN, policy: document([denyPlainHttp]) },
                propertyDependencies: { bucket: ["edge-labels"] },
            },
            {
                type: "aws:s3control/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
                name: "edge-labels-lifecycle",
                props: {
                    bucket: OUTPOSTS_ARN,
                    rules: [{ id: "expire", expiration: { days: 1 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 1 } }],
                },
                propertyDependencies: { bucket: ["edge-labels"] },
            },
            {
                type: LENS,
                name: "lens",
                props: {
                    configId: "usage",
                    storageLensConfiguration: {
                        enabled: true,
                        accountLevel: { bucketLevel: {} },
                        dataExport: {
                            s3BucketDestination: {
                                accountId: ACCOUNT,
                                arn: "arn:aws:s3:::logs-abc",
                                format: "CSV",
                                outputSchemaVersion: "V_1",
                                encryption: { sseKms: { keyId: KEY_ARN } },
                            },
                        },
                    },
                },
                propertyDependencies: { storageLensConfiguration: ["logs", "data-key"] },
            },
        ],
        ["AWS::S3ObjectLambda::AccessPoint", "AWS::Lambda::Function"],
    );

describe("catalogue: S3 Control", () => {
    describeEntry(
        "S3 Access Grants",
        s3control,
        [
            {
                title: "a grant to an IAM role of another account",
                change: props("labeler-grant", (p) => {
                    p.grantee.granteeIdentifier = `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/theirs`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [GRANT, "labeler-grant"],
                message: /grants READ on its location to arn:aws:iam::999988887777:role\/theirs of account 999988887777/,
            },
            {
                title: "a location registered for another account",
                change: props("labels-location", (p) => {
                    p.accountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: ["aws:s3control/accessGrantsLocation:AccessGrantsLocation", "labels-location"],
                message: /registers a location of account 999988887777/,
            },
            {
                title: "a grants instance policy open to everyone",
                change: props("grants-policy", (p) => {
                    p.policy = document([allow("*", "s3:GetDataAccess")]);
                }),
                policy: datastoreAccessBlockPublic,
                at: [GRANTS_POLICY, "grants-policy"],
                message: /its access grants instance policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "a grants instance policy letting in another account",
                change: props("grants-policy", (p) => {
                    p.policy = document([allow({ AWS: OUTSIDE_ACCOUNT }, "s3:GetDataAccess")]);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [GRANTS_POLICY, "grants-policy"],
                message: /account 999988887777, which is neither/,
            },
        ],
        [
            {
                title: "a grant to the shipping provider's role",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("labeler-grant", (p) => {
                    p.grantee.granteeIdentifier = `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/labels`;
                }),
            },
            {
                title: "a grant to an Identity Center group",
                change: props("labeler-grant", (p) => {
                    p.grantee = { granteeType: "DIRECTORY_GROUP", granteeIdentifier: "0123456789-abcd" };
                }),
            },
        ],
    );

    describeEntry("access point, multi-region and Object Lambda access point policies", s3control, [
        {
            title: "an access point policy open to everyone (judged on its access point)",
            change: props("labels-ap-policy", (p) => {
                p.policy = document([allow("*", "s3:GetObject")]);
            }),
            policy: datastoreAccessBlockPublic,
            at: [ACCESS_POINT, "labels-ap"],
            message: /its access point policy: a statement allows Principal "\*"/,
        },
        {
            title: "a multi-region access point without its public access block",
            change: props("global", (p) => {
                p.details.publicAccessBlock = { restrictPublicBuckets: false };
            }),
            policy: datastoreAccessBlockPublic,
            at: [MRAP, "global"],
            message: /the multi-region access point is public: details.publicAccessBlock.restrictPublicBuckets is false/,
        },
        {
            title: "a multi-region access point over a bucket in another region",
            change: props("global", (p) => {
                p.details.regions.push({ bucket: "labels-us", region: "us-east-1" });
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [MRAP, "global"],
            message: /routes requests to a bucket in region us-east-1, not on allowedRegions/,
        },
        {
            title: "a multi-region access point over another account's bucket",
            change: props("global", (p) => {
                p.details.regions[0].bucketAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [MRAP, "global"],
            message: /routes requests to a bucket of account 999988887777/,
        },
        {
            title: "a multi-region access point owned by another account",
            change: props("global", (p) => {
                p.accountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [MRAP, "global"],
            message: /is owned by account 999988887777/,
        },
        {
            title: "a multi-region access point policy letting in another account",
            change: props("global-policy", (p) => {
                p.details.policy = document([allow({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }, "s3:GetObject")]);
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [MRAP, "global"],
            message: /its multi-region access point policy: .*account 999988887777/,
        },
        {
            title: "an Object Lambda access point calling another account's function",
            change: props("redacted", (p) => {
                p.configuration.transformationConfigurations[0].contentTransformation.awsLambda.functionArn = `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:theirs`;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [OLAP, "redacted"],
            message: /hands object contents to arn:aws:lambda:eu-west-1:999988887777:function:theirs, in account 999988887777/,
        },
        {
            title: "an Object Lambda access point policy open to everyone",
            change: props("redacted-policy", (p) => {
                p.policy = document([allow("*", "s3-object-lambda:GetObject")]);
            }),
            policy: datastoreAccessBlockPublic,
            at: [OLAP, "redacted"],
            message: /its Object Lambda access point policy: a statement allows Principal "\*"/,
        },
        {
            title: "no trail records Object Lambda data events",
            change: (stack) => {
                const trail = stack.find((s) => s.name === "audit")!;
                trail.props.advancedEventSelectors = trail.props.advancedEventSelectors.filter(
                    (s: any) => s.name !== "AWS::S3ObjectLambda::AccessPoint",
                );
            },
            policy: cloudtrailTrailRequireDataEvents,
            at: [OLAP, "redacted"],
            message: /no trail records data events \(AWS::S3ObjectLambda::AccessPoint\)/,
        },
        {
            title: "the transforming function becomes a carrier of personal data",
            change: (stack) => {
                const trail = stack.find((s) => s.name === "audit")!;
                trail.props.advancedEventSelectors = trail.props.advancedEventSelectors.filter(
                    (s: any) => s.name !== "AWS::Lambda::Function",
                );
            },
            policy: cloudtrailTrailRequireDataEvents,
            at: ["aws:lambda/function:Function", "purge"],
            message: /no trail records data events \(AWS::Lambda::Function\)/,
        },
    ]);

    describeEntry("S3 on Outposts buckets", s3control, [
        {
            title: "no bucket policy denying plain HTTP",
            change: remove("edge-labels-policy"),
            policy: datastoreTransitRequireTls,
            at: [OUTPOSTS, "edge-labels"],
            message: /has no bucket policy \(aws.s3control.BucketPolicy\), so connections without TLS are not denied/,
        },
        {
            title: "a bucket policy open to everyone",
            change: props("edge-labels-policy", (p) => {
                p.policy = document([denyPlainHttp, allow("*", "s3-outposts:GetObject")]);
            }),
            policy: datastoreAccessBlockPublic,
            at: [OUTPOSTS, "edge-labels"],
            message: /its bucket policy: a statement allows Principal "\*"/,
        },
        {
            title: "objects kept 5 days",
            change: props("edge-labels-lifecycle", (p) => {
                p.rules[0].expiration.days = 5;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [OUTPOSTS, "edge-labels"],
            message: /objects may live 6 days/,
        },
        {
            title: "no lifecycle",
            change: remove("edge-labels-lifecycle"),
            policy: datastoreRetentionLimitCopies,
            at: [OUTPOSTS, "edge-labels"],
            message: /has no enabled whole-bucket lifecycle rule/,
        },
        {
            title: "unclassified",
            change: props("edge-labels", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [OUTPOSTS, "edge-labels"],
            message: /tag "data-classification" must be one of/,
        },
    ]);

    describeEntry(
        "S3 Storage Lens",
        s3control,
        [
            {
                title: "metrics exported under SSE-S3",
                change: props("lens", (p) => {
                    p.storageLensConfiguration.dataExport.s3BucketDestination.encryption = { sseS3s: [{}] };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [LENS, "lens"],
                message: /does not name sseKms, so the export is encrypted with SSE-S3/,
            },
            {
                title: "metrics exported to another account",
                change: props("lens", (p) => {
                    p.storageLensConfiguration.dataExport.s3BucketDestination.accountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LENS, "lens"],
                message: /exports metrics to a bucket of account 999988887777/,
            },
            {
                title: "prefix metrics exported to another account",
                change: props("lens", (p) => {
                    p.storageLensConfiguration.expandedPrefixesDataExport = {
                        s3BucketDestination: {
                            accountId: OUTSIDE_ACCOUNT,
                            arn: "arn:aws:s3:::theirs",
                            format: "CSV",
                            outputSchemaVersion: "V_1",
                            encryption: { sseKms: { keyId: KEY_ARN } },
                        },
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [LENS, "lens"],
                message: /exports prefix metrics to a bucket of account 999988887777/,
            },
        ],
        [
            {
                title: "a Storage Lens dashboard without export",
                change: props("lens", (p) => {
                    delete p.storageLensConfiguration.dataExport;
                }),
            },
        ],
    );
});
