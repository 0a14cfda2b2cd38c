/** The purge's Lambda entry point against a mocked AWS SDK v3 DynamoDB client. */
import { expect } from "chai";
import { ConditionalCheckFailedException, DeleteItemCommand, DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { handler } = require("../../../components/dynamodb/purge-handler.js");

describe("PiiTable purge handler over the AWS SDK (aws-sdk-client-mock)", () => {
    const dynamo = mockClient(DynamoDBClient);
    const env = { ...process.env };
    const context = { getRemainingTimeInMillis: () => 600_000 };

    beforeEach(() => {
        dynamo.reset();
        Object.assign(process.env, { TABLE_NAME: "orders-abc", TTL_ATTRIBUTE: "expiresAt", KEY_ATTRIBUTES: "orderId", AWS_REGION: "eu-west-1" });
    });
    after(() => { process.env = env; dynamo.restore(); });

    it("scans every page for expired keys and deletes each on the condition that it is still expired", async () => {
        dynamo.on(ScanCommand)
            .resolvesOnce({ Items: [{ orderId: { S: "o1" } }, { orderId: { S: "o2" } }], LastEvaluatedKey: { orderId: { S: "o2" } } })
            .resolvesOnce({ Items: [{ orderId: { S: "o3" } }] });
        dynamo.on(DeleteItemCommand).resolves({});
        dynamo.on(DeleteItemCommand, { Key: { orderId: { S: "o2" } } }).rejects(new ConditionalCheckFailedException({ message: "extended", $metadata: {} }));

        const result = await handler({}, context);
        expect(result).to.deep.equal({ scannedPages: 2, deleted: 2, kept: 1, complete: true });
        const scans = dynamo.commandCalls(ScanCommand).map((call) => call.args[0].input);
        expect(scans[0]).to.include({ TableName: "orders-abc", FilterExpression: "#expiry <= :now", ProjectionExpression: "#k0" });
        expect(scans[1].ExclusiveStartKey).to.deep.equal({ orderId: { S: "o2" } });
        const deletes = dynamo.commandCalls(DeleteItemCommand).map((call) => call.args[0].input);
        expect(deletes.map((d) => d.Key)).to.deep.equal([{ orderId: { S: "o1" } }, { orderId: { S: "o2" } }, { orderId: { S: "o3" } }]);
        const now = Number(scans[0].ExpressionAttributeValues![":now"].N);
        expect(Math.abs(now - Date.now() / 1000)).to.be.lessThan(60);
        for (const input of deletes) expect(input).to.deep.include({ ConditionExpression: "#expiry <= :now", ExpressionAttributeNames: { "#expiry": "expiresAt" } });
    });

    it("fails the invocation (so Lambda retries and alarms) on any other error", async () => {
        dynamo.on(ScanCommand).resolves({ Items: [{ orderId: { S: "o1" } }] });
        dynamo.on(DeleteItemCommand).rejects(new Error("ProvisionedThroughputExceeded"));
        let thrown: unknown;
        await handler({}, context).catch((error: unknown) => { thrown = error; });
        expect((thrown as Error).message).to.equal("ProvisionedThroughputExceeded");
    });

    it("refuses to run without its configuration", async () => {
        delete process.env.TABLE_NAME;
        let thrown: unknown;
        await handler({}, context).catch((error: unknown) => { thrown = error; });
        expect((thrown as Error).message).to.equal("purge: environment variable TABLE_NAME is not set");
        expect(dynamo.calls()).to.have.length(0);
    });
});
