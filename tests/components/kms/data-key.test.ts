import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName } from "../../support/runtime";
import { DataKey } from "../../../components";

const KEY = "aws:kms/key:Key";
const ROOT = "arn:aws:iam::123456789012:root";

describe("DataKey (DP-6.2)", () => {
    it("creates a symmetric key with rotation, the default 7-day deletion window and an alias", async () => {
        const name = uniqueName("key");
        new DataKey(name, { owner: "platform" });
        const resources = await registered(name);
        const key = resources.one(KEY);
        expect(key.inputs.enableKeyRotation).to.equal(true);
        expect(key.inputs.deletionWindowInDays).to.equal(7);
        expect(key.inputs.keyUsage).to.equal("ENCRYPT_DECRYPT");
        expect(key.inputs.tags).to.deep.equal({ owner: "platform" });
        const alias = resources.one("aws:kms/alias:Alias");
        expect(alias.inputs.namePrefix).to.equal(`alias/${name}-`);
        expect(alias.propertyDependencies.targetKeyId).to.deep.equal([key.urn]);
    });

    it("registers its children under the component with names derived from its own", async () => {
        const name = uniqueName("key");
        new DataKey(name);
        const resources = await registered(name);
        const component = resources.one("compliant-storage:kms:DataKey");
        expect(component.name).to.equal(name);
        for (const child of resources.all.filter((r) => r !== component)) {
            expect(child.parent, child.name).to.equal(component.urn);
            expect(child.name.startsWith(`${name}-`)).to.equal(true);
        }
    });

    it("gives the account root administration only, never kms:* nor use of the key", async () => {
        const name = uniqueName("key");
        new DataKey(name, { deletionWindowInDays: 30 });
        const key = (await registered(name)).one(KEY);
        expect(key.inputs.deletionWindowInDays).to.equal(30);
        const policy = policyOf(key);
        expect(policy.Statement).to.have.length(1);
        const root = statementBySid(policy, "RootAdministersTheKey");
        expect(root.Principal).to.deep.equal({ AWS: ROOT });
        expect(root.Action).to.include("kms:ScheduleKeyDeletion").and.include("kms:Put*");
        expect(root.Action).to.not.include("kms:*");
        expect(root.Action.some((a: string) => /Decrypt|Encrypt|GenerateDataKey/.test(a))).to.equal(false);
    });

    it("admits service principals scoped to the account, and via-service use for account principals", async () => {
        const name = uniqueName("key");
        new DataKey(name, { servicePrincipals: ["cloudwatch-logs", "s3-server-access-logs"], viaServices: ["dynamodb", "rds"] });
        const policy = policyOf((await registered(name)).one(KEY));
        const logs = statementBySid(policy, "CloudWatchLogsEncryptsThisAccountsLogGroups");
        expect(logs.Principal).to.deep.equal({ Service: "logs.eu-west-1.amazonaws.com" });
        expect(logs.Condition.ArnLike["kms:EncryptionContext:aws:logs:arn"]).to.equal("arn:aws:logs:eu-west-1:123456789012:log-group:*");
        const s3Logging = statementBySid(policy, "S3ServerAccessLoggingWritesLogs");
        expect(s3Logging.Principal).to.deep.equal({ Service: "logging.s3.amazonaws.com" });
        expect(s3Logging.Condition.StringEquals["aws:SourceAccount"]).to.equal("123456789012");
        const via = statementBySid(policy, "AccountPrincipalsUseTheKeyOnlyThroughNamedServices");
        expect(via.Principal).to.deep.equal({ AWS: ROOT });
        expect(via.Condition.StringEquals["kms:ViaService"]).to.deep.equal([
            "dynamodb.eu-west-1.amazonaws.com",
            "rds.eu-west-1.amazonaws.com",
        ]);
        expect(via.Condition.StringEquals["kms:CallerAccount"]).to.equal("123456789012");
        expect(JSON.stringify(policy)).to.not.include("kms:*");
    });

    it("admits CloudTrail and CloudWatch alarms for this account's trails and topics", async () => {
        const name = uniqueName("key");
        new DataKey(name, { servicePrincipals: ["cloudtrail", "cloudwatch-alarms"] });
        const policy = policyOf((await registered(name)).one(KEY));
        const trail = statementBySid(policy, "CloudTrailEncryptsThisAccountsTrails");
        expect(trail.Principal).to.deep.equal({ Service: "cloudtrail.amazonaws.com" });
        expect(trail.Condition.StringLike["kms:EncryptionContext:aws:cloudtrail:arn"]).to.equal(
            "arn:aws:cloudtrail:*:123456789012:trail/*",
        );
        expect(trail.Action).to.not.include("kms:Decrypt");
        const alarms = statementBySid(policy, "CloudWatchAlarmsPublishToEncryptedTopics");
        expect(alarms.Principal).to.deep.equal({ Service: "cloudwatch.amazonaws.com" });
        expect(alarms.Condition.StringEquals["aws:SourceAccount"]).to.equal("123456789012");
    });

    it("grantUse gives one principal use of the key through a KMS grant", async () => {
        const name = uniqueName("key");
        const key = new DataKey(name);
        key.grantUse("reader", "arn:aws:iam::123456789012:role/reader", "decrypt");
        key.grantUse("writer", "arn:aws:iam::123456789012:role/writer");
        const resources = await registered(name);
        const reader = resources.named(`${name}-reader-grant`);
        expect(reader.inputs.granteePrincipal).to.equal("arn:aws:iam::123456789012:role/reader");
        expect(reader.inputs.operations).to.deep.equal(["Decrypt", "DescribeKey"]);
        expect(reader.parent).to.equal(resources.one("compliant-storage:kms:DataKey").urn);
        expect(resources.named(`${name}-writer-grant`).inputs.operations)
            .to.include("GenerateDataKey")
            .and.include("Encrypt");
        expect(() => key.grantUse("bad", "arn:aws:iam::123456789012:role/x", "admin" as never)).to.throw(
            /argument "access" must be one of "decrypt", "encrypt-decrypt"; got "admin"/,
        );
    });

    describe("rejects bad arguments before creating anything", () => {
        for (const [value, label] of [
            [6, "6"],
            [31, "31"],
            [7.5, "7.5"],
            ["7", '"7"'],
        ] as const) {
            it(`deletionWindowInDays ${label}`, async () => {
                const name = uniqueName("badkey");
                expect(() => new DataKey(name, { deletionWindowInDays: value as number })).to.throw(
                    `DataKey "${name}": argument "deletionWindowInDays" must be a whole number from 7 to 30; got ${label}`,
                );
                expect(recorder.withNamePrefix(name)).to.deep.equal([]);
            });
        }
        it("an unknown service principal", () => {
            expect(() => new DataKey(uniqueName("badkey"), { servicePrincipals: ["ec2" as never] })).to.throw(
                /argument "servicePrincipals\[0\]" must be one of "cloudwatch-logs", "s3-server-access-logs", "cloudtrail", "cloudwatch-alarms"; got "ec2"/,
            );
        });
        it("an owner that is not a valid tag value", () => {
            expect(() => new DataKey(uniqueName("badkey"), { owner: "team,with,commas" })).to.throw(
                /argument "owner" must be at most 256 letters/,
            );
        });
    });
});
