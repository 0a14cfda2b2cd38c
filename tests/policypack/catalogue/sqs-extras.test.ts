import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const QUEUE = "aws:sqs/queue:Queue";
const QUEUE_URL = `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-jobs`;
const redrive = (arn: string) => JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 3 });

const queues = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: QUEUE,
            name: "label-dlq",
            props: { name: "label-dlq", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: CONFIDENTIAL_TAGS },
            propertyDependencies: { kmsMasterKeyId: ["data-key"] },
        },
        {
            type: "aws:sqs/redrivePolicy:RedrivePolicy",
            name: "label-jobs-redrive",
            props: { queueUrl: QUEUE_URL, redrivePolicy: redrive(`arn:aws:sqs:eu-west-1:${ACCOUNT}:label-dlq`) },
            propertyDependencies: { queueUrl: ["label-jobs"], redrivePolicy: ["label-dlq"] },
        },
        {
            type: "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy",
            name: "label-dlq-allow",
            props: {
                queueUrl: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/label-dlq`,
                redriveAllowPolicy: JSON.stringify({
                    redrivePermission: "byQueue",
                    sourceQueueArns: [`arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`],
                }),
            },
            propertyDependencies: { queueUrl: ["label-dlq"] },
        },
    ]);

describe("catalogue: SQS redrive policies", () => {
    describeEntry("SQS redrive policies", queues, [
        {
            title: "failed messages moved to a dead-letter queue classified lower",
            change: props("label-dlq", (p) => {
                p.tags = { ...CONFIDENTIAL_TAGS, "data-classification": "public" };
            }),
            policy: datastoreTagsRequireClassification,
            at: [QUEUE, "label-dlq"],
            message: /is classified public but holds confidential data as a copy of label-jobs-redrive/,
        },
        {
            title: "failed messages moved to another account's queue",
            change: (stack) => {
                props("label-jobs-redrive", (p) => {
                    p.redrivePolicy = redrive(`arn:aws:sqs:eu-west-1:${OUTSIDE_ACCOUNT}:theirs`);
                })(stack);
                stack.find((s) => s.name === "label-jobs-redrive")!.propertyDependencies = { queueUrl: ["label-jobs"] };
            },
            policy: datastoreSharingRestrictDestinations,
            at: [QUEUE, "label-jobs"],
            message: /moves failed messages to arn:aws:sqs:eu-west-1:999988887777:theirs, in account 999988887777/,
        },
    ]);
});
