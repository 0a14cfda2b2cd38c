/** AWS Control Tower: the landing zone, whose manifest centralises every account's CloudTrail and Config logs in a log-archive account. */
import type { LandingZoneArgs } from "@pulumi/aws/controltower/landingZone";
import { asList } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { allowedAccount, jsonOf } from "./streams-support";

function manifestOf(context: StoreContext): Record<string, any> | undefined {
    const manifest = jsonOf(context.store.res.props.manifestJson);
    if (manifest === "unknown")
        context.report("manifestJson is not known during preview, so where the landing zone centralises logs cannot be verified");
    else if (manifest === undefined) context.report("manifestJson is not a JSON object");
    else return manifest;
    return undefined;
}

/** The log-archive and audit accounts of the manifest receive every account's logs and access. */
function checkManifestAccounts(context: StoreContext): void {
    const manifest = manifestOf(context);
    if (!manifest) return;
    const accounts: [string, unknown][] = [
        ["centralizedLogging.accountId (the log-archive account)", manifest.centralizedLogging?.accountId],
        ["securityRoles.accountId (the audit account)", manifest.securityRoles?.accountId],
    ];
    for (const [what, account] of accounts) {
        if (typeof account === "string" && !allowedAccount(context, account))
            context.report(`centralises the organisation's logs and access in account ${account}, ${what}, outside this stack`);
    }
}

/** The log buckets are encrypted under configurations.kmsKeyArn; without it, SSE-S3. */
function checkManifestKey(context: StoreContext): void {
    const manifest = manifestOf(context);
    const logging = manifest?.centralizedLogging;
    if (!logging || logging.enabled === false) return;
    const key = asList(logging.configurations)[0]?.kmsKeyArn;
    if (typeof key !== "string" || key === "")
        context.report(
            "centralised logs: centralizedLogging.configurations.kmsKeyArn is not set in manifestJson, so the log buckets are encrypted under SSE-S3: name a customer-managed KMS key",
        );
}

export const controltowerLandingZone = entry<LandingZoneArgs>()({
    types: ["aws:controltower/landingZone:LandingZone"],
    holds: "every account's CloudTrail and Config logs, centralised in the log-archive account's buckets",
    tagging: "carrier",
    inherent: { classification: "confidential", why: "CloudTrail and Config records carry only the opaque keys of customer records" },
    atRest: [{ custom: checkManifestKey, summary: "manifestJson centralizedLogging.configurations.kmsKeyArn names a key (else SSE-S3)" }],
    inTransit: { notOffered: "logs are delivered inside AWS over TLS" },
    retention: {
        notOffered: "the log-archive buckets keep logs for the manifest's retentionDays (one year by default), for confidential records",
    },
    destinations: [{ custom: checkManifestAccounts, summary: "the manifest's log-archive and audit accounts are this stack's" }],
});
