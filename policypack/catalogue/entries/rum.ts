/** CloudWatch RUM: app monitors, which collect telemetry from users' browsers (page URLs, errors, HTTP requests, custom events). */
import type { AppMonitorArgs } from "@pulumi/aws/rum/appMonitor";
import { entry } from "../entry";

export const rumAppMonitor = entry<AppMonitorArgs>()({
    types: ["aws:rum/appMonitor:AppMonitor"],
    holds: "telemetry of users' sessions (page URLs, errors, HTTP requests, custom events), which can quote what users typed or saw",
    tagging: "store",
    names: ["name"],
    atRest: { notOffered: "RUM keeps telemetry under a key AWS owns; an app monitor takes no customer-managed key" },
    inTransit: { notOffered: "the RUM web client sends over HTTPS only" },
    retention: [{ what: "collected telemetry (30 days, whatever the settings)", awsKeepsDays: 30 }],
    notes: "With cwLogEnabled RUM also copies the telemetry to a log group it creates (/aws/vendedlogs/RUMService_<name>...), which never expires unless the stack sets its retention.",
});
