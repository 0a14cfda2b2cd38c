import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ACCOUNT, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec } from "../support/harness";

const publish = (principal: object, condition?: object) => identityPolicy([{ Effect: "Allow", Principal: principal, Action: "sns:Publish", Resource: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`, ...(condition ? { Condition: condition } : {}) }]);
const topicPolicy = (policy: string): ResourceSpec => ({ type: "aws:sns/topicPolicy:TopicPolicy", name: "incidents-policy", props: { arn: `arn:aws:sns:eu-west-1:${ACCOUNT}:incidents`, policy }, propertyDependencies: { arn: ["incidents"] } });
const queuePolicy = (policy: string): ResourceSpec => ({ type: "aws:sqs/queuePolicy:QueuePolicy", name: "label-jobs-policy", props: { queueUrl: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-jobs`, policy } });

describe("policies: topic and queue sharing", () => {
    describePolicy(datastoreAccessBlockPublic, [
        { title: "an inline topic policy open to everyone", stack: () => compliantStack().map((s) => (s.name === "incidents" ? { ...s, props: { ...s.props, policy: publish({ AWS: "*" }) } } : s)), at: ["aws:sns/topic:Topic", "incidents"], message: /its topic policy: a statement allows Principal "\*" with no condition/ },
        { title: "a TopicPolicy open to everyone", stack: () => [...compliantStack(), topicPolicy(publish("*" as never))], at: ["aws:sns/topic:Topic", "incidents"], message: /its topic policy: a statement allows Principal "\*" with no condition/ },
        { title: "a TopicPolicy open to everyone on a topic outside the stack", stack: () => [...compliantStack(), { ...topicPolicy(publish({ AWS: "*" })), propertyDependencies: {}, props: { arn: "arn:aws:sns:eu-west-1:111122223333:elsewhere", policy: publish({ AWS: "*" }) } }], at: ["aws:sns/topicPolicy:TopicPolicy", "incidents-policy"], message: /its topic policy: a statement allows Principal "\*"/ },
    ]);

    describePolicy(datastoreSharingRestrictDestinations, [
        { title: "a TopicPolicy letting in another account", stack: () => [...compliantStack(), topicPolicy(publish({ AWS: "arn:aws:iam::999988887777:root" }))], at: ["aws:sns/topic:Topic", "incidents"], message: /its topic policy: a statement allows arn:aws:iam::999988887777:root of account 999988887777/ },
        { title: "an unparsable topic policy", stack: () => [...compliantStack(), topicPolicy("[]")], at: ["aws:sns/topic:Topic", "incidents"], message: /topic policy cannot be parsed: not a JSON object/ },
    ], [
        { title: "CloudWatch of this account publishing", stack: () => [...compliantStack(), topicPolicy(publish({ Service: "cloudwatch.amazonaws.com" }, { StringEquals: { "aws:SourceAccount": ACCOUNT } }))] },
    ]);

    describePolicy(datastoreSharingRestrictDestinations, [
        { title: "a QueuePolicy (joined by queue URL) letting in another account", stack: () => [...compliantStack().map((s) => (s.name === "label-jobs" ? { ...s, props: { ...s.props, name: "label-jobs" } } : s)), queuePolicy(identityPolicy([{ Effect: "Allow", Principal: { AWS: "999988887777" }, Action: "sqs:ReceiveMessage", Resource: "*" }]))], at: ["aws:sqs/queue:Queue", "label-jobs"], message: /its queue policy: a statement allows 999988887777/ },
    ]);
});
