/** The purge's Lambda entry point against a mocked AWS SDK v3 DynamoDB client. */
import { expect } from "chai";
import {
    AttributeValue,
    ConditionalCheckFailedException,
    DeleteItemCommand,
    DeleteItemCommandInput,
    DynamoDBClient,
    QueryCommand,
    QueryCommandInput,
    ScanCommand,
    ScanCommandInput,
} from "@aws-sdk/client-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
const { handler, expiryBucketOf } = require("../../../components/dynamodb/purge-handler.js");

const DAY = 86_400;
/** 2027-01-15T12:00:00Z, midway through UTC day 20833. */
const NOW = 20833 * DAY + 12 * 3600;
const TABLE = "orders-abc";
const INDEX = "expiry-index";
const ENV = {
    TABLE_NAME: TABLE,
    INDEX_NAME: INDEX,
    BUCKET_ATTRIBUTE: "expiryBucket",
    TTL_ATTRIBUTE: "expiresAt",
    KEY_ATTRIBUTES: "orderId",
    LOOKBACK_DAYS: "7",
    AWS_REGION: "eu-west-1",
};
const LOOKBACK_BUCKETS = 4 * (7 + 1);

type Item = Record<string, AttributeValue>;

/** DynamoDB's error for a malformed request; the mock throws it for anything it does not model. */
function validationError(message: string): Error {
    return Object.assign(new Error(message), { name: "ValidationException" });
}

/**
 * Future items of one bucket, generated rather than stored: item `i` is `<prefix><i>` and
 * expires at `first + floor(i * (last - first) / count)`, so the items are in index order
 * (expiry, then key) by `i`.
 */
interface Segment {
    bucket: string;
    prefix: string;
    count: number;
    first: number;
    last: number;
    deleted: Set<number>;
}

/**
 * A table keyed by `orderId` with the sparse `expiry-index` (expiryBucket, expiresAt),
 * answering Query, DeleteItem and Scan as DynamoDB does for the expressions the purge sends
 * (any other expression is refused). Few items are stored; the bulk of the million are
 * segments, so a Query reads only what its key condition selects, and a Scan really walks
 * every item.
 */
class MockTable {
    /** Items stored one by one: the due ones and the future ones beside them. */
    readonly items = new Map<string, { expiresAt: number; bucket?: string }>();
    readonly segments: Segment[] = [];
    /** Keys returned by Query or Scan, and keys deleted. */
    readonly read: string[] = [];
    readonly deleted: string[] = [];
    /** Items a writer extends (expiry and bucket, as writers must) as soon as the purge has read them. */
    readonly extendWhenRead = new Set<string>();
    static readonly SCAN_PAGE_ITEMS = 4000; // 1 MB of ~250-byte items: what one Scan request reads at most

    put(orderId: string, expiresAt: number, bucket: string | undefined = expiryBucketOf(expiresAt, orderId)): void {
        this.items.set(orderId, { expiresAt, bucket });
    }

    addSegment(bucket: string, prefix: string, count: number, first: number, last: number): void {
        this.segments.push({ bucket, prefix, count, first, last, deleted: new Set() });
    }

    get size(): number {
        return this.items.size + this.segments.reduce((sum, s) => sum + s.count - s.deleted.size, 0);
    }

    private static expiryOf(segment: Segment, i: number): number {
        return segment.first + Math.floor((i * (segment.last - segment.first)) / segment.count);
    }

    private static keyOf(segment: Segment, i: number): string {
        return `${segment.prefix}${String(i).padStart(7, "0")}`;
    }

    private find(orderId: string): { expiresAt: number; bucket?: string; remove: () => void } | undefined {
        const stored = this.items.get(orderId);
        if (stored) return { ...stored, remove: () => this.items.delete(orderId) };
        for (const segment of this.segments) {
            if (!orderId.startsWith(segment.prefix)) continue;
            const i = Number(orderId.slice(segment.prefix.length));
            if (!Number.isInteger(i) || i < 0 || i >= segment.count || segment.deleted.has(i)) return undefined;
            return { expiresAt: MockTable.expiryOf(segment, i), bucket: segment.bucket, remove: () => segment.deleted.add(i) };
        }
        return undefined;
    }

    query(input: QueryCommandInput): { Items: Item[]; LastEvaluatedKey?: Item } {
        if (input.TableName !== TABLE || input.IndexName !== INDEX)
            throw validationError(`no index ${input.IndexName} on ${input.TableName}`);
        const names = input.ExpressionAttributeNames ?? {};
        const values = input.ExpressionAttributeValues ?? {};
        const condition = /^(#\w+) = (:\w+) AND (#\w+) <= (:\w+)$/.exec(input.KeyConditionExpression ?? "");
        if (!condition || names[condition[1]] !== "expiryBucket" || names[condition[3]] !== "expiresAt")
            throw validationError(`key condition not modelled: ${input.KeyConditionExpression}`);
        const bucket = values[condition[2]]?.S;
        const now = Number(values[condition[4]]?.N);
        if (bucket === undefined || !Number.isFinite(now)) throw validationError("key condition values must be S and N");
        const projected = (input.ProjectionExpression ?? "#bucket, #expiry, #key").split(", ").map((name) => names[name] ?? name);
        if (input.ProjectionExpression && projected.some((name) => name !== "orderId"))
            throw validationError(`projection not modelled: ${input.ProjectionExpression}`);
        const limit = input.Limit ?? MockTable.SCAN_PAGE_ITEMS;
        const start = input.ExclusiveStartKey;
        const startAt: [number, string] | undefined = start ? [Number(start.expiresAt?.N), start.orderId?.S ?? ""] : undefined;
        const after = (expiry: number, key: string) => !startAt || expiry > startAt[0] || (expiry === startAt[0] && key > startAt[1]);

        // The first `limit` entries of the bucket after the start key with an expiry up to now, in index order.
        const candidates: [number, string][] = [...this.items]
            .filter(([key, item]) => item.bucket === bucket && item.expiresAt <= now && after(item.expiresAt, key))
            .map(([key, item]): [number, string] => [item.expiresAt, key]);
        for (const segment of this.segments.filter((s) => s.bucket === bucket)) {
            let low = 0;
            let high = segment.count;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (after(MockTable.expiryOf(segment, mid), MockTable.keyOf(segment, mid))) high = mid;
                else low = mid + 1;
            }
            let taken = 0;
            for (let i = low; i < segment.count && taken < limit && MockTable.expiryOf(segment, i) <= now; i += 1) {
                if (segment.deleted.has(i)) continue;
                candidates.push([MockTable.expiryOf(segment, i), MockTable.keyOf(segment, i)]);
                taken += 1;
            }
        }
        const page = candidates.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).slice(0, limit);
        for (const [, key] of page) {
            this.read.push(key);
            if (this.extendWhenRead.delete(key)) this.put(key, now + DAY);
        }
        const last = page[page.length - 1];
        return {
            Items: page.map(([expiry, key]): Item =>
                input.ProjectionExpression
                    ? { orderId: { S: key } }
                    : { orderId: { S: key }, expiryBucket: { S: bucket }, expiresAt: { N: String(expiry) } },
            ),
            // DynamoDB ends a page at the limit with a LastEvaluatedKey, whether or not more follow.
            LastEvaluatedKey:
                page.length === limit
                    ? { orderId: { S: last[1] }, expiryBucket: { S: bucket }, expiresAt: { N: String(last[0]) } }
                    : undefined,
        };
    }

    deleteItem(input: DeleteItemCommandInput): Record<string, never> {
        if (input.TableName !== TABLE) throw validationError(`no table ${input.TableName}`);
        const keyNames = Object.keys(input.Key ?? {});
        const orderId = input.Key?.orderId?.S;
        if (keyNames.length !== 1 || orderId === undefined) throw validationError("The provided key element does not match the schema");
        const condition = /^(#\w+) <= (:\w+)$/.exec(input.ConditionExpression ?? "");
        if (!condition || input.ExpressionAttributeNames?.[condition[1]] !== "expiresAt")
            throw validationError(`condition not modelled: ${input.ConditionExpression}`);
        const now = Number(input.ExpressionAttributeValues?.[condition[2]]?.N);
        const item = this.find(orderId);
        // A missing item or attribute fails the comparison, as in DynamoDB.
        if (!item || !(item.expiresAt <= now))
            throw new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
        item.remove();
        this.deleted.push(orderId);
        return {};
    }

    /** A filtered Scan: reads every item, a page at a time, and returns those that match. */
    scan(input: ScanCommandInput): { Items: Item[]; LastEvaluatedKey?: Item } {
        const filter = /^(#\w+) <= (:\w+)$/.exec(input.FilterExpression ?? "");
        if (input.TableName !== TABLE || !filter || input.ExpressionAttributeNames?.[filter[1]] !== "expiresAt")
            throw validationError("scan not modelled");
        const now = Number(input.ExpressionAttributeValues?.[filter[2]]?.N);
        const limit = Math.min(input.Limit ?? MockTable.SCAN_PAGE_ITEMS, MockTable.SCAN_PAGE_ITEMS);
        const stored = [...this.items.keys()];
        const total = stored.length + this.segments.reduce((sum, s) => sum + s.count, 0);
        let position = input.ExclusiveStartKey ? this.positionOf(input.ExclusiveStartKey.orderId.S!, stored) + 1 : 0;
        const items: Item[] = [];
        let evaluated = 0;
        let lastKey: string | undefined;
        for (; position < total && evaluated < limit; position += 1) {
            const key = this.keyAt(position, stored);
            const item = key === undefined ? undefined : this.find(key);
            if (!item || key === undefined) continue;
            evaluated += 1;
            lastKey = key;
            if (item.expiresAt <= now) {
                items.push({ orderId: { S: key } });
                this.read.push(key);
            }
        }
        return { Items: items, LastEvaluatedKey: position < total && lastKey !== undefined ? { orderId: { S: lastKey } } : undefined };
    }

    private keyAt(position: number, stored: string[]): string | undefined {
        if (position < stored.length) return stored[position];
        let offset = position - stored.length;
        for (const segment of this.segments) {
            if (offset < segment.count) return segment.deleted.has(offset) ? undefined : MockTable.keyOf(segment, offset);
            offset -= segment.count;
        }
        return undefined;
    }

    private positionOf(key: string, stored: string[]): number {
        const index = stored.indexOf(key);
        if (index >= 0) return index;
        let offset = stored.length;
        for (const segment of this.segments) {
            if (key.startsWith(segment.prefix)) return offset + Number(key.slice(segment.prefix.length));
            offset += segment.count;
        }
        throw validationError(`unknown start key ${key}`);
    }
}

const TOTAL_ITEMS = 1_000_000;
const DUE_ITEMS = 100;

/**
 * A million items, a hundred of them due: spread over the last three days and earlier today,
 * two of them extended by a writer while the purge runs. Beside them in today's buckets, items
 * due later today; in older buckets, items whose expiry was moved on without their bucket. The
 * rest expire later today or in the next three days.
 */
function millionItemTable(): { table: MockTable; due: string[]; extended: string[] } {
    const table = new MockTable();
    const due = Array.from({ length: DUE_ITEMS }, (_, i) => `due-${String(i).padStart(3, "0")}`);
    due.forEach((key, i) => table.put(key, NOW - 600 - i * 2500));
    const extended = [due[7], due[42]];
    extended.forEach((key) => table.extendWhenRead.add(key));
    for (let i = 0; i < 50; i += 1) table.put(`later-today-${i}`, NOW + 60 + i * 600);
    for (let i = 0; i < 3; i += 1) table.put(`stale-bucket-${i}`, NOW + DAY, expiryBucketOf(NOW - 2 * DAY, `stale-bucket-${i}`));
    const today = Math.floor(NOW / DAY);
    const days = [today, today + 1, today + 2, today + 3];
    const perSegment = Math.floor((TOTAL_ITEMS - table.items.size) / (days.length * 4));
    let remaining = TOTAL_ITEMS - table.items.size;
    days.forEach((day, d) => {
        for (let shard = 0; shard < 4; shard += 1) {
            const count = d === days.length - 1 && shard === 3 ? remaining : perSegment;
            remaining -= count;
            // Today's future items start a second after now; later days fill the whole day.
            table.addSegment(`${day}#${shard}`, `future-${day}-${shard}-`, count, Math.max(day * DAY, NOW + 1), (day + 1) * DAY - 1);
        }
    });
    return { table, due, extended };
}

describe("PiiTable purge handler over the AWS SDK (aws-sdk-client-mock)", () => {
    const dynamo = mockClient(DynamoDBClient);
    const env = { ...process.env };
    const realNow = Date.now;
    const context = { getRemainingTimeInMillis: () => 600_000 };
    const log = console.log;

    beforeEach(() => {
        dynamo.reset();
        Object.assign(process.env, ENV);
        Date.now = () => NOW * 1000;
        console.log = () => undefined;
    });
    afterEach(() => {
        Date.now = realNow;
        console.log = log;
    });
    after(() => {
        process.env = env;
        dynamo.restore();
    });

    function serve(table: MockTable): void {
        dynamo.on(QueryCommand).callsFake((input: QueryCommandInput) => table.query(input));
        dynamo.on(DeleteItemCommand).callsFake((input: DeleteItemCommandInput) => table.deleteItem(input));
        dynamo.on(ScanCommand).callsFake((input: ScanCommandInput) => table.scan(input));
    }

    describe("a table of a million items, a hundred of them due", () => {
        it("costs requests for the hundred due items plus one query per bucket, and never a scan", async () => {
            const { table, due, extended } = millionItemTable();
            expect(table.size).to.equal(TOTAL_ITEMS);
            serve(table);

            const result = await handler({}, context);

            expect(result).to.deep.equal({ queriedPages: LOOKBACK_BUCKETS, deleted: DUE_ITEMS - 2, kept: 2, complete: true });
            expect([...table.deleted].sort()).to.deep.equal(due.filter((key) => !extended.includes(key)));
            expect(table.size).to.equal(TOTAL_ITEMS - (DUE_ITEMS - 2));
            for (const key of extended) expect(table.items.get(key)!.expiresAt).to.equal(NOW + DAY);
            // Only due items were read; none of the 999,900 others was touched.
            expect([...table.read].sort()).to.deep.equal(due);
            expect(dynamo.commandCalls(ScanCommand)).to.have.length(0);
            expect(dynamo.commandCalls(DeleteItemCommand)).to.have.length(DUE_ITEMS);
            expect(dynamo.commandCalls(QueryCommand)).to.have.length(LOOKBACK_BUCKETS);
            expect(dynamo.calls().length).to.be.at.most(DUE_ITEMS + LOOKBACK_BUCKETS);
        });

        it("finishes in a second run what a run stopped for time left, without reading again what the first deleted", async () => {
            const { table, due, extended } = millionItemTable();
            serve(table);
            const shortOfTime = { getRemainingTimeInMillis: () => (table.deleted.length >= 40 ? 10_000 : 600_000) };

            const first = await handler({}, shortOfTime);
            expect(first).to.include({ deleted: 40, complete: false });
            const deletedFirst = [...table.deleted];
            const readFirst = table.read.length;

            // A retry at the same instant: later, more items would be due and muddle the count.
            const second = await handler({}, context);
            expect(second).to.include({ complete: true });
            const readSecond = table.read.slice(readFirst);
            expect(readSecond.filter((key) => deletedFirst.includes(key))).to.deep.equal([]);
            expect(first.deleted + second.deleted).to.equal(DUE_ITEMS - 2);
            expect([...table.deleted].sort()).to.deep.equal(due.filter((key) => !extended.includes(key)));
            expect(table.size).to.equal(TOTAL_ITEMS - (DUE_ITEMS - 2));
            expect(dynamo.commandCalls(ScanCommand)).to.have.length(0);
            // Both runs together: each due item read once or twice (the page a run stopped in), one query per bucket and page.
            expect(dynamo.calls().length).to.be.at.most(2 * (DUE_ITEMS + LOOKBACK_BUCKETS));
        });

        it("(the cost the index avoids) answers a filtered scan only after reading all 1,000,000 items", async () => {
            const { table } = millionItemTable();
            serve(table);
            let pages = 0;
            let found = 0;
            let start: Item | undefined;
            do {
                const page = await new DynamoDBClient({}).send(
                    new ScanCommand({
                        TableName: TABLE,
                        FilterExpression: "#expiry <= :now",
                        ExpressionAttributeNames: { "#expiry": "expiresAt" },
                        ExpressionAttributeValues: { ":now": { N: String(NOW) } },
                        ExclusiveStartKey: start,
                    }),
                );
                pages += 1;
                found += page.Items?.length ?? 0;
                start = page.LastEvaluatedKey;
            } while (start);
            expect(found).to.equal(DUE_ITEMS);
            expect(pages).to.equal(TOTAL_ITEMS / MockTable.SCAN_PAGE_ITEMS);
        });
    });

    it("queries each bucket page by page and deletes each key on the condition that it is still expired", async () => {
        dynamo.on(QueryCommand).resolves({ Items: [] });
        dynamo
            .on(QueryCommand, { ExpressionAttributeValues: { ":bucket": { S: "20833#1" }, ":now": { N: String(NOW) } } })
            .resolvesOnce({
                Items: [{ orderId: { S: "o1" } }, { orderId: { S: "o2" } }],
                LastEvaluatedKey: { orderId: { S: "o2" }, expiryBucket: { S: "20833#1" }, expiresAt: { N: "5" } },
            })
            .resolvesOnce({ Items: [{ orderId: { S: "o3" } }] });
        dynamo.on(DeleteItemCommand).resolves({});
        dynamo
            .on(DeleteItemCommand, { Key: { orderId: { S: "o2" } } })
            .rejects(new ConditionalCheckFailedException({ message: "extended", $metadata: {} }));

        const result = await handler({}, context);
        expect(result).to.deep.equal({ queriedPages: LOOKBACK_BUCKETS + 1, deleted: 2, kept: 1, complete: true });
        const queries = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input);
        expect(queries[0]).to.include({
            TableName: TABLE,
            IndexName: INDEX,
            KeyConditionExpression: "#bucket = :bucket AND #expiry <= :now",
            ProjectionExpression: "#k0",
        });
        expect(queries[0].ExpressionAttributeNames).to.deep.equal({ "#bucket": "expiryBucket", "#expiry": "expiresAt", "#k0": "orderId" });
        expect(queries.map((q) => q.ExpressionAttributeValues![":bucket"].S)).to.include.members(["20826#0", "20833#3"]);
        const resumed = queries.find((q) => q.ExclusiveStartKey !== undefined)!;
        expect(resumed.ExclusiveStartKey).to.deep.equal({ orderId: { S: "o2" }, expiryBucket: { S: "20833#1" }, expiresAt: { N: "5" } });
        const deletes = dynamo.commandCalls(DeleteItemCommand).map((call) => call.args[0].input);
        expect(deletes.map((d) => d.Key)).to.deep.equal([{ orderId: { S: "o1" } }, { orderId: { S: "o2" } }, { orderId: { S: "o3" } }]);
        for (const input of deletes)
            expect(input).to.deep.include({ ConditionExpression: "#expiry <= :now", ExpressionAttributeNames: { "#expiry": "expiresAt" } });
    });

    it("fails the invocation (so Lambda retries and alarms) on any other error", async () => {
        dynamo.on(QueryCommand).resolves({ Items: [{ orderId: { S: "o1" } }] });
        dynamo.on(DeleteItemCommand).rejects(new Error("ProvisionedThroughputExceeded"));
        let thrown: unknown;
        await handler({}, context).catch((error: unknown) => {
            thrown = error;
        });
        expect((thrown as Error).message).to.equal("ProvisionedThroughputExceeded");
    });

    for (const [variable, value, message] of [
        ["TABLE_NAME", undefined, "purge: environment variable TABLE_NAME is not set"],
        ["INDEX_NAME", undefined, "purge: environment variable INDEX_NAME is not set"],
        ["LOOKBACK_DAYS", "0", "purge: LOOKBACK_DAYS must be a whole number >= 1; got 0"],
    ] as const) {
        it(`refuses to run with ${variable} ${value === undefined ? "unset" : `set to ${value}`}`, async () => {
            if (value === undefined) delete process.env[variable];
            else process.env[variable] = value;
            let thrown: unknown;
            await handler({}, context).catch((error: unknown) => {
                thrown = error;
            });
            expect((thrown as Error).message).to.equal(message);
            expect(dynamo.calls()).to.have.length(0);
        });
    }
});
