import { expect } from "chai";
// The handler is plain JavaScript shipped to Lambda as it is.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { purgeExpiredItems, sdkPurgeClient } = require("../../../components/dynamodb/purge-handler.js");

type Key = Record<string, unknown>;

/** An in-memory table with expiry times, paged like a DynamoDB scan. */
function fakeTable(items: { id: string; expiresAt: number }[], pageSize = 2) {
    const rows = new Map(items.map((item) => [item.id, item.expiresAt]));
    const calls = { scans: 0, deletes: [] as string[] };
    return {
        rows,
        calls,
        client: {
            async scanExpired({ nowSeconds, startKey }: { nowSeconds: number; startKey?: Key }) {
                calls.scans += 1;
                const ids = [...rows.keys()].sort();
                const start = startKey ? ids.indexOf(startKey.id as string) + 1 : 0;
                const page = ids.slice(start, start + pageSize);
                const more = start + pageSize < ids.length;
                return {
                    items: page.filter((id) => rows.get(id)! <= nowSeconds).map((id) => ({ id })),
                    nextStartKey: more ? { id: page[page.length - 1] } : undefined,
                };
            },
            async deleteIfExpired({ key, nowSeconds }: { key: Key; nowSeconds: number }) {
                const id = key.id as string;
                if ((rows.get(id) ?? Infinity) > nowSeconds) return "kept";
                rows.delete(id);
                calls.deletes.push(id);
                return "deleted";
            },
        },
    };
}

describe("PiiTable purge handler (DP-5.4)", () => {
    it("deletes every expired item across all scan pages and keeps the rest", async () => {
        const table = fakeTable([
            { id: "a", expiresAt: 100 }, { id: "b", expiresAt: 300 }, { id: "c", expiresAt: 200 },
            { id: "d", expiresAt: 99 }, { id: "e", expiresAt: 201 },
        ]);
        const result = await purgeExpiredItems(table.client, { nowSeconds: 200 });
        expect(result).to.deep.equal({ scannedPages: 3, deleted: 3, kept: 0, complete: true });
        expect([...table.rows.keys()].sort()).to.deep.equal(["b", "e"]);
    });

    it("keeps an item whose expiry moved on between scan and delete", async () => {
        const table = fakeTable([{ id: "a", expiresAt: 100 }]);
        const scan = table.client.scanExpired;
        table.client.scanExpired = async (args) => {
            const page = await scan(args);
            table.rows.set("a", 500);
            return page;
        };
        const result = await purgeExpiredItems(table.client, { nowSeconds: 200 });
        expect(result).to.include({ deleted: 0, kept: 1 });
        expect(table.rows.has("a")).to.equal(true);
    });

    it("stops between pages when time runs out and reports the scan as incomplete", async () => {
        const table = fakeTable([{ id: "a", expiresAt: 1 }, { id: "b", expiresAt: 1 }, { id: "c", expiresAt: 1 }]);
        let pages = 0;
        const result = await purgeExpiredItems(table.client, { nowSeconds: 10, shouldStop: () => pages++ >= 1 });
        expect(result).to.deep.equal({ scannedPages: 1, deleted: 2, kept: 0, complete: false });
    });

    describe("over the AWS SDK", () => {
        class ScanCommand { constructor(readonly input: any) {} }
        class DeleteItemCommand { constructor(readonly input: any) {} }
        class ConditionalCheckFailedException extends Error {}
        const sdk = { ScanCommand, DeleteItemCommand, ConditionalCheckFailedException };
        const table = { tableName: "orders", ttlAttribute: "expiresAt", keyAttributes: ["orderId", "line"] };

        it("scans for expired keys only and deletes on the condition that the item is still expired", async () => {
            const sent: any[] = [];
            const dynamo = {
                async send(command: any) {
                    sent.push(command);
                    if (command instanceof ScanCommand) return { Items: [{ orderId: { S: "o1" }, line: { N: "1" } }] };
                    return {};
                },
            };
            const result = await purgeExpiredItems(sdkPurgeClient(dynamo, sdk, table), { nowSeconds: 1700000000 });
            expect(result).to.deep.equal({ scannedPages: 1, deleted: 1, kept: 0, complete: true });
            expect(sent[0].input).to.deep.equal({
                TableName: "orders",
                FilterExpression: "#expiry <= :now",
                ProjectionExpression: "#k0, #k1",
                ExpressionAttributeNames: { "#expiry": "expiresAt", "#k0": "orderId", "#k1": "line" },
                ExpressionAttributeValues: { ":now": { N: "1700000000" } },
                ExclusiveStartKey: undefined,
            });
            expect(sent[1].input).to.deep.equal({
                TableName: "orders",
                Key: { orderId: { S: "o1" }, line: { N: "1" } },
                ConditionExpression: "#expiry <= :now",
                ExpressionAttributeNames: { "#expiry": "expiresAt" },
                ExpressionAttributeValues: { ":now": { N: "1700000000" } },
            });
        });

        it("counts a failed condition as kept and lets any other error through", async () => {
            let failure: Error = new ConditionalCheckFailedException("moved on");
            const dynamo = {
                async send(command: any) {
                    if (command instanceof ScanCommand) return { Items: [{ orderId: { S: "o1" } }] };
                    throw failure;
                },
            };
            const client = sdkPurgeClient(dynamo, sdk, table);
            expect(await purgeExpiredItems(client, { nowSeconds: 1 })).to.include({ kept: 1, deleted: 0 });
            failure = new Error("throttled");
            let thrown: unknown;
            await purgeExpiredItems(client, { nowSeconds: 1 }).catch((error: unknown) => { thrown = error; });
            expect(thrown).to.equal(failure);
        });
    });
});
