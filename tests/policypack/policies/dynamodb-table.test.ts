import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ACCOUNT, KEY_ARN, ROLE_TAGS, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange, without } from "../support/harness";

const TABLE = "aws:dynamodb/table:Table";
const orders = (fn: (props: any) => void) => () => withChange(compliantStack(), "orders", (s: ResourceSpec) => fn(s.props));
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`;
const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-purge`;

/**
 * The orders table's scheduled purge, as PiiTable builds it (DP-5.4): a rule with a
 * scheduleExpression, whose target is a purge function, whose role may delete the table's
 * items. Added unless the stack already has it.
 */
function withPurge(stack: ResourceSpec[]): ResourceSpec[] {
    if (stack.some((s) => s.name === "purge-schedule")) return stack;
    return [...stack, ...PURGE_RESOURCES.map((s) => JSON.parse(JSON.stringify(s)) as ResourceSpec)];
}
const PURGE_RESOURCES: ResourceSpec[] = [
    {
        type: "aws:cloudwatch/logGroup:LogGroup",
        name: "orders-purge-logs",
        props: { name: "/aws/lambda/orders-purge", retentionInDays: 3, kmsKeyId: KEY_ARN },
        propertyDependencies: { kmsKeyId: ["data-key"] },
    },
    {
        type: "aws:lambda/function:Function",
        name: "orders-purge",
        props: {
            name: "orders-purge",
            runtime: "nodejs22.x",
            role: `arn:aws:iam::${ACCOUNT}:role/orders-purge`,
            kmsKeyArn: KEY_ARN,
            environment: { variables: { TABLE_NAME: "orders-abc" } },
        },
        propertyDependencies: { kmsKeyArn: ["data-key"], role: ["orders-purge-role"] },
    },
    {
        type: "aws:iam/role:Role",
        name: "orders-purge-role",
        props: {
            name: "orders-purge",
            tags: { ...ROLE_TAGS, "pii-purpose": "order-fulfilment" },
            assumeRolePolicy: identityPolicy([
                {
                    Effect: "Allow",
                    Principal: { Service: "lambda.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
                },
            ]),
        },
    },
    {
        type: "aws:iam/rolePolicy:RolePolicy",
        name: "orders-purge-delete",
        props: {
            role: "orders-purge",
            policy: identityPolicy([{ Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:DeleteItem"], Resource: TABLE_ARN }]),
        },
        propertyDependencies: { role: ["orders-purge-role"], policy: ["orders"] },
    },
    {
        type: "aws:cloudwatch/eventRule:EventRule",
        name: "purge-schedule",
        props: { name: "purge-schedule", scheduleExpression: "rate(60 minutes)" },
    },
    {
        type: "aws:cloudwatch/eventTarget:EventTarget",
        name: "purge-target",
        props: { rule: "purge-schedule", arn: FUNCTION_ARN },
        propertyDependencies: { rule: ["purge-schedule"], arn: ["orders-purge"] },
    },
];
/** The fixture with its purge, `change` applied to the resource `name`. */
const purge = (name: string, change: (spec: ResourceSpec) => void) => () => withChange(withPurge(compliantStack()), name, change);
const purgeStatement = (statement: object) =>
    purge("orders-purge-delete", (s) => {
        s.props.policy = identityPolicy([statement]);
    });

describe("policies: DynamoDB tables", () => {
    describePolicy(
        datastoreEncryptionRequireCustomerKey,
        [
            {
                title: "no SSE block (AWS-owned key)",
                stack: orders((p) => {
                    delete p.serverSideEncryption;
                }),
                at: [TABLE, "orders"],
                message: /the table is not encrypted: serverSideEncryption.enabled is not set \(the AWS-owned key\)/,
            },
            {
                title: "SSE disabled",
                stack: orders((p) => {
                    p.serverSideEncryption = { enabled: false };
                }),
                at: [TABLE, "orders"],
                message: /the table is not encrypted: serverSideEncryption.enabled is false/,
            },
            {
                title: "SSE without a key (aws/dynamodb)",
                stack: orders((p) => {
                    delete p.serverSideEncryption.kmsKeyArn;
                }),
                at: [TABLE, "orders"],
                message: /has no serverSideEncryption.kmsKeyArn, so the table is encrypted under the AWS-managed aws\/dynamodb key/,
            },
            {
                title: "the aws/dynamodb alias",
                stack: orders((p) => {
                    p.serverSideEncryption.kmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb";
                }),
                at: [TABLE, "orders"],
                message: /AWS-managed key/,
            },
            {
                title: "enabled unknown during preview",
                stack: orders((p) => {
                    p.serverSideEncryption.enabled = UNKNOWN;
                }),
                at: [TABLE, "orders"],
                message: /not known during preview/,
            },
        ],
        [
            {
                title: "a key ARN unknown during preview",
                stack: orders((p) => {
                    p.serverSideEncryption.kmsKeyArn = UNKNOWN;
                }),
            },
        ],
    );

    describePolicy(
        datastoreRetentionLimitCopies,
        [
            {
                title: "no TTL",
                stack: orders((p) => {
                    delete p.ttl;
                }),
                at: [TABLE, "orders"],
                message: /a PII store needs TTL \(ttl.enabled\)/,
            },
            {
                title: "TTL disabled",
                stack: orders((p) => {
                    p.ttl.enabled = false;
                }),
                at: [TABLE, "orders"],
                message: /a PII store needs TTL \(ttl.enabled\)/,
            },
            {
                title: "TTL without attribute",
                stack: orders((p) => {
                    delete p.ttl.attributeName;
                }),
                at: [TABLE, "orders"],
                message: /a PII store needs a TTL attribute \(ttl.attributeName\)/,
            },
        ],
        [
            {
                title: "a non-PII table without TTL",
                stack: orders((p) => {
                    delete p.ttl;
                    p.tags = { "data-classification": "internal", "retention-days": "30", owner: "x" };
                }),
            },
        ],
    );

    describePolicy(
        datastoreRetentionLimitCopies,
        [
            {
                title: "PITR with the default 35-day window",
                stack: orders((p) => {
                    delete p.pointInTimeRecovery.recoveryPeriodInDays;
                }),
                at: [TABLE, "orders"],
                message: /keeps deleted items for 35 days/,
            },
            {
                title: "a PITR window unknown during preview",
                stack: orders((p) => {
                    p.pointInTimeRecovery.recoveryPeriodInDays = UNKNOWN;
                }),
                at: [TABLE, "orders"],
                message: /recoveryPeriodInDays is not known during preview/,
            },
            {
                title: "a 3-day PITR window that uses up the retention",
                stack: orders((p) => {
                    p.pointInTimeRecovery.recoveryPeriodInDays = 3;
                }),
                at: [TABLE, "orders"],
                message: /keeps deleted items for 3 days, which leaves no time within the 3-day retention/,
            },
        ],
        [
            {
                title: "PITR off",
                stack: orders((p) => {
                    p.pointInTimeRecovery = { enabled: false };
                }),
            },
        ],
    );

    // DP-5.4: TTL has no hard deadline; a scheduled purge closes the gap.
    describe("with the scheduled purge", () => {
        const PURGE = /has no scheduled purge \(/;
        describePolicy(
            datastoreRetentionLimitCopies,
            [
                {
                    title: "a raw PII table with TTL but no purge at all",
                    stack: () => without(withPurge(compliantStack()), "purge-schedule", "purge-target"),
                    at: [TABLE, "orders"],
                    message:
                        /has no scheduled purge \(the stack has no EventBridge rule or schedule with a scheduleExpression\): DynamoDB TTL deletes expired items only within a few days/,
                },
                {
                    title: "a rule with an event pattern instead of a schedule",
                    stack: purge("purge-schedule", (s) => {
                        delete s.props.scheduleExpression;
                        s.props.eventPattern = JSON.stringify({ source: ["aws.s3"] });
                    }),
                    at: [TABLE, "orders"],
                    message: /the stack has no EventBridge rule or schedule with a scheduleExpression/,
                },
                {
                    title: "the schedule disabled",
                    stack: purge("purge-schedule", (s) => {
                        s.props.state = "DISABLED";
                    }),
                    at: [TABLE, "orders"],
                    message: PURGE,
                },
                {
                    title: "the schedule targeting a queue, not a function",
                    stack: purge("purge-target", (s) => {
                        s.props.arn = `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`;
                        s.propertyDependencies = { rule: ["purge-schedule"], arn: ["label-jobs"] };
                    }),
                    at: [TABLE, "orders"],
                    message: /no scheduled rule \(purge-schedule\) targets a Lambda function of the stack/,
                },
                {
                    title: "the function without a role in the stack",
                    stack: () => without(withPurge(compliantStack()), "orders-purge-role", "orders-purge-delete"),
                    at: [TABLE, "orders"],
                    message: /the scheduled function orders-purge has no role in this stack/,
                },
                {
                    title: "the role may only read the table",
                    stack: purgeStatement({ Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:GetItem"], Resource: TABLE_ARN }),
                    at: [TABLE, "orders"],
                    message: /no scheduled function's role \(orders-purge-role of orders-purge\) may delete items of this table/,
                },
                {
                    title: "the role deletes items of another table",
                    stack: purgeStatement({
                        Effect: "Allow",
                        Action: "dynamodb:DeleteItem",
                        Resource: TABLE_ARN.replace("orders-abc", "other"),
                    }),
                    at: [TABLE, "orders"],
                    message: /may delete items of this table/,
                },
                {
                    title: "the role deletes items of the table in another account",
                    stack: purgeStatement({
                        Effect: "Allow",
                        Action: "dynamodb:DeleteItem",
                        Resource: TABLE_ARN.replace(ACCOUNT, "999999999999"),
                    }),
                    at: [TABLE, "orders"],
                    message: /may delete items of this table/,
                },
                {
                    title: "the delete denied by another statement",
                    stack: purge("orders-purge-delete", (s) => {
                        s.props.policy = identityPolicy([
                            { Effect: "Allow", Action: "dynamodb:DeleteItem", Resource: TABLE_ARN },
                            { Effect: "Deny", Action: "dynamodb:*", Resource: "*" },
                        ]);
                    }),
                    at: [TABLE, "orders"],
                    message: /may delete items of this table/,
                },
                {
                    title: "the delete narrowed to some items (dynamodb:LeadingKeys)",
                    stack: purgeStatement({
                        Effect: "Allow",
                        Action: "dynamodb:DeleteItem",
                        Resource: TABLE_ARN,
                        Condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["test"] } },
                    }),
                    at: [TABLE, "orders"],
                    message: /may delete items of this table/,
                },
                {
                    title: "the role's policy unknown during preview",
                    stack: purge("orders-purge-delete", (s) => {
                        s.props.policy = UNKNOWN;
                    }),
                    at: [TABLE, "orders"],
                    message:
                        /its scheduled purge cannot be verified during preview \(a policy of orders-purge-role, the role of the scheduled function, is not known during preview\)/,
                },
                {
                    title: "the scheduleExpression unknown during preview",
                    stack: purge("purge-schedule", (s) => {
                        s.props.scheduleExpression = UNKNOWN;
                    }),
                    at: [TABLE, "orders"],
                    message:
                        /cannot be verified during preview \(the scheduleExpression or state of purge-schedule is not known during preview\)/,
                },
            ],
            [
                { title: "the purge as PiiTable builds it", stack: () => withPurge(compliantStack()) },
                {
                    title: "a purge deleting through BatchWriteItem",
                    stack: purgeStatement({ Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:BatchWriteItem"], Resource: TABLE_ARN }),
                },
                {
                    title: "a purge whose role may delete items of every table named orders-*",
                    stack: purgeStatement({
                        Effect: "Allow",
                        Action: "dynamodb:*Item",
                        Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-*`,
                    }),
                },
                {
                    title: "a purge through an EventBridge Scheduler schedule",
                    stack: () => [
                        ...without(withPurge(compliantStack()), "purge-schedule", "purge-target"),
                        {
                            type: "aws:scheduler/schedule:Schedule",
                            name: "purge-scheduler",
                            props: {
                                name: "purge-scheduler",
                                scheduleExpression: "rate(1 hours)",
                                flexibleTimeWindow: { mode: "OFF" },
                                target: { arn: FUNCTION_ARN, roleArn: `arn:aws:iam::${ACCOUNT}:role/scheduler` },
                            },
                            propertyDependencies: { target: ["orders-purge"] },
                        },
                    ],
                },
                {
                    title: "a purge whose role is named by ARN only",
                    stack: purge("orders-purge", (s) => {
                        s.propertyDependencies = { kmsKeyArn: ["data-key"] };
                    }),
                },
                {
                    title: "a confidential table needs no purge",
                    stack: () =>
                        withChange(compliantStack(), "orders", (s) => {
                            s.props.tags = { "data-classification": "confidential", "retention-days": "30", owner: "x" };
                        }),
                },
            ],
        );
    });

    describePolicy(
        datastoreSharingRestrictDestinations,
        [
            {
                title: "a replica in another region",
                stack: orders((p) => {
                    p.replicas = [{ regionName: "us-east-1" }];
                }),
                at: [TABLE, "orders"],
                message: /is replicated to region us-east-1, not on allowedRegions \(none\)/,
            },
            {
                title: "a TableReplica resource",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: "aws:dynamodb/tableReplica:TableReplica",
                        name: "orders-us",
                        props: { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders-abc", region: "us-east-1" },
                    },
                ],
                at: ["aws:dynamodb/tableReplica:TableReplica", "orders-us"],
                message: /replicates a table to region "us-east-1"/,
            },
        ],
        [
            {
                title: "a replica in an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                stack: orders((p) => {
                    p.replicas = [{ regionName: "eu-central-1" }];
                }),
            },
        ],
    );
});
