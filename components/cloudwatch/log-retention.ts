/** Retention values, in days, that CloudWatch Logs accepts. */
export const LOG_RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;
export type LogRetentionDays = (typeof LOG_RETENTION_DAYS)[number];

/** The longest retention CloudWatch accepts that does not exceed `days` (at least 1). */
export function longestLogRetentionWithin(days: number): LogRetentionDays {
    return [...LOG_RETENTION_DAYS].reverse().find((allowed) => allowed <= days) ?? 1;
}
