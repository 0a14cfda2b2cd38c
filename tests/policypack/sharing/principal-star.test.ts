/**
 * Principal "*" in a resource policy (DP-2.2, DP-3.2, issue 9): only a condition that pins the
 * caller, with exact values, to this stack's accounts, a shipping provider's or the company's
 * organisation restricts it. CanonicalUser and Federated principals are outside principals.
 */
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { kmsKeyRestrictPolicy } from "../../../policypack/policies/kms/key/kms-key-restrict-policy";
import { ACCOUNT, PROVIDER_ACCOUNT, bucketPolicy, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const BUCKET = "aws:s3/bucket:Bucket";
const OUTSIDE = "999988887777";
const ORGANIZATION = "o-a1b2c3d4e5";
const NOT_TIED = /allows Principal "\*" with no condition tying it to an account/;

/** The labels bucket's policy with one more Allow of s3:GetObject to `principal` under `condition`. */
const reading = (principal: unknown, condition?: object) => () =>
    withChange(compliantStack(), "labels-policy", (spec: ResourceSpec) => {
        spec.props.policy = bucketPolicy("labels-abc", [
            {
                Sid: "Readers",
                Effect: "Allow",
                Principal: principal,
                Action: "s3:GetObject",
                Resource: "arn:aws:s3:::labels-abc/*",
                ...(condition ? { Condition: condition } : {}),
            },
        ]);
    });
const anyone = (condition?: object) => reading("*", condition);

describe('sharing: Principal "*" and the conditions that restrict it', () => {
    describePolicy(
        datastoreAccessBlockPublic,
        [
            {
                title: "a role ARN pattern with a wildcard account (StringLike aws:PrincipalArn)",
                stack: anyone({ StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/label-reader" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: 'aws:SourceAccount "*"',
                stack: anyone({ StringEquals: { "aws:SourceAccount": "*" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: 'aws:SourceAccount "*" with StringLike',
                stack: anyone({ StringLike: { "aws:SourceAccount": "*" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "an account prefix (StringLike aws:PrincipalAccount 1111*)",
                stack: anyone({ StringLike: { "aws:PrincipalAccount": "1111*" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "an allowed account beside a wildcard in one condition",
                stack: anyone({ StringLike: { "aws:PrincipalAccount": [ACCOUNT, "*"] } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: 'aws:SourceArn "*" (ArnLike)',
                stack: anyone({ ArnLike: { "aws:SourceArn": "*" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "aws:SourceArn with a wildcard account",
                stack: anyone({ ArnLike: { "aws:SourceArn": "arn:aws:sns:eu-west-1:*:incidents" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "aws:SourceArn of a bucket (an S3 ARN names no account)",
                stack: anyone({ ArnEquals: { "aws:SourceArn": "arn:aws:s3:::labels-abc" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "ForAllValues: (true when the key is absent)",
                stack: anyone({ "ForAllValues:StringEquals": { "aws:PrincipalAccount": [ACCOUNT] } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "StringEqualsIfExists aws:PrincipalOrgID",
                config: { organizationIds: [ORGANIZATION] },
                stack: anyone({ StringEqualsIfExists: { "aws:PrincipalOrgID": ORGANIZATION } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "a negated operator (StringNotEquals aws:PrincipalAccount)",
                stack: anyone({ StringNotEquals: { "aws:PrincipalAccount": OUTSIDE } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "a VPC endpoint only (aws:SourceVpce pins no account)",
                stack: anyone({ StringEquals: { "aws:SourceVpce": "vpce-0123" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "a VPC only (aws:SourceVpc pins no account)",
                stack: anyone({ StringEquals: { "aws:SourceVpc": "vpc-0123" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "an organisation pattern (StringLike aws:PrincipalOrgID o-*)",
                config: { organizationIds: [ORGANIZATION] },
                stack: anyone({ StringLike: { "aws:PrincipalOrgID": "o-*" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: '{AWS: "*"} with aws:SourceOwner "*"',
                stack: reading({ AWS: "*" }, { StringLike: { "aws:SourceOwner": "*" } }),
                at: [BUCKET, "labels"],
                message: NOT_TIED,
            },
            {
                title: "a Federated web identity (anyone may sign in)",
                stack: reading({ Federated: "accounts.google.com" }),
                at: [BUCKET, "labels"],
                message: /statement "Readers" allows Federated accounts.google.com/,
            },
        ],
        [
            {
                title: "aws:PrincipalOrgID of the company's organisation",
                config: { organizationIds: [ORGANIZATION] },
                stack: anyone({ StringEquals: { "aws:PrincipalOrgID": ORGANIZATION } }),
            },
            {
                title: "aws:SourceOrgID of the company's organisation",
                config: { organizationIds: [ORGANIZATION] },
                stack: anyone({ StringEquals: { "aws:SourceOrgID": ORGANIZATION } }),
            },
            {
                title: "an exact role ARN of this account (ArnEquals aws:PrincipalArn)",
                stack: anyone({ ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/label-reader` } }),
            },
            {
                title: "roles of this account by ARN pattern (ArnLike fixes the account)",
                stack: anyone({ ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/label-*` } }),
            },
            {
                title: "an exact account through StringLike (no wildcard)",
                stack: anyone({ StringLike: { "aws:PrincipalAccount": ACCOUNT } }),
            },
            {
                title: "a VPC endpoint and this account",
                stack: anyone({ StringEquals: { "aws:SourceVpce": "vpce-0123", "aws:PrincipalAccount": ACCOUNT } }),
            },
            {
                title: "ForAnyValue: on this account (false when the key is absent)",
                stack: anyone({ "ForAnyValue:StringEquals": { "aws:PrincipalAccount": [ACCOUNT] } }),
            },
            {
                title: "the log-delivery canonical user",
                stack: reading({ CanonicalUser: "c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0" }),
            },
        ],
    );

    describePolicy(
        datastoreSharingRestrictDestinations,
        [
            {
                title: "an organisation not listed in organizationIds",
                stack: anyone({ StringEquals: { "aws:PrincipalOrgID": "o-zzzzzzzzzz" } }),
                at: [BUCKET, "labels"],
                message: /statement "Readers" allows organisation o-zzzzzzzzzz, which is not listed in organizationIds/,
            },
            {
                title: "another organisation than the configured one",
                config: { organizationIds: [ORGANIZATION] },
                stack: anyone({ StringEquals: { "aws:SourceOrgID": "o-zzzzzzzzzz" } }),
                at: [BUCKET, "labels"],
                message: /allows organisation o-zzzzzzzzzz/,
            },
            {
                title: "an outside account pinned by ARN (ArnEquals aws:PrincipalArn)",
                stack: anyone({ ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${OUTSIDE}:role/reader` } }),
                at: [BUCKET, "labels"],
                message: /statement "Readers" allows account 999988887777, which is neither/,
            },
            {
                title: "an outside account beside this one",
                stack: anyone({ StringEquals: { "aws:SourceAccount": [ACCOUNT, OUTSIDE] } }),
                at: [BUCKET, "labels"],
                message: /allows account 999988887777/,
            },
            {
                title: "a canonical user",
                stack: reading({ CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" }),
                at: [BUCKET, "labels"],
                message: /statement "Readers" allows the canonical user 79a59df9/,
            },
            {
                title: "a Federated identity provider of another account",
                stack: reading({ Federated: `arn:aws:iam::${OUTSIDE}:saml-provider/partner` }),
                at: [BUCKET, "labels"],
                message: /allows Federated arn:aws:iam::999988887777:saml-provider\/partner/,
            },
            {
                title: "an AWS principal whose account cannot be determined",
                stack: reading({ AWS: "AROAEXAMPLEROLEID12345" }),
                at: [BUCKET, "labels"],
                message: /allows AROAEXAMPLEROLEID12345, whose account cannot be determined/,
            },
        ],
        [
            {
                title: "the shipping provider pinned by aws:PrincipalAccount",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                stack: anyone({ StringEquals: { "aws:PrincipalAccount": PROVIDER_ACCOUNT } }),
            },
            {
                title: "this account pinned beside an unlisted organisation (the conditions are ANDed)",
                stack: anyone({ StringEquals: { "aws:PrincipalAccount": ACCOUNT, "aws:PrincipalOrgID": "o-zzzzzzzzzz" } }),
            },
        ],
    );

    describePolicy(
        kmsKeyRestrictPolicy,
        [
            {
                title: 'a key policy letting Principal "*" in with a wildcard kms:CallerAccount',
                stack: () =>
                    withChange(compliantStack(), "data-key", (spec) => {
                        spec.props.policy = identityPolicy([
                            ...JSON.parse(spec.props.policy).Statement,
                            {
                                Sid: "Anyone",
                                Effect: "Allow",
                                Principal: "*",
                                Action: "kms:Decrypt",
                                Resource: "*",
                                Condition: { StringLike: { "kms:CallerAccount": "*" } },
                            },
                        ]);
                    }),
                at: ["aws:kms/key:Key", "data-key"],
                message: /statement "Anyone" allows Principal "\*" with no condition tying it to an account/,
            },
        ],
        [
            {
                title: 'Principal "*" pinned to this account by kms:CallerAccount',
                stack: () =>
                    withChange(compliantStack(), "data-key", (spec) => {
                        spec.props.policy = identityPolicy([
                            ...JSON.parse(spec.props.policy).Statement,
                            {
                                Sid: "Anyone",
                                Effect: "Allow",
                                Principal: "*",
                                Action: "kms:Decrypt",
                                Resource: "*",
                                Condition: {
                                    StringEquals: { "kms:CallerAccount": ACCOUNT, "kms:ViaService": "s3.eu-west-1.amazonaws.com" },
                                },
                            },
                        ]);
                    }),
            },
        ],
    );
});
