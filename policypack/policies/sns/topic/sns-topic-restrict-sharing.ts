import { ownAccounts } from "../../../lib/accounts";
import { definePolicy } from "../../../lib/define";
import { TOPIC_TYPE } from "../../../lib/monitoring";
import { parsePolicyDocument } from "../../../lib/policy-document";
import { resourcePolicyDocuments } from "../../../lib/resource-policy";
import { outsideAccess } from "../../../lib/sharing";

export const snsTopicRestrictSharing = definePolicy({
    name: "sns-topic-restrict-sharing",
    description: "A topic's policy (its `policy` argument or a TopicPolicy) lets in no account but this stack's and the shipping provider's; Principal \"*\" needs a condition tying it to those accounts. An unparsable topic policy is a violation.",
    clauses: ["DP-3.2"],
    severity: "high",
    remediationSteps: "Remove the outside principal, or tie Principal \"*\" to this account with aws:SourceAccount / aws:SourceOwner.",
    config: ["shippingProviderAccountIds"],
    check({ index, config, report }) {
        const own = ownAccounts(index);
        for (const topic of index.ofTypes([TOPIC_TYPE])) {
            for (const { document } of resourcePolicyDocuments(index, topic, ["aws:sns/topicPolicy:TopicPolicy"], "arn")) {
                const parsed = parsePolicyDocument(document);
                if (parsed.kind === "invalid") report(topic, `its topic policy cannot be parsed: ${parsed.reason}`);
                if (parsed.kind === "parsed") for (const finding of outsideAccess(parsed.statements, own, config)) report(topic, `its topic policy: ${finding.message}`);
            }
        }
    },
});
