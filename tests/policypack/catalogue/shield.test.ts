import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith } from "../support/entries";

const ASSOCIATION = "aws:shield/drtAccessLogBucketAssociation:DrtAccessLogBucketAssociation";

const shield = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ASSOCIATION,
            name: "drt-logs",
            props: { logBucket: "logs-abc", roleArnAssociationId: "r-1" },
            propertyDependencies: { logBucket: ["logs"] },
        },
    ]);

describe("catalogue: Shield", () => {
    describeEntry("shield response team bucket access", shield, [
        {
            title: "response team reading a PII bucket",
            change: (stack) => {
                const a = stack.find((s) => s.name === "drt-logs")!;
                a.props.logBucket = "labels-abc";
                a.propertyDependencies = { logBucket: ["labels"] };
            },
            policy: datastoreAccessBlockPublic,
            at: ["aws:s3/bucket:Bucket", "labels"],
            message: /lets the AWS Shield Response Team read a bucket that holds personal data/,
        },
    ]);
});
