import { definePolicy } from "../../../lib/define";
import { SUBSCRIPTION_TYPE } from "../../../lib/monitoring";

export const snsSubscriptionRequireEncryptedProtocol = definePolicy({
    name: "sns-subscription-require-encrypted-protocol",
    description: "No SNS subscription delivers over plain HTTP: messages leave AWS only through an encrypted protocol (https, email over TLS, sqs, lambda, firehose, application).",
    clauses: ["DP-2.3", "DP-3.2"],
    severity: "high",
    remediationSteps: "Use protocol https with an https:// endpoint.",
    check({ index, report }) {
        for (const subscription of index.ofTypes([SUBSCRIPTION_TYPE])) {
            const protocol = subscription.props.protocol;
            const endpoint = subscription.props.endpoint;
            if (protocol === "http" || (typeof endpoint === "string" && endpoint.startsWith("http://"))) report(subscription, `delivers over plain HTTP (${endpoint ?? protocol})`);
        }
    },
});
