import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { CONFIDENTIAL_TAGS, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const STACK = "aws:appstream/stack:Stack";
const FLEET = "aws:appstream/fleet:Fleet";

const appstream = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:ec2/securityGroup:SecurityGroup", name: "stream-sg", props: { name: "stream-sg", ingress: [] } },
        { type: STACK, name: "desk", props: { name: "desk", storageConnectors: [{ connectorType: "HOMEFOLDERS" }], tags: PII_TAGS } },
        {
            type: FLEET,
            name: "fleet",
            props: {
                name: "fleet",
                instanceType: "stream.standard.small",
                computeCapacity: { desiredInstances: 1 },
                vpcConfig: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] },
            },
            propertyDependencies: { vpcConfig: ["stream-sg"] },
        },
        {
            type: "aws:appstream/imageBuilder:ImageBuilder",
            name: "builder",
            props: { name: "builder", instanceType: "stream.standard.small" },
        },
    ]);

describe("catalogue: AppStream", () => {
    describeEntry(
        "stacks and fleets",
        appstream,
        [
            {
                title: "a PII stack letting users save to Google Drive",
                change: props("desk", (p) => {
                    p.storageConnectors.push({ connectorType: "GOOGLE_DRIVE", domains: ["example.com"] });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [STACK, "desk"],
                message: /save files to Google Drive \(storageConnectors.connectorType GOOGLE_DRIVE\), outside AWS/,
            },
            {
                title: "a fleet in a VPC on the default security group",
                change: props("fleet", (p) => {
                    delete p.vpcConfig.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [FLEET, "fleet"],
                message: /the fleet names no vpcConfig.securityGroupIds/,
            },
        ],
        [
            {
                title: "a confidential stack with a OneDrive connector",
                change: props("desk", (p) => {
                    p.tags = CONFIDENTIAL_TAGS;
                    p.storageConnectors.push({ connectorType: "ONE_DRIVE", domains: ["example.com"] });
                }),
            },
        ],
    );
});
