import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const ENDPOINT = "aws:s3outposts/endpoint:Endpoint";

const outposts = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:ec2/securityGroup:SecurityGroup",
            name: "outpost-sg",
            props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/16"] }] },
        },
        {
            type: ENDPOINT,
            name: "outpost-endpoint",
            props: { outpostId: "op-0123456789abcdef0", subnetId: "subnet-1", securityGroupId: "sg-1" },
            propertyDependencies: { securityGroupId: ["outpost-sg"] },
        },
    ]);

describe("catalogue: S3 on Outposts endpoints", () => {
    describeEntry("S3 on Outposts endpoints", outposts, [
        {
            title: "an endpoint whose security group is open to the internet",
            change: props("outpost-sg", (p) => {
                p.ingress[0].cidrBlocks = ["0.0.0.0/0"];
            }),
            policy: datastoreAccessBlockPublic,
            at: [ENDPOINT, "outpost-endpoint"],
            message: /the S3 on Outposts endpoint: its security group outpost-sg is open to the internet/,
        },
    ]);
});
