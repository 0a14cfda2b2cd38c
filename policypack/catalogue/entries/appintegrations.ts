/**
 * AppIntegrations: data integrations that pull objects (e.g. CRM contacts) through an AppFlow connector profile into
 * Connect and Customer Profiles.
 */
import type { DataIntegrationArgs } from "@pulumi/aws/appintegrations/dataIntegration";
import { entry } from "../entry";

export const appintegrationsDataIntegration = entry<DataIntegrationArgs>()({
    types: ["aws:appintegrations/dataIntegration:DataIntegration"],
    holds: "objects it pulls from an application (contacts, cases) on a schedule",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "pulled objects", key: "kmsKey", keyAbsentMeans: "an AWS-managed key" }],
    inTransit: { notOffered: "pulls through AppFlow over TLS" },
    retention: { notOffered: "pulled objects are kept by the service that consumes them (Connect, Customer Profiles), judged there" },
});
