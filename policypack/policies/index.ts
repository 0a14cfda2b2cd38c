/** Every policy of the pack, in the order they are reported. */
import { DataProtectionPolicy } from "../lib/define";
import { datastoreTagsRequireClassification } from "./datastore/tags/datastore-tags-require-classification";
import { datastoreTagsRequirePurpose } from "./datastore/tags/datastore-tags-require-purpose";
import { datastoreTagsRequireRetention } from "./datastore/tags/datastore-tags-require-retention";
import { s3BucketRequireKmsEncryption } from "./s3/bucket/s3-bucket-require-kms-encryption";
import { s3BucketBlockPublicAccess } from "./s3/bucket/s3-bucket-block-public-access";
import { s3BucketRequireTls } from "./s3/bucket/s3-bucket-require-tls";
import { s3BucketRequireLifecycle } from "./s3/bucket/s3-bucket-require-lifecycle";
import { s3BucketRequireAccessLogging } from "./s3/bucket/s3-bucket-require-access-logging";
import { s3BucketRestrictSharing } from "./s3/bucket/s3-bucket-restrict-sharing";
import { dynamodbTableRequireKmsEncryption } from "./dynamodb/table/dynamodb-table-require-kms-encryption";
import { dynamodbTableRequireTtl } from "./dynamodb/table/dynamodb-table-require-ttl";
import { dynamodbTableLimitRetention } from "./dynamodb/table/dynamodb-table-limit-retention";
import { dynamodbTableRestrictReplicas } from "./dynamodb/table/dynamodb-table-restrict-replicas";
import { rdsDatabaseRequireKmsEncryption } from "./rds/database/rds-database-require-kms-encryption";
import { rdsDatabaseDisallowPublicAccess } from "./rds/database/rds-database-disallow-public-access";
import { rdsDatabaseRequireTls } from "./rds/database/rds-database-require-tls";
import { rdsDatabaseLimitBackups } from "./rds/database/rds-database-limit-backups";
import { rdsSnapshotRestrictSharing } from "./rds/snapshot/rds-snapshot-restrict-sharing";
import { kmsKeyRequireRotation } from "./kms/key/kms-key-require-rotation";
import { kmsKeyRestrictPolicy } from "./kms/key/kms-key-restrict-policy";
import { iamPolicyDisallowWildcards } from "./iam/policy/iam-policy-disallow-wildcards";
import { iamRoleRequireMfa } from "./iam/role/iam-role-require-mfa";
import { iamRoleRequireAccessTags } from "./iam/role/iam-role-require-access-tags";
import { iamUserDisallowDataAccess } from "./iam/user/iam-user-disallow-data-access";
import { cloudtrailTrailRequireDataEvents } from "./cloudtrail/trail/cloudtrail-trail-require-data-events";
import { cloudwatchAlarmRequireSecurityAlarms } from "./cloudwatch/alarm/cloudwatch-alarm-require-security-alarms";
import { cloudwatchLogGroupRequireRetention } from "./cloudwatch/log-group/cloudwatch-log-group-require-retention";
import { snsTopicRequireIncidentSubscription } from "./sns/topic/sns-topic-require-incident-subscription";
import { snsTopicRequireKmsEncryption } from "./sns/topic/sns-topic-require-kms-encryption";
import { snsSubscriptionRequireEncryptedProtocol } from "./sns/subscription/sns-subscription-require-encrypted-protocol";
import { sqsQueueRequireKmsEncryption } from "./sqs/queue/sqs-queue-require-kms-encryption";
import { sqsQueueRestrictSharing } from "./sqs/queue/sqs-queue-restrict-sharing";
import { snsTopicRestrictSharing } from "./sns/topic/sns-topic-restrict-sharing";
import { secretsmanagerSecretRequireKmsEncryption } from "./secretsmanager/secret/secretsmanager-secret-require-kms-encryption";
import { lambdaFunctionRequireEnvEncryption } from "./lambda/function/lambda-function-require-env-encryption";
import { exemptionTagRequireValid } from "./exemption/tag/exemption-tag-require-valid";
import { exemptionTagListActive } from "./exemption/tag/exemption-tag-list-active";

export const allPolicies: DataProtectionPolicy[] = [
    datastoreTagsRequireClassification, datastoreTagsRequirePurpose, datastoreTagsRequireRetention,
    s3BucketRequireKmsEncryption, s3BucketBlockPublicAccess, s3BucketRequireTls, s3BucketRequireLifecycle, s3BucketRequireAccessLogging, s3BucketRestrictSharing,
    dynamodbTableRequireKmsEncryption, dynamodbTableRequireTtl, dynamodbTableLimitRetention, dynamodbTableRestrictReplicas,
    rdsDatabaseRequireKmsEncryption, rdsDatabaseDisallowPublicAccess, rdsDatabaseRequireTls, rdsDatabaseLimitBackups, rdsSnapshotRestrictSharing,
    kmsKeyRequireRotation, kmsKeyRestrictPolicy,
    iamPolicyDisallowWildcards, iamRoleRequireMfa, iamRoleRequireAccessTags, iamUserDisallowDataAccess,
    cloudtrailTrailRequireDataEvents, cloudwatchAlarmRequireSecurityAlarms, cloudwatchLogGroupRequireRetention,
    snsTopicRequireIncidentSubscription, snsTopicRequireKmsEncryption, snsTopicRestrictSharing, snsSubscriptionRequireEncryptedProtocol,
    sqsQueueRequireKmsEncryption, sqsQueueRestrictSharing, secretsmanagerSecretRequireKmsEncryption, lambdaFunctionRequireEnvEncryption,
    exemptionTagRequireValid, exemptionTagListActive,
];
