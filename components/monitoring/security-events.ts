/**
 * The events DP-7.1 asks to be alarmed on, as CloudWatch Logs filter patterns over CloudTrail
 * records (after the CIS AWS Foundations benchmark's monitoring controls).
 */
export interface SecurityEvent {
    /** Short kebab-case id, used in resource and metric names. */
    readonly id: string;
    readonly description: string;
    readonly pattern: string;
}

export const SECURITY_EVENTS: readonly SecurityEvent[] = [
    {
        id: "unauthorised-calls",
        description: "Unauthorised API calls",
        pattern: `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`,
    },
    {
        id: "root-use",
        description: "Use of the root account",
        pattern: `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`,
    },
    {
        id: "console-login-without-mfa",
        description: "Console sign-in without MFA",
        pattern: `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.responseElements.ConsoleLogin = "Success") }`,
    },
    {
        id: "iam-policy-changes",
        description: "IAM policy changes",
        pattern: `{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }`,
    },
    {
        id: "bucket-policy-changes",
        description: "S3 bucket policy changes",
        pattern: `{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy) || ($.eventName = PutBucketAcl) || ($.eventName = PutBucketPublicAccessBlock) || ($.eventName = DeleteBucketPublicAccessBlock)) }`,
    },
    {
        id: "key-policy-changes",
        description: "KMS key policy changes",
        pattern: `{ ($.eventSource = kms.amazonaws.com) && (($.eventName = PutKeyPolicy) || ($.eventName = CreateGrant) || ($.eventName = RevokeGrant)) }`,
    },
    {
        id: "key-disable-or-deletion",
        description: "KMS key disabled or scheduled for deletion",
        pattern: `{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }`,
    },
];
