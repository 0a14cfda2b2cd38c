/**
 * Which AWS accounts are the stack's own (CLAUSES.md, "The stack's own account"): only what a
 * stack's author cannot point elsewhere. The pack's config `ownAccountIds`, the
 * `allowedAccountIds` of the stack's AWS providers, and the account in the ARNs of resources the
 * stack itself manages (outputs of a deployed stack) where its provider pins none. An account the stack merely references,
 * in a key ARN of a replication rule or as a principal of a key policy, is an outside account.
 */
import { PackConfig } from "./config";
import { Res, StackIndex, regionOf } from "./stack-index";
import { asList, isUnknown, unwrap } from "./values";

/** Types whose `arn` is their own (an output), never a reference to another resource. */
const OWN_ARN_TYPES = [
    "aws:kms/key:Key",
    "aws:iam/role:Role",
    "aws:iam/user:User",
    "aws:iam/policy:Policy",
    "aws:dynamodb/table:Table",
    "aws:sqs/queue:Queue",
    "aws:sns/topic:Topic",
    "aws:lambda/function:Function",
    "aws:cloudwatch/logGroup:LogGroup",
    "aws:secretsmanager/secret:Secret",
    "aws:rds/instance:Instance",
    "aws:rds/cluster:Cluster",
    "aws:kinesis/stream:Stream",
];

const ACCOUNT_IN_ARN = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/;

function allowedAccountIdsOf(providerProps: unknown): string[] {
    const props = unwrap(providerProps) as Record<string, unknown> | undefined;
    let ids: unknown = props?.allowedAccountIds;
    if (typeof ids === "string" && ids.startsWith("[")) {
        try {
            ids = JSON.parse(ids);
        } catch {
            ids = undefined;
        }
    }
    return asList<unknown>(ids).filter((id): id is string => typeof id === "string" && /^\d{12}$/.test(id));
}

/**
 * The accounts the stack itself proves it runs in (without the pack's config); built once per
 * stack. Only providers that resources use count: a provider nothing deploys through proves
 * nothing. A resource's ARN counts only where its provider does not already pin the accounts
 * it may deploy into; an ARN outside those accounts cannot be the stack's own.
 */
export function stackAccounts(index: StackIndex): ReadonlySet<string> {
    return index.memo("stack-accounts", () => {
        const accounts = new Set<string>();
        for (const res of index.all) {
            const pinned = allowedAccountIdsOf(res.source.provider?.props);
            pinned.forEach((id) => accounts.add(id));
            if (pinned.length > 0 || !OWN_ARN_TYPES.includes(res.type)) continue;
            const arn = res.props.arn;
            const account = typeof arn === "string" && !isUnknown(arn) ? ACCOUNT_IN_ARN.exec(arn)?.[1] : undefined;
            if (account) accounts.add(account);
        }
        return accounts;
    });
}

/** The stack's own accounts for a policy: its config `ownAccountIds` and what the stack proves. */
export function ownAccounts(index: StackIndex, config?: Pick<PackConfig, "ownAccountIds">): ReadonlySet<string> {
    const configured = config?.ownAccountIds ?? [];
    if (configured.length === 0) return stackAccounts(index);
    return index.memo(`own-accounts:${configured.join(",")}`, () => new Set([...stackAccounts(index), ...configured]));
}

/**
 * Whether a reference may name a resource of the stack: a name always may; an ARN only in the
 * stack's own accounts and in the resource's region (an ARN without them, as S3's, does not
 * say). The same name in another account or region is another resource.
 */
export function arnMayName(index: StackIndex, res: Res, reference: string, config?: Pick<PackConfig, "ownAccountIds">): boolean {
    const arn = /^arn:[^:]+:[^:]*:([^:]*):(\d{12})?:/.exec(reference);
    if (!arn) return true;
    const [, region, account] = arn;
    if (account !== undefined && !ownAccounts(index, config).has(account)) return false;
    const home = regionOf(index, res);
    return region === "" || home === undefined || region === home;
}

/** Where to name the stack's account, for messages about outside accounts. */
export const OWN_ACCOUNT_HINT = "name the stack's own account in the AWS provider's allowedAccountIds or in the pack's ownAccountIds";

export type { Res };
