import { definePolicy } from "../../../lib/define";
import { findCondition, parsePolicyDocument, Statement, statementAllowsAction } from "../../../lib/policy-document";
import { bucketPolicyDocuments } from "../../../lib/s3";
import { BUCKET_TYPES } from "../../../lib/stack-index";

/** A Deny for everyone on every S3 action of the bucket and its objects. */
function deniesAllToEveryone(statement: Statement): boolean {
    return statement.effect === "Deny"
        && !statement.notPrincipal
        && (statement.principals ?? []).some((p) => p.value === "*")
        && statementAllowsAction(statement, "s3:GetObject")
        && statementAllowsAction(statement, "s3:PutObject")
        && !statement.notResource
        && statement.resources.some((r) => r.endsWith("/*") || r === "*");
}

/** Denies requests without TLS: Bool aws:SecureTransport false (the IfExists form denies the same). */
function deniesPlainHttp(statement: Statement): boolean {
    const condition = findCondition(statement, "Bool", "aws:SecureTransport");
    return deniesAllToEveryone(statement) && condition !== undefined && condition.values.map((v) => v.toLowerCase()).includes("false");
}

/** Denies TLS older than 1.2: NumericLessThan s3:TlsVersion 1.2 (or higher). */
function deniesOldTls(statement: Statement): boolean {
    const condition = findCondition(statement, "NumericLessThan", "s3:TlsVersion");
    return deniesAllToEveryone(statement) && condition !== undefined && !condition.ifExists && condition.values.some((v) => Number(v) >= 1.2);
}

export const s3BucketRequireTls = definePolicy({
    name: "s3-bucket-require-tls",
    description: "Every bucket's policy denies requests that do not use TLS (aws:SecureTransport false) and requests with TLS older than 1.2 (s3:TlsVersion), for every principal, on the bucket's objects. An unparsable or unknown policy cannot prove it and is a violation.",
    clauses: ["DP-2.3", "DP-6.1"],
    severity: "high",
    remediationSteps: "Attach a bucket policy with two Deny statements for Principal \"*\", Action \"s3:*\", Resource the bucket and bucket/*: one with Condition {Bool: {aws:SecureTransport: \"false\"}}, one with {NumericLessThan: {s3:TlsVersion: \"1.2\"}}.",
    check({ index, report }) {
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            const documents = bucketPolicyDocuments(index, bucket);
            if (documents.length === 0) {
                report(bucket, "has no bucket policy, so plain HTTP and TLS < 1.2 are not denied");
                continue;
            }
            const statements: Statement[] = [];
            for (const { document } of documents) {
                const parsed = parsePolicyDocument(document);
                if (parsed.kind === "invalid") report(bucket, `its bucket policy cannot be parsed: ${parsed.reason}`);
                else if (parsed.kind === "unknown") report(bucket, "its bucket policy is not known during preview, so the TLS denials cannot be verified");
                else if (parsed.kind === "parsed") statements.push(...parsed.statements);
            }
            if (documents.every(({ document }) => parsePolicyDocument(document).kind !== "parsed")) continue;
            if (!statements.some(deniesPlainHttp)) report(bucket, "its policy does not deny requests without TLS (Deny, Principal \"*\", Bool aws:SecureTransport \"false\")");
            if (!statements.some(deniesOldTls)) report(bucket, "its policy does not deny TLS older than 1.2 (Deny, Principal \"*\", NumericLessThan s3:TlsVersion \"1.2\")");
        }
    },
});
