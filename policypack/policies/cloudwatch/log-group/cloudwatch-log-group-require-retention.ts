import { TAG } from "../../../contract";
import { definePolicy } from "../../../lib/define";
import { customerKeyProblem } from "../../../lib/encryption";
import { LOG_GROUP_TYPE } from "../../../lib/monitoring";
import { RDS_INSTANCE_TYPES, Res, StackIndex } from "../../../lib/stack-index";
import { isObject, isUnknown, wholeNumber } from "../../../lib/values";

/** Log groups that may hold personal data: tagged pii, or the exported logs of a PII database. */
function mayHoldPii(index: StackIndex, group: Res): boolean {
    const tags = isObject(group.props.tags) ? group.props.tags : {};
    if (tags[TAG.classification] === "pii") return true;
    const name = group.props.name;
    if (typeof name !== "string") return false;
    const piiDatabases = index.memo("pii-rds-identifiers", () => new Set(index.ofTypes(RDS_INSTANCE_TYPES).filter((db) => index.store(db.urn)?.isPii).map((db) => db.props.identifier)));
    const identifier = /^\/aws\/rds\/instance\/([^/]+)\//.exec(name)?.[1];
    return identifier !== undefined && piiDatabases.has(identifier);
}

export const cloudwatchLogGroupRequireRetention = definePolicy({
    name: "cloudwatch-log-group-require-retention",
    description: "Every CloudWatch log group has a retention (never \"forever\") and is encrypted under a customer-managed KMS key; a log group that may hold personal data (tagged pii, or the logs of a PII database) keeps it at most maxPiiRetentionDays.",
    clauses: ["DP-5.1", "DP-2.3", "DP-5.4"],
    severity: "medium",
    remediationSteps: "Set retentionInDays (at most 3 for logs that may quote personal data) and kmsKeyId to a customer-managed key that admits logs.<region>.amazonaws.com.",
    config: ["maxPiiRetentionDays"],
    check({ index, config, report }) {
        for (const group of index.ofTypes([LOG_GROUP_TYPE])) {
            const retention = wholeNumber(group.props.retentionInDays);
            if (isUnknown(group.props.retentionInDays)) report(group, "retentionInDays is not known during preview");
            else if (retention === undefined || retention <= 0) report(group, "keeps its logs forever: set retentionInDays");
            else if (mayHoldPii(index, group) && retention > config.maxPiiRetentionDays) report(group, `may hold personal data but keeps it ${retention} days, more than maxPiiRetentionDays (${config.maxPiiRetentionDays})`);
            const problem = customerKeyProblem(group.props.kmsKeyId, "kmsKeyId");
            if (problem) report(group, problem);
        }
    },
});
