/**
 * AWS Backup: a selection picks stores (by ARN pattern or by tag) for a plan, the plan keeps
 * recovery points in vaults and copies them to others. Each recovery point is a copy of a store:
 * a plan that selects a PII store is judged as a PII store (its lifecycle, its copy
 * destinations), and so are the vaults it writes to.
 */
import type { LogicallyAirGappedVaultArgs } from "@pulumi/aws/backup/logicallyAirGappedVault";
import type { PlanArgs } from "@pulumi/aws/backup/plan";
import type { RestoreTestingSelectionArgs } from "@pulumi/aws/backup/restoreTestingSelection";
import type { SelectionArgs } from "@pulumi/aws/backup/selection";
import type { VaultArgs } from "@pulumi/aws/backup/vault";
import type { VaultLockConfigurationArgs } from "@pulumi/aws/backup/vaultLockConfiguration";
import type { VaultPolicyArgs } from "@pulumi/aws/backup/vaultPolicy";
import { TAG } from "../../contract";
import { ownAccounts } from "../../lib/accounts";
import { Res, StackIndex, regionOf } from "../../lib/stack-index";
import { Store } from "../../lib/stores";
import { asList, isObject, isUnknown, wholeNumber } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { readStrings } from "../read";

const VAULT_TYPES = ["aws:backup/vault:Vault"];
const AIR_GAPPED_VAULT_TYPES = ["aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault"];
const PLAN_TYPES = ["aws:backup/plan:Plan"];

/** How a store AWS Backup can protect is named in an ARN: service, and the resource part from its name or id. */
const PROTECTED: readonly { readonly types: readonly string[]; readonly service: string; readonly resource: (name: string) => string }[] = [
    { types: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"], service: "s3", resource: (name) => name },
    { types: ["aws:dynamodb/table:Table"], service: "dynamodb", resource: (name) => `table/${name}` },
    { types: ["aws:rds/instance:Instance"], service: "rds", resource: (name) => `db:${name}` },
    {
        types: ["aws:rds/cluster:Cluster", "aws:docdb/cluster:Cluster", "aws:neptune/cluster:Cluster"],
        service: "rds",
        resource: (name) => `cluster:${name}`,
    },
    { types: ["aws:efs/fileSystem:FileSystem"], service: "elasticfilesystem", resource: (name) => `file-system/${name}` },
    { types: ["aws:ebs/volume:Volume"], service: "ec2", resource: (name) => `volume/${name}` },
    { types: ["aws:ec2/instance:Instance"], service: "ec2", resource: (name) => `instance/${name}` },
    {
        types: [
            "aws:fsx/lustreFileSystem:LustreFileSystem",
            "aws:fsx/windowsFileSystem:WindowsFileSystem",
            "aws:fsx/ontapFileSystem:OntapFileSystem",
            "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
        ],
        service: "fsx",
        resource: (name) => `file-system/${name}`,
    },
    {
        types: ["aws:fsx/ontapVolume:OntapVolume", "aws:fsx/openZfsVolume:OpenZfsVolume"],
        service: "fsx",
        resource: (name) => `volume/${name}`,
    },
    { types: ["aws:redshift/cluster:Cluster"], service: "redshift", resource: (name) => `cluster:${name}` },
    { types: ["aws:timestreamwrite/table:Table"], service: "timestream", resource: (name) => `table/${name}` },
];

/** A name that stands for an id the stack does not know yet: matches wildcards, never a literal id. */
const UNNAMED = "\u0000";

/** The ARNs a store may have, with its region and account as `*` when unknown (a stack of one known account uses it). */
function arnsOf(index: StackIndex, store: Store): string[] {
    const target = PROTECTED.find((p) => p.types.includes(store.res.type));
    if (!target) return [];
    const names = [
        ...(store.entry.names ?? []).flatMap((path) => readStrings(store.res.props, path)),
        ...[store.res.props.id].filter((id): id is string => typeof id === "string" && !isUnknown(id)),
    ];
    const region = regionOf(index, store.res) ?? "*";
    const accounts = [...ownAccounts(index)];
    const account = accounts.length === 1 ? accounts[0] : "*";
    return (names.length > 0 ? names : [UNNAMED]).map((name) =>
        target.service === "s3" ? `arn:aws:s3:::${name}` : `arn:aws:${target.service}:${region}:${account}:${target.resource(name)}`,
    );
}

/** IAM-style glob (`*`, `?`) over ARNs, which are case-sensitive (unlike actions). */
function globMatches(pattern: string, value: string): boolean {
    return new RegExp(
        `^${pattern
            .split("")
            .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
            .join("")}$`,
    ).test(value);
}

/** Whether an ARN pattern of a selection (with `*` and `?`) can name this ARN; unknown segments (`*`) match anything. */
function patternNames(pattern: string, arn: string): boolean {
    if (pattern === "*") return true;
    const want = pattern.split(":");
    const have = arn.split(":");
    const resource = (parts: string[]) => parts.slice(5).join(":");
    for (let i = 0; i < 5; i++) {
        if (have[i] === "*" || want[i] === undefined) continue;
        if (!globMatches(want[i], have[i])) return false;
    }
    const resourceWanted = resource(want);
    const resourceHad = resource(have);
    if (resourceHad.includes(UNNAMED))
        return /[*?]/.test(resourceWanted) && globMatches(resourceWanted, resourceHad.replace(UNNAMED, "unnamed"));
    return globMatches(resourceWanted, resourceHad);
}

function tagMatches(tags: Record<string, unknown>, key: string, value: unknown, like: boolean): boolean {
    const actual = tags[key];
    if (typeof actual !== "string" || typeof value !== "string") return false;
    return like ? globMatches(value, actual) : actual === value;
}

/** Whether conditions (all must hold) or tags (any may match) pin data-classification to values other than pii. */
function excludesPersonalData(conditions: unknown, selectionTags: unknown[]): boolean {
    const nonPii = (value: unknown) => typeof value === "string" && !/[*?]/.test(value) && value !== "pii";
    const classification = (key: unknown) => String(key).replace(/^aws:ResourceTag\//, "") === TAG.classification;
    if (isObject(conditions)) {
        if (asList(conditions.stringEquals).some((c) => isObject(c) && classification(c.key) && nonPii(c.value))) return true;
        if (
            asList(conditions.stringNotEquals).some((c) => isObject(c) && classification(c.key) && c.value === "pii") &&
            asList(conditions.stringEquals).some((c) => isObject(c) && classification(c.key))
        )
            return true;
    }
    return selectionTags.length > 0 && selectionTags.every((t) => isObject(t) && classification(t.key) && nonPii(t.value));
}

/** The stores a backup selection picks: by ARN pattern (or property dependency) or by tag, narrowed by conditions and notResources. */
function selectedStores(index: StackIndex, selection: Res, stores: readonly Store[]): { stores: Store[]; outside: string[] } {
    const protectable = stores.filter((s) => PROTECTED.some((p) => p.types.includes(s.res.type)));
    const props = selection.props;
    const depended = new Set((selection.source.propertyDependencies?.resources ?? []).map((d) => d.urn));
    const patterns = asList<unknown>(props.resources);
    const anyUnknown = isUnknown(props.resources) || patterns.some(isUnknown);
    const picked = new Set<Store>();
    for (const store of protectable) {
        if (depended.has(store.res.urn) || (anyUnknown && depended.size === 0)) picked.add(store);
        else if (patterns.some((p) => typeof p === "string" && arnsOf(index, store).some((arn) => patternNames(p, arn)))) picked.add(store);
        else if (
            asList(props.selectionTags).some(
                (t) => isObject(t) && (store.tagsUnknown || tagMatches(store.tags, String(t.key), t.value, false)),
            )
        )
            picked.add(store);
    }
    const conditions = asList(props.conditions)[0];
    const tagKey = (key: unknown) => String(key).replace(/^aws:ResourceTag\//, "");
    const holds = (store: Store) => {
        if (!isObject(conditions) || store.tagsUnknown) return true;
        const all = (list: unknown, test: (key: string, value: unknown) => boolean) =>
            asList(list).every((c) => !isObject(c) || test(tagKey(c.key), c.value));
        return (
            all(conditions.stringEquals, (k, v) => tagMatches(store.tags, k, v, false)) &&
            all(conditions.stringLikes, (k, v) => tagMatches(store.tags, k, v, true)) &&
            all(conditions.stringNotEquals, (k, v) => !tagMatches(store.tags, k, v, false)) &&
            all(conditions.stringNotLikes, (k, v) => !tagMatches(store.tags, k, v, true))
        );
    };
    const excluded = (store: Store) =>
        asList(props.notResources).some(
            (p) => typeof p === "string" && p !== "*" && arnsOf(index, store).some((arn) => patternNames(p, arn) && !arn.includes(UNNAMED)),
        );
    const outside = patterns.filter(
        (p): p is string =>
            typeof p === "string" &&
            p !== "*" &&
            !/[*?]/.test(p) &&
            !protectable.some((s) => arnsOf(index, s).some((arn) => patternNames(p, arn))),
    );
    // `*`, wildcard patterns and tags also pick the stores of other stacks of the account, which may
    // hold personal data, unless the selection pins the classification to other values.
    const wide = patterns.some((p) => typeof p === "string" && /[*?]/.test(p)) || asList(props.selectionTags).length > 0 || anyUnknown;
    if (wide && !excludesPersonalData(conditions, asList(props.selectionTags)))
        outside.push("the stores of other stacks its patterns or tags may pick");
    return { stores: [...picked].filter((s) => holds(s) && !excluded(s)), outside };
}

/** Each rule's recovery points, and each copy of them, expire within the retention; cold storage keeps them at least 90 days. */
function checkLifecycles({ store, retentionLimitDays: limit, report }: StoreContext): void {
    if (limit === undefined) return;
    const rules = store.res.props.rules;
    if (isUnknown(rules)) {
        report("rules are not known during preview, so the lifetime of recovery points cannot be verified");
        return;
    }
    const judge = (lifecycle: unknown, what: string) => {
        const block = asList(lifecycle)[0];
        if (isUnknown(block) || (isObject(block) && (isUnknown(block.deleteAfter) || isUnknown(block.coldStorageAfter)))) {
            report(`${what}: the lifecycle is not known during preview`);
            return;
        }
        const deleteAfter = isObject(block) ? wholeNumber(block.deleteAfter) : undefined;
        if (deleteAfter === undefined) report(`${what} never expire (no lifecycle.deleteAfter): a copy of personal data kept forever`);
        else if (deleteAfter > limit)
            report(`${what} are kept ${deleteAfter} days (lifecycle.deleteAfter), more than the ${limit}-day retention of personal data`);
        if (isObject(block) && block.coldStorageAfter !== undefined)
            report(`${what} move to cold storage (lifecycle.coldStorageAfter), which keeps them at least 90 days`);
    };
    for (const rule of asList(rules)) {
        const name = isObject(rule) && typeof rule.ruleName === "string" ? `rule "${rule.ruleName}"` : "a rule";
        judge(isObject(rule) ? rule.lifecycle : undefined, `recovery points of ${name}`);
        for (const copy of asList(isObject(rule) ? rule.copyActions : undefined))
            judge(isObject(copy) ? copy.lifecycle : undefined, `copies made by ${name}`);
    }
}

export const backupSelection = entry<SelectionArgs>()({
    types: ["aws:backup/selection:Selection"],
    holds: "the choice of stores a backup plan copies",
    tagging: "copy",
    sources: [
        {
            computed: selectedStores,
            summary: "the stores its resources (ARN patterns, `*`) or selection tags pick, narrowed by conditions and notResources",
        },
    ],
    atRest: { notOffered: "a selection holds no data; its plan's vaults do" },
    inTransit: { notOffered: "copied by AWS Backup inside AWS" },
    retention: { notOffered: "the plan's lifecycle decides; judged on the plan" },
    destinations: [{ what: "assigns the stores to", store: true, path: "planId", types: PLAN_TYPES }],
});

export const backupPlan = entry<PlanArgs>()({
    types: ["aws:backup/plan:Plan"],
    holds: "recovery points: full copies of every store its selections pick",
    tagging: "copy",
    names: ["name"],
    atRest: { notOffered: "recovery points are encrypted under their vault's key (or their source's), judged on the vault" },
    inTransit: { notOffered: "copied by AWS Backup inside AWS" },
    retention: [
        {
            custom: checkLifecycles,
            summary: "each rule's and each copy action's lifecycle.deleteAfter within the retention, no cold storage",
        },
    ],
    destinations: [
        { what: "keeps recovery points in", store: true, path: "rules.targetVaultName", types: VAULT_TYPES },
        {
            what: "keeps recovery points in",
            store: true,
            path: "rules.targetLogicallyAirGappedBackupVaultArn",
            types: AIR_GAPPED_VAULT_TYPES,
        },
        {
            what: "copies recovery points to",
            store: true,
            path: "rules.copyActions.destinationVaultArn",
            types: [...VAULT_TYPES, ...AIR_GAPPED_VAULT_TYPES],
        },
    ],
});

export const backupVault = entry<VaultArgs>()({
    types: ["aws:backup/vault:Vault"],
    holds: "recovery points of the stores its plans back up",
    tagging: "copy",
    names: ["name"],
    atRest: [{ what: "recovery points", key: "kmsKeyArn", keyAbsentMeans: "the AWS-managed aws/backup key" }],
    inTransit: { notOffered: "copied by AWS Backup inside AWS" },
    retention: { notOffered: "recovery points expire by their plan's lifecycle (judged on the plan) unless a vault lock holds them" },
});

export const backupVaultPolicy = entry<VaultPolicyArgs>()({
    types: ["aws:backup/vaultPolicy:VaultPolicy"],
    holds: "access to a vault's recovery points",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "backupVaultName", types: VAULT_TYPES }],
    atRest: { notOffered: "a policy holds no data" },
    inTransit: { notOffered: "a policy holds no data" },
    exposure: [{ what: "its vault policy", policyDocument: "policy" }],
    retention: { notOffered: "a policy holds no data" },
});

export const backupVaultLockConfiguration = entry<VaultLockConfigurationArgs>()({
    types: ["aws:backup/vaultLockConfiguration:VaultLockConfiguration"],
    holds: "the minimum lifetime of a vault's recovery points",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "backupVaultName", types: VAULT_TYPES }],
    atRest: { notOffered: "a lock holds no data" },
    inTransit: { notOffered: "a lock holds no data" },
    retention: [{ what: "recovery points under the vault lock (minRetentionDays)", period: "minRetentionDays", unit: "days", absent: 0 }],
});

export const backupLogicallyAirGappedVault = entry<LogicallyAirGappedVaultArgs>()({
    types: ["aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault"],
    holds: "locked recovery points in an AWS-owned account",
    tagging: "copy",
    names: ["name"],
    atRest: [{ what: "recovery points", key: "encryptionKeyArn", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "copied by AWS Backup inside AWS" },
    retention: [{ what: "recovery points (minRetentionDays, at least 7)", period: "minRetentionDays", unit: "days", absent: 7 }],
    notes: "AWS requires minRetentionDays >= 7, so a logically air-gapped vault can never hold personal data under a 3-day bound.",
});

export const backupRestoreTestingSelection = entry<RestoreTestingSelectionArgs>()({
    types: ["aws:backup/restoreTestingSelection:RestoreTestingSelection"],
    holds: "live copies of stores restored from recovery points for a test",
    tagging: "copy",
    sources: [{ path: "protectedResourceArns", types: "any" }],
    atRest: { notOffered: "restored copies keep their recovery point's key unless restoreMetadataOverrides changes it" },
    inTransit: { notOffered: "restored by AWS Backup inside AWS" },
    retention: [{ what: "restored test copies", period: "validationWindowHours", unit: "hours", absent: 0 }],
});
