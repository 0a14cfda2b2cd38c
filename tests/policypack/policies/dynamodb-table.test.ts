import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const TABLE = "aws:dynamodb/table:Table";
const orders = (fn: (props: any) => void) => () => withChange(compliantStack(), "orders", (s: ResourceSpec) => fn(s.props));
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

describe("policies: DynamoDB tables", () => {
    describePolicy(datastoreEncryptionRequireCustomerKey, [
        { title: "no SSE block (AWS-owned key)", stack: orders((p) => { delete p.serverSideEncryption; }), at: [TABLE, "orders"], message: /the table is not encrypted: serverSideEncryption.enabled is not set \(the AWS-owned key\)/ },
        { title: "SSE disabled", stack: orders((p) => { p.serverSideEncryption = { enabled: false }; }), at: [TABLE, "orders"], message: /the table is not encrypted: serverSideEncryption.enabled is false/ },
        { title: "SSE without a key (aws/dynamodb)", stack: orders((p) => { delete p.serverSideEncryption.kmsKeyArn; }), at: [TABLE, "orders"], message: /has no serverSideEncryption.kmsKeyArn, so the table is encrypted under the AWS-managed aws\/dynamodb key/ },
        { title: "the aws/dynamodb alias", stack: orders((p) => { p.serverSideEncryption.kmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb"; }), at: [TABLE, "orders"], message: /AWS-managed key/ },
        { title: "enabled unknown during preview", stack: orders((p) => { p.serverSideEncryption.enabled = UNKNOWN; }), at: [TABLE, "orders"], message: /not known during preview/ },
    ], [
        { title: "a key ARN unknown during preview", stack: orders((p) => { p.serverSideEncryption.kmsKeyArn = UNKNOWN; }) },
    ]);

    describePolicy(datastoreRetentionLimitCopies, [
        { title: "no TTL", stack: orders((p) => { delete p.ttl; }), at: [TABLE, "orders"], message: /a PII store needs TTL \(ttl.enabled\)/ },
        { title: "TTL disabled", stack: orders((p) => { p.ttl.enabled = false; }), at: [TABLE, "orders"], message: /a PII store needs TTL \(ttl.enabled\)/ },
        { title: "TTL without attribute", stack: orders((p) => { delete p.ttl.attributeName; }), at: [TABLE, "orders"], message: /a PII store needs a TTL attribute \(ttl.attributeName\)/ },
    ], [
        { title: "a non-PII table without TTL", stack: orders((p) => { delete p.ttl; p.tags = { "data-classification": "internal", "retention-days": "30", owner: "x" }; }) },
    ]);

    describePolicy(datastoreRetentionLimitCopies, [
        { title: "PITR with the default 35-day window", stack: orders((p) => { delete p.pointInTimeRecovery.recoveryPeriodInDays; }), at: [TABLE, "orders"], message: /keeps deleted items for 35 days/ },
        { title: "a PITR window unknown during preview", stack: orders((p) => { p.pointInTimeRecovery.recoveryPeriodInDays = UNKNOWN; }), at: [TABLE, "orders"], message: /recoveryPeriodInDays is not known during preview/ },
        { title: "a 3-day PITR window that uses up the retention", stack: orders((p) => { p.pointInTimeRecovery.recoveryPeriodInDays = 3; }), at: [TABLE, "orders"], message: /keeps deleted items for 3 days, which leaves no time within the 3-day retention/ },
    ], [
        { title: "PITR off", stack: orders((p) => { p.pointInTimeRecovery = { enabled: false }; }) },

    ]);

    describePolicy(datastoreSharingRestrictDestinations, [
        { title: "a replica in another region", stack: orders((p) => { p.replicas = [{ regionName: "us-east-1" }]; }), at: [TABLE, "orders"], message: /is replicated to region us-east-1, not on allowedRegions \(none\)/ },
        { title: "a TableReplica resource", stack: () => [...compliantStack(), { type: "aws:dynamodb/tableReplica:TableReplica", name: "orders-us", props: { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders-abc", region: "us-east-1" } }], at: ["aws:dynamodb/tableReplica:TableReplica", "orders-us"], message: /replicates a table to region "us-east-1"/ },
    ], [
        { title: "a replica in an allowed region", config: { allowedRegions: ["eu-central-1"] }, stack: orders((p) => { p.replicas = [{ regionName: "eu-central-1" }]; }) },
    ]);
});
