import { iamPolicyDisallowWildcards } from "../../../policypack/policies/iam/policy/iam-policy-disallow-wildcards";
import { iamRoleRequireAccessTags } from "../../../policypack/policies/iam/role/iam-role-require-access-tags";
import { iamRoleRequireMfa } from "../../../policypack/policies/iam/role/iam-role-require-mfa";
import { iamUserDisallowDataAccess } from "../../../policypack/policies/iam/user/iam-user-disallow-data-access";
import { ACCOUNT, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { UNKNOWN } from "../support/entries";
import { ResourceSpec, withChange } from "../support/harness";

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const change = (name: string, fn: (props: any, spec: ResourceSpec) => void) => () =>
    withChange(compliantStack(), name, (s) => fn(s.props, s));
const setTrustCondition = (condition: object | undefined) =>
    change("support", (p) => {
        const trust = JSON.parse(p.assumeRolePolicy);
        if (condition) trust.Statement[0].Condition = condition;
        else delete trust.Statement[0].Condition;
        p.assumeRolePolicy = JSON.stringify(trust);
    });
const supportPolicy = (statement: object) =>
    change("support-read-orders", (p) => {
        p.policy = identityPolicy([statement]);
    });
/** The support role without MFA, its policy replaced (and no longer built from the table's outputs). */
const supportWithoutMfa = (policy: unknown) => () =>
    withChange(setTrustCondition(undefined)(), "support-read-orders", (s) => {
        s.props.policy = policy;
        s.propertyDependencies = { role: ["support"] };
    });
const supportWithoutMfaReading = (statement: object) => supportWithoutMfa(identityPolicy([statement]));
const ORDERS_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`;
const USER = "aws:iam/user:User";
/** The compliant stack with IAM user alice and more resources. */
const withAlice =
    (...more: ResourceSpec[]) =>
    () => [...compliantStack(), { type: USER, name: "alice", props: { name: "alice" } }, ...more];
const alicePolicy = (statement: object): ResourceSpec => ({
    type: "aws:iam/userPolicy:UserPolicy",
    name: "alice-policy",
    props: { user: "alice", policy: identityPolicy([statement]) },
    propertyDependencies: { user: ["alice"] },
});
const ordersReader: ResourceSpec = {
    type: "aws:iam/policy:Policy",
    name: "orders-reader",
    props: {
        name: "orders-reader",
        path: "/",
        policy: identityPolicy([{ Effect: "Allow", Action: "dynamodb:Query", Resource: ORDERS_ARN }]),
    },
};

describe("policies: IAM", () => {
    describePolicy(
        iamPolicyDisallowWildcards,
        [
            {
                title: "s3:* on a role policy",
                stack: change("labeler-write-labels", (p) => {
                    p.policy = identityPolicy([{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::labels-abc/*" }]);
                }),
                at: [ROLE_POLICY, "labeler-write-labels"],
                message: /allows s3:\*/,
            },
            {
                title: "Action *",
                stack: supportPolicy({ Sid: "All", Effect: "Allow", Action: "*", Resource: "*" }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /statement "All" allows \*/,
            },
            {
                title: "data actions on Resource *",
                stack: supportPolicy({ Effect: "Allow", Action: ["dynamodb:GetItem"], Resource: "*" }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /allows data actions \(dynamodb:GetItem…\) on every resource/,
            },
            {
                title: "NotAction",
                stack: supportPolicy({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /allows every action but its NotAction/,
            },
            {
                title: "a wildcard in a role's inline policies",
                stack: change("labeler", (p) => {
                    p.inlinePolicies = [
                        { name: "all", policy: identityPolicy([{ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }]) },
                    ];
                }),
                at: [ROLE, "labeler"],
                message: /its inline policy all allows dynamodb:\*/,
            },
            {
                title: "AmazonS3FullAccess attached",
                stack: change("labeler", (p) => {
                    p.managedPolicyArns = ["arn:aws:iam::aws:policy/AmazonS3FullAccess"];
                }),
                at: [ROLE, "labeler"],
                message:
                    /managed policy arn:aws:iam::aws:policy\/AmazonS3FullAccess is an AWS-managed policy that grants data actions on every resource of its services/,
            },
            {
                title: "an unparsable policy",
                stack: supportPolicy({ Effect: "Maybe", Action: "s3:GetObject", Resource: "*" }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /cannot be parsed: Statement 0: Effect must be "Allow" or "Deny"/,
            },
            // DP-2.2: a wildcard inside the action and every bucket's objects as the resource.
            {
                title: "s3:Get* on every object of every bucket (arn:aws:s3:::*/*)",
                stack: change("labeler-write-labels", (p) => {
                    p.policy = identityPolicy([{ Effect: "Allow", Action: "s3:Get*", Resource: "arn:aws:s3:::*/*" }]);
                }),
                at: [ROLE_POLICY, "labeler-write-labels"],
                message: /allows data actions \(s3:Get.*\) on every resource of arn:aws:s3:::\*\/\*/,
            },
            {
                title: "every table of a region (table/*)",
                stack: supportPolicy({
                    Effect: "Allow",
                    Action: "dynamodb:*Item",
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/*`,
                }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /on every resource of arn:aws:dynamodb:eu-west-1:111122223333:table\/\*/,
            },
            // Data actions come from the IAM reference, not a hand list: sqs is a data service.
            {
                title: "sqs:ReceiveMessage on Resource *",
                stack: supportPolicy({ Effect: "Allow", Action: "sqs:ReceiveMessage", Resource: "*" }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /allows data actions \(sqs:ReceiveMessage…\) on every resource/,
            },
            {
                title: "secretsmanager:* on a secret",
                stack: supportPolicy({
                    Effect: "Allow",
                    Action: "secretsmanager:*",
                    Resource: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:provider-credentials-*`,
                }),
                at: [ROLE_POLICY, "support-read-orders"],
                message: /allows secretsmanager:\*/,
            },
            {
                title: "AmazonDynamoDBFullAccess_v2 attached",
                stack: change("labeler", (p) => {
                    p.managedPolicyArns = ["arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess_v2"];
                }),
                at: [ROLE, "labeler"],
                message:
                    /managed policy arn:aws:iam::aws:policy\/AmazonDynamoDBFullAccess_v2 is an AWS-managed policy that grants data actions on every resource/,
            },
            {
                title: "a wildcard in a group's inline policy",
                stack: () => [
                    ...compliantStack(),
                    { type: "aws:iam/group:Group", name: "readers", props: { name: "readers" } },
                    {
                        type: "aws:iam/groupPolicy:GroupPolicy",
                        name: "readers-all",
                        props: {
                            group: "readers",
                            policy: identityPolicy([{ Effect: "Allow", Action: "dynamodb:*", Resource: ORDERS_ARN }]),
                        },
                        propertyDependencies: { group: ["readers"] },
                    },
                ],
                at: ["aws:iam/groupPolicy:GroupPolicy", "readers-all"],
                message: /allows dynamodb:\*/,
            },
        ],
        [
            // Actions that support no resource-level permissions can only be granted on "*".
            {
                title: "a write action that supports no resource (xray:PutTraceSegments) on Resource *",
                stack: change("labeler-write-labels", (p) => {
                    p.policy = identityPolicy([
                        { Effect: "Allow", Action: ["s3:PutObject", "s3:GetObject"], Resource: "arn:aws:s3:::labels-abc/*" },
                        { Effect: "Allow", Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], Resource: "*" },
                    ]);
                }),
            },
            {
                title: "a wildcard that names some tables only (table/orders-*)",
                stack: supportPolicy({
                    Effect: "Allow",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-*`,
                }),
            },
        ],
    );

    describePolicy(
        iamRoleRequireMfa,
        [
            {
                title: "a human role reading PII without MFA",
                stack: setTrustCondition(undefined),
                at: [ROLE, "support"],
                message: /admits AWS principals without requiring MFA/,
            },
            {
                title: "MFA with BoolIfExists",
                stack: setTrustCondition({ BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } }),
                at: [ROLE, "support"],
                message: /requires MFA with BoolIfExists/,
            },
            {
                title: "MFA false",
                stack: setTrustCondition({ Bool: { "aws:MultiFactorAuthPresent": "false" } }),
                at: [ROLE, "support"],
                message: /its MFA condition is not "true"/,
            },
            {
                title: "a human role reaching PII through Resource *",
                stack: () =>
                    withChange(setTrustCondition(undefined)(), "support-read-orders", (s) => {
                        s.props.policy = identityPolicy([{ Effect: "Allow", Action: "dynamodb:Query", Resource: "*" }]);
                        s.propertyDependencies = { role: ["support"] };
                    }),
                at: [ROLE, "support"],
                message: /without requiring MFA/,
            },
            {
                title: "a human role with an unreadable trust policy",
                stack: change("support", (p) => {
                    p.assumeRolePolicy = "nope";
                }),
                at: [ROLE, "support"],
                message: /trust policy cannot be read/,
            },
            // Wildcards inside actions and resources match the stores by IAM's glob rules.
            {
                title: "dynamodb:*Item on table/orders-*",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: "dynamodb:*Item",
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-*`,
                }),
                at: [ROLE, "support"],
                message: /can reach PII \(orders\) and admits AWS principals without requiring MFA/,
            },
            {
                title: "a ? in the table name (table/orders-ab?)",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: "dynamodb:Get*",
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-ab?`,
                }),
                at: [ROLE, "support"],
                message: /can reach PII \(orders\)/,
            },
            {
                title: "any region and account (arn:aws:dynamodb:*:*:table/orders-abc)",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: "dynamodb:Query",
                    Resource: "arn:aws:dynamodb:*:*:table/orders-abc",
                }),
                at: [ROLE, "support"],
                message: /can reach PII \(orders\)/,
            },
            {
                title: "a table's index (table/orders-abc/index/*)",
                stack: supportWithoutMfaReading({ Effect: "Allow", Action: "dynamodb:Query", Resource: `${ORDERS_ARN}/index/*` }),
                at: [ROLE, "support"],
                message: /can reach PII \(orders\)/,
            },
            {
                title: "every bucket's objects with s3:Get*",
                stack: supportWithoutMfaReading({ Effect: "Allow", Action: "s3:Get*", Resource: "arn:aws:s3:::*/*" }),
                at: [ROLE, "support"],
                message: /can reach PII \((labels|legacy|inline)\)/,
            },
            {
                title: "an unparsable Resource reaches every store",
                stack: supportWithoutMfaReading({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: "orders-abc" }),
                at: [ROLE, "support"],
                message: /can reach PII \(orders\)/,
            },
            {
                title: "an unknown Resource reaches every store",
                stack: supportWithoutMfaReading({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: UNKNOWN }),
                at: [ROLE, "support"],
                message: /without requiring MFA/,
            },
            // Data actions come from the IAM reference: PartiQL reads the table.
            {
                title: "dynamodb:PartiQLSelect reads the table",
                stack: supportWithoutMfaReading({ Effect: "Allow", Action: "dynamodb:PartiQLSelect", Resource: ORDERS_ARN }),
                at: [ROLE, "support"],
                message: /can reach PII \(orders\) and admits AWS principals without requiring MFA/,
            },
            // Attachments: PolicyAttachment, a literal ARN of a policy of the stack.
            {
                title: "a PolicyAttachment naming the role",
                stack: () => [
                    ...supportWithoutMfa(
                        identityPolicy([
                            { Effect: "Allow", Action: "sqs:SendMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs` },
                        ]),
                    )(),
                    ordersReader,
                    {
                        type: "aws:iam/policyAttachment:PolicyAttachment",
                        name: "orders-readers",
                        props: { name: "orders-readers", roles: ["support"], policyArn: `arn:aws:iam::${ACCOUNT}:policy/orders-reader` },
                        propertyDependencies: { roles: ["support"], policyArn: ["orders-reader"] },
                    },
                ],
                at: [ROLE, "support"],
                message: /can reach PII \(orders\)/,
            },
            {
                title: "a policy of the stack attached by a literal ARN",
                stack: () => [
                    ...supportWithoutMfa(
                        identityPolicy([
                            { Effect: "Allow", Action: "sqs:SendMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs` },
                        ]),
                    )(),
                    ordersReader,
                    {
                        type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                        name: "support-orders",
                        props: { role: "support", policyArn: `arn:aws:iam::${ACCOUNT}:policy/orders-reader` },
                    },
                ],
                at: [ROLE, "support"],
                message: /can reach PII \(orders\)/,
            },
            {
                title: "a policy outside the stack attached by ARN fails closed",
                stack: () => [
                    ...supportWithoutMfa(
                        identityPolicy([
                            { Effect: "Allow", Action: "sqs:SendMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs` },
                        ]),
                    )(),
                    {
                        type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                        name: "support-elsewhere",
                        props: { role: "support", policyArn: `arn:aws:iam::${ACCOUNT}:policy/managed-elsewhere` },
                    },
                ],
                at: [ROLE, "support"],
                message:
                    /is treated as reaching PII because attachment support-elsewhere attaches arn:aws:iam::111122223333:policy\/managed-elsewhere, which is not defined in this stack/,
            },
            // AWS-managed policies not on the allow-list reach every store.
            {
                title: "AmazonDynamoDBFullAccess_v2 on a human role without MFA",
                stack: () =>
                    withChange(
                        supportWithoutMfaReading({
                            Effect: "Allow",
                            Action: "sqs:SendMessage",
                            Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`,
                        })(),
                        "support",
                        (s) => {
                            s.props.managedPolicyArns = ["arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess_v2"];
                        },
                    ),
                at: [ROLE, "support"],
                message: /treated as reaching PII because arn:aws:iam::aws:policy\/AmazonDynamoDBFullAccess_v2 is an AWS-managed policy/,
            },
            // Unknowns fail closed, and say so.
            {
                title: "a policy document unknown during preview",
                stack: supportWithoutMfa(UNKNOWN),
                at: [ROLE, "support"],
                message:
                    /is treated as reaching PII because the document of policy support-read-orders cannot be verified during preview and admits AWS principals without requiring MFA/,
            },
            {
                title: "a policy document the offline preview leaves undefined",
                stack: supportWithoutMfa(undefined),
                at: [ROLE, "support"],
                message: /cannot be verified during preview and admits AWS principals without requiring MFA/,
            },
            {
                title: "an inline policy unknown during preview",
                stack: () =>
                    withChange(
                        supportWithoutMfaReading({
                            Effect: "Allow",
                            Action: "sqs:SendMessage",
                            Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`,
                        })(),
                        "support",
                        (s) => {
                            s.props.inlinePolicies = [{ name: "later", policy: UNKNOWN }];
                        },
                    ),
                at: [ROLE, "support"],
                message: /the document of inline policy later cannot be verified during preview/,
            },
            {
                title: "a trust policy unknown during preview",
                stack: change("support", (p) => {
                    p.assumeRolePolicy = UNKNOWN;
                }),
                at: [ROLE, "support"],
                message: /its trust policy cannot be verified during preview, so MFA cannot be verified/,
            },
        ],
        [
            { title: "a service role needs no MFA", stack: change("labeler", () => undefined) },
            {
                title: "a human role that reaches only non-PII data",
                stack: () =>
                    withChange(setTrustCondition(undefined)(), "support-read-orders", (s) => {
                        s.props.policy = identityPolicy([
                            {
                                Effect: "Allow",
                                Action: "rds-db:connect",
                                Resource: `arn:aws:rds-db:eu-west-1:${ACCOUNT}:dbuser:db-history/app`,
                            },
                        ]);
                        s.propertyDependencies = { role: ["support"] };
                    }),
            },
            // Resource ARNs are case-sensitive, and the region and account of a literal ARN count.
            {
                title: "another table's name in other case (TABLE/ORDERS-ABC)",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: "dynamodb:Query",
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/ORDERS-ABC`,
                }),
            },
            {
                title: "a table of the same name in another region",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: "dynamodb:Query",
                    Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders-abc`,
                }),
            },
            {
                title: "any region but another table (arn:aws:dynamodb:*:*:table/customers)",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: "dynamodb:Query",
                    Resource: "arn:aws:dynamodb:*:*:table/customers",
                }),
            },
            {
                title: "an action of another service on the table's ARN",
                stack: supportWithoutMfaReading({ Effect: "Allow", Action: "s3:GetObject", Resource: ORDERS_ARN }),
            },
            {
                title: "a List action (dynamodb:ListTables) on Resource *",
                stack: supportWithoutMfaReading({
                    Effect: "Allow",
                    Action: ["dynamodb:ListTables", "dynamodb:ListTagsOfResource"].slice(0, 1),
                    Resource: "*",
                }),
            },
            {
                title: "an allow-listed AWS-managed policy (Lambda basic execution)",
                stack: () =>
                    withChange(
                        supportWithoutMfaReading({
                            Effect: "Allow",
                            Action: "sqs:SendMessage",
                            Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs`,
                        })(),
                        "support",
                        (s) => {
                            s.props.managedPolicyArns = ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"];
                        },
                    ),
            },
            {
                title: "a policy unknown during preview on a role that requires MFA",
                stack: change("support-read-orders", (p) => {
                    p.policy = UNKNOWN;
                }),
            },
        ],
    );

    describePolicy(
        iamRoleRequireAccessTags,
        [
            {
                title: "no review-by",
                stack: change("support", (p) => {
                    delete p.tags["review-by"];
                }),
                at: [ROLE, "support"],
                message: /needs a "review-by" tag \(YYYY-MM-DD\), got null/,
            },
            {
                title: "a review date passed",
                stack: change("labeler", (p) => {
                    p.tags["review-by"] = "2001-01-01";
                }),
                at: [ROLE, "labeler"],
                message: /access review was due on 2001-01-01/,
            },
            {
                title: "no owner",
                stack: change("labeler", (p) => {
                    delete p.tags.owner;
                }),
                at: [ROLE, "labeler"],
                message: /has no "owner" tag/,
            },
            {
                title: "a purpose the store does not have",
                stack: change("support", (p) => {
                    p.tags["pii-purpose"] = "marketing";
                }),
                at: [ROLE, "support"],
                message: /reaches orders, whose purposes are order-fulfilment, but its "pii-purpose" tag names marketing/,
            },
            {
                title: "a purpose missing for a store reached through a wildcard ARN",
                stack: () =>
                    withChange(
                        change("support", (p) => {
                            p.tags["pii-purpose"] = "order-fulfilment";
                        })(),
                        "support-read-orders",
                        (s) => {
                            s.props.policy = identityPolicy([
                                { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::label*-abc/*" },
                            ]);
                            s.propertyDependencies = { role: ["support"] };
                        },
                    ),
                at: [ROLE, "support"],
                message: /reaches labels, whose purposes are shipping-label, but its "pii-purpose" tag names order-fulfilment/,
            },
            {
                title: "a document unknown during preview, built from a store of another purpose",
                stack: () =>
                    withChange(
                        change("support", (p) => {
                            p.tags["pii-purpose"] = "shipping-label";
                        })(),
                        "support-read-orders",
                        (s) => {
                            s.props.policy = UNKNOWN;
                        },
                    ),
                at: [ROLE, "support"],
                message: /reaches orders, whose purposes are order-fulfilment, but its "pii-purpose" tag names shipping-label/,
            },
            {
                title: "an AWS-managed policy on an untagged role",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: ROLE,
                        name: "dba",
                        props: {
                            name: "dba",
                            managedPolicyArns: ["arn:aws:iam::aws:policy/job-function/DatabaseAdministrator"],
                            assumeRolePolicy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
                            }),
                        },
                    },
                ],
                at: [ROLE, "dba"],
                message:
                    /is treated as reaching PII because arn:aws:iam::aws:policy\/job-function\/DatabaseAdministrator is an AWS-managed policy, which is treated as reaching every data store, and has no "owner" tag/,
            },
        ],
        [
            // The stores of a document not known until deployed are those it is built from; MFA and trust fail closed on it.
            {
                title: "an untagged service role whose policy is unknown during preview and built from no PII store",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: ROLE,
                        name: "worker",
                        props: {
                            name: "worker",
                            assumeRolePolicy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
                            }),
                        },
                    },
                    {
                        type: ROLE_POLICY,
                        name: "worker-policy",
                        props: { role: "worker", policy: UNKNOWN },
                        propertyDependencies: { role: ["worker"], policy: ["label-jobs"] },
                    },
                ],
            },
        ],
    );

    describePolicy(
        iamUserDisallowDataAccess,
        [
            {
                title: "a user with a policy on the labels bucket",
                stack: () => [
                    ...compliantStack(),
                    { type: "aws:iam/user:User", name: "alice", props: { name: "alice" } },
                    {
                        type: "aws:iam/userPolicy:UserPolicy",
                        name: "alice-labels",
                        props: {
                            user: "alice",
                            policy: identityPolicy([{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" }]),
                        },
                        propertyDependencies: { user: ["alice"] },
                    },
                ],
                at: ["aws:iam/user:User", "alice"],
                message: /has data access to labels; use a role instead/,
            },
            // Every catalogued data store type, by its ARN built from its names.
            {
                title: "sqs:ReceiveMessage on a queue, by a wildcard",
                stack: withAlice(
                    alicePolicy({ Effect: "Allow", Action: "sqs:ReceiveMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-*` }),
                ),
                at: [USER, "alice"],
                message: /has data access to label-jobs/,
            },
            {
                title: "secretsmanager:GetSecretValue on a secret (name and random suffix)",
                stack: withAlice(
                    alicePolicy({
                        Effect: "Allow",
                        Action: "secretsmanager:GetSecretValue",
                        Resource: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:provider-credentials-AbCdEf`,
                    }),
                ),
                at: [USER, "alice"],
                message: /has data access to provider-credentials/,
            },
            {
                title: "logs:GetLogEvents on a log group's streams",
                stack: withAlice(
                    alicePolicy({
                        Effect: "Allow",
                        Action: "logs:GetLogEvents",
                        Resource: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:audit-trail:log-stream:*`,
                    }),
                ),
                at: [USER, "alice"],
                message: /has data access to audit-logs/,
            },
            {
                title: "rds-db:connect as any database user (the DbiResourceId is not known)",
                stack: withAlice(
                    alicePolicy({
                        Effect: "Allow",
                        Action: "rds-db:connect",
                        Resource: `arn:aws:rds-db:eu-west-1:${ACCOUNT}:dbuser:*/app`,
                    }),
                ),
                at: [USER, "alice"],
                message: /has data access to history/,
            },
            {
                title: "lambda:InvokeFunction on a function",
                stack: withAlice(
                    alicePolicy({
                        Effect: "Allow",
                        Action: "lambda:InvokeFunction",
                        Resource: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge`,
                    }),
                ),
                at: [USER, "alice"],
                message: /has data access to purge/,
            },
            // Groups and PolicyAttachment reach their users.
            {
                title: "a group's inline policy, through UserGroupMembership",
                stack: withAlice(
                    { type: "aws:iam/group:Group", name: "readers", props: { name: "readers" } },
                    {
                        type: "aws:iam/groupPolicy:GroupPolicy",
                        name: "readers-labels",
                        props: {
                            group: "readers",
                            policy: identityPolicy([{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" }]),
                        },
                        propertyDependencies: { group: ["readers"] },
                    },
                    {
                        type: "aws:iam/userGroupMembership:UserGroupMembership",
                        name: "alice-groups",
                        props: { user: "alice", groups: ["readers"] },
                        propertyDependencies: { user: ["alice"], groups: ["readers"] },
                    },
                ),
                at: [USER, "alice"],
                message: /has data access to labels/,
            },
            {
                title: "a group's attached policy, through GroupMembership",
                stack: withAlice(
                    { type: "aws:iam/group:Group", name: "readers", props: { name: "readers" } },
                    ordersReader,
                    {
                        type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
                        name: "readers-orders",
                        props: { group: "readers", policyArn: `arn:aws:iam::${ACCOUNT}:policy/orders-reader` },
                        propertyDependencies: { group: ["readers"], policyArn: ["orders-reader"] },
                    },
                    {
                        type: "aws:iam/groupMembership:GroupMembership",
                        name: "readers-members",
                        props: { name: "readers-members", group: "readers", users: ["alice"] },
                        propertyDependencies: { group: ["readers"], users: ["alice"] },
                    },
                ),
                at: [USER, "alice"],
                message: /has data access to orders/,
            },
            {
                title: "a PolicyAttachment naming the user",
                stack: withAlice(ordersReader, {
                    type: "aws:iam/policyAttachment:PolicyAttachment",
                    name: "orders-readers",
                    props: { name: "orders-readers", users: ["alice"], policyArn: `arn:aws:iam::${ACCOUNT}:policy/orders-reader` },
                }),
                at: [USER, "alice"],
                message: /has data access to orders/,
            },
            {
                title: "a PolicyAttachment naming a group of the user",
                stack: withAlice(
                    { type: "aws:iam/group:Group", name: "readers", props: { name: "readers" } },
                    ordersReader,
                    {
                        type: "aws:iam/policyAttachment:PolicyAttachment",
                        name: "orders-readers",
                        props: { name: "orders-readers", groups: ["readers"], policyArn: `arn:aws:iam::${ACCOUNT}:policy/orders-reader` },
                    },
                    {
                        type: "aws:iam/userGroupMembership:UserGroupMembership",
                        name: "alice-groups",
                        props: { user: "alice", groups: ["readers"] },
                    },
                ),
                at: [USER, "alice"],
                message: /has data access to orders \(through group readers\)|has data access to orders/,
            },
            {
                title: "a user policy unknown during preview",
                stack: withAlice({
                    type: "aws:iam/userPolicy:UserPolicy",
                    name: "alice-policy",
                    props: { user: "alice", policy: UNKNOWN },
                    propertyDependencies: { user: ["alice"] },
                }),
                at: [USER, "alice"],
                message:
                    /is treated as having data access to every store because the document of policy alice-policy cannot be verified during preview/,
            },
        ],
        [
            {
                title: "a user without data access",
                stack: () => [...compliantStack(), { type: "aws:iam/user:User", name: "bob", props: { name: "bob" } }],
            },
            {
                title: "a user with only List and Tagging actions",
                stack: withAlice(
                    alicePolicy({
                        Effect: "Allow",
                        Action: ["s3:ListAllMyBuckets", "dynamodb:ListTables", "s3:PutObjectTagging"].slice(0, 2),
                        Resource: "*",
                    }),
                ),
            },
            {
                title: "a user with a policy on a bucket of another name in other case",
                stack: withAlice(alicePolicy({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::LABELS-ABC/*" })),
            },
            {
                title: "a user in a group with no data access",
                stack: withAlice(
                    { type: "aws:iam/group:Group", name: "people", props: { name: "people" } },
                    {
                        type: "aws:iam/groupPolicy:GroupPolicy",
                        name: "people-password",
                        props: {
                            group: "people",
                            policy: identityPolicy([
                                {
                                    Effect: "Allow",
                                    Action: "iam:ChangePassword",
                                    Resource: `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`,
                                },
                            ]),
                        },
                    },
                    {
                        type: "aws:iam/userGroupMembership:UserGroupMembership",
                        name: "alice-groups",
                        props: { user: "alice", groups: ["people"] },
                    },
                ),
            },
        ],
    );
});
