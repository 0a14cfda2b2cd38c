import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS, PROVIDER_ACCOUNT } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const STATEMENT = "aws:redshiftdata/statement:Statement";

const statements = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:redshiftserverless/namespace:Namespace",
            name: "analytics",
            props: { namespaceName: "analytics", kmsKeyId: KEY_ARN, tags: PII_TAGS },
        },
        {
            type: "aws:redshiftserverless/workgroup:Workgroup",
            name: "analytics-wg",
            props: {
                workgroupName: "analytics-wg",
                namespaceName: "analytics",
                securityGroupIds: ["sg-wg"],
                configParameters: [{ parameterKey: "require_ssl", parameterValue: "true" }],
            },
            propertyDependencies: { namespaceName: ["analytics"] },
        },
        {
            type: STATEMENT,
            name: "create-share",
            props: {
                workgroupName: "analytics-wg",
                database: "dev",
                sql: "CREATE DATASHARE orders; ALTER DATASHARE orders ADD SCHEMA public;",
            },
            propertyDependencies: { workgroupName: ["analytics-wg"] },
        },
    ]);

describe("catalogue: Redshift Data API", () => {
    describeEntry(
        STATEMENT,
        statements,
        [
            {
                title: "a datashare granted to another account",
                change: props("create-share", (p) => {
                    p.sql += ` GRANT USAGE ON DATASHARE orders TO ACCOUNT '${OUTSIDE_ACCOUNT}';`;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STATEMENT, "create-share"],
                message: /grants a datashare to account 999988887777, outside this stack/,
            },
            {
                title: "rows unloaded to a bucket outside the stack",
                change: props("create-share", (p) => {
                    p.sql = "UNLOAD ('select * from orders') TO 's3://somewhere-else/orders/' IAM_ROLE default";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STATEMENT, "create-share"],
                message: /unloads rows to s3:\/\/somewhere-else, which is not a bucket of this stack/,
            },
            {
                title: "SQL unknown during preview on a PII warehouse",
                change: props("create-share", (p) => {
                    p.sql = UNKNOWN;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STATEMENT, "create-share"],
                message: /sql is not known during preview/,
            },
        ],
        [
            {
                title: "rows unloaded to a bucket of the stack",
                change: props("create-share", (p) => {
                    p.sql = "UNLOAD ('select * from orders') TO 's3://labels-abc/orders/' IAM_ROLE default";
                }),
            },
            {
                title: "a datashare granted to the shipping provider",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                change: props("create-share", (p) => {
                    p.sql += ` GRANT USAGE ON DATASHARE orders TO ACCOUNT '${PROVIDER_ACCOUNT}';`;
                }),
            },
        ],
    );
});
