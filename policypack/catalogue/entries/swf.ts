/** SWF: domains, which keep the history of workflow executions (task inputs and results) after they close. */
import type { DomainArgs } from "@pulumi/aws/swf/domain";
import { entry } from "../entry";

export const swfDomain = entry<DomainArgs>()({
    types: ["aws:swf/domain:Domain"],
    holds: "workflow execution histories, with the inputs and results of their tasks",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "execution histories", customerKeyNotOffered: "SWF encrypts histories with an AWS-owned key" }],
    inTransit: { notOffered: "SWF's endpoints accept HTTPS only" },
    retention: [
        {
            what: "the history of closed executions",
            period: "workflowExecutionRetentionPeriodInDays",
            unit: "days",
            absent: 90,
            zeroMeans: "none",
        },
    ],
    notes: "An open execution keeps its history until it closes (at most a year); the retention period counts from closing.",
});
