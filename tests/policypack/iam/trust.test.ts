/**
 * DP-2.2, DP-3.1, DP-3.2, DP-4.1: who may assume a role that reaches PII. Each case is the
 * compliant fixture with one change.
 */
import { iamRoleRestrictTrust } from "../../../policypack/policies/iam/role/iam-role-restrict-trust";
import { ACCOUNT, compliantStack, identityPolicy, PROVIDER_ACCOUNT, ROLE_TAGS } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { UNKNOWN } from "../support/entries";
import { ResourceSpec, withChange } from "../support/harness";

const ROLE = "aws:iam/role:Role";
const MFA = { Bool: { "aws:MultiFactorAuthPresent": "true" } };
const OUTSIDE = "999999999999";
const PROVIDER_CONFIG = { shippingProviderAccountIds: [PROVIDER_ACCOUNT] };
/** The fixture with nothing that names the stack's account: no allowedAccountIds, no ARN of its own resources. */
const accountUnnamed = () =>
    withChange(
        withChange(compliantStack(), "default-provider", (s) => {
            delete s.props.allowedAccountIds;
        }),
        "data-key",
        (s) => {
            delete s.props.arn;
        },
    );
const OIDC = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const SAML = `arn:aws:iam::${ACCOUNT}:saml-provider/corporate-idp`;

const trustOf = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
/** The support role (it reads the PII orders table) trusting `statement` instead. */
const supportTrusting = (statement: object) => () =>
    withChange(compliantStack(), "support", (s) => {
        s.props.assumeRolePolicy = trustOf([statement]);
    });
const assume = (principal: unknown, condition?: object, action = "sts:AssumeRole") => ({
    Effect: "Allow",
    Principal: principal,
    Action: action,
    ...(condition ? { Condition: condition } : {}),
});
const webIdentity = (condition: object) => assume({ Federated: OIDC }, condition, "sts:AssumeRoleWithWebIdentity");
const GITHUB_PINNED = {
    StringEquals: {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": "repo:example/labels:ref:refs/heads/main",
    },
};

/** A role the shipping provider assumes, with one policy. */
function providerRole(
    statement: object,
    trust: object = assume({ AWS: `arn:aws:iam::${PROVIDER_ACCOUNT}:root` }, MFA),
): () => ResourceSpec[] {
    return () => [
        ...compliantStack(),
        { type: ROLE, name: "provider-reader", props: { name: "provider-reader", tags: ROLE_TAGS, assumeRolePolicy: trustOf([trust]) } },
        {
            type: "aws:iam/rolePolicy:RolePolicy",
            name: "provider-reader-labels",
            props: { role: "provider-reader", policy: identityPolicy([statement]) },
            propertyDependencies: { role: ["provider-reader"] },
        },
    ];
}

describe("IAM: trust policies of roles that reach PII", () => {
    describePolicy(
        iamRoleRestrictTrust,
        [
            {
                title: 'Principal {AWS: "*"}, even with MFA',
                stack: supportTrusting(assume({ AWS: "*" }, MFA)),
                at: [ROLE, "support"],
                message:
                    /can reach PII \(orders\), and its trust policy admits any AWS principal \(Principal "\*"\) with conditions that do not pin/,
            },
            {
                title: 'Principal "*"',
                stack: supportTrusting(assume("*")),
                at: [ROLE, "support"],
                message: /admits any AWS principal \(Principal "\*"\)$/,
            },
            {
                title: 'Principal "*" with a wildcard aws:PrincipalArn',
                stack: supportTrusting(assume("*", { ...MFA, StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/support" } })),
                at: [ROLE, "support"],
                message: /admits any AWS principal/,
            },
            {
                title: 'Principal "*" pinned to another account',
                stack: supportTrusting(assume("*", { StringEquals: { "aws:PrincipalAccount": OUTSIDE } })),
                at: [ROLE, "support"],
                message: /admits any AWS principal/,
            },
            {
                title: 'Principal "*" with an IfExists pin',
                stack: supportTrusting(assume("*", { StringEqualsIfExists: { "aws:PrincipalAccount": ACCOUNT } })),
                at: [ROLE, "support"],
                message: /admits any AWS principal/,
            },
            {
                title: "another account's root, with MFA",
                stack: supportTrusting(assume({ AWS: `arn:aws:iam::${OUTSIDE}:root` }, MFA)),
                at: [ROLE, "support"],
                message:
                    /admits arn:aws:iam::999999999999:root of account 999999999999, which is neither this stack's account nor the shipping provider's/,
            },
            {
                title: "another account's role",
                stack: supportTrusting(assume({ AWS: [`arn:aws:iam::${ACCOUNT}:root`, `arn:aws:iam::${OUTSIDE}:role/helpdesk`] }, MFA)),
                at: [ROLE, "support"],
                message: /admits arn:aws:iam::999999999999:role\/helpdesk of account 999999999999/,
            },
            {
                title: "another account by its id",
                stack: supportTrusting(assume({ AWS: OUTSIDE }, MFA)),
                at: [ROLE, "support"],
                message: /admits 999999999999 of account 999999999999/,
            },
            {
                title: "a principal whose account cannot be told (a unique id)",
                stack: supportTrusting(assume({ AWS: "AROAEXAMPLEID123456789" }, MFA)),
                at: [ROLE, "support"],
                message: /admits AROAEXAMPLEID123456789, whose account cannot be told/,
            },
            {
                title: "NotPrincipal",
                stack: supportTrusting({
                    Effect: "Allow",
                    NotPrincipal: { AWS: `arn:aws:iam::${OUTSIDE}:root` },
                    Action: "sts:AssumeRole",
                    Condition: MFA,
                }),
                at: [ROLE, "support"],
                message: /admits everyone but its NotPrincipal/,
            },
            {
                title: "a web identity without a subject",
                stack: supportTrusting(webIdentity({ StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } })),
                at: [ROLE, "support"],
                message:
                    /admits arn:aws:iam::111122223333:oidc-provider\/token.actions.githubusercontent.com without a condition on token.actions.githubusercontent.com:sub that pins the subject/,
            },
            {
                title: "a web identity without an audience",
                stack: supportTrusting(
                    webIdentity({ StringEquals: { "token.actions.githubusercontent.com:sub": "repo:example/labels:ref:refs/heads/main" } }),
                ),
                at: [ROLE, "support"],
                message: /without a condition on token.actions.githubusercontent.com:aud that pins the audience/,
            },
            {
                title: "a web identity whose subject is a wildcard",
                stack: supportTrusting(
                    webIdentity({
                        StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                        StringLike: { "token.actions.githubusercontent.com:sub": "repo:example/*" },
                    }),
                ),
                at: [ROLE, "support"],
                message: /condition on token.actions.githubusercontent.com:sub that does not pin the subject to exact values/,
            },
            {
                title: "a web identity pinned with IfExists",
                stack: supportTrusting(
                    webIdentity({
                        StringEqualsIfExists: {
                            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                            "token.actions.githubusercontent.com:sub": "repo:example/labels:ref:refs/heads/main",
                        },
                    }),
                ),
                at: [ROLE, "support"],
                message: /does not pin the audience to exact values/,
            },
            {
                title: "an identity provider of another account",
                stack: supportTrusting(
                    assume(
                        { Federated: `arn:aws:iam::${OUTSIDE}:oidc-provider/token.actions.githubusercontent.com` },
                        GITHUB_PINNED,
                        "sts:AssumeRoleWithWebIdentity",
                    ),
                ),
                at: [ROLE, "support"],
                message:
                    /admits the identity provider arn:aws:iam::999999999999:oidc-provider\/token.actions.githubusercontent.com of account 999999999999/,
            },
            {
                title: "SAML without a subject",
                stack: supportTrusting(
                    assume(
                        { Federated: SAML },
                        { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
                        "sts:AssumeRoleWithSAML",
                    ),
                ),
                at: [ROLE, "support"],
                message: /without a condition on saml:sub that pins the subject/,
            },
            {
                title: "unauthenticated Cognito identities",
                stack: supportTrusting(
                    assume(
                        { Federated: "cognito-identity.amazonaws.com" },
                        {
                            StringEquals: {
                                "cognito-identity.amazonaws.com:aud": "eu-west-1:0000-pool",
                                "cognito-identity.amazonaws.com:sub": "eu-west-1:1111-identity",
                            },
                            "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "unauthenticated" },
                        },
                        "sts:AssumeRoleWithWebIdentity",
                    ),
                ),
                at: [ROLE, "support"],
                message: /admits unauthenticated Cognito identities/,
            },
            {
                title: "a trust policy unknown during preview",
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        s.props.assumeRolePolicy = UNKNOWN;
                    }),
                at: [ROLE, "support"],
                message:
                    /can reach PII \(orders\), and its trust policy cannot be verified during preview, so who may assume it cannot be checked/,
            },
            {
                title: "a trust policy the offline preview leaves undefined",
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        delete s.props.assumeRolePolicy;
                    }),
                at: [ROLE, "support"],
                message: /its trust policy cannot be verified during preview/,
            },
            {
                title: "an unparsable trust policy",
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        s.props.assumeRolePolicy = "{";
                    }),
                at: [ROLE, "support"],
                message: /its trust policy cannot be parsed/,
            },
            {
                title: "a role whose only policy is unknown during preview is judged as reaching PII",
                stack: () =>
                    withChange(supportTrusting(assume({ AWS: "*" }, MFA))(), "support-read-orders", (s) => {
                        s.props.policy = UNKNOWN;
                        s.propertyDependencies = { role: ["support"] };
                    }),
                at: [ROLE, "support"],
                message:
                    /is treated as reaching PII because the document of policy support-read-orders cannot be verified during preview, and its trust policy admits any AWS principal/,
            },
            {
                title: "the stack's own account when nothing says it is",
                stack: accountUnnamed,
                at: [ROLE, "support"],
                message:
                    /admits arn:aws:iam::111122223333:root of account 111122223333, which is neither this stack's account nor the shipping provider's \(name the stack's own account/,
            },
            // The shipping provider may only read names and postal addresses.
            {
                title: "the shipping provider assuming a role that writes labels",
                stack: providerRole({ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::labels-abc/*" }),
                config: PROVIDER_CONFIG,
                at: [ROLE, "provider-reader"],
                message: /may be assumed by the shipping provider and may change labels, but the shipping provider may only read/,
            },
            {
                title: "the shipping provider reading a store with more than names and addresses",
                stack: () =>
                    withChange(
                        providerRole({
                            Effect: "Allow",
                            Action: "dynamodb:GetItem",
                            Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc`,
                        })(),
                        "orders",
                        (s) => {
                            s.props.tags["pii-categories"] = "name postal-address order-reference";
                        },
                    ),
                config: PROVIDER_CONFIG,
                at: [ROLE, "provider-reader"],
                message: /reaches orders, which holds order-reference; the shipping provider may read only name and postal-address/,
            },
            {
                title: "the shipping provider's account when it is not configured",
                stack: providerRole({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" }),
                at: [ROLE, "provider-reader"],
                message: /admits arn:aws:iam::444455556666:root of account 444455556666, which is neither/,
            },
        ],
        [
            {
                title: 'Principal "*" pinned to this account by aws:PrincipalAccount',
                stack: supportTrusting(assume("*", { ...MFA, StringEquals: { "aws:PrincipalAccount": ACCOUNT } })),
            },
            {
                title: 'Principal "*" pinned to a role of this account by aws:PrincipalArn',
                stack: supportTrusting(assume("*", { ...MFA, ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/support-*` } })),
            },
            { title: "a role of this account", stack: supportTrusting(assume({ AWS: `arn:aws:iam::${ACCOUNT}:role/helpdesk` }, MFA)) },
            { title: "the account named in config ownAccountIds", stack: accountUnnamed, config: { ownAccountIds: [ACCOUNT] } },
            { title: "a web identity pinned by audience and subject", stack: supportTrusting(webIdentity(GITHUB_PINNED)) },
            {
                title: "SAML pinned by audience and subject",
                stack: supportTrusting(
                    assume(
                        { Federated: SAML },
                        { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml", "SAML:sub": "support@example.com" } },
                        "sts:AssumeRoleWithSAML",
                    ),
                ),
            },
            {
                title: "authenticated Cognito identities pinned by audience and subject",
                stack: supportTrusting(
                    assume(
                        { Federated: "cognito-identity.amazonaws.com" },
                        {
                            StringEquals: {
                                "cognito-identity.amazonaws.com:aud": "eu-west-1:0000-pool",
                                "cognito-identity.amazonaws.com:sub": "eu-west-1:1111-identity",
                            },
                            "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" },
                        },
                        "sts:AssumeRoleWithWebIdentity",
                    ),
                ),
            },
            {
                title: "the configured shipping provider reading labels",
                stack: providerRole({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::labels-abc/*" }),
                config: PROVIDER_CONFIG,
            },
            {
                title: "another account on a role that reaches no PII",
                stack: () =>
                    withChange(supportTrusting(assume({ AWS: `arn:aws:iam::${OUTSIDE}:root` }))(), "support-read-orders", (s) => {
                        s.props.policy = identityPolicy([
                            { Effect: "Allow", Action: "sqs:SendMessage", Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:label-jobs` },
                        ]);
                        s.propertyDependencies = { role: ["support"] };
                    }),
            },
            {
                title: "a statement that only tags sessions",
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        const trust = JSON.parse(s.props.assumeRolePolicy);
                        trust.Statement.push({
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${OUTSIDE}:root` },
                            Action: "sts:TagSession",
                        });
                        s.props.assumeRolePolicy = JSON.stringify(trust);
                    }),
            },
            {
                title: "a deny statement naming everyone",
                stack: () =>
                    withChange(compliantStack(), "support", (s) => {
                        const trust = JSON.parse(s.props.assumeRolePolicy);
                        trust.Statement.push({
                            Effect: "Deny",
                            Principal: "*",
                            Action: "sts:AssumeRole",
                            Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
                        });
                        s.props.assumeRolePolicy = JSON.stringify(trust);
                    }),
            },
        ],
    );
});
