/**
 * The end-to-end deletion arithmetic of DP-5.3 / DP-5.4, shared by the components (which
 * choose lifecycle and backup settings from a retention) and the policy pack (which checks
 * that a stack's settings fit the policy's maximum).
 *
 * S3 runs lifecycle actions once a day: an object that expires after `days` is removed at
 * the first midnight UTC after creation + `days`, so up to one day later. When expiration
 * turns the current version into a noncurrent one at that midnight, the noncurrent clock
 * starts on a midnight and adds no second rounding. Hence, for a versioned bucket:
 *
 *     bound = expirationDays + S3_LIFECYCLE_LAG_DAYS + noncurrentVersionExpirationDays
 *
 * DynamoDB TTL gives no deadline ("within a few days"); a PII table therefore relies on a
 * scheduled purge that deletes items past their expiry attribute, and its bound is
 *
 *     bound = item lifetime + purge interval + point-in-time-recovery window
 *
 * because a deleted item can still be restored from PITR for the whole recovery window.
 */

/** Days S3 may take, beyond a lifecycle rule's `days`, to act on it (midnight-UTC rounding). */
export const S3_LIFECYCLE_LAG_DAYS = 1;

/** Shortest noncurrent-version expiration S3 accepts. */
export const S3_MIN_NONCURRENT_DAYS = 1;

/** Shortest retention a versioned bucket can honour: 1 day current + lag + 1 day noncurrent. */
export const S3_MIN_VERSIONED_RETENTION_DAYS = 1 + S3_LIFECYCLE_LAG_DAYS + S3_MIN_NONCURRENT_DAYS;

/** Days within which every copy of an object is gone, for a versioned bucket's lifecycle. */
export function s3VersionedDeletionBoundDays(expirationDays: number, noncurrentDays: number): number {
    return expirationDays + S3_LIFECYCLE_LAG_DAYS + noncurrentDays;
}

/** Hours within which every copy of a DynamoDB item is gone, given its own lifetime. */
export function dynamoDbDeletionBoundHours(itemLifetimeHours: number, purgeIntervalHours: number, pitrDays: number): number {
    return itemLifetimeHours + purgeIntervalHours + pitrDays * 24;
}
