import { definePolicy } from "../../../lib/define";
import { TABLE_TYPES } from "../../../lib/stack-index";
import { asList, isTrue } from "../../../lib/values";

export const dynamodbTableRequireTtl = definePolicy({
    name: "dynamodb-table-require-ttl",
    description: "A PII table has TTL enabled on a declared attribute, so expired items are deleted automatically.",
    clauses: ["DP-5.2"],
    severity: "high",
    remediationSteps: "Set ttl { enabled: true, attributeName: \"expiresAt\" } and write the expiry (epoch seconds) on every item.",
    check({ index, report }) {
        for (const table of index.ofTypes(TABLE_TYPES)) {
            if (!index.store(table.urn)?.isPii) continue;
            const ttl = asList(table.props.ttl)[0];
            if (!ttl || !isTrue(ttl.enabled)) report(table, "a PII table needs TTL enabled");
            else if (typeof ttl.attributeName !== "string" || ttl.attributeName === "") report(table, "TTL is enabled without an attributeName");
        }
    },
});
