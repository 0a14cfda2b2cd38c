/**
 * The clauses of docs/CLAUSES.md, with the kind of control that makes each true. The
 * coverage test checks that every clause of a technical kind is enforced by a policy and
 * that every policy names clauses listed here.
 */
export type ClauseKind = "policy" | "built-in" | "evidence" | "evidence-with-policy" | "process";

export interface Clause {
    readonly title: string;
    readonly kind: ClauseKind;
}

export const CLAUSES = {
    "DP-1.1": { title: "Collect only necessary data; minimise PII", kind: "policy" },
    "DP-1.2": { title: "Collection transparent and lawful", kind: "evidence" },
    "DP-1.3": { title: "Data used only for its stated purpose", kind: "policy" },
    "DP-2.1": { title: "Stored in S3, RDS, DynamoDB, encrypted to AES-256", kind: "policy" },
    "DP-2.2": { title: "Access restricted by IAM policies and roles", kind: "policy" },
    "DP-2.3": { title: "Sensitive data encrypted at rest and in transit", kind: "policy" },
    "DP-3.1": { title: "Name and address shared only with the shipping provider", kind: "policy" },
    "DP-3.2": { title: "No other third-party sharing", kind: "policy" },
    "DP-4.1": { title: "Least privilege; MFA for sensitive data access", kind: "policy" },
    "DP-4.2": { title: "Role-based access, regularly reviewed", kind: "evidence-with-policy" },
    "DP-4.3": { title: "Logs and monitoring track access (CloudTrail)", kind: "policy" },
    "DP-5.1": { title: "Retained only as long as necessary", kind: "policy" },
    "DP-5.2": { title: "Automatic deletion (S3 lifecycle)", kind: "policy" },
    "DP-5.3": { title: "Secure, irrecoverable erasure", kind: "policy" },
    "DP-5.4": { title: "All personal data erased within 3 days after fulfilment", kind: "policy" },
    "DP-6.1": { title: "All data encrypted at rest and in transit, AES-256", kind: "policy" },
    "DP-6.2": { title: "KMS manages the keys", kind: "policy" },
    "DP-6.3": { title: "Regular audits and vulnerability assessments", kind: "process" },
    "DP-7.1": { title: "Continuous monitoring (CloudWatch, CloudTrail)", kind: "policy" },
    "DP-7.2": { title: "Incident response plan, notification", kind: "policy" },
    "DP-7.3": { title: "Post-incident reviews", kind: "process" },
    "DP-8.1": { title: "Privacy by design in the development lifecycle", kind: "built-in" },
    "DP-8.2": { title: "Privacy impact assessments for new projects or changes", kind: "evidence" },
    "DP-9.1": { title: "Policy reviewed annually or on significant change", kind: "evidence" },
    "DP-9.2": { title: "Updates communicated, training provided", kind: "process" },
} as const satisfies Record<string, Clause>;

export type ClauseId = keyof typeof CLAUSES;

/** Kinds that a policy must enforce. */
export const ENFORCED_KINDS: readonly ClauseKind[] = ["policy", "built-in", "evidence-with-policy"];
