/** Cloud Control API: a resource of any CloudFormation type, created from a JSON desired state outside the pack's view. */
import type { ResourceArgs } from "@pulumi/aws/cloudcontrol/resource";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { cloudFormationTypeProblem } from "./cloudformation";

function checkTypeName({ store, report }: StoreContext): void {
    const typeName = store.res.props.typeName;
    if (isUnknown(typeName)) {
        report("typeName is not known during preview, so what it creates cannot be verified");
        return;
    }
    const problem = cloudFormationTypeProblem(String(typeName));
    if (problem)
        report(
            `creates ${typeName} (${problem}) through Cloud Control from desiredState, outside the pack's view, so its encryption, exposure, retention and sharing cannot be verified: declare it as a typed Pulumi resource`,
        );
}

export const cloudcontrolResource = entry<ResourceArgs>()({
    types: ["aws:cloudcontrol/resource:Resource"],
    holds: "a resource of any type (data stores included), configured by a JSON desired state",
    tagging: "carrier",
    atRest: [{ custom: checkTypeName, summary: "typeName is a type the pack knows to hold no customer data" }],
    inTransit: { notOffered: "whatever desiredState declares; judged through the type check" },
    retention: { notOffered: "whatever desiredState declares; judged through the type check" },
});
