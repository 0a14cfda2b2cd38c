/**
 * What a reader of the offline preview wants to see for each data store: its contract tags
 * and the controls that actually reach AWS, read from the recorded resource inputs (side
 * resources joined to their bucket through property dependencies, as the engine reports).
 */
import { TAG } from "../../policypack/contract";
import { findCondition, parsePolicyDocument } from "../../policypack/lib/policy-document";
import { RecordedResource, ResourceRecorder } from "./mock-runtime";

export interface StoreControls {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly tags: Record<string, string>;
    readonly controls: string[];
}

const STORE_TYPES = ["aws:s3/bucket:Bucket", "aws:dynamodb/table:Table", "aws:rds/instance:Instance"];

export function describeStores(recorder: ResourceRecorder): StoreControls[] {
    const attachedTo = new Map<string, RecordedResource[]>();
    for (const resource of recorder.resources) {
        for (const urn of resource.propertyDependencies.bucket ?? []) {
            attachedTo.set(urn, [...(attachedTo.get(urn) ?? []), resource]);
        }
    }
    return recorder.resources
        .filter((r) => STORE_TYPES.includes(r.type))
        .map((store) => ({
            urn: store.urn,
            type: store.type,
            name: store.name,
            tags: store.inputs.tags ?? {},
            controls:
                store.type === "aws:s3/bucket:Bucket"
                    ? bucketControls(attachedTo.get(store.urn) ?? [])
                    : store.type === "aws:dynamodb/table:Table"
                      ? tableControls(store.inputs)
                      : databaseControls(store.inputs),
        }));
}

function bucketControls(side: RecordedResource[]): string[] {
    const of = (type: string) => side.find((r) => r.type === `aws:s3/${type}`)?.inputs;
    const controls: string[] = [];
    const encryption = of("bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")?.rules?.[0];
    controls.push(
        encryption
            ? `encryption ${encryption.applyServerSideEncryptionByDefault?.sseAlgorithm}, key ${encryption.applyServerSideEncryptionByDefault?.kmsMasterKeyId ?? "AWS-managed"}, bucket key ${encryption.bucketKeyEnabled ? "on" : "off"}`
            : "MISSING encryption configuration",
    );
    const block = of("bucketPublicAccessBlock:BucketPublicAccessBlock");
    controls.push(
        block && block.blockPublicAcls && block.blockPublicPolicy && block.ignorePublicAcls && block.restrictPublicBuckets
            ? "public access blocked (all four)"
            : "MISSING full public access block",
    );
    const policy = parsePolicyDocument(of("bucketPolicy:BucketPolicy")?.policy);
    const denies = policy.kind === "parsed" ? policy.statements.filter((s) => s.effect === "Deny") : [];
    const tlsOnly =
        denies.some((s) => findCondition(s, "Bool", "aws:SecureTransport")) &&
        denies.some((s) => findCondition(s, "NumericLessThan", "s3:TlsVersion"));
    controls.push(
        tlsOnly
            ? "policy denies non-TLS and TLS < 1.2"
            : policy.kind === "invalid"
              ? `bucket policy cannot be parsed: ${policy.reason}`
              : "MISSING TLS-only bucket policy",
    );
    controls.push(
        of("bucketVersioning:BucketVersioning")?.versioningConfiguration?.status === "Enabled" ? "versioning on" : "versioning off",
    );
    const rules: any[] = of("bucketLifecycleConfiguration:BucketLifecycleConfiguration")?.rules ?? [];
    const expire = rules.find((r) => r.expiration?.days !== undefined);
    controls.push(
        expire
            ? `lifecycle: current ${expire.expiration.days} d, noncurrent ${expire.noncurrentVersionExpiration?.noncurrentDays ?? "never"} d, multipart ${expire.abortIncompleteMultipartUpload?.daysAfterInitiation ?? "never"} d`
            : "MISSING lifecycle expiration",
    );
    const logging = of("bucketLogging:BucketLogging");
    controls.push(logging ? `access logs to ${logging.targetBucket}/${logging.targetPrefix}` : "access-log target (no logging of its own)");
    return controls;
}

function tableControls(inputs: Record<string, any>): string[] {
    const sse = inputs.serverSideEncryption;
    return [
        sse?.enabled && sse.kmsKeyArn ? `encryption customer-managed key ${sse.kmsKeyArn}` : "encryption NOT under a customer-managed key",
        inputs.ttl?.enabled ? `TTL on ${inputs.ttl.attributeName}` : "TTL off",
        inputs.pointInTimeRecovery?.enabled ? `PITR ${inputs.pointInTimeRecovery.recoveryPeriodInDays ?? 35} d` : "PITR off",
        `deletion protection ${inputs.deletionProtectionEnabled ? "on" : "off"}`,
        `stream ${inputs.streamEnabled ? inputs.streamViewType : "off"}`,
        `billing ${inputs.billingMode}`,
    ];
}

function databaseControls(inputs: Record<string, any>): string[] {
    return [
        `${inputs.engine} ${inputs.engineVersion} on ${inputs.instanceClass}, ${inputs.allocatedStorage} GiB, multi-AZ ${inputs.multiAz ? "on" : "off"}`,
        inputs.storageEncrypted ? `storage encrypted with ${inputs.kmsKeyId ?? "the AWS-managed key"}` : "storage NOT encrypted",
        `public ${inputs.publiclyAccessible ? "YES" : "no"}, IAM auth ${inputs.iamDatabaseAuthenticationEnabled ? "on" : "off"}, master password ${inputs.manageMasterUserPassword ? "managed by RDS in Secrets Manager" : "given in code"}`,
        `backups ${inputs.backupRetentionPeriod} d, final snapshot ${inputs.skipFinalSnapshot ? "none" : inputs.finalSnapshotIdentifier}, deletion protection ${inputs.deletionProtection ? "on" : "off"}`,
        `logs exported: ${(inputs.enabledCloudwatchLogsExports ?? []).join(", ") || "none"}; CA ${inputs.caCertIdentifier}`,
    ];
}

export function describeTags(tags: Record<string, string>): string {
    const parts = [
        `${tags[TAG.classification] ?? "UNCLASSIFIED"}`,
        `retention ${tags[TAG.retentionDays] ?? "?"} d`,
        `owner ${tags[TAG.owner] ?? "?"}`,
    ];
    if (tags[TAG.piiCategories]) parts.push(`categories: ${tags[TAG.piiCategories]}`);
    if (tags[TAG.piiPurpose]) parts.push(`purpose: ${tags[TAG.piiPurpose]}`);
    return parts.join(", ");
}
