import { kmsKeyRequireRotation } from "../../../policypack/policies/kms/key/kms-key-require-rotation";
import { kmsKeyRestrictPolicy } from "../../../policypack/policies/kms/key/kms-key-restrict-policy";
import { ACCOUNT, compliantStack, identityPolicy } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { ResourceSpec, withChange } from "../support/harness";

const KEY = "aws:kms/key:Key";
const key = (fn: (props: any) => void) => () => withChange(compliantStack(), "data-key", (s: ResourceSpec) => fn(s.props));
const addStatement = (statement: object) =>
    key((p) => {
        p.policy = identityPolicy([...JSON.parse(p.policy).Statement, statement]);
    });

describe("policies: KMS keys", () => {
    describePolicy(
        kmsKeyRequireRotation,
        [
            {
                title: "rotation off",
                stack: key((p) => {
                    p.enableKeyRotation = false;
                }),
                at: [KEY, "data-key"],
                message: /does not rotate automatically/,
            },
            {
                title: "no explicit deletion window",
                stack: key((p) => {
                    delete p.deletionWindowInDays;
                }),
                at: [KEY, "data-key"],
                message: /needs an explicit deletionWindowInDays of 7-30, got null/,
            },
        ],
        [
            {
                title: "an asymmetric key without rotation",
                stack: key((p) => {
                    p.customerMasterKeySpec = "RSA_2048";
                    p.enableKeyRotation = false;
                }),
            },
        ],
    );

    describePolicy(
        kmsKeyRestrictPolicy,
        [
            {
                title: "kms:* to a role",
                stack: addStatement({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
                    Action: "kms:*",
                    Resource: "*",
                }),
                at: [KEY, "data-key"],
                message: /grants kms:\* to arn:aws:iam::111122223333:role\/app; only an account root may hold it/,
            },
            {
                title: "* to everyone with NotPrincipal",
                stack: addStatement({
                    Effect: "Allow",
                    NotPrincipal: { AWS: "arn:aws:iam::111122223333:role/x" },
                    Action: "*",
                    Resource: "*",
                }),
                at: [KEY, "data-key"],
                message: /everyone but its NotPrincipal/,
            },
            {
                title: "an outside account",
                stack: addStatement({ Effect: "Allow", Principal: { AWS: "999988887777" }, Action: "kms:Decrypt", Resource: "*" }),
                at: [KEY, "data-key"],
                message: /allows 999988887777 of account 999988887777/,
            },
            {
                title: "an unparsable policy",
                stack: key((p) => {
                    p.policy = "{";
                }),
                at: [KEY, "data-key"],
                message: /key policy cannot be parsed/,
            },
            {
                title: "a separate KeyPolicy resource granting kms:*",
                stack: () => [
                    ...compliantStack(),
                    {
                        type: "aws:kms/keyPolicy:KeyPolicy",
                        name: "data-key-policy",
                        props: {
                            keyId: "k",
                            policy: identityPolicy([{ Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:*", Resource: "*" }]),
                        },
                        propertyDependencies: { keyId: ["data-key"] },
                    },
                ],
                at: [KEY, "data-key"],
                message: /grants kms:\* to \*/,
            },
        ],
        [
            {
                title: "no policy (AWS's default)",
                stack: key((p) => {
                    delete p.policy;
                }),
            },
        ],
    );
});
