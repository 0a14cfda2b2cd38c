import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName } from "../../support/runtime";
import { AccessLogBucket, DataKey } from "../../../components";

describe("AccessLogBucket", () => {
    it("is a compliant bucket that admits S3 server access logging from this account only", async () => {
        const name = uniqueName("logs");
        new AccessLogBucket(name, { owner: "platform" });
        const resources = await registered(name);
        const policy = policyOf(resources.named(`${name}-policy`));
        const delivery = statementBySid(policy, "S3ServerAccessLoggingDelivers");
        expect(delivery.Principal).to.deep.equal({ Service: "logging.s3.amazonaws.com" });
        expect(delivery.Action).to.equal("s3:PutObject");
        expect(delivery.Resource).to.match(/^arn:aws:s3:::.+\/\*$/);
        expect(delivery.Condition).to.deep.equal({ StringEquals: { "aws:SourceAccount": "123456789012" } });
        statementBySid(policy, "DenyInsecureTransport");
        const keyPolicy = policyOf(resources.named(`${name}-key-key`));
        statementBySid(keyPolicy, "S3ServerAccessLoggingWritesLogs");
        expect(resources.named(`${name}-bucket`).inputs.tags).to.deep.equal({
            "data-classification": "confidential",
            "retention-days": "90",
            owner: "platform",
        });
        const [expire] = resources.named(`${name}-lifecycle`).inputs.rules;
        expect(expire.expiration).to.deep.equal({ days: 88 });
        expect(resources.ofType("aws:s3/bucketLogging:BucketLogging")).to.deep.equal([]);
    });

    it("rejects a key that does not admit the S3 logging service", () => {
        const name = uniqueName("logs");
        const key = new DataKey(uniqueName("plainkey"));
        expect(() => new AccessLogBucket(name, { owner: "platform", kmsKey: key })).to.throw(
            `AccessLogBucket "${name}": argument "kmsKey" must admit the S3 logging service (DataKey servicePrincipals: ["s3-server-access-logs"]); got []`,
        );
        expect(recorder.withNamePrefix(name)).to.deep.equal([]);
    });

    it("accepts a key that admits it", async () => {
        const name = uniqueName("logs");
        const keyName = uniqueName("logkey");
        new AccessLogBucket(name, { owner: "platform", kmsKey: new DataKey(keyName, { servicePrincipals: ["s3-server-access-logs"] }) });
        const resources = await registered(name);
        expect(resources.ofType("aws:kms/key:Key")).to.deep.equal([]);
        expect(resources.named(`${name}-encryption`).propertyDependencies.rules).to.deep.equal([
            recorder.named("aws:kms/key:Key", `${keyName}-key`).urn,
        ]);
    });
});
