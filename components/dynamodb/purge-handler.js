"use strict";
/**
 * The scheduled purge of a PiiTable (DP-5.4). DynamoDB TTL deletes expired items "within a
 * few days", with no deadline; this Lambda handler deletes every item whose expiry attribute
 * (epoch seconds) has passed, so that the hard bound holds. Each delete re-checks the expiry
 * in a condition, so an item whose expiry was extended meanwhile is kept.
 *
 * Plain JavaScript, shipped to Lambda as it is: the AWS SDK v3 comes with the Node.js
 * runtime. `purgeExpiredItems` takes its DynamoDB calls as functions, so it is tested here
 * without the SDK.
 */

/**
 * @typedef {Record<string, unknown>} Key
 * @typedef {{ items: Key[], nextStartKey?: Key }} ScanPage
 * @typedef {{
 *   scanExpired: (args: { nowSeconds: number, startKey?: Key }) => Promise<ScanPage>,
 *   deleteIfExpired: (args: { key: Key, nowSeconds: number }) => Promise<"deleted" | "kept">,
 * }} PurgeClient
 */

/**
 * Deletes every item expired at `nowSeconds`, page by page, until the table is scanned or
 * `shouldStop()` says the invocation is running out of time (the next run goes on).
 * @param {PurgeClient} client
 * @param {{ nowSeconds: number, shouldStop?: () => boolean }} options
 * @returns {Promise<{ scannedPages: number, deleted: number, kept: number, complete: boolean }>}
 */
async function purgeExpiredItems(client, options) {
    const shouldStop = options.shouldStop ?? (() => false);
    const result = { scannedPages: 0, deleted: 0, kept: 0, complete: false };
    /** @type {Key | undefined} */
    let startKey;
    do {
        if (shouldStop()) return result;
        const page = await client.scanExpired({ nowSeconds: options.nowSeconds, startKey });
        result.scannedPages += 1;
        for (const key of page.items) {
            const outcome = await client.deleteIfExpired({ key, nowSeconds: options.nowSeconds });
            result[outcome === "deleted" ? "deleted" : "kept"] += 1;
        }
        startKey = page.nextStartKey;
    } while (startKey !== undefined);
    result.complete = true;
    return result;
}

/**
 * A PurgeClient over the AWS SDK v3 DynamoDB client.
 * @param {{ send: (command: unknown) => Promise<any> }} dynamo
 * @param {{ ScanCommand: any, DeleteItemCommand: any, ConditionalCheckFailedException: any }} sdk
 * @param {{ tableName: string, ttlAttribute: string, keyAttributes: string[] }} table
 * @returns {PurgeClient}
 */
function sdkPurgeClient(dynamo, sdk, table) {
    const names = { "#expiry": table.ttlAttribute };
    table.keyAttributes.forEach((attribute, i) => { names[`#k${i}`] = attribute; });
    return {
        async scanExpired({ nowSeconds, startKey }) {
            const response = await dynamo.send(new sdk.ScanCommand({
                TableName: table.tableName,
                FilterExpression: "#expiry <= :now",
                ProjectionExpression: table.keyAttributes.map((_, i) => `#k${i}`).join(", "),
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: { ":now": { N: String(nowSeconds) } },
                ExclusiveStartKey: startKey,
            }));
            return { items: response.Items ?? [], nextStartKey: response.LastEvaluatedKey };
        },
        async deleteIfExpired({ key, nowSeconds }) {
            try {
                await dynamo.send(new sdk.DeleteItemCommand({
                    TableName: table.tableName,
                    Key: key,
                    ConditionExpression: "#expiry <= :now",
                    ExpressionAttributeNames: { "#expiry": table.ttlAttribute },
                    ExpressionAttributeValues: { ":now": { N: String(nowSeconds) } },
                }));
                return "deleted";
            } catch (error) {
                if (error instanceof sdk.ConditionalCheckFailedException) return "kept";
                throw error;
            }
        },
    };
}

/** Lambda entry point; configuration comes from the function's (KMS-encrypted) environment. */
async function handler(_event, context) {
    const sdk = require("@aws-sdk/client-dynamodb");
    const table = {
        tableName: requiredEnv("TABLE_NAME"),
        ttlAttribute: requiredEnv("TTL_ATTRIBUTE"),
        keyAttributes: requiredEnv("KEY_ATTRIBUTES").split(","),
    };
    const client = sdkPurgeClient(new sdk.DynamoDBClient({}), sdk, table);
    const result = await purgeExpiredItems(client, {
        nowSeconds: Math.floor(Date.now() / 1000),
        shouldStop: () => context.getRemainingTimeInMillis() < 30_000,
    });
    console.log(JSON.stringify({ table: table.tableName, ...result }));
    return result;
}

function requiredEnv(name) {
    const value = process.env[name];
    if (!value) throw new Error(`purge: environment variable ${name} is not set`);
    return value;
}

module.exports = { purgeExpiredItems, sdkPurgeClient, handler };
