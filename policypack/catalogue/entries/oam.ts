/** CloudWatch cross-account observability (OAM): links that share this account's telemetry with a monitoring account. */
import type { LinkArgs } from "@pulumi/aws/oam/link";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { allowedAccount } from "./streams-support";

/** Resource types whose sharing exposes log events or traces (metrics alone carry no records). */
const RECORDS = [
    "AWS::Logs::LogGroup",
    "AWS::XRay::Trace",
    "AWS::ApplicationInsights::Application",
    "AWS::ApplicationSignals::Service",
    "AWS::ApplicationSignals::ServiceLevelObjective",
];

/** A link that shares log groups or traces lets the sink's account read them: it must be one of this stack's accounts. */
function checkSinkAccount(context: StoreContext): void {
    const { resourceTypes, sinkIdentifier } = context.store.res.props;
    if (isUnknown(resourceTypes) || isUnknown(sinkIdentifier)) {
        context.report("resourceTypes or sinkIdentifier is not known during preview, so the monitoring account cannot be verified");
        return;
    }
    const shared = asList<string>(resourceTypes).filter((t) => RECORDS.includes(t));
    const account = typeof sinkIdentifier === "string" ? /^arn:[^:]+:oam:[^:]*:(\d{12}):/.exec(sinkIdentifier)?.[1] : undefined;
    if (shared.length > 0 && account !== undefined && !allowedAccount(context, account)) {
        context.report(
            `shares the account's ${shared.join(", ")} with the sink ${sinkIdentifier}, in account ${account}, outside this stack`,
        );
    }
}

export const oamLink = entry<LinkArgs>()({
    types: ["aws:oam/link:Link"],
    holds: "access for a monitoring account to this account's log groups, traces and metrics",
    tagging: "carrier",
    atRest: { notOffered: "a link copies nothing; the monitoring account reads the data where it is" },
    inTransit: { notOffered: "the monitoring account reads through CloudWatch's HTTPS endpoints" },
    retention: { notOffered: "a link stores nothing" },
    destinations: [{ custom: checkSinkAccount, summary: "a link sharing log groups or traces goes to a sink of this stack's accounts" }],
    notes: "The sink's account is the monitoring account: it must be one of this stack's accounts or the shipping provider's. Metrics carry no records; linkConfiguration filters narrow the shared log groups but are not read.",
});
