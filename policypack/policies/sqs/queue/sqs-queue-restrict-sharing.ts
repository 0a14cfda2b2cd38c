import { ownAccounts } from "../../../lib/accounts";
import { definePolicy } from "../../../lib/define";
import { parsePolicyDocument } from "../../../lib/policy-document";
import { resourcePolicyDocuments } from "../../../lib/resource-policy";
import { outsideAccess } from "../../../lib/sharing";

export const sqsQueueRestrictSharing = definePolicy({
    name: "sqs-queue-restrict-sharing",
    description: "A queue's policy (its `policy` argument or a QueuePolicy) lets in no account but this stack's and the shipping provider's; Principal \"*\" needs a condition tying it to those accounts. An unparsable queue policy is a violation.",
    clauses: ["DP-3.2"],
    severity: "high",
    remediationSteps: "Remove the outside principal, or tie Principal \"*\" to this account with aws:SourceAccount / aws:SourceArn.",
    config: ["shippingProviderAccountIds"],
    check({ index, config, report }) {
        const own = ownAccounts(index);
        for (const queue of index.ofTypes(["aws:sqs/queue:Queue"])) {
            for (const { document } of resourcePolicyDocuments(index, queue, ["aws:sqs/queuePolicy:QueuePolicy"], "queueUrl")) {
                const parsed = parsePolicyDocument(document);
                if (parsed.kind === "invalid") report(queue, `its queue policy cannot be parsed: ${parsed.reason}`);
                if (parsed.kind === "parsed") for (const finding of outsideAccess(parsed.statements, own, config)) report(queue, `its queue policy: ${finding.message}`);
            }
        }
    },
});
