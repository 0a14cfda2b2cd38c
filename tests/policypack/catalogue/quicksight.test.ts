import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { CONFIDENTIAL_TAGS, KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props, remove } from "../support/entries";

const T = (name: string) => `aws:quicksight/${name.charAt(0).toLowerCase()}${name.slice(1)}:${name}`;
const READER = `arn:aws:quicksight:eu-west-1:${ACCOUNT}:group/default/analysts`;
const OUTSIDER = `arn:aws:quicksight:eu-west-1:${OUTSIDE_ACCOUNT}:user/default/partner`;
const permissions = (principal: string) => [{ principal, actions: ["quicksight:DescribeDataSet"] }];
const DATA_SOURCE_ARN = `arn:aws:quicksight:eu-west-1:${ACCOUNT}:datasource/labels-source`;
const DATA_SET_ARN = `arn:aws:quicksight:eu-west-1:${ACCOUNT}:dataset/labels-set`;

const quicksight = (): ResourceSpec[] =>
    fixtureWith([
        { type: T("KeyRegistration"), name: "spice-keys", props: { keyRegistrations: [{ keyArn: KEY_ARN, defaultKey: true }] } },
        {
            type: T("DataSource"),
            name: "labels-source",
            props: {
                dataSourceId: "labels-source",
                type: "S3",
                permissions: permissions(READER),
                parameters: { s3: { manifestFileLocation: { bucket: "labels-abc", key: "manifest.json" } } },
            },
            propertyDependencies: { parameters: ["labels"] },
        },
        {
            type: T("DataSet"),
            name: "labels-set",
            props: {
                dataSetId: "labels-set",
                importMode: "SPICE",
                permissions: permissions(READER),
                physicalTableMaps: [
                    { physicalTableMapId: "t", s3Source: { dataSourceArn: DATA_SOURCE_ARN, inputColumns: [], uploadSettings: {} } },
                ],
            },
        },
        {
            type: T("RefreshSchedule"),
            name: "labels-refresh",
            props: {
                dataSetId: "labels-set",
                scheduleId: "daily",
                schedule: { refreshType: "FULL_REFRESH", scheduleFrequency: { interval: "DAILY" } },
            },
            propertyDependencies: { dataSetId: ["labels-set"] },
        },
        {
            type: T("Analysis"),
            name: "labels-analysis",
            props: {
                analysisId: "a",
                permissions: permissions(READER),
                sourceEntity: {
                    sourceTemplate: { arn: "arn:t", dataSetReferences: [{ dataSetArn: DATA_SET_ARN, dataSetPlaceholder: "p" }] },
                },
            },
        },
        {
            type: T("Dashboard"),
            name: "labels-dashboard",
            props: {
                dashboardId: "d",
                versionDescription: "v1",
                permissions: permissions(READER),
                dashboardPublishOptions: { exportToCsvOption: { availabilityStatus: "DISABLED" } },
                sourceEntity: {
                    sourceTemplate: { arn: "arn:t", dataSetReferences: [{ dataSetArn: DATA_SET_ARN, dataSetPlaceholder: "p" }] },
                },
            },
        },
        { type: T("Folder"), name: "team-folder", props: { folderId: "team", permissions: permissions(READER) } },
    ]);

describe("catalogue: QuickSight", () => {
    describeEntry(
        "data source, data set, key registration, analysis, dashboard, folder",
        quicksight,
        [
            {
                title: "SPICE without a key registration in the stack",
                change: remove("spice-keys"),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("DataSet"), "labels-set"],
                message: /no quicksight.KeyRegistration in this stack/,
            },
            {
                title: "a registered key that is AWS-managed",
                change: props("spice-keys", (p) => {
                    p.keyRegistrations = [{ keyArn: "alias/aws/quicksight", defaultKey: true }];
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("KeyRegistration"), "spice-keys"],
                message: /names the AWS-managed key alias\/aws\/quicksight/,
            },
            {
                title: "no default key registered",
                change: props("spice-keys", (p) => {
                    p.keyRegistrations = [{ keyArn: KEY_ARN }];
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("KeyRegistration"), "spice-keys"],
                message: /registers no default key/,
            },
            {
                title: "keys registered for another account",
                change: props("spice-keys", (p) => {
                    p.awsAccountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("KeyRegistration"), "spice-keys"],
                message: /registers SPICE keys of account 999988887777/,
            },
            {
                title: "a PII SPICE copy without a refresh schedule",
                change: remove("labels-refresh"),
                policy: datastoreRetentionLimitCopies,
                at: [T("DataSet"), "labels-set"],
                message: /no quicksight.RefreshSchedule with refreshType FULL_REFRESH/,
            },
            {
                title: "a PII SPICE copy refreshed incrementally only",
                change: props("labels-refresh", (p) => {
                    p.schedule.refreshType = "INCREMENTAL_REFRESH";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("DataSet"), "labels-set"],
                message: /no quicksight.RefreshSchedule with refreshType FULL_REFRESH/,
            },
            {
                title: "a PII SPICE copy refreshed weekly",
                change: props("labels-refresh", (p) => {
                    p.schedule.scheduleFrequency.interval = "WEEKLY";
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("DataSet"), "labels-set"],
                message: /replaces its SPICE copy only every 7 days/,
            },
            {
                title: "a data set shared with another account's user",
                change: props("labels-set", (p) => {
                    p.permissions = permissions(OUTSIDER);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("DataSet"), "labels-set"],
                message: /lets the QuickSight principal .*partner of account 999988887777/,
            },
            {
                title: "a data set of a source outside the stack, untagged",
                change: props("labels-set", (p) => {
                    p.physicalTableMaps[0].s3Source.dataSourceArn = `arn:aws:quicksight:eu-west-1:${ACCOUNT}:datasource/elsewhere`;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("DataSet"), "labels-set"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a PII data set tagged confidential",
                change: props("labels-set", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                }),
                policy: datastoreTagsRequireClassification,
                at: [T("DataSet"), "labels-set"],
                message: /classified confidential but holds pii data as a copy of labels-source/,
            },
            {
                title: "a data source with SSL disabled",
                change: props("labels-source", (p) => {
                    p.sslProperties = { disableSsl: true };
                }),
                policy: datastoreTransitRequireTls,
                at: [T("DataSource"), "labels-source"],
                message: /does not require TLS: sslProperties.disableSsl is true/,
            },
            {
                title: "a data source with a password",
                change: props("labels-source", (p) => {
                    p.credentials = { credentialPair: { username: "u", password: "p" } };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("DataSource"), "labels-source"],
                message: /keeps a database password in credentials.credentialPair/,
            },
            {
                title: "a PII data source on Snowflake",
                change: props("labels-source", (p) => {
                    p.tags = {
                        "data-classification": "pii",
                        "pii-categories": "name",
                        "pii-purpose": "shipping-label",
                        "retention-days": "3",
                        owner: "x",
                    };
                    p.parameters = { snowflake: { host: "acme.snowflakecomputing.com", database: "d", warehouse: "w" } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("DataSource"), "labels-source"],
                message: /connects to snowflake \(parameters.snowflake\), outside AWS/,
            },
            {
                title: "a data source fed by a PII bucket on a database host outside AWS",
                change: props("labels-source", (p) => {
                    p.parameters = { s3: p.parameters.s3, postgresql: { host: "db.partner.example.com", database: "d", port: 5432 } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("DataSource"), "labels-source"],
                message: /connects to db.partner.example.com \(parameters.postgresql.host\), outside AWS/,
            },
            {
                title: "a data source shared with another account",
                change: props("labels-source", (p) => {
                    p.permissions = permissions(OUTSIDER);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("DataSource"), "labels-source"],
                message: /account 999988887777/,
            },
            {
                title: "a dashboard of PII rows with CSV export left on (default)",
                change: props("labels-dashboard", (p) => {
                    delete p.dashboardPublishOptions;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [T("Dashboard"), "labels-dashboard"],
                message: /lets its viewers export personal data as CSV .*ENABLED by default/,
            },
            {
                title: "a dashboard shared with another account",
                change: props("labels-dashboard", (p) => {
                    p.permissions = permissions(OUTSIDER);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Dashboard"), "labels-dashboard"],
                message: /shares the dashboard with the QuickSight principal .* of account 999988887777/,
            },
            {
                title: "an analysis shared with another account",
                change: props("labels-analysis", (p) => {
                    p.permissions = permissions(OUTSIDER);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Analysis"), "labels-analysis"],
                message: /shares the analysis with the QuickSight principal/,
            },
            {
                title: "a folder shared with another account",
                change: props("team-folder", (p) => {
                    p.permissions = permissions(OUTSIDER);
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Folder"), "team-folder"],
                message: /shares the folder with the QuickSight principal/,
            },
        ],
        [
            {
                title: "a direct-query data set needs no SPICE key or refresh",
                change: (stack) => {
                    remove("spice-keys", "labels-refresh")(stack);
                    props("labels-set", (p) => {
                        p.importMode = "DIRECT_QUERY";
                    })(stack);
                },
            },
            {
                title: "a confidential dashboard may allow CSV export",
                change: props("labels-dashboard", (p) => {
                    p.tags = { ...CONFIDENTIAL_TAGS, "retention-days": "3" };
                    p.sourceEntity = undefined;
                    delete p.dashboardPublishOptions;
                }),
            },
        ],
    );
});
