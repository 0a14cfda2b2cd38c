/**
 * Directory Service: directories (user objects), shared with other accounts, replicated to
 * other regions, and forwarding their security logs. Conditional forwarders, RADIUS settings,
 * trusts and accepted shares hold no directory data of this account.
 */
import type { DirectoryArgs } from "@pulumi/aws/directoryservice/directory";
import type { LogSubscriptionArgs } from "@pulumi/aws/directoryservice/logSubscription";
import type { ServiceRegionArgs } from "@pulumi/aws/directoryservice/serviceRegion";
import type { SharedDirectoryArgs } from "@pulumi/aws/directoryservice/sharedDirectory";
import { entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";

const DIRECTORY_TYPES = ["aws:directoryservice/directory:Directory"];
const DIRECTORY_SOURCE = [{ path: "directoryId", types: DIRECTORY_TYPES }] as const;
const IN_THE_DIRECTORY = { notOffered: "the data stays in the directory, judged there" };

export const directoryserviceDirectory = entry<DirectoryArgs>()({
    types: ["aws:directoryservice/directory:Directory"],
    holds: "user objects: names, e-mail and postal addresses, phone numbers of the people in the directory",
    tagging: "store",
    names: ["name"],
    atRest: { notOffered: "Directory Service encrypts directory data under AWS-managed keys; no customer-managed key is offered" },
    inTransit: {
        notOffered: "LDAPS for clients is turned on through the Directory Service API (EnableLDAPS), which the provider does not manage",
    },
    retention: {
        notOffered: "users stay until deleted; AWS takes daily snapshots of a Managed Microsoft AD that the stack cannot shorten",
    },
    notes: "An AD Connector (connectSettings) proxies to a directory outside AWS and holds no data itself.",
});

export const directoryserviceSharedDirectory = entry<SharedDirectoryArgs>()({
    types: ["aws:directoryservice/sharedDirectory:SharedDirectory"],
    holds: "a directory shared with another account",
    tagging: "carrier",
    sources: [...DIRECTORY_SOURCE],
    atRest: IN_THE_DIRECTORY,
    inTransit: IN_THE_DIRECTORY,
    retention: IN_THE_DIRECTORY,
    destinations: [{ what: "shares the directory with", account: "target.id" }],
});

export const directoryserviceServiceRegion = entry<ServiceRegionArgs>()({
    types: ["aws:directoryservice/serviceRegion:ServiceRegion"],
    holds: "a replica of a directory in another region",
    tagging: "carrier",
    sources: [...DIRECTORY_SOURCE],
    atRest: { notOffered: "the replica is encrypted like its directory, under AWS-managed keys" },
    inTransit: { notOffered: "replicated by Directory Service inside AWS" },
    retention: { notOffered: "the replica lives until the region is removed" },
    destinations: [{ what: "replicates the directory to", region: "regionName" }],
});

export const directoryserviceLogSubscription = entry<LogSubscriptionArgs>()({
    types: ["aws:directoryservice/logSubscription:LogSubscription"],
    holds: "a directory's security event logs (user names, sign-ins), forwarded",
    tagging: "carrier",
    sources: [...DIRECTORY_SOURCE],
    atRest: { notOffered: "forwarding stores nothing; the log group is judged as a copy" },
    inTransit: { notOffered: "delivered inside AWS" },
    retention: { notOffered: "forwarding stores nothing; the log group is judged as a copy" },
    destinations: [{ what: "forwards security logs to", store: true, path: "logGroupName", types: LOG_GROUP_TYPES }],
});
