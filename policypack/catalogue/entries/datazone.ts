/**
 * DataZone: domains (the business catalogue and its subscription workflow) and the
 * environments, profiles and blueprint configurations that provision data resources for
 * projects, possibly in other accounts and regions.
 */
import type { DomainArgs } from "@pulumi/aws/datazone/domain";
import type { EnvironmentArgs } from "@pulumi/aws/datazone/environment";
import type { EnvironmentBlueprintConfigurationArgs } from "@pulumi/aws/datazone/environmentBlueprintConfiguration";
import type { EnvironmentProfileArgs } from "@pulumi/aws/datazone/environmentProfile";
import { regionOf } from "../../lib/stack-index";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const HTTPS_ONLY = { notOffered: "DataZone's endpoints accept HTTPS only" };
const NO_DATA = { notOffered: "provisions data resources, which are judged on their own" };
const DOMAIN_TYPES = ["aws:datazone/domain:Domain"];

export const datazoneDomain = entry<DomainArgs>()({
    types: ["aws:datazone/domain:Domain"],
    holds: "the business catalogue of data assets (their metadata and samples of their schemas) and the subscriptions that grant projects access",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "the domain's metadata", key: "kmsKeyIdentifier", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "catalogue metadata lives until deleted; the data stays in its stores" },
});

export const datazoneEnvironment = entry<EnvironmentArgs>()({
    types: ["aws:datazone/environment:Environment"],
    holds: "the data resources (lake, warehouse, buckets, Glue databases) it provisions for a project",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "domainIdentifier", types: DOMAIN_TYPES }],
    atRest: NO_DATA,
    inTransit: HTTPS_ONLY,
    retention: NO_DATA,
    destinations: [
        { what: "provisions data resources in", account: "accountIdentifier" },
        { what: "provisions data resources in", region: "accountRegion" },
    ],
});

export const datazoneEnvironmentProfile = entry<EnvironmentProfileArgs>()({
    types: ["aws:datazone/environmentProfile:EnvironmentProfile"],
    holds: "where the environments created from it provision data resources",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "domainIdentifier", types: DOMAIN_TYPES }],
    atRest: NO_DATA,
    inTransit: HTTPS_ONLY,
    retention: NO_DATA,
    destinations: [
        { what: "provisions data resources in", account: "awsAccountId" },
        { what: "provisions data resources in", region: "awsAccountRegion" },
    ],
});

/** Each enabled region is where the blueprint's environments may put data: the stack's own, or an allowed one. */
function checkEnabledRegions({ index, store, config, report }: StoreContext): void {
    const regions = store.res.props.enabledRegions;
    if (isUnknown(regions)) {
        report("enabledRegions is not known during preview");
        return;
    }
    const own = regionOf(index, store.res);
    for (const region of asList(regions)) {
        if (isUnknown(region)) report("enabledRegions is not known during preview");
        else if (typeof region === "string" && region !== own && !config.allowedRegions.includes(region))
            report(
                `enables the blueprint, which provisions data resources, in region ${region}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`,
            );
    }
}

export const datazoneEnvironmentBlueprintConfiguration = entry<EnvironmentBlueprintConfigurationArgs>()({
    types: ["aws:datazone/environmentBlueprintConfiguration:EnvironmentBlueprintConfiguration"],
    holds: "the regions and parameters with which a blueprint provisions data resources",
    tagging: "carrier",
    sources: [{ path: "domainId", types: DOMAIN_TYPES }],
    atRest: NO_DATA,
    inTransit: HTTPS_ONLY,
    retention: NO_DATA,
    destinations: [{ custom: checkEnabledRegions, summary: "enabledRegions: the stack's region or allowedRegions" }],
});
