import { expect } from "chai";
// The handler is plain JavaScript shipped to Lambda as it is.
const {
    EXPIRY_BUCKET_SHARDS,
    expiryBucketOf,
    dueBuckets,
    purgeExpiredItems,
    sdkPurgeClient,
} = require("../../../components/dynamodb/purge-handler.js");

type Key = Record<string, unknown>;
const DAY = 86_400;
/** 2027-01-15T12:00:00Z: day 20833, midway through it. */
const NOW = 20833 * DAY + 12 * 3600;

interface Row {
    expiresAt: number;
    bucket?: string;
}
/** `bucket`: as `expiryBucketOf` gives it unless set; `null` for an item written without one. */
type Item = { id: string; expiresAt: number; bucket?: string | null };

/**
 * An in-memory table and its sparse expiry index: a query reads one bucket's items with an
 * expiry up to now, in expiry order, `limit` at a time, as DynamoDB's Query does.
 */
function fakeTable(items: Item[]) {
    const rows = new Map<string, Row>(
        items.map(({ id, expiresAt, bucket }) => [
            id,
            { expiresAt, bucket: bucket === undefined ? expiryBucketOf(expiresAt, id) : (bucket ?? undefined) },
        ]),
    );
    const calls = { queries: [] as string[], read: [] as string[], deletes: [] as string[] };
    return {
        rows,
        calls,
        client: {
            async queryDue({ bucket, nowSeconds, limit, startKey }: { bucket: string; nowSeconds: number; limit: number; startKey?: Key }) {
                calls.queries.push(bucket);
                const order = (id: string) => [rows.get(id)!.expiresAt, id] as const;
                const after = (id: string) => {
                    if (!startKey) return true;
                    const [expiry, key] = order(id);
                    const [lastExpiry, lastKey] = [startKey.expiresAt as number, startKey.id as string];
                    return expiry > lastExpiry || (expiry === lastExpiry && key > lastKey);
                };
                const matching = [...rows.keys()]
                    .filter((id) => rows.get(id)!.bucket === bucket && rows.get(id)!.expiresAt <= nowSeconds && after(id))
                    .sort((a, b) => rows.get(a)!.expiresAt - rows.get(b)!.expiresAt || a.localeCompare(b));
                const page = matching.slice(0, limit);
                calls.read.push(...page);
                const last = page[page.length - 1];
                return {
                    items: page.map((id) => ({ id })),
                    nextStartKey: page.length === limit ? { id: last, bucket, expiresAt: rows.get(last)!.expiresAt } : undefined,
                };
            },
            async deleteIfExpired({ key, nowSeconds }: { key: Key; nowSeconds: number }) {
                const id = key.id as string;
                if ((rows.get(id)?.expiresAt ?? Infinity) > nowSeconds) return "kept";
                rows.delete(id);
                calls.deletes.push(id);
                return "deleted";
            },
        },
    };
}

describe("PiiTable purge handler (DP-5.4)", () => {
    describe("expiry buckets", () => {
        it("names the UTC day of expiry and a shard from the item key", () => {
            expect(expiryBucketOf(NOW, "order-1")).to.match(/^20833#[0-3]$/);
            expect(expiryBucketOf(20833 * DAY, "order-1")).to.equal(expiryBucketOf(NOW, "order-1"));
            expect(expiryBucketOf(20833 * DAY - 1, "order-1")).to.match(/^20832#/);
            expect(expiryBucketOf(NOW + 0.5, "order-1")).to.equal(expiryBucketOf(NOW, "order-1"));
        });

        it("spreads one day's items over all shards", () => {
            const shards = new Map<string, number>();
            for (let i = 0; i < 4000; i += 1) {
                const bucket = expiryBucketOf(NOW, `order-${i}`);
                shards.set(bucket, (shards.get(bucket) ?? 0) + 1);
            }
            expect(EXPIRY_BUCKET_SHARDS).to.equal(4);
            expect([...shards.keys()].sort()).to.deep.equal(["20833#0", "20833#1", "20833#2", "20833#3"]);
            for (const count of shards.values()) expect(count).to.be.within(800, 1200);
        });

        it("refuses an expiry that is not epoch seconds or a key that is not a string", () => {
            expect(() => expiryBucketOf("1700000000", "a")).to.throw(RangeError, /expiresAtSeconds must be epoch seconds/);
            expect(() => expiryBucketOf(Number.NaN, "a")).to.throw(RangeError);
            expect(() => expiryBucketOf(-1, "a")).to.throw(RangeError);
            expect(() => expiryBucketOf(NOW, 7)).to.throw(TypeError, /itemKey must be a string/);
        });

        it("queries every shard of each day from the lookback to today, oldest first", () => {
            const buckets: string[] = dueBuckets(NOW, 2);
            expect(buckets).to.deep.equal([
                "20831#0",
                "20831#1",
                "20831#2",
                "20831#3",
                "20832#0",
                "20832#1",
                "20832#2",
                "20832#3",
                "20833#0",
                "20833#1",
                "20833#2",
                "20833#3",
            ]);
        });
    });

    it("deletes every due item across buckets and pages, and reads no item that is not due", async () => {
        const due = Array.from({ length: 9 }, (_, i) => ({ id: `due-${i}`, expiresAt: NOW - i * 20_000 }));
        const future = [
            { id: "later-today", expiresAt: NOW + 60 },
            { id: "tomorrow", expiresAt: NOW + DAY },
            { id: "next-year", expiresAt: NOW + 365 * DAY },
        ];
        const table = fakeTable([...due, ...future]);
        const result = await purgeExpiredItems(table.client, { nowSeconds: NOW, lookbackDays: 7, pageSize: 2 });
        expect(result).to.include({ deleted: 9, kept: 0, complete: true });
        expect([...table.rows.keys()].sort()).to.deep.equal(["later-today", "next-year", "tomorrow"]);
        expect(table.calls.read.sort()).to.deep.equal(due.map((d) => d.id).sort());
        // One query per bucket, plus one per full page.
        expect(table.calls.queries).to.have.length(result.queriedPages);
        expect(result.queriedPages).to.be.within(32, 32 + Math.ceil(9 / 2));
    });

    it("keeps an item whose expiry moved on between query and delete", async () => {
        const table = fakeTable([{ id: "a", expiresAt: NOW - 100 }]);
        const query = table.client.queryDue;
        table.client.queryDue = async (args) => {
            const page = await query(args);
            if (page.items.length > 0) table.rows.get("a")!.expiresAt = NOW + 500;
            return page;
        };
        const result = await purgeExpiredItems(table.client, { nowSeconds: NOW, lookbackDays: 7 });
        expect(result).to.include({ deleted: 0, kept: 1 });
        expect(table.rows.has("a")).to.equal(true);
    });

    it("stops when time runs out, and the next run deletes the rest without reading again what was deleted", async () => {
        const due = Array.from({ length: 10 }, (_, i) => ({ id: `due-${i}`, expiresAt: NOW - 3600 - i }));
        const table = fakeTable(due);
        const first = await purgeExpiredItems(table.client, {
            nowSeconds: NOW,
            lookbackDays: 7,
            pageSize: 3,
            shouldStop: () => table.calls.deletes.length >= 4,
        });
        expect(first).to.include({ deleted: 4, complete: false });
        const deletedFirst = [...table.calls.deletes];
        table.calls.read.length = 0;

        const second = await purgeExpiredItems(table.client, { nowSeconds: NOW + 3600, lookbackDays: 7, pageSize: 3 });
        expect(second).to.include({ deleted: 6, kept: 0, complete: true });
        expect(table.rows.size).to.equal(0);
        expect(table.calls.read.sort()).to.deep.equal(
            due
                .map((d) => d.id)
                .filter((id) => !deletedFirst.includes(id))
                .sort(),
        );
        expect(table.calls.read.filter((id) => deletedFirst.includes(id))).to.deep.equal([]);
    });

    it("leaves to TTL an item without a bucket and one that expired before the lookback", async () => {
        const table = fakeTable([
            { id: "no-bucket", expiresAt: NOW - 60, bucket: null },
            { id: "long-ago", expiresAt: NOW - 9 * DAY },
            { id: "due", expiresAt: NOW - 60 },
        ]);
        const result = await purgeExpiredItems(table.client, { nowSeconds: NOW, lookbackDays: 7 });
        expect(result).to.include({ deleted: 1, complete: true });
        expect([...table.rows.keys()].sort()).to.deep.equal(["long-ago", "no-bucket"]);
    });

    describe("over the AWS SDK", () => {
        class QueryCommand {
            constructor(readonly input: any) {}
        }
        class DeleteItemCommand {
            constructor(readonly input: any) {}
        }
        class ConditionalCheckFailedException extends Error {}
        const sdk = { QueryCommand, DeleteItemCommand, ConditionalCheckFailedException };
        const table = {
            tableName: "orders",
            indexName: "expiry-index",
            bucketAttribute: "expiryBucket",
            ttlAttribute: "expiresAt",
            keyAttributes: ["orderId", "line"],
        };

        it("queries a bucket of the expiry index for keys due and deletes on the condition that the item is still expired", async () => {
            const sent: any[] = [];
            const dynamo = {
                async send(command: any) {
                    sent.push(command);
                    if (command instanceof QueryCommand && command.input.ExpressionAttributeValues[":bucket"].S === "20833#2") {
                        return { Items: [{ orderId: { S: "o1" }, line: { N: "1" } }] };
                    }
                    return command instanceof QueryCommand ? { Items: [] } : {};
                },
            };
            const result = await purgeExpiredItems(sdkPurgeClient(dynamo, sdk, table), { nowSeconds: NOW, lookbackDays: 1 });
            expect(result).to.deep.equal({ queriedPages: 8, deleted: 1, kept: 0, complete: true });
            expect(sent[0].input).to.deep.equal({
                TableName: "orders",
                IndexName: "expiry-index",
                KeyConditionExpression: "#bucket = :bucket AND #expiry <= :now",
                ProjectionExpression: "#k0, #k1",
                ExpressionAttributeNames: { "#bucket": "expiryBucket", "#expiry": "expiresAt", "#k0": "orderId", "#k1": "line" },
                ExpressionAttributeValues: { ":bucket": { S: "20832#0" }, ":now": { N: String(NOW) } },
                Limit: 100,
                ExclusiveStartKey: undefined,
            });
            const deletes = sent.filter((command) => command instanceof DeleteItemCommand);
            expect(deletes.map((command) => command.input)).to.deep.equal([
                {
                    TableName: "orders",
                    Key: { orderId: { S: "o1" }, line: { N: "1" } },
                    ConditionExpression: "#expiry <= :now",
                    ExpressionAttributeNames: { "#expiry": "expiresAt" },
                    ExpressionAttributeValues: { ":now": { N: String(NOW) } },
                },
            ]);
        });

        it("counts a failed condition as kept and lets any other error through", async () => {
            let failure: Error = new ConditionalCheckFailedException("moved on");
            const dynamo = {
                async send(command: any) {
                    if (command instanceof QueryCommand) return { Items: [{ orderId: { S: "o1" } }] };
                    throw failure;
                },
            };
            const client = sdkPurgeClient(dynamo, sdk, table);
            expect(await purgeExpiredItems(client, { nowSeconds: NOW, lookbackDays: 1 })).to.include({ kept: 8, deleted: 0 });
            failure = new Error("throttled");
            let thrown: unknown;
            await purgeExpiredItems(client, { nowSeconds: NOW, lookbackDays: 1 }).catch((error: unknown) => {
                thrown = error;
            });
            expect(thrown).to.equal(failure);
        });
    });
});
