/** Secrets Manager: secrets, their versions and policies. */
import type { SecretArgs } from "@pulumi/aws/secretsmanager/secret";
import type { SecretPolicyArgs } from "@pulumi/aws/secretsmanager/secretPolicy";
import type { SecretVersionArgs } from "@pulumi/aws/secretsmanager/secretVersion";
import { entry } from "../entry";

export const SECRET_TYPES = ["aws:secretsmanager/secret:Secret"];

export const secretsmanagerSecret = entry<SecretArgs>()({
    types: ["aws:secretsmanager/secret:Secret"],
    holds: "secret values (credentials, and anything written into them)",
    tagging: "store",
    names: ["name"],
    atRest: [
        { what: "the secret", key: "kmsKeyId", keyAbsentMeans: "the AWS-managed aws/secretsmanager key" },
        {
            what: "its replicas",
            when: { path: "replicas" },
            key: "replicas.kmsKeyId",
            keyAbsentMeans: "the AWS-managed aws/secretsmanager key of the replica's region",
        },
    ],
    inTransit: { notOffered: "Secrets Manager's endpoints accept HTTPS only" },
    exposure: [{ what: "its secret policy", policyDocument: "policy" }],
    retention: [{ what: "the deleted secret for recovery", period: "recoveryWindowInDays", unit: "days", absent: 30 }],
    destinations: [{ what: "replicates the secret to", region: "replicas.region" }],
    notes: "A deleted secret stays recoverable for recoveryWindowInDays (7-30, default 30; 0 deletes at once), so a PII secret needs 0.",
});

export const secretsmanagerSecretVersion = entry<SecretVersionArgs>()({
    types: ["aws:secretsmanager/secretVersion:SecretVersion"],
    holds: "a secret's value",
    tagging: "copy",
    sources: [{ path: "secretId", types: SECRET_TYPES }],
    atRest: { notOffered: "a version is encrypted under its secret's key, checked on the secret" },
    inTransit: { notOffered: "Secrets Manager's endpoints accept HTTPS only" },
    retention: { notOffered: "versions live with their secret; the secret's recovery window applies" },
});

export const secretsmanagerSecretPolicy = entry<SecretPolicyArgs>()({
    types: ["aws:secretsmanager/secretPolicy:SecretPolicy"],
    holds: "access to a secret",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "secretArn", types: SECRET_TYPES }],
    atRest: { notOffered: "a policy holds no secret value" },
    inTransit: { notOffered: "a policy holds no secret value" },
    exposure: [
        { what: "its secret policy", policyDocument: "policy" },
        { what: "its secret policy", publicWhen: { path: "blockPublicPolicy", on: [false], absent: false } },
    ],
    retention: { notOffered: "a policy holds no secret value" },
});
