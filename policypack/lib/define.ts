/**
 * Every policy of the pack is a stack policy defined through `definePolicy`: it gets the
 * shared index of the stack, the config with its defaults, and a `report` that names the
 * resource at fault (the URN goes to `reportViolation`) and honours exemptions.
 */
import { EnforcementLevel, PolicyComplianceFramework, Severity, StackValidationPolicy } from "@pulumi/policy";
import { closest } from "fastest-levenshtein";
import { ClauseId, CLAUSES } from "./clauses";
import { PackConfig, PackConfigKey, configSchema, readConfig } from "./config";
import { exemptionsOf, todayUtc } from "./exemptions";
import { JudgedScope } from "./judged";
import { indexStack, Res, StackIndex } from "./stack-index";

export const FRAMEWORK_NAME = "shipping-label-data-protection-policy";
/** The version of the policy document the clauses come from (DP-9.1). */
export const FRAMEWORK_VERSION = "2026";

export interface PolicyContext {
    readonly index: StackIndex;
    readonly config: PackConfig;
    /** Today, YYYY-MM-DD (UTC). */
    readonly today: string;
    /** Reports a violation on `res` unless it carries a valid exemption for this policy. */
    report(res: Res, message: string): void;
}

export interface PolicyDefinition {
    /** `<service>-<resource>-<verb>-<what>`, kebab-case. */
    readonly name: string;
    /** What the policy requires and why; advisory policies say why they are advisory. */
    readonly description: string;
    readonly clauses: readonly ClauseId[];
    readonly severity: Severity;
    readonly remediationSteps: string;
    /** @default "mandatory" */
    readonly enforcementLevel?: EnforcementLevel;
    /** What the policy judges (reports count these per clause). */
    readonly judges: JudgedScope;
    /** Config keys the policy reads. @default [] */
    readonly config?: readonly PackConfigKey[];
    /** Whether a valid exemption tag may suppress this policy's violations. @default true */
    readonly exemptible?: boolean;
    readonly check: (context: PolicyContext) => void;
}

export interface DataProtectionPolicy extends StackValidationPolicy {
    readonly clauses: readonly ClauseId[];
    readonly judges: JudgedScope;
}

/**
 * What the stack is: its own accounts, its organisation and the keys outside it that count as
 * customer-managed. Every policy judges accounts and keys, so every policy takes these keys.
 */
export const STACK_IDENTITY_KEYS: readonly PackConfigKey[] = ["ownAccountIds", "organizationIds", "customerManagedKeyArns"];

/** Names of every policy defined so far, so that exemptions can tell a real policy name. */
export const POLICY_NAMES = new Set<string>();

export function definePolicy(definition: PolicyDefinition): DataProtectionPolicy {
    POLICY_NAMES.add(definition.name);
    const framework: PolicyComplianceFramework = {
        name: FRAMEWORK_NAME,
        version: FRAMEWORK_VERSION,
        reference: definition.clauses.join(" "),
        specification: definition.clauses.map((id) => `${id}: ${CLAUSES[id].title}`).join("; "),
    };
    const configKeys: readonly PackConfigKey[] = [
        ...STACK_IDENTITY_KEYS,
        ...(definition.config ?? []).filter((key) => !STACK_IDENTITY_KEYS.includes(key)),
    ];
    return {
        name: definition.name,
        description: definition.description,
        enforcementLevel: definition.enforcementLevel ?? "mandatory",
        severity: definition.severity,
        remediationSteps: definition.remediationSteps,
        framework,
        tags: [...definition.clauses],
        configSchema: configSchema(configKeys),
        clauses: definition.clauses,
        judges: definition.judges,
        validateStack: (args, reportViolation) => {
            const given = args.getConfig<Record<string, unknown>>() ?? {};
            // The engine validates the values of declared keys, but passes any other key through
            // unread: a misspelt key would leave the policy on its default without a word.
            for (const key of Object.keys(given).filter((k) => !configKeys.includes(k as PackConfigKey))) {
                reportViolation(
                    `the policy config gives ${definition.name} the key "${key}", which it does not read (did you mean "${closest(key, [...configKeys])}"?), so the policy ran with its default; its keys are ${configKeys.join(", ")}`,
                );
            }
            const index = indexStack(args.resources);
            const today = todayUtc();
            const reported = new Set<string>();
            definition.check({
                index,
                config: readConfig(given),
                today,
                report(res, message) {
                    const exempt =
                        definition.exemptible !== false &&
                        exemptionsOf(res, POLICY_NAMES, today).some((e) => e.policy === definition.name && e.problem === undefined);
                    const text = `${res.name} (${res.type}): ${message}`;
                    if (exempt || reported.has(`${res.urn}\n${text}`)) return;
                    reported.add(`${res.urn}\n${text}`);
                    reportViolation(text, res.urn);
                },
            });
        },
    };
}
