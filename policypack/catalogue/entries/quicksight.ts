/**
 * QuickSight: data sources (connections through which rows flow), data sets (with importMode
 * SPICE, a copy of the source rows kept until a full refresh replaces it), the account's SPICE
 * key registration, and the analyses, dashboards and folders that show rows to principals.
 */
import type { AnalysisArgs } from "@pulumi/aws/quicksight/analysis";
import type { DashboardArgs } from "@pulumi/aws/quicksight/dashboard";
import type { DataSetArgs } from "@pulumi/aws/quicksight/dataSet";
import type { DataSourceArgs } from "@pulumi/aws/quicksight/dataSource";
import type { FolderArgs } from "@pulumi/aws/quicksight/folder";
import type { KeyRegistrationArgs } from "@pulumi/aws/quicksight/keyRegistration";
import { customerKeyProblem } from "../../lib/encryption";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read } from "../read";
import { principalsInOwnAccounts } from "./lakeformation";
import { RDS_INSTANCE_TYPES } from "./rds";

const HTTPS_ONLY = { notOffered: "QuickSight is reached over HTTPS" };
const KEY_REGISTRATION_TYPE = "aws:quicksight/keyRegistration:KeyRegistration";
const REFRESH_SCHEDULE_TYPE = "aws:quicksight/refreshSchedule:RefreshSchedule";
export const DATA_SOURCE_TYPES = ["aws:quicksight/dataSource:DataSource"];
export const DATA_SET_TYPES = ["aws:quicksight/dataSet:DataSet"];

const sharedWith = (what: string): CustomCheck => principalsInOwnAccounts(what, ["permissions.principal"]);

function isSpice(props: Record<string, any>): boolean {
    return isUnknown(props.importMode) || String(props.importMode).toUpperCase() === "SPICE";
}

/**
 * SPICE is encrypted by the account's key registration (a singleton), under an AWS-owned key unless a default
 * customer-managed key is registered.
 */
function checkSpiceKey({ index, store, report }: StoreContext): void {
    if (!isSpice(store.res.props)) return;
    const registrations = index.ofTypes([KEY_REGISTRATION_TYPE]);
    if (registrations.length === 0)
        report(
            "keeps a SPICE copy of its rows, encrypted under an AWS-owned key unless the account registers a default customer-managed key, and no quicksight.KeyRegistration in this stack does so",
        );
}

/** Refresh intervals after which a full refresh has replaced the SPICE copy, in days. */
const INTERVAL_DAYS: Record<string, number> = { MINUTE15: 1 / 96, MINUTE30: 1 / 48, HOURLY: 1 / 24, DAILY: 1, WEEKLY: 7, MONTHLY: 31 };

/** A row erased at the source stays in SPICE until a full refresh: a PII SPICE data set needs one within the retention. */
function checkSpiceRefresh({ index, store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined || !isSpice(store.res.props)) return;
    const id = store.res.props.dataSetId;
    const schedules = index.ofTypes([REFRESH_SCHEDULE_TYPE]).filter((s) => {
        const deps = s.source.propertyDependencies?.dataSetId ?? [];
        return deps.some((d) => d.urn === store.res.urn) || (s.props.dataSetId !== undefined && s.props.dataSetId === id);
    });
    const full = schedules.filter(
        (s) => isObject(s.props.schedule) && String(s.props.schedule.refreshType).toUpperCase() === "FULL_REFRESH",
    );
    if (
        schedules.some(
            (s) =>
                isUnknown(s.props.schedule) ||
                isUnknown(s.props.schedule?.refreshType) ||
                isUnknown(s.props.schedule?.scheduleFrequency?.interval),
        )
    ) {
        report("its refresh schedule is not known during preview");
        return;
    }
    if (full.length === 0) {
        report(
            "keeps a SPICE copy of its rows, where rows erased at the source stay until a full refresh, and no quicksight.RefreshSchedule with refreshType FULL_REFRESH replaces it within the retention",
        );
        return;
    }
    const days = Math.min(
        ...full.map((s) => INTERVAL_DAYS[String(s.props.schedule.scheduleFrequency?.interval).toUpperCase()] ?? Infinity),
    );
    if (days > limit)
        report(
            `replaces its SPICE copy only ${Number.isFinite(days) ? `every ${days} days` : "at an unknown interval"} (FULL_REFRESH schedule), so rows erased at the source stay longer than the ${limit}-day retention of personal data`,
        );
}

export const quicksightDataSet = entry<DataSetArgs>()({
    types: ["aws:quicksight/dataSet:DataSet"],
    holds: "with importMode SPICE, a copy of the rows of its sources; otherwise the rows of each query",
    tagging: "copy",
    names: ["dataSetId"],
    sources: [
        { path: "physicalTableMaps.relationalTable.dataSourceArn", types: DATA_SOURCE_TYPES },
        { path: "physicalTableMaps.customSql.dataSourceArn", types: DATA_SOURCE_TYPES },
        { path: "physicalTableMaps.s3Source.dataSourceArn", types: DATA_SOURCE_TYPES },
    ],
    atRest: [
        {
            custom: checkSpiceKey,
            summary: "a SPICE data set needs a quicksight.KeyRegistration (a default customer-managed key) in the stack",
        },
    ],
    inTransit: { notOffered: "rows arrive under the TLS setting of its data source" },
    retention: [{ custom: checkSpiceRefresh, summary: "a PII SPICE data set has a FULL_REFRESH schedule within the retention" }],
    destinations: [sharedWith("lets the QuickSight principal")],
});

/** A password given in credentials.credentialPair sits in the state and in QuickSight; a secret does not. */
function checkCredentials({ store, report }: StoreContext): void {
    const credentials = store.res.props.credentials;
    if (isObject(credentials) && isObject(credentials.credentialPair))
        report(
            "keeps a database password in credentials.credentialPair: use credentials.secretArn (a Secrets Manager secret under a customer-managed key)",
        );
}

/** Sources run outside AWS by nature, and engines reached by host name. */
const OUTSIDE_AWS_SOURCES = ["databricks", "jira", "serviceNow", "snowflake", "twitter"];
const HOST_SOURCES = [
    "mariaDb",
    "mysql",
    "oracle",
    "postgresql",
    "presto",
    "spark",
    "sqlServer",
    "teradata",
    "redshift",
    "aurora",
    "auroraPostgresql",
    "amazonElasticsearch",
];
const IN_AWS = /\.amazonaws\.com(\.cn)?$/i;

/** A PII data source reads only from AWS (rows of an outside store would be personal data handled outside the company's accounts). */
function checkSourceLocation({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    const parameters = store.res.props.parameters;
    if (isUnknown(parameters)) {
        report("parameters is not known during preview, so where the data source connects cannot be verified");
        return;
    }
    if (!isObject(parameters)) return;
    for (const kind of OUTSIDE_AWS_SOURCES)
        if (parameters[kind] !== undefined)
            report(`connects to ${kind} (parameters.${kind}), outside AWS: personal data may go only to the shipping provider's account`);
    for (const kind of HOST_SOURCES) {
        const host = isObject(parameters[kind]) ? parameters[kind].host : undefined;
        if (isUnknown(host)) report(`parameters.${kind}.host is not known during preview`);
        else if (typeof host === "string" && host !== "" && !IN_AWS.test(host))
            report(
                `connects to ${host} (parameters.${kind}.host), outside AWS: personal data may go only to the shipping provider's account`,
            );
    }
}

export const quicksightDataSource = entry<DataSourceArgs>()({
    types: ["aws:quicksight/dataSource:DataSource"],
    holds: "the connection through which rows of a store reach QuickSight",
    tagging: "carrier",
    names: ["dataSourceId"],
    sources: [
        { path: "parameters.s3.manifestFileLocation.bucket", types: BUCKET_TYPES },
        { path: "parameters.rds.instanceId", types: RDS_INSTANCE_TYPES },
    ],
    atRest: [{ custom: checkCredentials, summary: "no password in credentials.credentialPair (a secret instead)" }],
    inTransit: [
        {
            what: "the connection to its store",
            setting: { path: "sslProperties.disableSsl", on: [false], absent: true, absentMeans: "SSL used" },
        },
    ],
    retention: { notOffered: "a data source stores no rows" },
    destinations: [
        { custom: checkSourceLocation, summary: "a PII data source connects only to stores in AWS" },
        sharedWith("lets the QuickSight principal"),
    ],
});

/** Keys QuickSight encrypts SPICE with: each customer-managed, one the default. */
function checkRegisteredKeys({ index, config, store, report }: StoreContext): void {
    const registrations = store.res.props.keyRegistrations;
    if (isUnknown(registrations)) {
        report("keyRegistrations is not known during preview");
        return;
    }
    const list = asList(registrations);
    for (const registration of list) {
        const problem = customerKeyProblem(registration?.keyArn, "keyRegistrations.keyArn", { index, config });
        if (problem) report(`SPICE: ${problem}`);
    }
    if (!list.some((r) => r?.defaultKey === true || r?.defaultKey === "true" || isUnknown(r?.defaultKey)))
        report("registers no default key (keyRegistrations.defaultKey), so new SPICE data sets are encrypted under an AWS-owned key");
}

export const quicksightKeyRegistration = entry<KeyRegistrationArgs>()({
    types: ["aws:quicksight/keyRegistration:KeyRegistration"],
    holds: "the customer-managed keys that encrypt the account's SPICE data sets",
    tagging: "carrier",
    atRest: [{ custom: checkRegisteredKeys, summary: "registered keys are customer-managed and one is the default" }],
    inTransit: { notOffered: "a key registration holds no rows" },
    retention: { notOffered: "a key registration holds no rows" },
    destinations: [{ what: "registers SPICE keys of", account: "awsAccountId" }],
    notes: "Deleting the registration reverts SPICE to AWS-owned keys.",
});

/** CSV export (ENABLED by default) lets every viewer take a copy of the rows, outside any retention. */
function checkCsvExport({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    for (const reading of read(store.res.props, "dashboardPublishOptions.exportToCsvOption.availabilityStatus")) {
        const status = reading.value;
        if (reading.state === "unknown") report("dashboardPublishOptions.exportToCsvOption is not known during preview");
        else if (status === undefined || String(status).toUpperCase() !== "DISABLED")
            report(
                `lets its viewers export personal data as CSV (dashboardPublishOptions.exportToCsvOption.availabilityStatus ${status === undefined ? "is not set: ENABLED by default" : `is ${JSON.stringify(status)}`}), copies outside any retention`,
            );
    }
}

export const quicksightAnalysis = entry<AnalysisArgs>()({
    types: ["aws:quicksight/analysis:Analysis"],
    holds: "visuals of its data sets' rows, shown to the principals it is shared with",
    tagging: "carrier",
    names: ["analysisId"],
    sources: [{ path: "sourceEntity.sourceTemplate.dataSetReferences.dataSetArn", types: DATA_SET_TYPES }],
    atRest: { notOffered: "an analysis keeps no rows; its data sets do" },
    inTransit: HTTPS_ONLY,
    retention: {
        notOffered: "an analysis keeps no rows (a deleted analysis stays recoverable for recoveryWindowInDays, its definition only)",
    },
    destinations: [sharedWith("shares the analysis with the QuickSight principal")],
});

export const quicksightDashboard = entry<DashboardArgs>()({
    types: ["aws:quicksight/dashboard:Dashboard"],
    holds: "visuals of its data sets' rows, shown to its viewers (who may export them)",
    tagging: "carrier",
    names: ["dashboardId"],
    sources: [{ path: "sourceEntity.sourceTemplate.dataSetReferences.dataSetArn", types: DATA_SET_TYPES }],
    atRest: { notOffered: "a dashboard keeps no rows; its data sets do" },
    inTransit: HTTPS_ONLY,
    retention: [{ custom: checkCsvExport, summary: "a PII dashboard disables CSV export (ENABLED by default)" }],
    destinations: [sharedWith("shares the dashboard with the QuickSight principal")],
});

export const quicksightFolder = entry<FolderArgs>()({
    types: ["aws:quicksight/folder:Folder"],
    holds: "access to every data set, analysis and dashboard placed in it",
    tagging: "carrier",
    names: ["folderId"],
    atRest: { notOffered: "a folder keeps no rows" },
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "a folder keeps no rows" },
    destinations: [sharedWith("shares the folder with the QuickSight principal")],
});
