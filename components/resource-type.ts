/**
 * Which component a value is, by its Pulumi type token rather than its class: what the SDK's own
 * `isInstance` does (`aws.s3.Bucket.isInstance`), so that a component made by another installed
 * copy of this package (two versions in one program) is still recognised. `instanceof` is not.
 */
export function hasPulumiType(value: unknown, type: string): boolean {
    return typeof value === "object" && value !== null && (value as { __pulumiType?: unknown }).__pulumiType === type;
}
