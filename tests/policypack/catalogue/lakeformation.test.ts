import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const PERMISSIONS = "aws:lakeformation/permissions:Permissions";
const SETTINGS = "aws:lakeformation/dataLakeSettings:DataLakeSettings";
const DB = "aws:glue/catalogDatabase:CatalogDatabase";

const lake = (): ResourceSpec[] =>
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
        { type: DB, name: "orders-db", props: { name: "orders_db", tags: PII_TAGS } },
        {
            type: PERMISSIONS,
            name: "analysts-read",
            props: {
                principal: `arn:aws:iam::${ACCOUNT}:role/analysts`,
                permissions: ["SELECT"],
                table: { databaseName: "orders_db", wildcard: true },
            },
            propertyDependencies: { table: ["orders-db"] },
        },
        {
            type: SETTINGS,
            name: "lake-settings",
            props: { admins: [`arn:aws:iam::${ACCOUNT}:role/lake-admin`], trustedResourceOwners: [ACCOUNT] },
        },
    ]);

describe("catalogue: Lake Formation", () => {
    describeEntry(
        "permissions and data lake settings",
        lake,
        [
            {
                title: "a grant on a PII database's tables to another account (reported on the database)",
                change: props("analysts-read", (p) => {
                    p.principal = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /grants Lake Formation permissions to account 999988887777 \(principal\)/,
            },
            {
                title: "a grant to a role of another account",
                change: props("analysts-read", (p) => {
                    p.principal = `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/partner`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /arn:aws:iam::999988887777:role\/partner of account 999988887777/,
            },
            {
                title: "a grant to another organisation",
                change: props("analysts-read", (p) => {
                    p.principal = `arn:aws:organizations::${OUTSIDE_ACCOUNT}:organization/o-abc`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /organization\/o-abc of account 999988887777/,
            },
            {
                title: "a grant whose principal is unknown during preview",
                change: props("analysts-read", (p) => {
                    p.principal = UNKNOWN;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DB, "orders-db"],
                message: /principal is not known during preview/,
            },
            {
                title: "a grant on a database outside the stack (reported on the grant)",
                change: (stack) => {
                    props("analysts-read", (p) => {
                        p.principal = OUTSIDE_ACCOUNT;
                        p.table.databaseName = "elsewhere";
                    })(stack);
                    stack.find((s) => s.name === "analysts-read")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [PERMISSIONS, "analysts-read"],
                message: /account 999988887777/,
            },
            {
                title: "an administrator from another account",
                change: props("lake-settings", (p) => {
                    p.admins.push(`arn:aws:iam::${OUTSIDE_ACCOUNT}:role/admin`);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SETTINGS, "lake-settings"],
                message: /makes a data lake administrator of arn:aws:iam::999988887777:role\/admin/,
            },
            {
                title: "a trusted resource owner outside",
                change: props("lake-settings", (p) => {
                    p.trustedResourceOwners = [OUTSIDE_ACCOUNT];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SETTINGS, "lake-settings"],
                message: /trusts account 999988887777 \(trustedResourceOwners\)/,
            },
            {
                title: "external data filtering by another account's EMR",
                change: props("lake-settings", (p) => {
                    p.allowExternalDataFiltering = true;
                    p.externalDataFilteringAllowLists = [OUTSIDE_ACCOUNT];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SETTINGS, "lake-settings"],
                message: /lets EMR clusters filter the data lake's data in account 999988887777/,
            },
        ],
        [
            {
                title: "a grant to the shipping provider",
                config: { shippingProviderAccountIds: [OUTSIDE_ACCOUNT] },
                change: props("analysts-read", (p) => {
                    p.principal = OUTSIDE_ACCOUNT;
                }),
            },
            {
                title: "IAM_ALLOWED_PRINCIPALS",
                change: props("analysts-read", (p) => {
                    p.principal = "IAM_ALLOWED_PRINCIPALS";
                }),
            },
        ],
    );
});
