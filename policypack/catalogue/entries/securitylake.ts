/** Amazon Security Lake: the data lake of security logs and the subscribers given access to it. */
import type { DataLakeArgs } from "@pulumi/aws/securitylake/dataLake";
import type { SubscriberArgs } from "@pulumi/aws/securitylake/subscriber";
import { customerKeyProblem } from "../../lib/encryption";
import { read } from "../read";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { principalInAllowedAccount, regionsAllowed } from "./streams-support";

const DATA_LAKE_TYPES = ["aws:securitylake/dataLake:DataLake"];
const KEY = "configuration.encryptionConfigurations.kmsKeyId";

/** Objects are encrypted under the key of each region's configuration; "S3_MANAGED_KEY" (and no configuration) means SSE-S3. */
function checkLakeKey({ index, config, store, report }: StoreContext): void {
    for (const reading of read(store.res.props, KEY)) {
        if (reading.state === "unknown") continue;
        if (reading.state === "absent" || reading.value === "S3_MANAGED_KEY")
            report(
                `security logs: ${reading.state === "absent" ? `${KEY} is not set` : `${KEY} is "S3_MANAGED_KEY"`}, so the lake's objects are encrypted under SSE-S3: name a customer-managed KMS key`,
            );
        else {
            const problem = customerKeyProblem(reading.value, KEY, { index, config, res: store.res, path: KEY });
            if (problem) report(`security logs: ${problem}`);
        }
    }
}

export const securitylakeDataLake = entry<DataLakeArgs>()({
    types: ["aws:securitylake/dataLake:DataLake"],
    holds: "security logs of the organisation's accounts and regions (CloudTrail, VPC flow, Route 53, S3 and Lambda data events, WAF, EKS audit logs) in S3",
    tagging: "store",
    atRest: [{ custom: checkLakeKey, summary: `${KEY} names a customer-managed key (not S3_MANAGED_KEY, the default)` }],
    inTransit: { notOffered: "Security Lake collects and serves data inside AWS over TLS" },
    retention: [{ what: "security logs", period: "configuration.lifecycleConfiguration.expiration.days", unit: "days", absent: "forever" }],
    destinations: [regionsAllowed("replicates security logs to", "configuration.replicationConfiguration.regions")],
    notes: "WAF logs and data events can quote request content: classify the lake by what its sources carry.",
});

export const securitylakeSubscriber = entry<SubscriberArgs>()({
    types: ["aws:securitylake/subscriber:Subscriber"],
    holds: "another identity's access to the lake's data (S3 objects or Lake Formation tables)",
    tagging: "carrier",
    names: ["subscriberName"],
    sources: [
        {
            computed: (_index, _res, stores) => ({ stores: stores.filter((s) => DATA_LAKE_TYPES.includes(s.res.type)), outside: [] }),
            summary: "the data lakes of the stack",
        },
    ],
    atRest: { notOffered: "a subscriber stores nothing; it reads the lake" },
    inTransit: { notOffered: "subscribers read through S3 and Lake Formation over HTTPS" },
    retention: { notOffered: "a subscriber stores nothing in this account" },
    destinations: [principalInAllowedAccount("gives the lake's data to", "subscriberIdentity.principal")],
    notes: "Subscribers are often a SIEM vendor's account: such an account must be this stack's or the shipping provider's.",
});
