/**
 * Managed Airflow (MWAA): environments whose DAGs reach data stores, whose metadata database holds variables,
 * connections and XComs, and whose task logs may print records.
 */
import type { EnvironmentArgs } from "@pulumi/aws/mwaa/environment";
import { entry } from "../entry";

export const mwaaEnvironment = entry<EnvironmentArgs>()({
    types: ["aws:mwaa/environment:Environment"],
    holds: "Airflow's metadata database (variables, connections, XComs passed between tasks) and task logs",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the environment's database and logs", key: "kmsKey", keyAbsentMeans: "the AWS-managed aws/airflow key" }],
    inTransit: { notOffered: "the web server is HTTPS only; DAGs reach stores under those stores' TLS settings" },
    exposure: [
        {
            what: "the Airflow web server",
            publicWhen: {
                path: "webserverAccessMode",
                on: ["PUBLIC_ONLY", "PUBLIC_AND_PRIVATE"],
                absent: false,
                absentMeans: "PRIVATE_ONLY",
            },
        },
        { what: "the environment", securityGroups: "networkConfiguration.securityGroupIds" },
    ],
    retention: {
        notOffered: "task logs go to the airflow-<name>-* log groups MWAA creates, which keep them forever unless their retention is set",
    },
    notes: "Connections and variables belong in Secrets Manager (a secrets backend), not in airflowConfigurationOptions.",
});
