import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName, Resources } from "../../support/runtime";
import { AccessLogBucket, DataKey, EncryptedBucket, EncryptedBucketArgs } from "../../../components";

const PII: EncryptedBucketArgs = {
    owner: "labels-team",
    classification: "pii",
    retentionDays: 3,
    piiCategories: ["name", "postal-address"],
    purposes: ["shipping-label"],
};

async function build(
    args: Partial<EncryptedBucketArgs> = {},
    base = "bucket",
): Promise<{ name: string; resources: Resources; component: EncryptedBucket }> {
    const name = uniqueName(base);
    const component = new EncryptedBucket(name, { ...PII, ...args });
    return { name, component, resources: await registered(name) };
}

/** The side resource of `type` that names the bucket `bucketName` as its bucket. */
function sideOf(resources: Resources, type: string, bucketName: string) {
    return resources.named(`${bucketName}-${type}`);
}

describe("EncryptedBucket", () => {
    it("creates a v7 bucket tagged with the classification contract (DP-1.1, DP-1.3, DP-5.1)", async () => {
        const { name, resources } = await build();
        const bucket = resources.named(`${name}-bucket`);
        expect(bucket.type).to.equal("aws:s3/bucket:Bucket");
        expect(bucket.inputs.tags).to.deep.equal({
            "data-classification": "pii",
            "pii-categories": "name postal-address",
            "pii-purpose": "shipping-label",
            "retention-days": "3",
            owner: "labels-team",
        });
        expect(bucket.inputs.forceDestroy).to.equal(false);
        expect(resources.ofType("aws:s3/bucketV2:BucketV2")).to.deep.equal([]);
    });

    it("encrypts with SSE-KMS under its own customer-managed key, bucket key on, SSE-C blocked (DP-2.1, DP-6.1)", async () => {
        const { name, resources } = await build();
        const encryption = sideOf(resources, "encryption", name);
        expect(encryption.type).to.equal("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
        const [rule] = encryption.inputs.rules;
        expect(rule.applyServerSideEncryptionByDefault.sseAlgorithm).to.equal("aws:kms");
        expect(rule.bucketKeyEnabled).to.equal(true);
        expect(rule.blockedEncryptionTypes).to.deep.equal(["SSE-C"]);
        const key = resources.named(`${name}-key-key`);
        expect(encryption.propertyDependencies.rules).to.include(key.urn);
        expect(rule.applyServerSideEncryptionByDefault.kmsMasterKeyId).to.match(/^arn:aws:kms:eu-west-1:123456789012:key\//);
        expect(encryption.propertyDependencies.bucket).to.deep.equal([resources.named(`${name}-bucket`).urn]);
    });

    it("uses a DataKey it is given instead of making one", async () => {
        const keyName = uniqueName("sharedkey");
        const key = new DataKey(keyName, { viaServices: ["s3"] });
        const { name, resources } = await build({ kmsKey: key });
        expect(resources.all.filter((r) => r.name === `${name}-key-key`)).to.deep.equal([]);
        const encryption = sideOf(resources, "encryption", name);
        expect(encryption.propertyDependencies.rules).to.deep.equal([recorder.named("aws:kms/key:Key", `${keyName}-key`).urn]);
    });

    it("blocks every kind of public access and disables ACLs (DP-2.2)", async () => {
        const { name, resources } = await build();
        const block = sideOf(resources, "public-access-block", name);
        expect(block.inputs).to.include({
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        });
        expect(sideOf(resources, "ownership", name).inputs.rule).to.deep.equal({ objectOwnership: "BucketOwnerEnforced" });
    });

    it("has a policy that denies plain HTTP, TLS older than 1.2 and uploads asking for other encryption (DP-2.3)", async () => {
        const { name, resources } = await build();
        const policyResource = sideOf(resources, "policy", name);
        const policy = policyOf(policyResource);
        const bucketArn: string = statementBySid(policy, "DenyInsecureTransport").Resource[0];
        expect(bucketArn).to.match(new RegExp(`^arn:aws:s3:::${name}-bucket-[0-9a-f]+$`));
        const insecure = statementBySid(policy, "DenyInsecureTransport");
        expect(insecure).to.deep.include({ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [bucketArn, `${bucketArn}/*`] });
        expect(insecure.Condition).to.deep.equal({ Bool: { "aws:SecureTransport": "false" } });
        expect(statementBySid(policy, "DenyTlsOlderThan12").Condition).to.deep.equal({ NumericLessThan: { "s3:TlsVersion": "1.2" } });
        const otherEncryption = statementBySid(policy, "DenyUploadsAskingForOtherEncryption");
        expect(otherEncryption).to.deep.include({ Effect: "Deny", Action: "s3:PutObject", Resource: `${bucketArn}/*` });
        expect(otherEncryption.Condition).to.deep.equal({
            Null: { "s3:x-amz-server-side-encryption": "false" },
            StringNotEquals: { "s3:x-amz-server-side-encryption": "aws:kms" },
        });
        const otherKey = statementBySid(policy, "DenyUploadsAskingForOtherKey");
        expect(otherKey.Condition.StringNotEquals["s3:x-amz-server-side-encryption-aws-kms-key-id"]).to.match(/^arn:aws:kms:/);
        expect(policy.Statement.filter((s) => s.Effect === "Allow")).to.deep.equal([]);
        expect(policyResource.dependencies).to.include(sideOf(resources, "public-access-block", name).urn);
    });

    it("turns versioning on (DP-5.3)", async () => {
        const { name, resources } = await build();
        expect(sideOf(resources, "versioning", name).inputs.versioningConfiguration).to.deep.equal({ status: "Enabled" });
    });

    it("erases every copy within the retention, S3's one-day lag counted (DP-5.2, DP-5.3, DP-5.4)", async () => {
        const { name, resources, component } = await build({ retentionDays: 3 });
        const lifecycle = sideOf(resources, "lifecycle", name);
        const [expire, markers] = lifecycle.inputs.rules;
        expect(expire).to.deep.equal({
            id: "expire-every-copy",
            status: "Enabled",
            filter: {},
            expiration: { days: 1 },
            noncurrentVersionExpiration: { noncurrentDays: 1 },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
        });
        expect(markers).to.deep.equal({
            id: "remove-expired-delete-markers",
            status: "Enabled",
            filter: {},
            expiration: { expiredObjectDeleteMarker: true },
        });
        expect(component.deletionBoundDays).to.equal(3);
        expect(lifecycle.dependencies).to.include(sideOf(resources, "versioning", name).urn);
    });

    it("splits a longer retention between current and noncurrent versions", async () => {
        const { name, resources, component } = await build({
            classification: "confidential",
            piiCategories: undefined,
            purposes: undefined,
            retentionDays: 30,
            noncurrentVersionExpirationDays: 5,
        });
        const [expire] = sideOf(resources, "lifecycle", name).inputs.rules;
        expect(expire.expiration).to.deep.equal({ days: 24 });
        expect(expire.noncurrentVersionExpiration).to.deep.equal({ noncurrentDays: 5 });
        expect(component.deletionBoundDays).to.equal(30);
        expect(resources.named(`${name}-bucket`).inputs.tags).to.deep.equal({
            "data-classification": "confidential",
            "retention-days": "30",
            owner: "labels-team",
        });
    });

    it("logs access to a compliant log bucket of its own (DP-4.3)", async () => {
        const { name, resources } = await build();
        const logging = sideOf(resources, "access-logging", name);
        expect(logging.inputs.targetPrefix).to.equal(`${name}/`);
        const logBucket = resources.named(`${name}-access-logs-bucket`);
        expect(logging.propertyDependencies.targetBucket).to.deep.equal([logBucket.urn]);
        expect(logBucket.inputs.tags["data-classification"]).to.equal("confidential");
        const logEncryption = resources.named(`${name}-access-logs-encryption`);
        expect(logEncryption.inputs.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm).to.equal("aws:kms");
        expect(resources.ofType("aws:s3/bucketLogging:BucketLogging")).to.have.length(1);
    });

    it("shares one AccessLogBucket between buckets", async () => {
        const logs = new AccessLogBucket(uniqueName("shared-logs"), { owner: "platform" });
        const first = await build({ accessLogBucket: logs });
        const second = await build({ accessLogBucket: logs });
        expect(first.resources.all.filter((r) => r.name.includes("access-logs"))).to.deep.equal([]);
        const firstTarget = sideOf(first.resources, "access-logging", first.name).propertyDependencies.targetBucket;
        expect(sideOf(second.resources, "access-logging", second.name).propertyDependencies.targetBucket).to.deep.equal(firstTarget);
    });

    it("parents every child to itself", async () => {
        const { name, resources } = await build();
        const component = resources.one("compliant-storage:s3:EncryptedBucket");
        const direct = resources.all
            .filter((r) => r.parent === component.urn)
            .map((r) => r.name)
            .sort();
        expect(direct).to.deep.equal(
            [
                `${name}-access-logging`,
                `${name}-access-logs`,
                `${name}-bucket`,
                `${name}-encryption`,
                `${name}-key`,
                `${name}-lifecycle`,
                `${name}-ownership`,
                `${name}-policy`,
                `${name}-public-access-block`,
                `${name}-versioning`,
            ].sort(),
        );
        for (const resource of resources.all.filter((r) => r !== component)) expect(resource.parent, resource.name).to.not.equal(undefined);
    });

    describe("rejects bad arguments before creating anything", () => {
        const cases: [string, Partial<EncryptedBucketArgs> & Record<string, unknown>, RegExp][] = [
            [
                "an unknown classification",
                { classification: "secret" as never },
                /argument "classification" must be one of "pii", "confidential", "internal", "public"; got "secret"/,
            ],
            ["a fractional retention", { retentionDays: 2.5 }, /argument "retentionDays" must be a whole number >= 1; got 2.5/],
            ["a zero retention", { retentionDays: 0 }, /argument "retentionDays" must be a whole number >= 1; got 0/],
            [
                "a PII retention above the policy maximum",
                { retentionDays: 4 },
                /argument "retentionDays" must not exceed maxPiiRetentionDays \(3\) for a PII store \(DP-5.4\); got 4/,
            ],
            [
                "a PII retention above a caller's maximum",
                { retentionDays: 3, maxPiiRetentionDays: 2 },
                /argument "retentionDays" must not exceed maxPiiRetentionDays \(2\)/,
            ],
            [
                "a maximum retention that is not whole",
                { maxPiiRetentionDays: 2.5 },
                /argument "maxPiiRetentionDays" must be a whole number >= 1; got 2.5/,
            ],
            [
                "a PII bucket without categories",
                { piiCategories: undefined },
                /argument "piiCategories" must be a non-empty list of kebab-case words; got undefined/,
            ],
            [
                "a PII bucket without purposes",
                { purposes: [] },
                /argument "purposes" must be a non-empty list of kebab-case words; got \[\]/,
            ],
            [
                "a category that is not kebab-case",
                { piiCategories: ["postal_address"] },
                /argument "piiCategories" must hold only kebab-case words .*; got "postal_address"/,
            ],
            [
                "a purpose that is not kebab-case",
                { purposes: ["Shipping Label"] },
                /argument "purposes" must hold only kebab-case words .*; got "Shipping Label"/,
            ],
            [
                "categories on a non-PII bucket",
                { classification: "internal" },
                /argument "piiCategories" is only for stores classified "pii" \(this one is "internal"\)/,
            ],
            [
                "a retention too short for versioning",
                { retentionDays: 2 },
                /argument "retentionDays" must be at least 3 for a versioned bucket/,
            ],
            [
                "noncurrent days that leave no current life",
                { noncurrentVersionExpirationDays: 2 },
                /argument "noncurrentVersionExpirationDays" must leave at least 1 day of current life within retentionDays \(3\)/,
            ],
            [
                "a contract tag in tags",
                { tags: { "data-classification": "public" } },
                /argument "tags" must not set the contract tag "data-classification"/,
            ],
            ["a missing owner", { owner: "" }, /argument "owner" must be a non-empty string; got ""/],
        ];
        for (const [label, args, message] of cases) {
            it(label, () => {
                const name = uniqueName("badbucket");
                expect(() => new EncryptedBucket(name, { ...PII, ...args } as EncryptedBucketArgs)).to.throw(message);
                expect(recorder.withNamePrefix(name)).to.deep.equal([]);
            });
        }
        it("names the component in the message", () => {
            expect(() => new EncryptedBucket("labels-x", { ...PII, retentionDays: 9 })).to.throw(
                /^EncryptedBucket "labels-x": argument "retentionDays"/,
            );
        });
    });
});
