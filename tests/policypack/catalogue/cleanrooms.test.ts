import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const COLLABORATION = "aws:cleanrooms/collaboration:Collaboration";
const TABLE = "aws:cleanrooms/configuredTable:ConfiguredTable";
const MEMBERSHIP = "aws:cleanrooms/membership:Membership";

const cleanrooms = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
            name: "catalog-encryption",
            props: {
                dataCatalogEncryptionSettings: {
                    encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId: KEY_ARN },
                    connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, awsKmsKeyId: KEY_ARN },
                },
            },
        },
        { type: "aws:glue/catalogDatabase:CatalogDatabase", name: "orders-db", props: { name: "orders_db", tags: PII_TAGS } },
        {
            type: "aws:glue/catalogTable:CatalogTable",
            name: "orders-table",
            props: { name: "orders", databaseName: "orders_db" },
            propertyDependencies: { databaseName: ["orders-db"] },
        },
        {
            type: COLLABORATION,
            name: "internal",
            props: {
                name: "internal",
                description: "teams",
                creatorDisplayName: "us",
                creatorMemberAbilities: ["CAN_QUERY"],
                queryLogStatus: "DISABLED",
                members: [{ accountId: ACCOUNT, displayName: "analytics", memberAbilities: ["CAN_RECEIVE_RESULTS"] }],
            },
        },
        {
            type: TABLE,
            name: "orders-offer",
            props: {
                name: "orders",
                allowedColumns: ["order_id"],
                analysisMethod: "DIRECT_QUERY",
                tableReference: { databaseName: "orders_db", tableName: "orders" },
            },
            propertyDependencies: { tableReference: ["orders-table", "orders-db"] },
        },
        {
            type: MEMBERSHIP,
            name: "internal-membership",
            props: {
                collaborationId: "c-1",
                queryLogStatus: "DISABLED",
                defaultResultConfiguration: { outputConfiguration: { s3: { bucket: "labels-abc", resultFormat: "CSV" } } },
            },
            propertyDependencies: { collaborationId: ["internal"] },
        },
    ]);

describe("catalogue: Clean Rooms", () => {
    describeEntry(
        "collaboration, configured table, membership",
        cleanrooms,
        [
            {
                title: "a collaboration with a member of another account",
                change: props("internal", (p) => {
                    p.members.push({ accountId: OUTSIDE_ACCOUNT, displayName: "partner", memberAbilities: ["CAN_QUERY"] });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [COLLABORATION, "internal"],
                message: /invites account 999988887777, outside this stack/,
            },
            {
                title: "results of a collaboration over PII written into a confidential bucket",
                change: props("internal-membership", (p) => {
                    p.defaultResultConfiguration.outputConfiguration.s3.bucket = "logs-abc";
                }),
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /holds pii data as a copy of internal-membership/,
            },
            {
                title: "a configured table of a PII table classified confidential",
                change: props("orders-offer", (p) => {
                    p.tags = { "data-classification": "confidential", "retention-days": "3", owner: "x" };
                }),
                policy: datastoreTagsRequireClassification,
                at: [TABLE, "orders-offer"],
                message: /classified confidential but holds pii data/,
            },
        ],
        [
            {
                title: "a collaboration with the shipping provider",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("internal", (p) => {
                    p.members.push({ accountId: OUTSIDE_ACCOUNT, displayName: "carrier", memberAbilities: ["CAN_RECEIVE_RESULTS"] });
                }),
            },
        ],
    );
});
