/**
 * DP-2.2, DP-4.1, DP-4.2: PII access goes only to principals the stack defines, whose MFA,
 * trust and tags the pack checks; resource policies that name a role give it access as an
 * identity policy does. Each case is the compliant fixture with one change.
 */
import { iamPrincipalRequireDefinedInStack } from "../../../policypack/policies/iam/principal/iam-principal-require-defined-in-stack";
import { iamPrincipalRestrictAwsManagedPolicies } from "../../../policypack/policies/iam/principal/iam-principal-restrict-aws-managed-policies";
import { iamRoleRequireMfa } from "../../../policypack/policies/iam/role/iam-role-require-mfa";
import { iamRoleRestrictTrust } from "../../../policypack/policies/iam/role/iam-role-restrict-trust";
import { ACCOUNT, bucketPolicy, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";
import { UNKNOWN } from "../support/entries";

const ROLE = "aws:iam/role:Role";
const BUCKET = "aws:s3/bucket:Bucket";
const ORDERS_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`;
const READ_ORDERS = identityPolicy([{ Effect: "Allow", Action: "dynamodb:GetItem", Resource: ORDERS_ARN }]);
const MANAGED = "arn:aws:iam::aws:policy";
const HUMAN_TRUST_NO_MFA = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "sts:AssumeRole" }],
});

const plus =
    (...specs: ResourceSpec[]) =>
    (): ResourceSpec[] => [...compliantStack(), ...specs];
/** The labels bucket's policy with one more statement. */
const labelsPolicyWith = (statement: object) => (): ResourceSpec[] =>
    withChange(compliantStack(), "labels-policy", (s) => {
        s.props.policy = bucketPolicy("labels-abc", [statement]);
    });
const grantLabels = (principal: string) => ({
    Sid: "Grant",
    Effect: "Allow",
    Principal: { AWS: principal },
    Action: "s3:GetObject",
    Resource: "arn:aws:s3:::labels-abc/*",
});

describe("IAM: who the stack gives PII access", () => {
    describePolicy(
        iamPrincipalRequireDefinedInStack,
        [
            {
                title: "an inline policy on a role the stack does not define",
                stack: plus({ type: "aws:iam/rolePolicy:RolePolicy", name: "ops-read", props: { role: "ops-admin", policy: READ_ORDERS } }),
                at: ["aws:iam/rolePolicy:RolePolicy", "ops-read"],
                message:
                    /gives access to PII \(orders\) to role ops-admin, which is not defined in this stack, so its MFA, trust and tags cannot be verified/,
            },
            {
                title: "a stack role named in another case (IAM names are one per account whatever their case)",
                stack: plus({
                    type: "aws:iam/rolePolicy:RolePolicy",
                    name: "support-read",
                    props: { role: "SUPPORT", policy: READ_ORDERS },
                }),
                at: ["aws:iam/rolePolicy:RolePolicy", "support-read"],
                message: /to role SUPPORT, which is not defined in this stack/,
            },
            {
                title: "an inline policy on a user the stack does not define",
                stack: plus({ type: "aws:iam/userPolicy:UserPolicy", name: "bob-read", props: { user: "bob", policy: READ_ORDERS } }),
                at: ["aws:iam/userPolicy:UserPolicy", "bob-read"],
                message: /to user bob, which is not defined in this stack/,
            },
            {
                title: "a PolicyAttachment of a stack policy to an outside user",
                stack: plus(
                    { type: "aws:iam/policy:Policy", name: "read-orders", props: { name: "read-orders", policy: READ_ORDERS } },
                    {
                        type: "aws:iam/policyAttachment:PolicyAttachment",
                        name: "read-orders-users",
                        props: { name: "read-orders-users", users: ["bob"], policyArn: `arn:aws:iam::${ACCOUNT}:policy/read-orders` },
                        propertyDependencies: { policyArn: ["read-orders"] },
                    },
                ),
                at: ["aws:iam/policyAttachment:PolicyAttachment", "read-orders-users"],
                message: /to user bob, which is not defined in this stack/,
            },
            {
                title: "a group membership that adds an outside user to a stack group that reads PII",
                stack: plus(
                    { type: "aws:iam/group:Group", name: "readers", props: { name: "readers" } },
                    {
                        type: "aws:iam/groupPolicy:GroupPolicy",
                        name: "readers-read",
                        props: { group: "readers", policy: READ_ORDERS },
                        propertyDependencies: { group: ["readers"] },
                    },
                    {
                        type: "aws:iam/groupMembership:GroupMembership",
                        name: "readers-members",
                        props: { name: "readers-members", group: "readers", users: ["bob"] },
                        propertyDependencies: { group: ["readers"] },
                    },
                ),
                at: ["aws:iam/groupMembership:GroupMembership", "readers-members"],
                message: /to user bob, which is not defined in this stack/,
            },
            {
                title: "an AWS-managed policy attached to a role not known during preview",
                stack: plus({
                    type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                    name: "mystery-admin",
                    props: { role: UNKNOWN, policyArn: `${MANAGED}/AdministratorAccess` },
                }),
                at: ["aws:iam/rolePolicyAttachment:RolePolicyAttachment", "mystery-admin"],
                message: /gives what is treated as access to every PII store .* to a role that cannot be verified during preview/,
            },
            {
                title: "a bucket policy that gives an IAM user of the account PII",
                stack: labelsPolicyWith(grantLabels(`arn:aws:iam::${ACCOUNT}:user/bob`)),
                at: [BUCKET, "labels"],
                message:
                    /bucket policy of labels-policy \(statement "Grant"\) gives IAM user arn:aws:iam::111122223333:user\/bob data access; people reach PII through roles with MFA/,
            },
            {
                title: "a bucket policy that gives PII to a role of the account the stack does not define",
                stack: labelsPolicyWith(grantLabels(`arn:aws:iam::${ACCOUNT}:role/ops-admin`)),
                at: [BUCKET, "labels"],
                message: /gives role arn:aws:iam::111122223333:role\/ops-admin data access, and that role is not defined in this stack/,
            },
            {
                title: 'Principal "*" pinned by aws:PrincipalArn to a pattern of roles the stack does not all define',
                stack: labelsPolicyWith({
                    ...grantLabels("*"),
                    Principal: "*",
                    Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/other-*` } },
                }),
                at: [BUCKET, "labels"],
                message: /gives role arn:aws:iam::111122223333:role\/other-\* data access, and that role is not defined in this stack/,
            },
            {
                title: 'Principal "*" pinned by aws:PrincipalArn to an IAM user',
                stack: labelsPolicyWith({
                    ...grantLabels("*"),
                    Principal: "*",
                    Condition: { StringEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:user/alice` } },
                }),
                at: [BUCKET, "labels"],
                message: /gives IAM user arn:aws:iam::111122223333:user\/alice data access/,
            },
        ],
        [
            {
                title: 'Principal "*" pinned by aws:PrincipalArn to a role of the stack',
                stack: labelsPolicyWith({
                    ...grantLabels("*"),
                    Principal: "*",
                    Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/support` } },
                }),
            },
            {
                title: "an inline policy on a stack role named by its ARN",
                stack: plus({
                    type: "aws:iam/rolePolicy:RolePolicy",
                    name: "support-read",
                    props: { role: `arn:aws:iam::${ACCOUNT}:role/support`, policy: READ_ORDERS },
                }),
            },
            {
                title: "an outside role given access to no PII",
                stack: plus({
                    type: "aws:iam/rolePolicy:RolePolicy",
                    name: "ops-jobs",
                    props: {
                        role: "ops-admin",
                        policy: identityPolicy([
                            { Effect: "Allow", Action: "sqs:ReceiveMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs` },
                        ]),
                    },
                }),
            },
            {
                title: "a bucket policy that names the account root (identity policies decide)",
                stack: labelsPolicyWith(grantLabels(`arn:aws:iam::${ACCOUNT}:root`)),
            },
            {
                title: "a bucket policy that names a role of the stack",
                stack: labelsPolicyWith(grantLabels(`arn:aws:iam::${ACCOUNT}:role/support`)),
            },
        ],
    );

    describePolicy(
        iamRoleRequireMfa,
        [
            {
                title: "MFA required with ForAllValues:Bool, which holds without MFA information",
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        s.props.assumeRolePolicy = JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [
                                {
                                    Effect: "Allow",
                                    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                                    Action: "sts:AssumeRole",
                                    Condition: { "ForAllValues:Bool": { "aws:MultiFactorAuthPresent": "true" } },
                                },
                            ],
                        });
                    }),
                at: [ROLE, "support"],
                message: /requires MFA with ForAllValues:Bool/,
            },
            {
                title: "a human role without MFA that only a bucket policy gives PII",
                stack: () => [
                    ...labelsPolicyWith(grantLabels(`arn:aws:iam::${ACCOUNT}:role/clerk`))(),
                    {
                        type: ROLE,
                        name: "clerk",
                        props: {
                            name: "clerk",
                            tags: { owner: "x", "review-by": "2999-01-01", "pii-purpose": "shipping-label" },
                            assumeRolePolicy: HUMAN_TRUST_NO_MFA,
                        },
                    },
                ],
                at: [ROLE, "clerk"],
                message: /can reach PII \(labels\) and admits AWS principals without requiring MFA/,
            },
        ],
        [
            {
                title: 'Bool "true" beside a ForAllValues:Bool',
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        s.props.assumeRolePolicy = JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [
                                {
                                    Effect: "Allow",
                                    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                                    Action: "sts:AssumeRole",
                                    Condition: {
                                        Bool: { "aws:MultiFactorAuthPresent": "true" },
                                        "ForAllValues:Bool": { "aws:MultiFactorAuthPresent": "true" },
                                    },
                                },
                            ],
                        });
                    }),
            },
        ],
    );

    /** A role trusted by `trustedBy` (with MFA) whose only policy lets it assume the stack's `target` role. */
    const jumpRole = (trustedBy: string | string[], target: string) =>
        plus(
            {
                type: ROLE,
                name: "jump",
                props: {
                    name: "jump",
                    tags: { owner: "x", "review-by": "2999-01-01", "pii-purpose": "order-fulfilment" },
                    assumeRolePolicy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { AWS: trustedBy },
                                Action: "sts:AssumeRole",
                                Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
                            },
                        ],
                    }),
                },
            },
            {
                type: "aws:iam/rolePolicy:RolePolicy",
                name: "jump-assume",
                props: {
                    role: "jump",
                    policy: identityPolicy([
                        { Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${ACCOUNT}:role/${target}` },
                    ]),
                },
                propertyDependencies: { role: ["jump"] },
            },
        );

    describePolicy(
        iamRoleRestrictTrust,
        [
            {
                title: "another account reaches PII through a role that may assume a PII role (role chaining)",
                stack: jumpRole("arn:aws:iam::999999999999:root", "support"),
                at: [ROLE, "jump"],
                message: /can reach PII \(orders\), and its trust policy admits arn:aws:iam::999999999999:root of account 999999999999/,
            },
            {
                title: "role chaining through roles that may assume each other (a cycle)",
                stack: () => [
                    ...jumpRole(["arn:aws:iam::999999999999:root", `arn:aws:iam::${ACCOUNT}:root`], "support")(),
                    {
                        type: "aws:iam/rolePolicy:RolePolicy",
                        name: "support-assume-jump",
                        props: {
                            role: "support",
                            policy: identityPolicy([
                                { Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${ACCOUNT}:role/jump` },
                            ]),
                        },
                        propertyDependencies: { role: ["support"] },
                    },
                ],
                at: [ROLE, "jump"],
                message: /can reach PII \(orders\), and its trust policy admits arn:aws:iam::999999999999:root/,
            },
            {
                title: "role chaining through a wildcard resource",
                stack: () =>
                    withChange(jumpRole("arn:aws:iam::999999999999:root", "support")(), "jump-assume", (s) => {
                        s.props.policy = identityPolicy([
                            { Effect: "Allow", Action: "sts:*", Resource: `arn:aws:iam::${ACCOUNT}:role/sup*` },
                        ]);
                    }),
                at: [ROLE, "jump"],
                message: /can reach PII \(orders\), and its trust policy admits arn:aws:iam::999999999999:root/,
            },
        ],
        [
            {
                title: "another account's role that may assume only a role that does not trust it",
                stack: jumpRole("arn:aws:iam::999999999999:root", "labeler"),
            },
            { title: "a jump role of the stack's own account", stack: jumpRole(`arn:aws:iam::${ACCOUNT}:root`, "support") },
        ],
    );

    describePolicy(iamPrincipalRestrictAwsManagedPolicies, [
        {
            title: "a group (whose members may be added outside the stack) holding an AWS-managed policy",
            stack: plus(
                { type: "aws:iam/group:Group", name: "lambda-ops", props: { name: "lambda-ops" } },
                {
                    type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
                    name: "lambda-ops-execute",
                    props: { group: "lambda-ops", policyArn: `${MANAGED}/AWSLambdaExecute` },
                    propertyDependencies: { group: ["lambda-ops"] },
                },
            ),
            at: ["aws:iam/group:Group", "lambda-ops"],
            message: /has the AWS-managed policy arn:aws:iam::aws:policy\/AWSLambdaExecute, which is not on allowedAwsManagedPolicies/,
        },
    ]);
});
