/** Customer-managed keys and the stack's own accounts, as CLAUSES.md defines them (issue 9). */
import { expect } from "chai";
import { allPolicies } from "../../../policypack/policies";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { kmsKeyRestrictPolicy } from "../../../policypack/policies/kms/key/kms-key-restrict-policy";
import { ACCOUNT, KEY_ARN, bucketPolicy, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { analyze, urnOf } from "../support/harness";
import { UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const TABLE = "aws:dynamodb/table:Table";
const BUCKET = "aws:s3/bucket:Bucket";
const LAUNDERER = "999999999999";
const AWS_MANAGED_DYNAMODB_KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0f1e2d3c-aaaa-bbbb-cccc-aws-managed`;

describe("catalogue: customer-managed keys and own accounts", () => {
    describeEntry(
        "a key is customer-managed only when the stack defines it or the config lists it",
        () => fixtureWith([]),
        [
            {
                title: "the AWS-managed key as a deployed table reports it (a key ARN of no key of the stack)",
                change: props("orders", (p) => {
                    p.serverSideEncryption.kmsKeyArn = AWS_MANAGED_DYNAMODB_KEY;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "orders"],
                message:
                    /names arn:aws:kms:eu-west-1:111122223333:key\/0f1e2d3c-aaaa-bbbb-cccc-aws-managed, which is neither a key of this stack nor listed in customerManagedKeyArns/,
            },
            {
                title: "another account's key",
                change: props("orders", (p) => {
                    p.serverSideEncryption.kmsKeyArn = `arn:aws:kms:eu-west-1:${LAUNDERER}:key/x`;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "orders"],
                message: /neither a key of this stack nor listed/,
            },
            {
                title: "a key unknown during preview that depends on no key of the stack",
                change: (stack) => {
                    props("orders", (p) => {
                        p.serverSideEncryption.kmsKeyArn = UNKNOWN;
                    })(stack);
                    stack.find((s) => s.name === "orders")!.propertyDependencies = {};
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "orders"],
                message: /is not known during preview and depends on no key of this stack/,
            },
            {
                title: "the id of the stack's key in another account's key ARN",
                change: props("orders", (p) => {
                    p.serverSideEncryption.kmsKeyArn = KEY_ARN.replace(ACCOUNT, LAUNDERER);
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "orders"],
                message:
                    /names arn:aws:kms:eu-west-1:999999999999:key\/1234abcd-12ab-34cd-56ef-1234567890ab, which is neither a key of this stack/,
            },
            {
                title: "the name of the stack's alias in another account's alias ARN",
                change: (stack) => {
                    add({ type: "aws:kms/alias:Alias", name: "data-alias", props: { name: "alias/data", targetKeyId: KEY_ARN } })(stack);
                    props("orders", (p) => {
                        p.serverSideEncryption.kmsKeyArn = `arn:aws:kms:eu-west-1:${LAUNDERER}:alias/data`;
                    })(stack);
                },
                policy: datastoreEncryptionRequireCustomerKey,
                at: [TABLE, "orders"],
                message: /names arn:aws:kms:eu-west-1:999999999999:alias\/data, which is neither/,
            },
            {
                title: "a bucket's default encryption under an outside key",
                change: props("labels-sse", (p) => {
                    p.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId = `arn:aws:kms:eu-west-1:${LAUNDERER}:key/x`;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [BUCKET, "labels"],
                message: /kmsMasterKeyId names arn:aws:kms:eu-west-1:999999999999:key\/x, which is neither a key of this stack/,
            },
        ],
        [
            {
                title: "a key unknown during preview that depends on the stack's key",
                change: props("orders", (p) => {
                    p.serverSideEncryption.kmsKeyArn = UNKNOWN;
                }),
            },
            {
                title: "a key managed in another stack, listed in customerManagedKeyArns",
                config: { customerManagedKeyArns: ["arn:aws:kms:eu-west-1:111122223333:key/central"] },
                change: props("orders", (p) => {
                    p.serverSideEncryption.kmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/central";
                }),
            },
            {
                title: "a key named by an alias of the stack",
                change: (stack) => {
                    add({ type: "aws:kms/alias:Alias", name: "data-alias", props: { name: "alias/data", targetKeyId: KEY_ARN } })(stack);
                    props("orders", (p) => {
                        p.serverSideEncryption.kmsKeyArn = `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/data`;
                    })(stack);
                },
            },
        ],
    );

    describeEntry(
        "an account is the stack's own only by config, the provider or the stack's own resources",
        () => fixtureWith([]),
        [
            {
                title: "a key ARN of another account named elsewhere does not make it own (account laundering)",
                change: (stack) => {
                    add({
                        type: "aws:sqs/queue:Queue",
                        name: "launder",
                        props: {
                            name: "launder",
                            kmsMasterKeyId: `arn:aws:kms:eu-west-1:${LAUNDERER}:key/x`,
                            tags: { "data-classification": "internal", "retention-days": "1", owner: "x" },
                        },
                    })(stack);
                    props("labels-policy", (p) => {
                        p.policy = bucketPolicy("labels-abc", [
                            {
                                Sid: "Launder",
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${LAUNDERER}:root` },
                                Action: "s3:GetObject",
                                Resource: "arn:aws:s3:::labels-abc/*",
                            },
                        ]);
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [BUCKET, "labels"],
                message: /statement "Launder" allows arn:aws:iam::999999999999:root of account 999999999999, which is neither/,
            },
            {
                title: "a key policy granting kms:* to another account's root does not make it own",
                change: props("data-key", (p) => {
                    p.policy = identityPolicy([
                        ...JSON.parse(p.policy).Statement,
                        {
                            Sid: "Outsider",
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${LAUNDERER}:root` },
                            Action: "kms:*",
                            Resource: "*",
                        },
                    ]);
                }),
                policy: kmsKeyRestrictPolicy,
                at: ["aws:kms/key:Key", "data-key"],
                message: /statement "Outsider" allows arn:aws:iam::999999999999:root of account 999999999999/,
            },
            {
                title: "a provider that no resource uses does not make its allowedAccountIds own",
                change: (stack) => {
                    add({
                        type: "pulumi:providers:aws",
                        name: "spare-provider",
                        props: { region: "eu-west-1", allowedAccountIds: [LAUNDERER] },
                    })(stack);
                    props("labels-policy", (p) => {
                        p.policy = bucketPolicy("labels-abc", [
                            {
                                Sid: "Launder",
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${LAUNDERER}:root` },
                                Action: "s3:GetObject",
                                Resource: "arn:aws:s3:::labels-abc/*",
                            },
                        ]);
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [BUCKET, "labels"],
                message: /statement "Launder" allows arn:aws:iam::999999999999:root of account 999999999999, which is neither/,
            },
            {
                title: "an ARN outside the accounts its provider pins does not make that account own",
                change: (stack) => {
                    add({
                        type: "aws:sqs/queue:Queue",
                        name: "launder",
                        props: {
                            arn: `arn:aws:sqs:eu-west-1:${LAUNDERER}:launder`,
                            name: "launder",
                            kmsMasterKeyId: KEY_ARN,
                            tags: { "data-classification": "internal", "retention-days": "1", owner: "x" },
                        },
                    })(stack);
                    props("labels-policy", (p) => {
                        p.policy = bucketPolicy("labels-abc", [
                            {
                                Sid: "Launder",
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${LAUNDERER}:root` },
                                Action: "s3:GetObject",
                                Resource: "arn:aws:s3:::labels-abc/*",
                            },
                        ]);
                    })(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [BUCKET, "labels"],
                message: /statement "Launder" allows arn:aws:iam::999999999999:root of account 999999999999, which is neither/,
            },
        ],
        [
            {
                title: "a second provider that resources deploy through adds its accounts",
                change: (stack) => {
                    add({
                        type: "pulumi:providers:aws",
                        name: "second-provider",
                        props: { region: "eu-west-1", allowedAccountIds: [LAUNDERER] },
                    })(stack);
                    add({
                        type: "aws:sqs/queue:Queue",
                        name: "second",
                        provider: "second-provider",
                        props: {
                            name: "second",
                            kmsMasterKeyId: KEY_ARN,
                            tags: { "data-classification": "internal", "retention-days": "1", owner: "x" },
                        },
                    })(stack);
                    props("labels-policy", (p) => {
                        p.policy = bucketPolicy("labels-abc", [
                            {
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${LAUNDERER}:root` },
                                Action: "s3:GetObject",
                                Resource: "arn:aws:s3:::labels-abc/*",
                            },
                        ]);
                    })(stack);
                },
            },
            {
                title: "an account listed in ownAccountIds",
                config: { ownAccountIds: [LAUNDERER] },
                change: props("labels-policy", (p) => {
                    p.policy = bucketPolicy("labels-abc", [
                        {
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${LAUNDERER}:root` },
                            Action: "s3:GetObject",
                            Resource: "arn:aws:s3:::labels-abc/*",
                        },
                    ]);
                }),
            },
        ],
    );

    it("judges a stack that names no own account at all: every account in a policy is outside", () => {
        const stack = compliantStack().map((s) =>
            s.type === "pulumi:providers:aws"
                ? { ...s, props: { region: "eu-west-1" } }
                : s.name === "data-key"
                  ? { ...s, props: { ...s.props, arn: undefined } }
                  : s,
        );
        const violations = analyze(allPolicies, stack).filter((v) => v.urn === urnOf({ type: "aws:kms/key:Key", name: "data-key" }));
        expect(violations.map((v) => v.policy)).to.include("kms-key-restrict-policy");
        expect(analyze(allPolicies, stack, { ownAccountIds: [ACCOUNT], customerManagedKeyArns: [KEY_ARN] })).to.deep.equal([]);
    });
});
