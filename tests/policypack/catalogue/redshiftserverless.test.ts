import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const NAMESPACE = "aws:redshiftserverless/namespace:Namespace";
const WORKGROUP = "aws:redshiftserverless/workgroup:Workgroup";
const SNAPSHOT = "aws:redshiftserverless/snapshot:Snapshot";
const POLICY = "aws:redshiftserverless/resourcePolicy:ResourcePolicy";
const ENDPOINT = "aws:redshiftserverless/endpointAccess:EndpointAccess";

const SNAPSHOT_ARN = `arn:aws:redshift-serverless:eu-west-1:${ACCOUNT}:snapshot/1234abcd-12ab-34cd-56ef-1234567890ab`;

const serverless = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: NAMESPACE,
            name: "analytics",
            props: {
                namespaceName: "analytics",
                kmsKeyId: KEY_ARN,
                manageAdminPassword: true,
                adminPasswordSecretKmsKeyId: KEY_ARN,
                tags: PII_TAGS,
            },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: WORKGROUP,
            name: "analytics-wg",
            props: {
                workgroupName: "analytics-wg",
                namespaceName: "analytics",
                publiclyAccessible: false,
                securityGroupIds: ["sg-wg"],
                subnetIds: ["subnet-1", "subnet-2", "subnet-3"],
                configParameters: [{ parameterKey: "require_ssl", parameterValue: "true" }],
            },
            propertyDependencies: { namespaceName: ["analytics"] },
        },
        {
            type: SNAPSHOT,
            name: "analytics-snap",
            props: { namespaceName: "analytics", snapshotName: "analytics-snap", retentionPeriod: 1 },
            propertyDependencies: { namespaceName: ["analytics"] },
        },
    ]);

const snapshotPolicy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: ["redshift-serverless:RestoreFromSnapshot"], Resource: SNAPSHOT_ARN }],
    });

describe("catalogue: Redshift Serverless", () => {
    describeEntry(
        NAMESPACE,
        serverless,
        [
            {
                title: "an AWS-owned key",
                change: props("analytics", (p) => {
                    delete p.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [NAMESPACE, "analytics"],
                message: /has no kmsKeyId, so the namespace is encrypted under an AWS-owned key/,
            },
            {
                title: "the admin secret under the AWS-managed key",
                change: props("analytics", (p) => {
                    delete p.adminPasswordSecretKmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [NAMESPACE, "analytics"],
                message: /the admin credentials secret: has no adminPasswordSecretKmsKeyId/,
            },
            {
                title: "unclassified",
                change: props("analytics", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [NAMESPACE, "analytics"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "recovery points (kept 24 hours) fit a 1-day retention",
                change: props("analytics", (p) => {
                    p.tags = { ...PII_TAGS, "retention-days": "1" };
                }),
            },
        ],
    );

    describeEntry(
        WORKGROUP,
        serverless,
        [
            {
                title: "require_ssl not set",
                change: props("analytics-wg", (p) => {
                    p.configParameters = [{ parameterKey: "enable_user_activity_logging", parameterValue: "true" }];
                }),
                policy: datastoreTransitRequireTls,
                at: [WORKGROUP, "analytics-wg"],
                message: /configParameters sets no require_ssl/,
            },
            {
                title: "require_ssl false",
                change: props("analytics-wg", (p) => {
                    p.configParameters[0].parameterValue = "false";
                }),
                policy: datastoreTransitRequireTls,
                at: [WORKGROUP, "analytics-wg"],
                message: /require_ssl is "false"/,
            },
            {
                title: "publicly accessible",
                change: props("analytics-wg", (p) => {
                    p.publiclyAccessible = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [WORKGROUP, "analytics-wg"],
                message: /the workgroup is public: publiclyAccessible is true/,
            },
            {
                title: "no security groups",
                change: props("analytics-wg", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [WORKGROUP, "analytics-wg"],
                message: /the workgroup names no securityGroupIds/,
            },
        ],
        [
            {
                title: "the key spelled as the provider's docs do (requireSsl)",
                change: props("analytics-wg", (p) => {
                    p.configParameters[0].parameterKey = "requireSsl";
                }),
            },
        ],
    );

    describeEntry(SNAPSHOT, serverless, [
        {
            title: "a snapshot kept forever by default",
            change: props("analytics-snap", (p) => {
                delete p.retentionPeriod;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [SNAPSHOT, "analytics-snap"],
            message: /keeps a manual snapshot forever \(retentionPeriod is not set\)/,
        },
        {
            title: "a snapshot kept 10 days",
            change: props("analytics-snap", (p) => {
                p.retentionPeriod = 10;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [SNAPSHOT, "analytics-snap"],
            message: /keeps a manual snapshot 10 days/,
        },
    ]);

    describeEntry(
        POLICY,
        serverless,
        [
            {
                title: "another account may restore the snapshot",
                change: add({
                    type: POLICY,
                    name: "snap-policy",
                    props: { resourceArn: SNAPSHOT_ARN, policy: snapshotPolicy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }) },
                    propertyDependencies: { resourceArn: ["analytics-snap"] },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SNAPSHOT, "analytics-snap"],
                message: /its snapshot policy: .*account 999988887777/,
            },
            {
                title: "anyone may restore the snapshot",
                change: add({
                    type: POLICY,
                    name: "snap-policy",
                    props: { resourceArn: SNAPSHOT_ARN, policy: snapshotPolicy({ AWS: "*" }) },
                    propertyDependencies: { resourceArn: ["analytics-snap"] },
                }),
                policy: datastoreAccessBlockPublic,
                at: [SNAPSHOT, "analytics-snap"],
                message: /its snapshot policy: a statement allows Principal "\*"/,
            },
        ],
        [
            {
                title: "only this account may restore",
                change: add({
                    type: POLICY,
                    name: "snap-policy",
                    props: { resourceArn: SNAPSHOT_ARN, policy: snapshotPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
                    propertyDependencies: { resourceArn: ["analytics-snap"] },
                }),
            },
        ],
    );

    describeEntry(ENDPOINT, serverless, [
        {
            title: "a VPC endpoint on the default security group",
            change: add({
                type: ENDPOINT,
                name: "analytics-vpce",
                props: { endpointName: "analytics-vpce", workgroupName: "analytics-wg", subnetIds: ["subnet-9"] },
                propertyDependencies: { workgroupName: ["analytics-wg"] },
            }),
            policy: datastoreAccessBlockPublic,
            at: [WORKGROUP, "analytics-wg"],
            message: /its VPC endpoint names no vpcSecurityGroupIds/,
        },
    ]);
});
