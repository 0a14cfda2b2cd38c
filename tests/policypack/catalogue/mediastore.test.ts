import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const CONTAINER = "aws:mediastore/container:Container";
const policy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "mediastore:GetObject", Resource: "*" }],
    });

const mediastore = (): ResourceSpec[] =>
    fixtureWith([
        { type: CONTAINER, name: "media", props: { name: "media", tags: CONFIDENTIAL_TAGS } },
        {
            type: "aws:mediastore/containerPolicy:ContainerPolicy",
            name: "media-policy",
            props: { containerName: "media", policy: policy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
            propertyDependencies: { containerName: ["media"] },
        },
    ]);

describe("catalogue: MediaStore", () => {
    describeEntry("aws:mediastore/container:Container", mediastore, [
        {
            title: "a container policy open to everyone",
            change: props("media-policy", (p) => {
                p.policy = policy({ AWS: "*" });
            }),
            policy: datastoreAccessBlockPublic,
            at: [CONTAINER, "media"],
            message: /its container policy: a statement allows Principal "\*"/,
        },
        {
            title: "a container policy letting in another account",
            change: props("media-policy", (p) => {
                p.policy = policy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CONTAINER, "media"],
            message: /account 999988887777/,
        },
        {
            title: "unclassified",
            change: props("media", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [CONTAINER, "media"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
