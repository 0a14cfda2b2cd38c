import { isUnknown } from "./values";

/** Keys named by AWS-managed aliases (alias/aws/...) are not customer-managed. */
export function isAwsManagedKeyReference(keyId: string): boolean {
    return /(^|:)alias\/aws\//.test(keyId);
}

/**
 * Why a key reference does not name a customer-managed key, or undefined when it does. An
 * unknown reference is accepted: during preview it is the ARN of a key created in the stack.
 */
export function customerKeyProblem(keyId: unknown, property: string): string | undefined {
    if (isUnknown(keyId)) return undefined;
    if (keyId === undefined || keyId === null || keyId === "") return `has no ${property}: encrypt it under a customer-managed KMS key`;
    if (typeof keyId !== "string") return `${property} is not a key reference`;
    if (isAwsManagedKeyReference(keyId)) return `${property} names the AWS-managed key ${keyId}; use a customer-managed key`;
    return undefined;
}
