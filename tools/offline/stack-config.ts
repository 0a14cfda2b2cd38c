import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

/** A Pulumi project's name and one stack's config, read from its YAML files. */
export interface StackSettings {
    readonly project: string;
    readonly stack: string;
    /** `"<namespace>:<key>"` to string, as PULUMI_CONFIG holds it; secrets as `[secret]`. */
    readonly config: Record<string, string>;
    readonly main: string;
}

export class StackSettingsError extends Error {}

function readYaml(file: string): any {
    if (!fs.existsSync(file)) throw new StackSettingsError(`${file} does not exist`);
    try {
        return parse(fs.readFileSync(file, "utf8")) ?? {};
    } catch (error) {
        throw new StackSettingsError(`${file} is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    }
}

/**
 * Reads `Pulumi.yaml` and `Pulumi.<stack>.yaml`. Encrypted values (`secure:`) are never
 * decrypted offline: the program sees the string `[secret]`.
 */
export function readStackSettings(projectDir: string, stack: string): StackSettings {
    const project = readYaml(path.join(projectDir, "Pulumi.yaml"));
    if (typeof project.name !== "string") throw new StackSettingsError(`${path.join(projectDir, "Pulumi.yaml")} has no project name`);
    const stackFile = path.join(projectDir, `Pulumi.${stack}.yaml`);
    if (!fs.existsSync(stackFile)) {
        const known = fs
            .readdirSync(projectDir)
            .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
            .filter(Boolean);
        throw new StackSettingsError(`unknown stack "${stack}": no ${stackFile} (stacks here: ${known.join(", ") || "none"})`);
    }
    const raw: Record<string, unknown> = readYaml(stackFile).config ?? {};
    const config: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
        const fullKey = key.includes(":") ? key : `${project.name}:${key}`;
        config[fullKey] = isSecure(value) ? "[secret]" : typeof value === "string" ? value : JSON.stringify(redactSecrets(value));
    }
    return { project: project.name, stack, config, main: path.resolve(projectDir, project.main ?? "index.ts") };
}

function isSecure(value: unknown): boolean {
    return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && "secure" in value;
}

function redactSecrets(value: unknown): unknown {
    if (isSecure(value)) return "[secret]";
    if (Array.isArray(value)) return value.map(redactSecrets);
    if (typeof value === "object" && value !== null)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecrets(v)]));
    return value;
}
