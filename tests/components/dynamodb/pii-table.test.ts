import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName, Resources } from "../../support/runtime";
import { DataKey, EXPIRY_INDEX_NAME, PiiTable, PiiTableArgs, expiryBucketOf } from "../../../components";
const purgeHandler = require("../../../components/dynamodb/purge-handler.js");

const ORDERS: PiiTableArgs = {
    owner: "orders-team",
    hashKey: "orderId",
    attributes: [{ name: "orderId", type: "S" }],
    piiCategories: ["name", "postal-address", "order-reference"],
    purposes: ["order-fulfilment"],
    retentionDays: 3,
};

async function build(args: Partial<PiiTableArgs> = {}): Promise<{ name: string; resources: Resources; component: PiiTable }> {
    const name = uniqueName("orders");
    const component = new PiiTable(name, { ...ORDERS, ...args });
    return { name, component, resources: await registered(name) };
}

describe("PiiTable", () => {
    it("creates an on-demand table with the contract tags (DP-1.1, DP-1.3, DP-5.1)", async () => {
        const { name, resources } = await build();
        const table = resources.named(`${name}-table`);
        expect(table.type).to.equal("aws:dynamodb/table:Table");
        expect(table.inputs).to.include({ billingMode: "PAY_PER_REQUEST", hashKey: "orderId" });
        expect(table.inputs.attributes).to.deep.equal([
            { name: "orderId", type: "S" },
            { name: "expiryBucket", type: "S" },
            { name: "expiresAt", type: "N" },
        ]);
        expect(table.inputs.tags).to.deep.equal({
            "data-classification": "pii",
            "pii-categories": "name postal-address order-reference",
            "pii-purpose": "order-fulfilment",
            "retention-days": "3",
            owner: "orders-team",
        });
    });

    it("encrypts under a customer-managed key, never the AWS-owned or AWS-managed one (DP-2.1)", async () => {
        const { name, resources } = await build();
        const table = resources.named(`${name}-table`);
        expect(table.inputs.serverSideEncryption.enabled).to.equal(true);
        expect(table.inputs.serverSideEncryption.kmsKeyArn).to.match(/^arn:aws:kms:/);
        expect(table.propertyDependencies.serverSideEncryption).to.deep.equal([resources.named(`${name}-key-key`).urn]);
        const via = statementBySid(policyOf(resources.named(`${name}-key-key`)), "AccountPrincipalsUseTheKeyOnlyThroughNamedServices");
        expect(via.Condition.StringEquals["kms:ViaService"]).to.include("dynamodb.eu-west-1.amazonaws.com");
    });

    it("enables TTL on expiresAt by default and on a named attribute when asked (DP-5.2)", async () => {
        expect((await build()).resources.one("aws:dynamodb/table:Table").inputs.ttl).to.deep.equal({
            enabled: true,
            attributeName: "expiresAt",
        });
        expect((await build({ ttlAttribute: "eraseAt" })).resources.one("aws:dynamodb/table:Table").inputs.ttl).to.deep.equal({
            enabled: true,
            attributeName: "eraseAt",
        });
    });

    it("keeps a 1-day PITR window by default, and none when asked (DP-5.3)", async () => {
        expect((await build()).resources.one("aws:dynamodb/table:Table").inputs.pointInTimeRecovery).to.deep.equal({
            enabled: true,
            recoveryPeriodInDays: 1,
        });
        const off = await build({ pointInTimeRecoveryDays: 0 });
        expect(off.resources.one("aws:dynamodb/table:Table").inputs.pointInTimeRecovery).to.deep.equal({ enabled: false });
        expect(off.component.maxItemLifetimeHours).to.equal(71);
    });

    it("has deletion protection and no stream unless asked", async () => {
        const table = (await build()).resources.one("aws:dynamodb/table:Table");
        expect(table.inputs.deletionProtectionEnabled).to.equal(true);
        expect(table.inputs.streamEnabled).to.equal(false);
        expect(table.inputs.streamViewType).to.equal(undefined);
        const streamed = (await build({ streamViewType: "KEYS_ONLY", deletionProtection: false })).resources.one(
            "aws:dynamodb/table:Table",
        );
        expect(streamed.inputs).to.include({ streamEnabled: true, streamViewType: "KEYS_ONLY", deletionProtectionEnabled: false });
    });

    describe("scheduled purge that keeps the hard bound of DP-5.4", () => {
        it("indexes items by expiry bucket and expiry in a sparse, keys-only index", async () => {
            const { name, component, resources } = await build();
            const table = resources.named(`${name}-table`);
            expect(table.inputs.globalSecondaryIndexes).to.deep.equal([
                {
                    name: "expiry-index",
                    keySchemas: [
                        { attributeName: "expiryBucket", keyType: "HASH" },
                        { attributeName: "expiresAt", keyType: "RANGE" },
                    ],
                    projectionType: "KEYS_ONLY",
                },
            ]);
            expect(component).to.include({ expiryIndexName: EXPIRY_INDEX_NAME, expiryBucketAttribute: "expiryBucket" });

            const renamed = (await build({ ttlAttribute: "eraseAt", expiryBucketAttribute: "eraseDay" })).resources.one(
                "aws:dynamodb/table:Table",
            );
            expect(renamed.inputs.attributes).to.deep.equal([
                { name: "orderId", type: "S" },
                { name: "eraseDay", type: "S" },
                { name: "eraseAt", type: "N" },
            ]);
            expect(renamed.inputs.globalSecondaryIndexes[0].keySchemas).to.deep.equal([
                { attributeName: "eraseDay", keyType: "HASH" },
                { attributeName: "eraseAt", keyType: "RANGE" },
            ]);
        });

        it("gives writers the bucket arithmetic the purge itself uses", () => {
            expect(expiryBucketOf).to.equal(purgeHandler.expiryBucketOf);
            expect(expiryBucketOf(1_800_000_000, "o1")).to.match(/^20833#[0-3]$/);
        });

        it("computes the item lifetime the retention leaves after the purge interval and PITR", async () => {
            expect((await build()).component.maxItemLifetimeHours).to.equal(3 * 24 - 1 - 24);
            expect((await build({ purgeIntervalMinutes: 90 })).component.maxItemLifetimeHours).to.equal(72 - 2 - 24);
        });

        it("runs the purge function on a schedule, allowed to be invoked by that rule only", async () => {
            const { name, resources } = await build({ purgeIntervalMinutes: 30 });
            const rule = resources.named(`${name}-purge-schedule`);
            expect(rule.inputs.scheduleExpression).to.equal("rate(30 minutes)");
            const fn = resources.named(`${name}-purge`);
            const target = resources.named(`${name}-purge-target`);
            expect(target.propertyDependencies.rule).to.deep.equal([rule.urn]);
            expect(target.propertyDependencies.arn).to.deep.equal([fn.urn]);
            const permission = resources.named(`${name}-purge-invoke`);
            expect(permission.inputs).to.include({
                action: "lambda:InvokeFunction",
                principal: "events.amazonaws.com",
                sourceAccount: "123456789012",
            });
            expect(permission.propertyDependencies.sourceArn).to.deep.equal([rule.urn]);
        });

        it("configures the function for this table, with its environment and logs under the table's key (DP-2.3)", async () => {
            const { name, resources } = await build({
                rangeKey: "line",
                attributes: [
                    { name: "orderId", type: "S" },
                    { name: "line", type: "N" },
                ],
                ttlAttribute: "eraseAt",
            });
            const fn = resources.named(`${name}-purge`);
            expect(fn.inputs.runtime).to.equal("nodejs22.x");
            expect(fn.inputs.handler).to.equal("index.handler");
            expect(fn.inputs.environment.variables).to.include({
                INDEX_NAME: "expiry-index",
                BUCKET_ATTRIBUTE: "expiryBucket",
                TTL_ATTRIBUTE: "eraseAt",
                KEY_ATTRIBUTES: "orderId,line",
                LOOKBACK_DAYS: "7",
            });
            const lookback = (await build({ purgeLookbackDays: 3 })).resources.one("aws:lambda/function:Function");
            expect(lookback.inputs.environment.variables.LOOKBACK_DAYS).to.equal("3");
            expect(fn.propertyDependencies.environment).to.include(resources.named(`${name}-table`).urn);
            const keyUrn = resources.named(`${name}-key-key`).urn;
            expect(fn.propertyDependencies.kmsKeyArn).to.deep.equal([keyUrn]);
            const logGroup = resources.named(`${name}-purge-logs`);
            expect(logGroup.inputs.retentionInDays).to.equal(30);
            expect(logGroup.propertyDependencies.kmsKeyId).to.deep.equal([keyUrn]);
            expect(fn.propertyDependencies.loggingConfig).to.deep.equal([logGroup.urn]);
            statementBySid(policyOf(resources.named(`${name}-key-key`)), "CloudWatchLogsEncryptsThisAccountsLogGroups");
        });

        it("tags the purge role with its purpose and access review date (DP-1.3, DP-4.2)", async () => {
            const role = (await build({ accessReviewBy: "2027-06-30" })).resources.one("aws:iam/role:Role");
            expect(role.inputs.tags).to.deep.equal({ owner: "orders-team", "pii-purpose": "order-fulfilment", "review-by": "2027-06-30" });
            const defaulted = (await build()).resources.one("aws:iam/role:Role");
            expect(defaulted.inputs.tags["review-by"]).to.equal(`${new Date().getUTCFullYear() + 1}-12-31`);
        });

        it("gives the purge role only Query on the expiry index and DeleteItem on this table, key use through DynamoDB, and its own logs (DP-4.1)", async () => {
            const { name, resources } = await build();
            const trust = policyOf(resources.named(`${name}-purge-role`), "assumeRolePolicy");
            expect(trust.Statement).to.deep.equal([
                {
                    Effect: "Allow",
                    Principal: { Service: "lambda.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
                },
            ]);
            const policy = policyOf(resources.named(`${name}-purge-policy`));
            const query = statementBySid(policy, "FindExpiredItemsInTheExpiryIndex");
            expect(query.Action).to.equal("dynamodb:Query");
            expect(query.Resource).to.match(/^arn:aws:dynamodb:eu-west-1:123456789012:table\/[^/*]+\/index\/expiry-index$/);
            const remove = statementBySid(policy, "DeleteExpiredItems");
            expect(remove.Action).to.equal("dynamodb:DeleteItem");
            expect(remove.Resource).to.match(/^arn:aws:dynamodb:eu-west-1:123456789012:table\/[^/*]+$/);
            expect(query.Resource).to.equal(`${remove.Resource}/index/expiry-index`);
            const dynamoActions = policy.Statement.flatMap((statement) => [statement.Action].flat()).filter((action: string) =>
                action.startsWith("dynamodb:"),
            );
            expect(dynamoActions).to.deep.equal(["dynamodb:Query", "dynamodb:DeleteItem"]);
            const kms = statementBySid(policy, "UseTheTableKeyThroughDynamoDb");
            expect(kms.Condition.StringEquals["kms:ViaService"]).to.equal("dynamodb.eu-west-1.amazonaws.com");
            expect(statementBySid(policy, "WriteOwnLogs").Resource).to.match(
                /^arn:aws:logs:.*:log-group:\/compliant-storage\/purge\/.*:\*$/,
            );
            for (const statement of policy.Statement) {
                expect([statement.Action].flat().some((a: string) => a.endsWith("*"))).to.equal(false);
                expect(statement.Resource).to.not.equal("*");
            }
        });
    });

    it("parents every child to itself with derived names", async () => {
        const { name, resources } = await build();
        const component = resources.one("compliant-storage:dynamodb:PiiTable");
        for (const child of resources.all.filter((r) => r !== component)) {
            expect(child.name.startsWith(`${name}-`), child.name).to.equal(true);
            expect(child.parent, child.name).to.not.equal(undefined);
        }
        expect(resources.named(`${name}-table`).parent).to.equal(component.urn);
    });

    it("rejects a key that cannot serve the table", () => {
        const name = uniqueName("orders");
        const key = new DataKey(uniqueName("tablekey"), { viaServices: ["dynamodb"] });
        expect(() => new PiiTable(name, { ...ORDERS, kmsKey: key })).to.throw(
            /argument "kmsKey" must admit viaServices \["dynamodb", "lambda"\] and servicePrincipals \["cloudwatch-logs"\]/,
        );
    });

    describe("rejects bad arguments before creating anything", () => {
        const cases: [string, Partial<PiiTableArgs> & Record<string, unknown>, RegExp][] = [
            [
                "retention above the policy maximum",
                { retentionDays: 5 },
                /argument "retentionDays" must not exceed maxPiiRetentionDays \(3\) for a PII store \(DP-5.4\); got 5/,
            ],
            ["a retention that is not whole", { retentionDays: 1.5 }, /argument "retentionDays" must be a whole number >= 1; got 1.5/],
            [
                "no categories",
                { piiCategories: undefined },
                /argument "piiCategories" must be a non-empty list of kebab-case words; got undefined/,
            ],
            ["no purposes", { purposes: undefined }, /argument "purposes" must be a non-empty list of kebab-case words; got undefined/],
            [
                "a category in camelCase",
                { piiCategories: ["postalAddress"] },
                /argument "piiCategories" must hold only kebab-case words.*got "postalAddress"/,
            ],
            [
                "a purpose with a trailing hyphen",
                { purposes: ["order-"] },
                /argument "purposes" must hold only kebab-case words.*got "order-"/,
            ],
            ["a hash key that is not an attribute", { hashKey: "id" }, /argument "hashKey" must name one of attributes; got "id"/],
            [
                "a non-key attribute",
                {
                    attributes: [
                        { name: "orderId", type: "S" },
                        { name: "name", type: "S" },
                    ],
                },
                /argument "attributes" must declare key attributes only .*; got "name"/,
            ],
            [
                "an attribute type DynamoDB lacks",
                { attributes: [{ name: "orderId", type: "X" as never }] },
                /argument "attributes\[0\].type" must be one of "S", "N", "B"; got "X"/,
            ],
            ["a TTL on the key", { ttlAttribute: "orderId" }, /argument "ttlAttribute" must not be a key attribute; got "orderId"/],
            [
                "a PITR window longer than DynamoDB allows",
                { pointInTimeRecoveryDays: 36 },
                /argument "pointInTimeRecoveryDays" must be a whole number from 0 to 35; got 36/,
            ],
            [
                "a PITR window that uses up the retention",
                { pointInTimeRecoveryDays: 3 },
                /argument "pointInTimeRecoveryDays" with a purge every 60 minutes must leave items at least 1 hour of life within retentionDays \(3\); got 3/,
            ],
            [
                "a purge interval under 5 minutes",
                { purgeIntervalMinutes: 1 },
                /argument "purgeIntervalMinutes" must be a whole number from 5 to 1440; got 1/,
            ],
            [
                "a review date that does not exist",
                { accessReviewBy: "2027-02-30" },
                /argument "accessReviewBy" is written YYYY-MM-DD but is not a date in the calendar; got "2027-02-30"/,
            ],
            [
                "a purge lookback of no day",
                { purgeLookbackDays: 0 },
                /argument "purgeLookbackDays" must be a whole number from 1 to 30; got 0/,
            ],
            [
                "a purge lookback in part days",
                { purgeLookbackDays: 1.5 },
                /argument "purgeLookbackDays" must be a whole number from 1 to 30; got 1.5/,
            ],
            [
                "a purge lookback over 30 days",
                { purgeLookbackDays: 31 },
                /argument "purgeLookbackDays" must be a whole number from 1 to 30; got 31/,
            ],
            [
                "an empty expiry bucket attribute",
                { expiryBucketAttribute: "" },
                /argument "expiryBucketAttribute" must be a non-empty string; got ""/,
            ],
            [
                "an expiry bucket on the key",
                { expiryBucketAttribute: "orderId" },
                /argument "expiryBucketAttribute" must not be a key attribute; got "orderId"/,
            ],
            [
                "an expiry bucket that is the TTL attribute",
                { expiryBucketAttribute: "expiresAt" },
                /argument "expiryBucketAttribute" must differ from ttlAttribute; got "expiresAt"/,
            ],
            [
                "a log retention CloudWatch does not offer",
                { purgeLogRetentionDays: 10 },
                /argument "purgeLogRetentionDays" must be one of 1, 3, 5, 7, 14, 30.*; got 10/,
            ],
        ];
        for (const [label, args, message] of cases) {
            it(label, () => {
                const name = uniqueName("badtable");
                expect(() => new PiiTable(name, { ...ORDERS, ...args } as PiiTableArgs)).to.throw(message);
                expect(recorder.withNamePrefix(name)).to.deep.equal([]);
            });
        }
    });
});
