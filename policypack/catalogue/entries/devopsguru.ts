/** Amazon DevOps Guru: the account's integration settings (log anomaly detection copies log lines into insights). */
import type { ServiceIntegrationArgs } from "@pulumi/aws/devopsguru/serviceIntegration";
import type { Res } from "../../lib/stack-index";
import type { Store } from "../../lib/stores";
import { asList } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";

const LOG_ANOMALIES = { path: "logsAnomalyDetection.optInStatus" as const, on: ["ENABLED"] };
const enabled = (res: Res) => String(asList(res.props.logsAnomalyDetection)[0]?.optInStatus ?? "").toUpperCase() === "ENABLED";

/** Log anomaly detection reads the log groups of the resources DevOps Guru covers, the stack's among them. */
function analysedLogGroups(_index: unknown, res: Res, stores: readonly Store[]): { stores: Store[]; outside: string[] } {
    return { stores: enabled(res) ? stores.filter((s) => LOG_GROUP_TYPES.includes(s.res.type)) : [], outside: [] };
}

function checkLogAnomalies({ store, report }: StoreContext): void {
    if (store.isPii && enabled(store.res))
        report(
            `copies anomalous log lines of log groups that hold personal data (${store.classifiedBy}) into DevOps Guru insights, which AWS keeps on its own schedule: turn logsAnomalyDetection off or keep personal data out of logs`,
        );
}

export const devopsguruServiceIntegration = entry<ServiceIntegrationArgs>()({
    types: ["aws:devopsguru/serviceIntegration:ServiceIntegration"],
    holds: "with log anomaly detection, sample log lines of the analysed log groups, kept in insights",
    tagging: "carrier",
    sources: [{ computed: analysedLogGroups, summary: "with logsAnomalyDetection ENABLED, the log groups of the stack" }],
    atRest: [
        {
            what: "insights",
            when: LOG_ANOMALIES,
            key: "kmsServerSideEncryption.kmsKeyId",
            keyAbsentMeans: "a key AWS owns (type AWS_OWNED_KMS_KEY)",
        },
    ],
    inTransit: { notOffered: "DevOps Guru reads CloudWatch inside AWS over TLS" },
    retention: [{ custom: checkLogAnomalies, summary: "no log anomaly detection over log groups of personal data" }],
});
