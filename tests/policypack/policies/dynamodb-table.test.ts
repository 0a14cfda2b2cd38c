import { dynamodbTableLimitRetention } from "../../../policypack/policies/dynamodb/table/dynamodb-table-limit-retention";
import { dynamodbTableRequireKmsEncryption } from "../../../policypack/policies/dynamodb/table/dynamodb-table-require-kms-encryption";
import { dynamodbTableRequireTtl } from "../../../policypack/policies/dynamodb/table/dynamodb-table-require-ttl";
import { dynamodbTableRestrictReplicas } from "../../../policypack/policies/dynamodb/table/dynamodb-table-restrict-replicas";
import { compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const TABLE = "aws:dynamodb/table:Table";
const orders = (fn: (props: any) => void) => () => withChange(compliantStack(), "orders", (s: ResourceSpec) => fn(s.props));
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

describe("policies: DynamoDB tables", () => {
    describePolicy(dynamodbTableRequireKmsEncryption, [
        { title: "no SSE block (AWS-owned key)", stack: orders((p) => { delete p.serverSideEncryption; }), at: [TABLE, "orders"], message: /has no serverSideEncryption block/ },
        { title: "SSE disabled", stack: orders((p) => { p.serverSideEncryption = { enabled: false }; }), at: [TABLE, "orders"], message: /serverSideEncryption disabled/ },
        { title: "SSE without a key (aws/dynamodb)", stack: orders((p) => { delete p.serverSideEncryption.kmsKeyArn; }), at: [TABLE, "orders"], message: /without kmsKeyArn, i.e. the AWS-managed aws\/dynamodb key/ },
        { title: "the aws/dynamodb alias", stack: orders((p) => { p.serverSideEncryption.kmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb"; }), at: [TABLE, "orders"], message: /AWS-managed key/ },
        { title: "enabled unknown during preview", stack: orders((p) => { p.serverSideEncryption.enabled = UNKNOWN; }), at: [TABLE, "orders"], message: /not known during preview/ },
    ], [
        { title: "a key ARN unknown during preview", stack: orders((p) => { p.serverSideEncryption.kmsKeyArn = UNKNOWN; }) },
    ]);

    describePolicy(dynamodbTableRequireTtl, [
        { title: "no TTL", stack: orders((p) => { delete p.ttl; }), at: [TABLE, "orders"], message: /needs TTL enabled/ },
        { title: "TTL disabled", stack: orders((p) => { p.ttl.enabled = false; }), at: [TABLE, "orders"], message: /needs TTL enabled/ },
        { title: "TTL without attribute", stack: orders((p) => { delete p.ttl.attributeName; }), at: [TABLE, "orders"], message: /without an attributeName/ },
    ], [
        { title: "a non-PII table without TTL", stack: orders((p) => { delete p.ttl; p.tags = { "data-classification": "internal", "retention-days": "30", owner: "x" }; }) },
    ]);

    describePolicy(dynamodbTableLimitRetention, [
        { title: "PITR with the default 35-day window", stack: orders((p) => { delete p.pointInTimeRecovery.recoveryPeriodInDays; }), at: [TABLE, "orders"], message: /keeps deleted items for 35 days/ },
        { title: "a 3-day PITR window that uses up the retention", stack: orders((p) => { p.pointInTimeRecovery.recoveryPeriodInDays = 3; }), at: [TABLE, "orders"], message: /keeps deleted items for 3 days, which leaves no time within the 3-day retention/ },
    ], [
        { title: "PITR off", stack: orders((p) => { p.pointInTimeRecovery = { enabled: false }; }) },

    ]);

    describePolicy(dynamodbTableRestrictReplicas, [
        { title: "a replica in another region", stack: orders((p) => { p.replicas = [{ regionName: "us-east-1" }]; }), at: [TABLE, "orders"], message: /replicated to region "us-east-1", not on allowedRegions \(none\)/ },
        { title: "a TableReplica resource", stack: () => [...compliantStack(), { type: "aws:dynamodb/tableReplica:TableReplica", name: "orders-us", props: { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders-abc", region: "us-east-1" } }], at: ["aws:dynamodb/tableReplica:TableReplica", "orders-us"], message: /replicates a table to region "us-east-1"/ },
    ], [
        { title: "a replica in an allowed region", config: { allowedRegions: ["eu-central-1"] }, stack: orders((p) => { p.replicas = [{ regionName: "eu-central-1" }]; }) },
    ]);
});
