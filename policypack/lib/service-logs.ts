/**
 * Log groups that services create by themselves when a program does not: Lambda writes to
 * /aws/lambda/<name>, RDS exports to /aws/rds/<kind>/<id>/<log>. AWS creates them with no
 * retention (kept forever) and its own key, so every such group must be declared in the stack.
 */
import { readStrings } from "../catalogue/read";
import { StackIndex } from "./stack-index";
import { storesOf } from "./stores";
import { isUnknown } from "./values";

const LOG_GROUP_TYPE = "aws:cloudwatch/logGroup:LogGroup";

/** The names of the log groups the stack declares (unknown names are skipped). */
export function declaredLogGroupNames(index: StackIndex): ReadonlySet<string> {
    return index.memo(
        "declared-log-group-names",
        () =>
            new Set(
                storesOf(index)
                    .filter((s) => s.res.type === LOG_GROUP_TYPE)
                    .flatMap((s) => readStrings(s.res.props, "name")),
            ),
    );
}

/** Whether the stack declares a log group with an unknown name (during preview it may be any of them). */
export function hasUnnamedLogGroup(index: StackIndex): boolean {
    return index.memo("unnamed-log-groups", () =>
        storesOf(index).some((s) => s.res.type === LOG_GROUP_TYPE && (s.res.props.name === undefined || isUnknown(s.res.props.name))),
    );
}
