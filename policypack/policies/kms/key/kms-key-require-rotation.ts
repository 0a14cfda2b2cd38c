import { definePolicy } from "../../../lib/define";
import { isTrue, isUnknown, wholeNumber } from "../../../lib/values";

export const KEY_TYPES = ["aws:kms/key:Key"];

export const kmsKeyRequireRotation = definePolicy({
    name: "kms-key-require-rotation",
    description:
        "Every customer-managed symmetric key rotates automatically and has an explicit deletion window (7-30 days), so that deleting it, and with it every copy encrypted under it, is a deliberate, bounded step.",
    clauses: ["DP-6.2", "DP-5.3"],
    severity: "high",
    remediationSteps: "Set enableKeyRotation true and deletionWindowInDays between 7 and 30 (DataKey does).",
    judges: { types: KEY_TYPES },
    check({ index, report }) {
        for (const key of index.ofTypes(KEY_TYPES)) {
            const spec = key.props.customerMasterKeySpec ?? key.props.keySpec ?? "SYMMETRIC_DEFAULT";
            const rotation = key.props.enableKeyRotation;
            // Only symmetric keys rotate; a spec not known yet may be symmetric, so rotation must be on.
            if ((spec === "SYMMETRIC_DEFAULT" || isUnknown(spec)) && !isTrue(rotation)) {
                if (isUnknown(rotation))
                    report(key, "whether it rotates automatically cannot be verified during preview (enableKeyRotation is not known)");
                else
                    report(
                        key,
                        `does not rotate automatically (enableKeyRotation is not true${isUnknown(spec) ? ", and its key spec is not known during preview, so it may be symmetric" : ""})`,
                    );
            }
            const window = wholeNumber(key.props.deletionWindowInDays);
            if (window === undefined || window < 7 || window > 30)
                report(
                    key,
                    `needs an explicit deletionWindowInDays of 7-30, got ${JSON.stringify(key.props.deletionWindowInDays ?? null)}`,
                );
        }
    },
});
