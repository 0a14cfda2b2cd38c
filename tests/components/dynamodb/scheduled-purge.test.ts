import { expect } from "chai";
import { policyOf, registered, statementBySid, uniqueName, Resources } from "../../support/runtime";
import { DataKey, PiiTable, ScheduledPurge, ScheduledPurgeArgs } from "../../../components";

function purgeArgs(key: DataKey): ScheduledPurgeArgs {
    return {
        tableName: "orders-table",
        tableArn: "arn:aws:dynamodb:eu-west-1:123456789012:table/orders-table",
        keyAttributes: ["orderId"],
        ttlAttribute: "expiresAt",
        expiryBucketAttribute: "expiryBucket",
        kmsKey: key,
        owner: "orders-team",
        purposes: ["order-fulfilment"],
    };
}

function tableKey(): DataKey {
    return new DataKey(uniqueName("purgekey"), { viaServices: ["dynamodb", "lambda"], servicePrincipals: ["cloudwatch-logs"] });
}

async function build(args: Partial<ScheduledPurgeArgs> = {}): Promise<{ name: string; resources: Resources; component: ScheduledPurge }> {
    const name = uniqueName("orders-purge");
    const component = new ScheduledPurge(name, { ...purgeArgs(tableKey()), ...args });
    return { name, component, resources: await registered(name) };
}

describe("ScheduledPurge", () => {
    it("runs a function on its own schedule, invoked by that rule only, its children named after it", async () => {
        const { name, resources, component } = await build({ intervalMinutes: 15 });
        const self = resources.all.find((r) => r.type === ScheduledPurge.TYPE)!;
        expect(resources.named(`${name}-schedule`).inputs.scheduleExpression).to.equal("rate(15 minutes)");
        const fn = resources.named(name);
        expect(fn.type).to.equal("aws:lambda/function:Function");
        expect(fn.inputs.environment.variables).to.include({
            TABLE_NAME: "orders-table",
            INDEX_NAME: "expiry-index",
            KEY_ATTRIBUTES: "orderId",
            LOOKBACK_DAYS: "7",
        });
        expect(resources.named(`${name}-invoke`).inputs).to.include({ principal: "events.amazonaws.com", sourceAccount: "123456789012" });
        for (const child of resources.all.filter((r) => r !== self)) {
            expect(child.parent, child.name).to.equal(self.urn);
            expect(child.name.startsWith(name), child.name).to.equal(true);
            expect(child.aliases, `${child.name}: no earlier parent to alias`).to.equal(undefined);
        }
        expect(ScheduledPurge.isInstance(component)).to.equal(true);
    });

    it("gives its role Query on the expiry index and DeleteItem on the table only", async () => {
        const { name, resources } = await build({ indexName: "due-index" });
        const policy = policyOf(resources.named(`${name}-policy`));
        expect(statementBySid(policy, "FindExpiredItemsInTheExpiryIndex")).to.include({
            Action: "dynamodb:Query",
            Resource: "arn:aws:dynamodb:eu-west-1:123456789012:table/orders-table/index/due-index",
        });
        expect(statementBySid(policy, "DeleteExpiredItems")).to.include({
            Action: "dynamodb:DeleteItem",
            Resource: "arn:aws:dynamodb:eu-west-1:123456789012:table/orders-table",
        });
        expect(resources.named(`${name}-role`).inputs.tags).to.include({ "pii-purpose": "order-fulfilment", owner: "orders-team" });
    });

    it("keeps a PiiTable's purge resources where they were before it existed (aliases to the table as parent)", async () => {
        const name = uniqueName("orders");
        const table = new PiiTable(name, {
            owner: "orders-team",
            hashKey: "orderId",
            attributes: [{ name: "orderId", type: "S" }],
            piiCategories: ["name"],
            purposes: ["order-fulfilment"],
            retentionDays: 3,
        });
        const resources = await registered(name);
        const tableUrn = resources.one(PiiTable.TYPE).urn;
        const purgeUrn = resources.one(ScheduledPurge.TYPE).urn;
        expect(ScheduledPurge.isInstance(table.purge)).to.equal(true);
        expect(resources.one(ScheduledPurge.TYPE).parent).to.equal(tableUrn);
        const fn = resources.named(`${name}-purge`);
        expect(fn.parent).to.equal(purgeUrn);
        expect(fn.aliases).to.deep.equal([
            `urn:pulumi:test::compliant-storage-tests::${PiiTable.TYPE}$aws:lambda/function:Function::${name}-purge`,
        ]);
        expect(resources.named(`${name}-purge-role`).aliases).to.deep.equal([
            `urn:pulumi:test::compliant-storage-tests::${PiiTable.TYPE}$aws:iam/role:Role::${name}-purge-role`,
        ]);
    });

    describe("rejects bad arguments before creating anything", () => {
        const cases: [string, Partial<ScheduledPurgeArgs> & Record<string, unknown>, RegExp][] = [
            [
                "no key attribute",
                { keyAttributes: [] },
                /argument "keyAttributes" must list the table's hash key and, if it has one, its range key; got \[\]/,
            ],
            ["three key attributes", { keyAttributes: ["a", "b", "c"] }, /argument "keyAttributes" must list the table's hash key/],
            [
                "an interval under 5 minutes",
                { intervalMinutes: 4 },
                /argument "intervalMinutes" must be a whole number from 5 to 1440; got 4/,
            ],
            ["a lookback over 30 days", { lookbackDays: 31 }, /argument "lookbackDays" must be a whole number from 1 to 30; got 31/],
            ["a log retention CloudWatch does not offer", { logRetentionDays: 10 }, /argument "logRetentionDays" must be one of 1, 3, 5/],
            ["purposes that are not kebab-case", { purposes: ["Order Fulfilment"] }, /argument "purposes" must hold only kebab-case words/],
            [
                "a review date not in the calendar",
                { accessReviewBy: "2027-02-30" },
                /argument "accessReviewBy" is written YYYY-MM-DD but is not a date in the calendar/,
            ],
            [
                "a contract tag among the extra tags",
                { tags: { "data-classification": "public" } },
                /argument "tags" must not set the contract tag "data-classification"/,
            ],
            ["no table ARN", { tableArn: undefined }, /argument "tableArn" must be given/],
        ];
        for (const [what, args, message] of cases) {
            it(what, async () => {
                const name = uniqueName("bad-purge");
                expect(() => new ScheduledPurge(name, { ...purgeArgs(tableKey()), ...args } as ScheduledPurgeArgs)).to.throw(
                    new RegExp(`ScheduledPurge "${name}": ${message.source}`),
                );
                expect((await registered(name)).all, "nothing created").to.deep.equal([]);
            });
        }

        it("a key that does not admit Lambda and CloudWatch Logs", () => {
            const key = new DataKey(uniqueName("dynamoonly"), { viaServices: ["dynamodb"] });
            expect(() => new ScheduledPurge(uniqueName("bad-purge"), purgeArgs(key))).to.throw(
                /argument "kmsKey" must admit viaServices \["dynamodb", "lambda"\] and servicePrincipals \["cloudwatch-logs"\]/,
            );
        });
    });
});
