/**
 * Runs a TypeScript program as Pulumi's Node.js language host does (@pulumi/pulumi's
 * cmd/run/run.js): ts-node and typescript from the program's own dependencies when it has them,
 * else the ones vendored in @pulumi/pulumi; the project's tsconfig.json when there is one, else
 * no project file at all; CommonJS unless the project's compiler options say otherwise. Nothing
 * of this package's own TypeScript setup is used.
 *
 * One difference: the program is transpiled without type-checking (Pulumi type-checks unless
 * `noCheck`): an offline check is about what the program declares; `tsc` checks its types.
 */
import * as fs from "fs";
import * as path from "path";

interface TsUtils {
    typeScriptRequireStrings(): { tsnodeRequire: string; typescriptRequire: string };
    loadTypeScriptCompilerOptions(tsConfigPath: string): Record<string, unknown>;
}

/** Registers ts-node for the program in `projectDir`, unless something already handles .ts. */
export function registerTypeScript(projectDir: string): void {
    if (require.extensions[".ts"]) return;
    // The program's SDK, as the language host would load it; this package's as a fallback.
    const sdk = (() => {
        try {
            return require.resolve("@pulumi/pulumi/tsutils", { paths: [projectDir] });
        } catch {
            return require.resolve("@pulumi/pulumi/tsutils");
        }
    })();
    const tsutils = require(sdk) as TsUtils;
    const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
    const tsConfigPath = path.join(projectDir, "tsconfig.json");
    const skipProject = !fs.existsSync(tsConfigPath);
    const compilerOptions = skipProject ? {} : tsutils.loadTypeScriptCompilerOptions(tsConfigPath);
    require(tsnodeRequire).register({
        compiler: typescriptRequire,
        transpileOnly: true,
        project: tsConfigPath,
        skipProject,
        compilerOptions: { target: "ES2020", module: "commonjs", moduleResolution: "node", sourceMap: true, ...compilerOptions },
    });
}
