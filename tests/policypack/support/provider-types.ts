/** Every resource type token of the installed @pulumi/aws, read from its compiled classes. */
import * as fs from "fs";
import * as path from "path";

const TYPE_TOKEN = /static __pulumiType = '([^']+)'/g;

export function installedAwsTypes(): string[] {
    const root = path.dirname(require.resolve("@pulumi/aws/package.json"));
    const tokens = new Set<string>();
    const visit = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== "node_modules" && entry.name !== "types") visit(full);
            } else if (entry.name.endsWith(".js")) {
                for (const [, token] of fs.readFileSync(full, "utf8").matchAll(TYPE_TOKEN))
                    tokens.add(token === "aws" ? "pulumi:providers:aws" : token);
            }
        }
    };
    visit(root);
    return [...tokens].sort();
}

/** The installed provider's version, for messages. */
export function installedAwsVersion(): string {
    return require("@pulumi/aws/package.json").version;
}

/** Whether the provider's `<Name>Args` of a type token declares `tags` (undefined when the file is not found). */
export function argsTakeTags(type: string): boolean | undefined {
    const match = /^aws:([^/]+)\/([^:]+):(\w+)$/.exec(type);
    if (!match) return undefined;
    const file = path.join(path.dirname(require.resolve("@pulumi/aws/package.json")), match[1], `${match[2]}.d.ts`);
    if (!fs.existsSync(file)) return undefined;
    const text = fs.readFileSync(file, "utf8");
    const start = text.indexOf(`export interface ${match[3]}Args {`);
    if (start < 0) return undefined;
    return /\n\s+tags\?:/.test(text.slice(start, text.indexOf("\n}", start)));
}
