import { definePolicy } from "../../../lib/define";
import { TABLE_TYPES } from "../../../lib/stack-index";
import { asList, isTrue, isUnknown } from "../../../lib/values";
import { isAwsManagedKeyReference } from "../../../lib/encryption";

export const dynamodbTableRequireKmsEncryption = definePolicy({
    name: "dynamodb-table-require-kms-encryption",
    description: "Every DynamoDB table is encrypted under a customer-managed KMS key: serverSideEncryption enabled with kmsKeyArn. Disabled SSE means the AWS-owned key and enabled without a key means the AWS-managed aws/dynamodb key; neither satisfies the policy. A key ARN unknown during preview is accepted (it is a key created in the stack); unknown `enabled` is not.",
    clauses: ["DP-2.1", "DP-6.1"],
    severity: "critical",
    remediationSteps: "Set serverSideEncryption { enabled: true, kmsKeyArn: <customer-managed key ARN> } (PiiTable does).",
    check({ index, report }) {
        for (const table of index.ofTypes(TABLE_TYPES)) {
            const sse = asList(table.props.serverSideEncryption)[0];
            if (sse === undefined) report(table, "has no serverSideEncryption block, so it uses the AWS-owned key");
            else if (isUnknown(sse.enabled)) report(table, "serverSideEncryption.enabled is not known during preview");
            else if (!isTrue(sse.enabled)) report(table, "has serverSideEncryption disabled, so it uses the AWS-owned key");
            else if (sse.kmsKeyArn === undefined || sse.kmsKeyArn === "") report(table, "enables SSE without kmsKeyArn, i.e. the AWS-managed aws/dynamodb key");
            else if (typeof sse.kmsKeyArn === "string" && isAwsManagedKeyReference(sse.kmsKeyArn)) report(table, `uses the AWS-managed key ${sse.kmsKeyArn}`);
        }
    },
});
