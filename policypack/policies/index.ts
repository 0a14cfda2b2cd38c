/** Every policy of the pack, in the order they are reported. */
import { DataProtectionPolicy } from "../lib/define";
import { datastoreTagsRequireClassification } from "./datastore/tags/datastore-tags-require-classification";
import { datastoreTagsRequirePurpose } from "./datastore/tags/datastore-tags-require-purpose";
import { datastoreTagsRequireRetention } from "./datastore/tags/datastore-tags-require-retention";
import { datastoreTypeRequireCatalogued } from "./datastore/type/datastore-type-require-catalogued";
import { datastoreEncryptionRequireCustomerKey } from "./datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTransitRequireTls } from "./datastore/transit/datastore-transit-require-tls";
import { datastoreAccessBlockPublic } from "./datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "./datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "./datastore/sharing/datastore-sharing-restrict-destinations";
import { s3BucketRequireAccessLogging } from "./s3/bucket/s3-bucket-require-access-logging";
import { s3BucketRecommendAccessLogging } from "./s3/bucket/s3-bucket-recommend-access-logging";
import { kmsKeyRequireRotation } from "./kms/key/kms-key-require-rotation";
import { kmsKeyRestrictPolicy } from "./kms/key/kms-key-restrict-policy";
import { iamPolicyDisallowWildcards } from "./iam/policy/iam-policy-disallow-wildcards";
import { iamPrincipalRequireDefinedInStack } from "./iam/principal/iam-principal-require-defined-in-stack";
import { iamPrincipalRestrictAwsManagedPolicies } from "./iam/principal/iam-principal-restrict-aws-managed-policies";
import { iamRoleRestrictTrust } from "./iam/role/iam-role-restrict-trust";
import { iamRoleRequireMfa } from "./iam/role/iam-role-require-mfa";
import { iamRoleRequireAccessTags } from "./iam/role/iam-role-require-access-tags";
import { iamUserDisallowDataAccess } from "./iam/user/iam-user-disallow-data-access";
import { cloudtrailTrailRequireDataEvents } from "./cloudtrail/trail/cloudtrail-trail-require-data-events";
import { cloudwatchAlarmRequireSecurityAlarms } from "./cloudwatch/alarm/cloudwatch-alarm-require-security-alarms";
import { snsTopicRequireIncidentSubscription } from "./sns/topic/sns-topic-require-incident-subscription";
import { exemptionTagRequireValid } from "./exemption/tag/exemption-tag-require-valid";
import { exemptionTagListActive } from "./exemption/tag/exemption-tag-list-active";

export const allPolicies: DataProtectionPolicy[] = [
    datastoreTagsRequireClassification,
    datastoreTagsRequirePurpose,
    datastoreTagsRequireRetention,
    datastoreTypeRequireCatalogued,
    datastoreEncryptionRequireCustomerKey,
    datastoreTransitRequireTls,
    datastoreAccessBlockPublic,
    datastoreRetentionLimitCopies,
    datastoreSharingRestrictDestinations,
    s3BucketRequireAccessLogging,
    s3BucketRecommendAccessLogging,
    kmsKeyRequireRotation,
    kmsKeyRestrictPolicy,
    iamPolicyDisallowWildcards,
    iamPrincipalRequireDefinedInStack,
    iamPrincipalRestrictAwsManagedPolicies,
    iamRoleRequireMfa,
    iamRoleRestrictTrust,
    iamRoleRequireAccessTags,
    iamUserDisallowDataAccess,
    cloudtrailTrailRequireDataEvents,
    cloudwatchAlarmRequireSecurityAlarms,
    snsTopicRequireIncidentSubscription,
    exemptionTagRequireValid,
    exemptionTagListActive,
];
