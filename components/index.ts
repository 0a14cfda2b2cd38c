/**
 * compliant-storage: AWS data stores that satisfy the data protection policy by default.
 * Every component takes all its settings from its arguments; none reads stack config.
 */
export {
    DataKey,
    DataKeyArgs,
    ExistingKeyAttributes,
    KeyAccess,
    KeyServicePrincipal,
    KeyViaService,
    StoreKey,
    isStoreKey,
} from "./kms/data-key";
export { EncryptedBucket, EncryptedBucketArgs, ExternalReaders } from "./s3/encrypted-bucket";
export { AccessLogBucket, AccessLogBucketArgs } from "./s3/access-log-bucket";
export { PiiTable, PiiTableArgs, TableAttribute, AttributeType, EXPIRY_INDEX_NAME, expiryBucketOf } from "./dynamodb/pii-table";
export { ScheduledPurge, ScheduledPurgeArgs } from "./dynamodb/scheduled-purge";
export { PiiAccessRole, PiiAccessRoleArgs, RoleTrust, StoreAccess, StoreGrant } from "./iam/pii-access-role";
export { DataAccess, GrantableStore, GrantOptions, isGrantableStore, StoreGrantResources } from "./iam/grantable-store";
export { AuditTrail, AuditTrailArgs } from "./monitoring/audit-trail";
export { SECURITY_EVENTS, SecurityEvent } from "./monitoring/security-events";
export { AuditedRdsInstance, AuditedRdsInstanceArgs, RdsEngine } from "./rds/audited-rds-instance";
export { ComponentArgumentError, DataStoreClassificationArgs } from "./validation";
export { LOG_RETENTION_DAYS, longestLogRetentionWithin } from "./cloudwatch/log-retention";
export * as contract from "../policypack/contract";
