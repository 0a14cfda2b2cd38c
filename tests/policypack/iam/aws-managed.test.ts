/**
 * DP-4.1, DP-2.2: AWS-managed policies on principals that reach PII fail closed unless they are
 * on the pack's allowedAwsManagedPolicies. Each case is the compliant fixture with one change.
 */
import { DEFAULTS } from "../../../policypack/contract";
import { iamPrincipalRestrictAwsManagedPolicies } from "../../../policypack/policies/iam/principal/iam-principal-restrict-aws-managed-policies";
import { ACCOUNT, CONFIDENTIAL_TAGS, compliantStack, KEY_ARN } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const ROLE = "aws:iam/role:Role";
const USER = "aws:iam/user:User";
const MANAGED = "arn:aws:iam::aws:policy";
const withManaged =
    (role: string, ...arns: string[]) =>
    () =>
        withChange(compliantStack(), role, (s) => {
            s.props.managedPolicyArns = arns;
        });
const LAMBDA_TRUST = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
});

describe("IAM: AWS-managed policies", () => {
    describePolicy(
        iamPrincipalRestrictAwsManagedPolicies,
        [
            {
                title: "AmazonDynamoDBFullAccess_v2 on a service role",
                stack: withManaged("labeler", `${MANAGED}/AmazonDynamoDBFullAccess_v2`),
                at: [ROLE, "labeler"],
                message:
                    /has the AWS-managed policy arn:aws:iam::aws:policy\/AmazonDynamoDBFullAccess_v2, which is not on allowedAwsManagedPolicies; .* treated as reaching every data store, and the PII stores labels, legacy, inline, and \d+ more are among them/,
            },
            {
                title: "job-function/DatabaseAdministrator attached to a human role",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                        name: "support-dba",
                        props: { role: "support", policyArn: `${MANAGED}/job-function/DatabaseAdministrator` },
                        propertyDependencies: { role: ["support"] },
                    },
                ],
                at: [ROLE, "support"],
                message: /has the AWS-managed policy arn:aws:iam::aws:policy\/job-function\/DatabaseAdministrator/,
            },
            {
                title: "a managed policy that names no data service (AmazonSSMManagedInstanceCore)",
                stack: withManaged("labeler", `${MANAGED}/AmazonSSMManagedInstanceCore`),
                at: [ROLE, "labeler"],
                message: /AmazonSSMManagedInstanceCore, which is not on allowedAwsManagedPolicies/,
            },
            {
                title: "a PolicyAttachment of a managed policy",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: "aws:iam/policyAttachment:PolicyAttachment",
                        name: "readers",
                        props: { name: "readers", roles: ["labeler"], policyArn: `${MANAGED}/AmazonS3ReadOnlyAccess` },
                    },
                ],
                at: [ROLE, "labeler"],
                message: /AmazonS3ReadOnlyAccess, which is not on allowedAwsManagedPolicies/,
            },
            {
                title: "a role with no data policy of its own",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: ROLE,
                        name: "ops",
                        props: {
                            name: "ops",
                            assumeRolePolicy: LAMBDA_TRUST,
                            managedPolicyArns: [`${MANAGED}/CloudWatchAgentServerPolicy`],
                        },
                    },
                ],
                at: [ROLE, "ops"],
                message: /CloudWatchAgentServerPolicy, which is not on allowedAwsManagedPolicies/,
            },
            {
                title: "a user holding one through a group",
                stack: () => [
                    ...compliantStack(),
                    { type: USER, name: "alice", props: { name: "alice" } },
                    { type: "aws:iam/group:Group", name: "admins", props: { name: "admins" } },
                    {
                        type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
                        name: "admins-admin",
                        props: { group: "admins", policyArn: `${MANAGED}/AdministratorAccess` },
                        propertyDependencies: { group: ["admins"] },
                    },
                    {
                        type: "aws:iam/groupMembership:GroupMembership",
                        name: "admins-members",
                        props: { name: "admins-members", group: "admins", users: ["alice"] },
                        propertyDependencies: { group: ["admins"], users: ["alice"] },
                    },
                ],
                at: [USER, "alice"],
                message: /has the AWS-managed policy arn:aws:iam::aws:policy\/AdministratorAccess through group admins/,
            },
            {
                title: "the Lambda basic execution role when the allow-list is emptied",
                stack: withManaged("labeler", `${MANAGED}/service-role/AWSLambdaBasicExecutionRole`),
                config: { allowedAwsManagedPolicies: [] },
                at: [ROLE, "labeler"],
                message: /AWSLambdaBasicExecutionRole, which is not on allowedAwsManagedPolicies/,
            },
            {
                title: "an AWS-managed policy in another partition",
                stack: withManaged("labeler", "arn:aws-us-gov:iam::aws:policy/AmazonDynamoDBFullAccess"),
                at: [ROLE, "labeler"],
                message: /arn:aws-us-gov:iam::aws:policy\/AmazonDynamoDBFullAccess, which is not on/,
            },
        ],
        [
            {
                title: "the default allow-list (Lambda basic and VPC execution, X-Ray, Lambda Insights)",
                stack: withManaged("labeler", ...DEFAULTS.allowedAwsManagedPolicies),
            },
            {
                title: "a policy the organisation allow-lists",
                stack: withManaged("labeler", `${MANAGED}/AmazonSSMManagedInstanceCore`),
                config: { allowedAwsManagedPolicies: [...DEFAULTS.allowedAwsManagedPolicies, `${MANAGED}/AmazonSSMManagedInstanceCore`] },
            },
            {
                title: "a stack that holds no PII",
                stack: (): ResourceSpec[] => [
                    compliantStack()[0],
                    {
                        type: "aws:sqs/queue:Queue",
                        name: "jobs",
                        props: { name: "jobs", kmsMasterKeyId: KEY_ARN, messageRetentionSeconds: 86400, tags: CONFIDENTIAL_TAGS },
                    },
                    {
                        type: ROLE,
                        name: "worker",
                        props: { name: "worker", assumeRolePolicy: LAMBDA_TRUST, managedPolicyArns: [`${MANAGED}/AmazonSQSFullAccess`] },
                    },
                    {
                        type: "aws:iam/rolePolicy:RolePolicy",
                        name: "worker-jobs",
                        props: {
                            role: "worker",
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Action: "sqs:ReceiveMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:jobs` },
                                ],
                            }),
                        },
                    },
                ],
            },
        ],
    );
});
