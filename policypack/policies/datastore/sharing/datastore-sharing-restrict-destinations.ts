import { forEachStore } from "../../../lib/datastore-policy";
import { definePolicy } from "../../../lib/define";
import { judgeAspect, judgeDestination, judgePolicySharing, policyDocumentControls } from "../../../lib/judge";
import { read } from "../../../catalogue/read";
import { explicitRegionOf, stackRegion } from "../../../lib/stack-index";

export const datastoreSharingRestrictDestinations = definePolicy({
    name: "datastore-sharing-restrict-destinations",
    description:
        "No data store lets in, copies to or sends to an account, region or endpoint outside the allow-lists: resource policies admit only this stack's accounts and the configured shipping provider; replication, replicas, snapshot copies, exports, stream and log forwarding and backup copies go only to stores of this stack in allowed regions; snapshots and images are not shared; personal data is not sent to endpoints outside AWS nor kept in a region other than the stack's. A destination of personal data that is not a resource of this stack cannot be verified and is a violation.",
    clauses: ["DP-3.1", "DP-3.2", "DP-2.2"],
    severity: "critical",
    remediationSteps:
        "Remove the outside principal or destination, or add the shipping provider's account to shippingProviderAccountIds and an approved region to allowedRegions; send copies only to stores defined in this stack.",
    judges: { stores: "all" },
    config: ["shippingProviderAccountIds", "allowedRegions"],
    check(policy) {
        const home = stackRegion(policy.index);
        forEachStore(policy, (context, entry) => {
            // Personal data kept in another region than the stack's is data sent there.
            const region = explicitRegionOf(context.store.res);
            if (context.store.isPii && region !== undefined && region !== home && !policy.config.allowedRegions.includes(region)) {
                context.report(
                    `holds personal data in region ${region}, ${home === undefined ? "while the stack names no region of its own" : `not the stack's (${home})`} nor on allowedRegions (${policy.config.allowedRegions.join(", ") || "none"})`,
                );
            }
            judgeAspect(context, entry.destinations, (control) => judgeDestination(context, control));
            for (const control of policyDocumentControls(entry)) {
                judgePolicySharing(
                    context,
                    control.what,
                    read(context.store.res.props, control.policyDocument)
                        .filter((r) => r.state === "known")
                        .map((r) => r.value),
                );
            }
        });
    },
});
