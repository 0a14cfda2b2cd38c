"use strict";
/**
 * The scheduled purge of a PiiTable (DP-5.4). DynamoDB TTL deletes expired items "within a
 * few days", with no deadline; this Lambda handler deletes every item whose expiry attribute
 * (epoch seconds) has passed, so that the hard bound holds. Each delete re-checks the expiry
 * in a condition, so an item whose expiry was extended meanwhile is kept.
 *
 * It finds expired items through the table's sparse expiry index, never by scanning the table:
 * writers put an expiry bucket (`expiryBucketOf`) on each item, the index is keyed by that
 * bucket and the expiry, and the purge queries the buckets of the last few days for expiries
 * up to now. Its work is the items due plus a fixed number of queries, whatever the table's
 * size. A deleted item leaves the index, so a run cut short leaves the next one only what is
 * still due.
 *
 * Plain JavaScript, shipped to Lambda as it is: the AWS SDK v3 comes with the Node.js
 * runtime. `purgeExpiredItems` takes its DynamoDB calls as functions, so it is tested here
 * without the SDK. The PiiTable component re-exports `expiryBucketOf` for writers, so the
 * bucket arithmetic has this one source.
 */

const SECONDS_PER_DAY = 86_400;

/**
 * Buckets per UTC day of expiry. Spreads one day's writes over several index partition keys;
 * writers and the purge must agree on it, so it is fixed (lowering it would strand items in
 * shards the purge no longer queries).
 */
const EXPIRY_BUCKET_SHARDS = 4;

/** Keys read from the index per query page, so a run can stop between pages without waste. */
const DEFAULT_PAGE_SIZE = 100;

/**
 * The value of the expiry-bucket attribute for an item expiring at `expiresAtSeconds`:
 * `"<UTC day of expiry>#<shard>"`, the shard a hash (32-bit FNV-1a of the UTF-8 bytes) of
 * `itemKey`. Write it whenever the expiry is written, with the same expiry.
 * @param {number} expiresAtSeconds the item's expiry, epoch seconds
 * @param {string} itemKey any string that tells items apart, such as the partition key value
 * @returns {string}
 */
function expiryBucketOf(expiresAtSeconds, itemKey) {
    if (typeof expiresAtSeconds !== "number" || !Number.isFinite(expiresAtSeconds) || expiresAtSeconds < 0) {
        throw new RangeError(
            `expiryBucketOf: expiresAtSeconds must be epoch seconds (a finite number >= 0); got ${String(expiresAtSeconds)}`,
        );
    }
    if (typeof itemKey !== "string") throw new TypeError(`expiryBucketOf: itemKey must be a string; got ${typeof itemKey}`);
    return bucketName(Math.floor(expiresAtSeconds / SECONDS_PER_DAY), fnv1a32(itemKey) % EXPIRY_BUCKET_SHARDS);
}

/**
 * The buckets that may hold items due at `nowSeconds`, oldest first (the most overdue go
 * first when a run is cut short): every shard of each UTC day from `lookbackDays` before now
 * to today. Later days only hold items not yet due.
 * @param {number} nowSeconds
 * @param {number} lookbackDays
 * @returns {string[]}
 */
function dueBuckets(nowSeconds, lookbackDays) {
    const today = Math.floor(nowSeconds / SECONDS_PER_DAY);
    const buckets = [];
    for (let day = today - lookbackDays; day <= today; day += 1) {
        for (let shard = 0; shard < EXPIRY_BUCKET_SHARDS; shard += 1) buckets.push(bucketName(day, shard));
    }
    return buckets;
}

function bucketName(day, shard) {
    return `${day}#${shard}`;
}

function fnv1a32(text) {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}

/**
 * @typedef {Record<string, unknown>} Key
 * @typedef {{ items: Key[], nextStartKey?: Key }} QueryPage
 * @typedef {{
 *   queryDue: (args: { bucket: string, nowSeconds: number, limit: number, startKey?: Key }) => Promise<QueryPage>,
 *   deleteIfExpired: (args: { key: Key, nowSeconds: number }) => Promise<"deleted" | "kept">,
 * }} PurgeClient
 */

/**
 * Deletes every item of the due buckets expired at `nowSeconds`, page by page, until all are
 * read or `shouldStop()` says the invocation is running out of time (checked before each
 * request; the next run goes on with what is left).
 * @param {PurgeClient} client
 * @param {{ nowSeconds: number, lookbackDays: number, shouldStop?: () => boolean, pageSize?: number }} options
 * @returns {Promise<{ queriedPages: number, deleted: number, kept: number, complete: boolean }>}
 */
async function purgeExpiredItems(client, options) {
    const shouldStop = options.shouldStop ?? (() => false);
    const limit = options.pageSize ?? DEFAULT_PAGE_SIZE;
    const result = { queriedPages: 0, deleted: 0, kept: 0, complete: false };
    for (const bucket of dueBuckets(options.nowSeconds, options.lookbackDays)) {
        /** @type {Key | undefined} */
        let startKey;
        do {
            if (shouldStop()) return result;
            const page = await client.queryDue({ bucket, nowSeconds: options.nowSeconds, limit, startKey });
            result.queriedPages += 1;
            for (const key of page.items) {
                if (shouldStop()) return result;
                const outcome = await client.deleteIfExpired({ key, nowSeconds: options.nowSeconds });
                result[outcome === "deleted" ? "deleted" : "kept"] += 1;
            }
            startKey = page.nextStartKey;
        } while (startKey !== undefined);
    }
    result.complete = true;
    return result;
}

/**
 * A PurgeClient over the AWS SDK v3 DynamoDB client.
 * @param {{ send: (command: unknown) => Promise<any> }} dynamo
 * @param {{ QueryCommand: any, DeleteItemCommand: any, ConditionalCheckFailedException: any }} sdk
 * @param {{ tableName: string, indexName: string, bucketAttribute: string, ttlAttribute: string, keyAttributes: string[] }} table
 * @returns {PurgeClient}
 */
function sdkPurgeClient(dynamo, sdk, table) {
    const keyNames = {};
    table.keyAttributes.forEach((attribute, i) => {
        keyNames[`#k${i}`] = attribute;
    });
    return {
        async queryDue({ bucket, nowSeconds, limit, startKey }) {
            const response = await dynamo.send(
                new sdk.QueryCommand({
                    TableName: table.tableName,
                    IndexName: table.indexName,
                    KeyConditionExpression: "#bucket = :bucket AND #expiry <= :now",
                    // The table key only: DeleteItem takes exactly that (the index keys would be refused).
                    ProjectionExpression: Object.keys(keyNames).join(", "),
                    ExpressionAttributeNames: { "#bucket": table.bucketAttribute, "#expiry": table.ttlAttribute, ...keyNames },
                    ExpressionAttributeValues: { ":bucket": { S: bucket }, ":now": { N: String(nowSeconds) } },
                    Limit: limit,
                    ExclusiveStartKey: startKey,
                }),
            );
            return { items: response.Items ?? [], nextStartKey: response.LastEvaluatedKey };
        },
        async deleteIfExpired({ key, nowSeconds }) {
            try {
                await dynamo.send(
                    new sdk.DeleteItemCommand({
                        TableName: table.tableName,
                        Key: key,
                        // The index is eventually consistent: the table's own value decides.
                        ConditionExpression: "#expiry <= :now",
                        ExpressionAttributeNames: { "#expiry": table.ttlAttribute },
                        ExpressionAttributeValues: { ":now": { N: String(nowSeconds) } },
                    }),
                );
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
        indexName: requiredEnv("INDEX_NAME"),
        bucketAttribute: requiredEnv("BUCKET_ATTRIBUTE"),
        ttlAttribute: requiredEnv("TTL_ATTRIBUTE"),
        keyAttributes: requiredEnv("KEY_ATTRIBUTES").split(","),
    };
    const lookbackDays = Number(requiredEnv("LOOKBACK_DAYS"));
    if (!Number.isInteger(lookbackDays) || lookbackDays < 1)
        throw new Error(`purge: LOOKBACK_DAYS must be a whole number >= 1; got ${process.env.LOOKBACK_DAYS}`);
    const client = sdkPurgeClient(new sdk.DynamoDBClient({}), sdk, table);
    const result = await purgeExpiredItems(client, {
        nowSeconds: Math.floor(Date.now() / 1000),
        lookbackDays,
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

module.exports = { EXPIRY_BUCKET_SHARDS, expiryBucketOf, dueBuckets, purgeExpiredItems, sdkPurgeClient, handler };
