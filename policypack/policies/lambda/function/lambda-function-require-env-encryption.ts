import { definePolicy } from "../../../lib/define";
import { customerKeyProblem } from "../../../lib/encryption";
import { asList, isObject } from "../../../lib/values";

export const lambdaFunctionRequireEnvEncryption = definePolicy({
    name: "lambda-function-require-env-encryption",
    description: "A Lambda function with environment variables encrypts them under a customer-managed KMS key (kmsKeyArn).",
    clauses: ["DP-2.3"],
    severity: "medium",
    remediationSteps: "Set kmsKeyArn to a customer-managed key.",
    check({ index, report }) {
        for (const fn of index.ofTypes(["aws:lambda/function:Function"])) {
            const variables = asList(fn.props.environment)[0]?.variables;
            if (!isObject(variables) || Object.keys(variables).length === 0) continue;
            const problem = customerKeyProblem(fn.props.kmsKeyArn, "kmsKeyArn");
            if (problem) report(fn, `has environment variables but ${problem.replace(/^has no/, "no")}`);
        }
    },
});
