/**
 * Organizations: policies that move or keep data across the organisation's accounts. A backup
 * policy creates backup plans in every member account it is attached to (recovery points,
 * their lifetime, copies to other vaults); an AI-services opt-out policy decides whether AWS AI
 * services may keep customers' content. Other policy types (SCPs, tag, declarative, resource
 * control ...), accounts, OUs, delegations and attachments hold no data.
 */
import type { PolicyArgs } from "@pulumi/aws/organizations/policy";
import { ownAccounts } from "../../lib/accounts";
import { regionOf } from "../../lib/stack-index";
import { isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { parseJsonArgument } from "./ecs";

/** A value of an Organizations policy, with its inheritance operator removed. */
const assigned = (value: unknown): unknown => (isObject(value) && "@@assign" in value ? value["@@assign"] : value);

function contentOf(context: StoreContext, type: string): Record<string, any> | undefined {
    const { store, report } = context;
    if (isUnknown(store.res.props.type)) {
        report("type is not known during preview, so whether the policy moves data cannot be verified");
        return undefined;
    }
    if (String(store.res.props.type ?? "SERVICE_CONTROL_POLICY").toUpperCase() !== type) return undefined;
    const parsed = parseJsonArgument(store.res.props.content);
    if (parsed.state === "unknown") report("content is not known during preview, so what the policy does with data cannot be verified");
    else if (parsed.state === "invalid") report(`content is not valid JSON (${parsed.reason})`);
    else if (parsed.state === "parsed" && isObject(parsed.value)) return parsed.value;
    return undefined;
}

interface BackupRule {
    readonly where: string;
    readonly lifecycle: unknown;
    readonly copies: { where: string; vault: unknown; lifecycle: unknown }[];
}

function backupRules(content: Record<string, any>): BackupRule[] {
    const rules: BackupRule[] = [];
    for (const [planName, plan] of Object.entries(isObject(content.plans) ? content.plans : {})) {
        for (const [ruleName, rule] of Object.entries(isObject(plan?.rules) ? plan.rules : {})) {
            if (!isObject(rule)) continue;
            const copies = Object.entries(isObject(rule.copy_actions) ? rule.copy_actions : {}).map(([key, action]) => ({
                where: `plan ${planName} rule ${ruleName} copy to ${key}`,
                vault: isObject(action) ? (assigned(action.target_backup_vault_arn) ?? key) : key,
                lifecycle: isObject(action) ? action.lifecycle : undefined,
            }));
            rules.push({ where: `plan ${planName} rule ${ruleName}`, lifecycle: rule.lifecycle, copies });
        }
    }
    return rules;
}

/** Days a lifecycle keeps a recovery point; undefined when it never deletes it. */
function deleteAfterDays(lifecycle: unknown): number | undefined {
    const days = Number(assigned(isObject(lifecycle) ? lifecycle.delete_after_days : undefined));
    return Number.isFinite(days) && days > 0 ? days : undefined;
}

/** An untagged backup policy is judged as backing up personal data: the stores it selects are in other stacks. */
function checkBackupRetention(context: StoreContext): void {
    const content = contentOf(context, "BACKUP_POLICY");
    if (!content) return;
    const { store, config } = context;
    if (store.declared !== undefined && store.declared !== "pii") return;
    const limit = Math.min(config.maxPiiRetentionDays, store.declaredRetentionDays ?? config.maxPiiRetentionDays);
    const why = store.declared === "pii" ? "it declares pii" : "it does not declare what it backs up (treated as pii)";
    for (const rule of backupRules(content)) {
        for (const [where, lifecycle] of [[rule.where, rule.lifecycle], ...rule.copies.map((c) => [c.where, c.lifecycle])] as const) {
            const days = deleteAfterDays(lifecycle);
            if (days === undefined)
                context.report(`${where} keeps recovery points with no lifecycle.delete_after_days, so they never expire (${why})`);
            else if (days > limit)
                context.report(
                    `${where} keeps recovery points ${days} days (lifecycle.delete_after_days), more than the ${limit}-day retention of personal data (${why})`,
                );
        }
    }
}

/** Backup copies go only to vaults of this stack's accounts (or the member account itself, $account) in allowed regions. */
function checkBackupCopies(context: StoreContext): void {
    const content = contentOf(context, "BACKUP_POLICY");
    if (!content) return;
    const { index, store, config } = context;
    const own = ownAccounts(index, config);
    const ownRegion = regionOf(index, store.res);
    for (const rule of backupRules(content)) {
        for (const copy of rule.copies) {
            if (isUnknown(copy.vault)) {
                context.report(`${copy.where}: the target vault is not known during preview`);
                continue;
            }
            const arn = /^arn:[^:]+:backup:([^:]*):([^:]*):/.exec(String(copy.vault));
            if (!arn) continue;
            const [, region, account] = arn;
            if (account !== "$account" && !own.has(account) && !config.shippingProviderAccountIds.includes(account))
                context.report(`${copy.where} copies recovery points to account ${account}, outside this stack`);
            else if (region !== "" && region !== ownRegion && !config.allowedRegions.includes(region))
                context.report(
                    `${copy.where} copies recovery points to region ${region}, not on allowedRegions (${config.allowedRegions.join(", ") || "none"})`,
                );
        }
    }
}

/** An AI-services policy that opts in lets AWS keep and use content of AI services for their improvement. */
function checkAiOptIn(context: StoreContext): void {
    const content = contentOf(context, "AISERVICES_OPT_OUT_POLICY");
    if (!content) return;
    for (const [service, settings] of Object.entries(isObject(content.services) ? content.services : {})) {
        const choice = assigned(isObject(settings) ? settings.opt_out_policy : undefined);
        if (typeof choice === "string" && choice.toLowerCase() === "optin")
            context.report(
                `opts ${service === "default" ? "every AI service" : service} in (opt_out_policy optIn): AWS may keep and use customers' content processed by it to improve its services`,
            );
    }
}

export const organizationsPolicy = entry<PolicyArgs>()({
    types: ["aws:organizations/policy:Policy"],
    holds: "for backup policies, the recovery points of every member account's selected stores; for AI opt-out policies, whether AWS keeps content",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a backup policy names vaults by name; their keys are judged on the vaults" },
    inTransit: { notOffered: "a policy moves nothing itself" },
    retention: [
        {
            custom: checkBackupRetention,
            summary: "a backup policy (pii or untagged) deletes every recovery point and copy within the retention",
        },
    ],
    destinations: [
        { custom: checkBackupCopies, summary: "backup copy actions go to vaults of this stack's accounts in allowed regions" },
        { custom: checkAiOptIn, summary: "no AI service opted in to keeping content" },
    ],
    notes: "Only BACKUP_POLICY and AISERVICES_OPT_OUT_POLICY are judged; the type defaults to SERVICE_CONTROL_POLICY.",
});
