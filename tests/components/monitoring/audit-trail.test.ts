import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName, Resources } from "../../support/runtime";
import { AuditTrail, AuditTrailArgs, EncryptedBucket, PiiTable, SECURITY_EVENTS } from "../../../components";

async function build(
    args: Partial<AuditTrailArgs> = {},
): Promise<{ name: string; resources: Resources; bucketName: string; tableName: string }> {
    const bucketName = uniqueName("trailed");
    const tableName = uniqueName("trailedtable");
    const bucket = new EncryptedBucket(bucketName, {
        owner: "t",
        classification: "pii",
        retentionDays: 3,
        piiCategories: ["name"],
        purposes: ["shipping-label"],
    });
    const table = new PiiTable(tableName, {
        owner: "t",
        hashKey: "id",
        attributes: [{ name: "id", type: "S" }],
        piiCategories: ["name"],
        purposes: ["order-fulfilment"],
        retentionDays: 3,
    });
    const name = uniqueName("audit");
    new AuditTrail(name, {
        owner: "security",
        dataEventBuckets: [bucket],
        dataEventTables: [table],
        alarmEmails: ["oncall@example.com"],
        ...args,
    });
    return { name, bucketName, tableName, resources: await registered(name) };
}

describe("AuditTrail", () => {
    it("creates a multi-region, validated, KMS-encrypted trail delivering to CloudWatch Logs (DP-4.3)", async () => {
        const { name, resources } = await build();
        const trail = resources.named(`${name}-trail`);
        expect(trail.inputs).to.include({
            isMultiRegionTrail: true,
            enableLogFileValidation: true,
            includeGlobalServiceEvents: true,
            enableLogging: true,
        });
        const key = resources.named(`${name}-key-key`);
        expect(trail.propertyDependencies.kmsKeyId).to.deep.equal([key.urn]);
        const logGroup = resources.named(`${name}-logs`);
        expect(trail.propertyDependencies.cloudWatchLogsGroupArn).to.deep.equal([logGroup.urn]);
        expect(trail.inputs.cloudWatchLogsGroupArn).to.match(/:log-group:.*:\*$/);
        expect(logGroup.inputs.retentionInDays).to.equal(365);
        expect(logGroup.propertyDependencies.kmsKeyId).to.deep.equal([key.urn]);
        expect(trail.propertyDependencies.cloudWatchLogsRoleArn).to.deep.equal([resources.named(`${name}-delivery-role`).urn]);
        const keyPolicy = policyOf(key);
        for (const sid of [
            "CloudTrailEncryptsThisAccountsTrails",
            "CloudWatchLogsEncryptsThisAccountsLogGroups",
            "CloudWatchAlarmsPublishToEncryptedTopics",
        ])
            statementBySid(keyPolicy, sid);
    });

    it("records data events for exactly the buckets and tables handed to it", async () => {
        const { name, resources, bucketName, tableName } = await build();
        const trail = resources.named(`${name}-trail`);
        const [selector] = trail.inputs.eventSelectors;
        expect(selector).to.deep.include({ readWriteType: "All", includeManagementEvents: true });
        const [objects, tables] = selector.dataResources;
        expect(objects.type).to.equal("AWS::S3::Object");
        expect(objects.values).to.have.length(1);
        expect(objects.values[0]).to.match(/^arn:aws:s3:::.+\/$/);
        expect(tables.type).to.equal("AWS::DynamoDB::Table");
        expect(tables.values).to.have.length(1);
        expect(trail.propertyDependencies.eventSelectors).to.have.members([
            recorder.named("aws:s3/bucket:Bucket", `${bucketName}-bucket`).urn,
            recorder.named("aws:dynamodb/table:Table", `${tableName}-table`).urn,
        ]);
    });

    it("keeps its log files in a compliant bucket open to CloudTrail of this account only", async () => {
        const { name, resources } = await build();
        const policy = policyOf(resources.named(`${name}-policy`));
        statementBySid(policy, "DenyInsecureTransport");
        const write = statementBySid(policy, "CloudTrailWritesLogFiles");
        expect(write.Principal).to.deep.equal({ Service: "cloudtrail.amazonaws.com" });
        expect(write.Resource).to.match(/\/AWSLogs\/123456789012\/\*$/);
        expect(write.Condition.StringEquals["aws:SourceAccount"]).to.equal("123456789012");
        expect(resources.named(`${name}-bucket`).inputs.tags).to.deep.equal({
            "data-classification": "confidential",
            "retention-days": "365",
            owner: "security",
        });
        expect(resources.named(`${name}-encryption`).propertyDependencies.rules).to.deep.equal([resources.named(`${name}-key-key`).urn]);
        expect(resources.named(`${name}-access-logging`).inputs.targetPrefix).to.equal(`${name}/`);
    });

    it("alarms on each security event of DP-7.1 through an encrypted incident topic with its subscriptions (DP-7.2)", async () => {
        const { name, resources } = await build({ alarmEmails: ["a@example.com", "b@example.com"] });
        const topic = resources.named(`${name}-incidents`);
        expect(topic.propertyDependencies.kmsMasterKeyId).to.deep.equal([resources.named(`${name}-key-key`).urn]);
        const subscriptions = resources.ofType("aws:sns/topicSubscription:TopicSubscription");
        expect(subscriptions.map((s) => s.inputs.endpoint)).to.deep.equal(["a@example.com", "b@example.com"]);
        subscriptions.forEach((s) => expect(s.inputs.protocol).to.equal("email"));
        const logGroup = resources.named(`${name}-logs`);
        for (const event of SECURITY_EVENTS) {
            const filter = resources.named(`${name}-${event.id}`);
            expect(filter.inputs.pattern).to.equal(event.pattern);
            expect(filter.propertyDependencies.logGroupName).to.deep.equal([logGroup.urn]);
            const alarm = resources.named(`${name}-${event.id}-alarm`);
            expect(alarm.inputs).to.include({
                metricName: event.id,
                namespace: filter.inputs.metricTransformation.namespace,
                threshold: 1,
            });
            expect(alarm.propertyDependencies.alarmActions).to.deep.equal([topic.urn]);
        }
        expect(SECURITY_EVENTS.map((e) => e.id)).to.deep.equal([
            "unauthorised-calls",
            "root-use",
            "console-login-without-mfa",
            "iam-policy-changes",
            "bucket-policy-changes",
            "key-policy-changes",
            "key-disable-or-deletion",
        ]);
    });

    describe("rejects bad arguments before creating anything", () => {
        const cases: [string, Partial<AuditTrailArgs> & Record<string, unknown>, RegExp][] = [
            [
                "a malformed e-mail",
                { alarmEmails: ["oncall at example"] },
                /argument "alarmEmails\[0\]" must be an e-mail address; got "oncall at example"/,
            ],
            ["a log retention CloudWatch does not offer", { logRetentionDays: 100 }, /argument "logRetentionDays" must be one of 1, 3, 5/],
            [
                "a log-file retention too short for a versioned bucket",
                { logFileRetentionDays: 2 },
                /argument "retentionDays" must be at least 3 for a versioned bucket/,
            ],
            [
                "something else as a data-event bucket",
                { dataEventBuckets: ["my-bucket" as never] },
                /argument "dataEventBuckets" must be a list of EncryptedBucket/,
            ],
            ["no owner", { owner: "" }, /argument "owner" must be a non-empty string/],
        ];
        for (const [label, args, message] of cases) {
            it(label, () => {
                const name = uniqueName("badaudit");
                expect(() => new AuditTrail(name, { owner: "security", ...args } as AuditTrailArgs)).to.throw(message);
                expect(recorder.withNamePrefix(name)).to.deep.equal([]);
            });
        }
    });
});
