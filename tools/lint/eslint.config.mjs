// ESLint for the repository (npm run lint): @eslint/js and typescript-eslint's recommended rules
// on the TypeScript and JavaScript sources. Formatting is prettier's (.prettierrc.json), so no
// rule here is about layout. Run from the root: `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default tseslint.config(
    { ignores: ["dist/", "policypack/bin/", "**/node_modules/", "bench/packs/", "tests/package/fixtures/**/node_modules/"] },
    { basePath: root },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: {
            ecmaVersion: 2022,
            sourceType: "module",
            globals: {
                require: "readonly",
                module: "writable",
                process: "readonly",
                console: "readonly",
                __dirname: "readonly",
                __filename: "readonly",
                Buffer: "readonly",
                setTimeout: "readonly",
                clearTimeout: "readonly",
                setInterval: "readonly",
                clearInterval: "readonly",
                setImmediate: "readonly",
                URL: "readonly",
                TextDecoder: "readonly",
                TextEncoder: "readonly",
                exports: "writable",
                structuredClone: "readonly",
                AbortController: "readonly",
                queueMicrotask: "readonly",
                performance: "readonly",
            },
        },
        rules: {
            // Unused code fails the build already (tsconfig noUnusedLocals/Parameters); `_` marks an argument kept on purpose.
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
            // The escaping of reports and messages matches control characters on purpose (tools/dpcheck/escape.ts).
            "no-control-regex": "off",
            // Prettier keeps code within 140 columns; this holds comments to it too. A string, which
            // neither can break, may run longer.
            "max-len": [
                "error",
                { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
            ],
        },
    },
    {
        // The pack and the tools work at the edges: they read untyped documents (the engine's
        // deserialised properties, stack exports, protobuf messages), where `any` is deliberate,
        // and load modules by resolved path (the SDK's own copies of its dependencies, the
        // user's program) or untyped JavaScript (generated protobuf code), which takes require.
        // The library (components/) and the platform get neither exemption.
        files: ["policypack/**/*.ts", "tools/**/*.ts"],
        rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
    },
    {
        files: ["**/*.js", "**/*.cjs"],
        languageOptions: { sourceType: "commonjs" },
        rules: { "@typescript-eslint/no-require-imports": "off" },
    },
    {
        // Tests read recorded resources and JSON documents whose shape they assert: `any` is the honest type there.
        // Chai's property assertions (`.to.be.true`) are expressions; tests load JavaScript modules
        // and second copies of the package with require.
        files: ["tests/**/*.ts", "bench/**/*.ts"],
        languageOptions: {
            globals: {
                describe: "readonly",
                it: "readonly",
                before: "readonly",
                after: "readonly",
                beforeEach: "readonly",
                afterEach: "readonly",
            },
        },
        rules: {
            "@typescript-eslint/no-explicit-any": "off",
            "@typescript-eslint/no-unused-expressions": "off",
            "@typescript-eslint/no-require-imports": "off",
        },
    },
);
