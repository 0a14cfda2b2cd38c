/** MediaStore: containers of media objects and their policies. */
import type { ContainerArgs } from "@pulumi/aws/mediastore/container";
import type { ContainerPolicyArgs } from "@pulumi/aws/mediastore/containerPolicy";
import { entry } from "../entry";

export const mediastoreContainer = entry<ContainerArgs>()({
    types: ["aws:mediastore/container:Container"],
    holds: "media objects",
    tagging: "store",
    names: ["name"],
    atRest: [
        { what: "objects", customerKeyNotOffered: "MediaStore encrypts objects under keys it manages; no customer-managed key is offered" },
    ],
    inTransit: {
        notOffered: "MediaStore's endpoints take HTTPS; its default container policy denies other access, which the pack does not require",
    },
    retention: { notOffered: "objects live until deleted or a lifecycle policy (not managed by the provider) expires them" },
});

export const mediastoreContainerPolicy = entry<ContainerPolicyArgs>()({
    types: ["aws:mediastore/containerPolicy:ContainerPolicy"],
    holds: "access to a container",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "containerName", types: ["aws:mediastore/container:Container"] }],
    atRest: { notOffered: "a policy holds no data" },
    inTransit: { notOffered: "a policy holds no data" },
    exposure: [{ what: "its container policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no data" },
});
