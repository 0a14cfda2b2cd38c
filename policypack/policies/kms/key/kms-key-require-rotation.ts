import { definePolicy } from "../../../lib/define";
import { isTrue, wholeNumber } from "../../../lib/values";

export const KEY_TYPES = ["aws:kms/key:Key"];

export const kmsKeyRequireRotation = definePolicy({
    name: "kms-key-require-rotation",
    description: "Every customer-managed symmetric key rotates automatically and has an explicit deletion window (7-30 days), so that deleting it, and with it every copy encrypted under it, is a deliberate, bounded step.",
    clauses: ["DP-6.2", "DP-5.3"],
    severity: "high",
    remediationSteps: "Set enableKeyRotation true and deletionWindowInDays between 7 and 30 (DataKey does).",
    check({ index, report }) {
        for (const key of index.ofTypes(KEY_TYPES)) {
            const spec = key.props.customerMasterKeySpec ?? key.props.keySpec ?? "SYMMETRIC_DEFAULT";
            if (spec === "SYMMETRIC_DEFAULT" && !isTrue(key.props.enableKeyRotation)) report(key, "does not rotate automatically (enableKeyRotation is not true)");
            const window = wholeNumber(key.props.deletionWindowInDays);
            if (window === undefined || window < 7 || window > 30) report(key, `needs an explicit deletionWindowInDays of 7-30, got ${JSON.stringify(key.props.deletionWindowInDays ?? null)}`);
        }
    },
});
