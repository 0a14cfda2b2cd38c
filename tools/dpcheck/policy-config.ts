/**
 * A `--policy-config` file checked against the pack that will read it: every policy name is one
 * of the pack's, every key one its config schema declares, every value valid under that schema.
 * The engine validates values against the same schemas under `pulumi preview
 * --policy-pack-config`; a name or key it does not know it passes over in silence, and the
 * stack is then checked with the defaults. Here each is an error naming the key and the
 * nearest known one.
 */
import Ajv from "ajv";
import { closest } from "fastest-levenshtein";
import { PackInfo, PolicyPackConfigFile } from "../analyzer/policy-pack-process";
import { UsageError } from "./errors";
import { describeValue, excerpt } from "./text";

const ALL = "all";
const LEVEL_KEY = "enforcementLevel";

const nearest = (name: string, known: readonly string[]) => (known.length > 0 ? `; did you mean "${closest(name, [...known])}"?` : "");

/** Throws a UsageError for the first name, key or value of `config` that `pack` does not accept. */
export function checkPolicyConfigAgainstPack(config: PolicyPackConfigFile, pack: PackInfo, what: string): void {
    const packName = `${pack.name}@${pack.version}`;
    const policies = new Map(pack.policies.map((policy) => [policy.name, policy]));
    const ajv = new Ajv({ allErrors: false, strict: false });
    for (const [name, entry] of Object.entries(config)) {
        if (name === ALL) {
            const extra = typeof entry === "object" && entry !== null ? Object.keys(entry).filter((key) => key !== LEVEL_KEY) : [];
            if (extra.length > 0)
                throw new UsageError(
                    `${what}: "all" takes only an enforcementLevel (config keys belong to a policy), got ${excerpt(extra[0], 60)}`,
                );
            continue;
        }
        const policy = policies.get(name);
        if (!policy)
            throw new UsageError(`${what}: ${excerpt(name, 80)} is not a policy of ${packName}${nearest(name, [...policies.keys()])}`);
        if (typeof entry !== "object" || entry === null) continue;
        const { properties } = policy.configSchema;
        const known = Object.keys(properties);
        for (const [key, value] of Object.entries(entry)) {
            if (key === LEVEL_KEY) continue;
            if (!(key in properties))
                throw new UsageError(`${what}: ${name} has no config key ${excerpt(key, 60)}${nearest(key, [...known, LEVEL_KEY])}`);
            const validate = ajv.compile(properties[key]);
            if (!validate(value)) {
                const [error] = validate.errors ?? [];
                throw new UsageError(
                    `${what}: ${name}.${key}${error?.instancePath ?? ""} ${error?.message ?? "is not valid"} (got ${describeValue(value)})`,
                );
            }
        }
    }
    for (const policy of pack.policies) {
        const entry = config[policy.name];
        const given = typeof entry === "object" && entry !== null ? Object.keys(entry) : [];
        const missing = policy.configSchema.required.filter((key) => !given.includes(key));
        if (missing.length > 0)
            throw new UsageError(
                `${what}: ${policy.name} requires config ${missing.map((key) => `"${key}"`).join(", ")} (the engine refuses the config without it)`,
            );
    }
}
