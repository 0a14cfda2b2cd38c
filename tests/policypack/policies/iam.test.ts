import { iamPolicyDisallowWildcards } from "../../../policypack/policies/iam/policy/iam-policy-disallow-wildcards";
import { iamRoleRequireAccessTags } from "../../../policypack/policies/iam/role/iam-role-require-access-tags";
import { iamRoleRequireMfa } from "../../../policypack/policies/iam/role/iam-role-require-mfa";
import { iamUserDisallowDataAccess } from "../../../policypack/policies/iam/user/iam-user-disallow-data-access";
import { ACCOUNT, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const change = (name: string, fn: (props: any, spec: ResourceSpec) => void) => () => withChange(compliantStack(), name, (s) => fn(s.props, s));
const setTrustCondition = (condition: object | undefined) => change("support", (p) => {
    const trust = JSON.parse(p.assumeRolePolicy);
    if (condition) trust.Statement[0].Condition = condition; else delete trust.Statement[0].Condition;
    p.assumeRolePolicy = JSON.stringify(trust);
});
const supportPolicy = (statement: object) => change("support-read-orders", (p) => { p.policy = identityPolicy([statement]); });

describe("policies: IAM", () => {
    describePolicy(iamPolicyDisallowWildcards, [
        { title: "s3:* on a role policy", stack: change("labeler-write-labels", (p) => { p.policy = identityPolicy([{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::labels-abc/*" }]); }), at: [ROLE_POLICY, "labeler-write-labels"], message: /allows s3:\*/ },
        { title: "Action *", stack: supportPolicy({ Sid: "All", Effect: "Allow", Action: "*", Resource: "*" }), at: [ROLE_POLICY, "support-read-orders"], message: /statement "All" allows \*/ },
        { title: "data actions on Resource *", stack: supportPolicy({ Effect: "Allow", Action: ["dynamodb:GetItem"], Resource: "*" }), at: [ROLE_POLICY, "support-read-orders"], message: /allows data actions \(dynamodb:GetItem…\) on every resource/ },
        { title: "NotAction", stack: supportPolicy({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }), at: [ROLE_POLICY, "support-read-orders"], message: /allows every action but its NotAction/ },
        { title: "a wildcard in a role's inline policies", stack: change("labeler", (p) => { p.inlinePolicies = [{ name: "all", policy: identityPolicy([{ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }]) }]; }), at: [ROLE, "labeler"], message: /its inline policy all allows dynamodb:\*/ },
        { title: "AmazonS3FullAccess attached", stack: change("labeler", (p) => { p.managedPolicyArns = ["arn:aws:iam::aws:policy/AmazonS3FullAccess"]; }), at: [ROLE, "labeler"], message: /managed policy arn:aws:iam::aws:policy\/AmazonS3FullAccess allows \*/ },
        { title: "an unparsable policy", stack: supportPolicy({ Effect: "Maybe", Action: "s3:GetObject", Resource: "*" }), at: [ROLE_POLICY, "support-read-orders"], message: /cannot be parsed: Statement 0: Effect must be "Allow" or "Deny"/ },
    ]);

    describePolicy(iamRoleRequireMfa, [
        { title: "a human role reading PII without MFA", stack: setTrustCondition(undefined), at: [ROLE, "support"], message: /admits AWS principals without requiring MFA/ },
        { title: "MFA with BoolIfExists", stack: setTrustCondition({ BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } }), at: [ROLE, "support"], message: /requires MFA with BoolIfExists/ },
        { title: "MFA false", stack: setTrustCondition({ Bool: { "aws:MultiFactorAuthPresent": "false" } }), at: [ROLE, "support"], message: /its MFA condition is not "true"/ },
        { title: "a human role reaching PII through Resource *", stack: () => withChange(setTrustCondition(undefined)(), "support-read-orders", (s) => { s.props.policy = identityPolicy([{ Effect: "Allow", Action: "dynamodb:Query", Resource: "*" }]); s.propertyDependencies = { role: ["support"] }; }), at: [ROLE, "support"], message: /without requiring MFA/ },
        { title: "a human role with an unreadable trust policy", stack: change("support", (p) => { p.assumeRolePolicy = "nope"; }), at: [ROLE, "support"], message: /trust policy cannot be read/ },
    ], [
        { title: "a service role needs no MFA", stack: change("labeler", () => undefined) },
        { title: "a human role that reaches only non-PII data", stack: () => withChange(setTrustCondition(undefined)(), "support-read-orders", (s) => { s.props.policy = identityPolicy([{ Effect: "Allow", Action: "rds-db:connect", Resource: `arn:aws:rds-db:eu-west-1:${ACCOUNT}:dbuser:db-history/app` }]); s.propertyDependencies = { role: ["support"] }; }) },
    ]);

    describePolicy(iamRoleRequireAccessTags, [
        { title: "no review-by", stack: change("support", (p) => { delete p.tags["review-by"]; }), at: [ROLE, "support"], message: /needs a "review-by" tag \(YYYY-MM-DD\), got null/ },
        { title: "a review date passed", stack: change("labeler", (p) => { p.tags["review-by"] = "2001-01-01"; }), at: [ROLE, "labeler"], message: /access review was due on 2001-01-01/ },
        { title: "no owner", stack: change("labeler", (p) => { delete p.tags.owner; }), at: [ROLE, "labeler"], message: /has no "owner" tag/ },
        { title: "a purpose the store does not have", stack: change("support", (p) => { p.tags["pii-purpose"] = "marketing"; }), at: [ROLE, "support"], message: /reaches orders, whose purposes are order-fulfilment, but its "pii-purpose" tag names marketing/ },
    ]);

    describePolicy(iamUserDisallowDataAccess, [
        {
            title: "a user with a policy on the labels bucket",
            stack: () => [...compliantStack(),
                { type: "aws:iam/user:User", name: "alice", props: { name: "alice" } },
                { type: "aws:iam/userPolicy:UserPolicy", name: "alice-labels", props: { user: "alice", policy: identityPolicy([{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" }]) }, propertyDependencies: { user: ["alice"] } }],
            at: ["aws:iam/user:User", "alice"], message: /has data access to labels; use a role instead/,
        },
    ], [
        { title: "a user without data access", stack: () => [...compliantStack(), { type: "aws:iam/user:User", name: "bob", props: { name: "bob" } }] },
    ]);
});
