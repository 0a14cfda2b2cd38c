import { ownAccounts } from "../../../lib/accounts";
import { definePolicy } from "../../../lib/define";
import { parsePolicyDocument, Statement } from "../../../lib/policy-document";
import { outsideAccess } from "../../../lib/sharing";
import { Res } from "../../../lib/stack-index";
import { KEY_TYPES } from "./kms-key-require-rotation";

const KEY_POLICY_TYPES = [...KEY_TYPES, "aws:kms/keyPolicy:KeyPolicy"];

function grantsEverything(statement: Statement): boolean {
    return statement.effect === "Allow" && (statement.notAction || statement.actions.some((a) => a === "*" || a.toLowerCase() === "kms:*"));
}

function isAccountRoot(value: string): boolean {
    return /^\d{12}$/.test(value) || /^arn:[^:]+:iam::\d{12}:root$/.test(value);
}

export const kmsKeyRestrictPolicy = definePolicy({
    name: "kms-key-restrict-policy",
    description:
        "A key policy grants kms:* (or *) to no one but an account root, and lets in no account other than this stack's and the shipping provider's. A key without a policy gets AWS's default (root kms:*), which is accepted; an unparsable policy is a violation.",
    clauses: ["DP-6.2", "DP-3.2"],
    severity: "critical",
    remediationSteps:
        "Give the account root the administrative actions, and use of the key to named principals (grants) or through named services (kms:ViaService); remove outside accounts.",
    judges: { types: KEY_TYPES },
    config: ["shippingProviderAccountIds"],
    check({ index, config, report }) {
        const own = ownAccounts(index, config);
        for (const res of index.ofTypes(KEY_POLICY_TYPES)) {
            const target: Res =
                res.type === "aws:kms/key:Key"
                    ? res
                    : ((res.source.propertyDependencies?.keyId ?? []).map((d) => index.byUrn.get(d.urn)).find(Boolean) ?? res);
            const parsed = parsePolicyDocument(res.props.policy);
            if (parsed.kind === "invalid") report(target, `its key policy cannot be parsed: ${parsed.reason}`);
            if (parsed.kind === "unknown") report(target, "its key policy is not known during preview");
            if (parsed.kind !== "parsed") continue;
            for (const statement of parsed.statements.filter(grantsEverything)) {
                const wide = statement.notPrincipal
                    ? ["everyone but its NotPrincipal"]
                    : (statement.principals ?? []).filter((p) => p.type !== "AWS" || !isAccountRoot(p.value)).map((p) => p.value);
                if (wide.length > 0) report(target, `its key policy grants kms:* to ${wide.join(", ")}; only an account root may hold it`);
            }
            for (const finding of outsideAccess(parsed.statements, own, config)) report(target, `its key policy: ${finding.message}`);
        }
    },
});
