/**
 * Runs a policy pack the way the Pulumi engine does: in its own process, through
 * `@pulumi/pulumi/cmd/run-policy-pack`, spoken to over the Analyzer gRPC protocol
 * (GetAnalyzerInfo, Configure, ConfigureStack, Analyze, AnalyzeStack). The protobuf and gRPC
 * modules are the ones @pulumi/pulumi itself resolves, since the pack's server checks message
 * classes against its own copies.
 */
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import { ensurePackBuilt } from "./built-pack";

const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const fromPulumi = (id: string) => require(require.resolve(id, { paths: [pulumiDir] }));
const grpc = fromPulumi("@grpc/grpc-js");
const structProto = fromPulumi("google-protobuf/google/protobuf/struct_pb.js");
const emptyProto = fromPulumi("google-protobuf/google/protobuf/empty_pb.js");
const analyzerProto = require("@pulumi/pulumi/proto/analyzer_pb.js");
const analyzerGrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb.js");

export type EnforcementLevel = "advisory" | "mandatory" | "disabled" | "remediate";
const LEVEL_NAMES: EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];
const LEVEL_VALUES: Record<EnforcementLevel, number> = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 };

/** A resource as the engine describes it to AnalyzeStack. */
export interface AnalyzedResource {
    readonly type: string;
    readonly urn: string;
    readonly name: string;
    readonly properties: Record<string, unknown>;
    readonly parent?: string;
    readonly dependencies?: readonly string[];
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
    /** The URN of the provider resource that manages it (its `defaultTags` count as its tags). */
    readonly provider?: string;
}

export interface Diagnostic {
    readonly policyName: string;
    readonly policyPackName: string;
    readonly policyPackVersion: string;
    readonly description: string;
    readonly message: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly urn: string;
}

export interface PolicyInfo {
    readonly name: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly severity: number;
    readonly remediationSteps: string;
    readonly framework?: { name: string; version: string; reference: string; specification: string };
    readonly configKeys: string[];
    /** The policy's config schema as the engine validates against it (JSON Schema of each property, required keys). */
    readonly configSchema: { readonly properties: Readonly<Record<string, object>>; readonly required: readonly string[] };
}

export interface PackInfo {
    readonly name: string;
    readonly version: string;
    readonly policies: PolicyInfo[];
}

/** The `--policy-pack-config` file format: `all` and per-policy levels and properties. */
export type PolicyPackConfigFile = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

/** The level a policy runs at under `config`, as the engine decides it: its own entry, else `all`, else the pack's default. */
export function effectiveLevel(policy: Pick<PolicyInfo, "name" | "enforcementLevel">, config: PolicyPackConfigFile): EnforcementLevel {
    const levelOf = (entry: PolicyPackConfigFile[string] | undefined) => (typeof entry === "string" ? entry : entry?.enforcementLevel);
    return levelOf(config[policy.name]) ?? levelOf(config.all) ?? policy.enforcementLevel;
}

/** The pack's entry: a watchdog that ends the pack with this process, then run-policy-pack. */
const CHILD_ENTRY = path.join(__dirname, "policy-pack-child.js");

/**
 * Pack processes still running. They end with this process however it ends: their watchdog
 * sees it go (even on SIGKILL); on a normal exit they are killed here; SIGINT and SIGTERM are
 * passed on to them, then take their default course unless the program handles them itself.
 */
const running = new Set<ChildProcess>();
const FORWARDED: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

function forwardSignal(signal: NodeJS.Signals): void {
    for (const child of running) child.kill(signal);
    if (process.listenerCount(signal) === 1) {
        // Ours is the only handler: let the signal do what it would have done without it.
        process.removeListener(signal, forwardSignal);
        process.kill(process.pid, signal);
    }
}

function killAllOnExit(): void {
    for (const child of running) child.kill("SIGKILL");
}

function track(child: ChildProcess): void {
    if (running.size === 0) {
        process.on("exit", killAllOnExit);
        for (const signal of FORWARDED) process.on(signal, forwardSignal);
    }
    running.add(child);
    child.once("exit", () => {
        if (!running.delete(child) || running.size > 0) return;
        process.removeListener("exit", killAllOnExit);
        for (const signal of FORWARDED) process.removeListener(signal, forwardSignal);
    });
}

/** As the engine does: the @pulumi/pulumi the pack itself resolves, else this tool's own. */
function pulumiOf(packDir: string): string {
    try {
        return path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [packDir] }));
    } catch {
        return pulumiDir;
    }
}

function unary<T>(client: any, method: string, request: unknown): Promise<T> {
    return new Promise((resolve, reject) =>
        client[method](request, (error: Error | null, response: T) => (error ? reject(error) : resolve(response))),
    );
}

export class PolicyPackProcess {
    private constructor(
        private readonly child: ChildProcess,
        private readonly client: any,
        private stderr: string[],
    ) {}

    /** Starts the pack in `packDir` and connects to the port it prints first. */
    static async start(dir: string, timeoutMs = 60_000): Promise<PolicyPackProcess> {
        const packDir = path.resolve(dir); // the pack runs in its folder: a relative path would move with it
        ensurePackBuilt(packDir);
        const runner = path.join(pulumiOf(packDir), "cmd", "run-policy-pack");
        // stdin: a pipe we never write to, whose end tells the pack we are gone (see CHILD_ENTRY).
        const child = spawn(process.execPath, [CHILD_ENTRY, String(process.pid), runner, "127.0.0.1:0", packDir], {
            cwd: packDir,
            stdio: ["pipe", "pipe", "pipe"],
        });
        child.stdin!.on("error", () => {}); // the pack gone first: nothing to report
        track(child);
        const stderr: string[] = [];
        child.stderr!.on("data", (chunk) => stderr.push(String(chunk)));
        const port = await new Promise<number>((resolve, reject) => {
            let buffer = "";
            const timer = setTimeout(() => {
                child.kill();
                reject(new Error(`policy pack did not start within ${timeoutMs} ms: ${stderr.join("")}`));
            }, timeoutMs);
            child.stdout!.on("data", (chunk) => {
                buffer += String(chunk);
                const line = buffer.split("\n")[0];
                if (buffer.includes("\n") && /^\d+$/.test(line.trim())) {
                    clearTimeout(timer);
                    resolve(Number(line.trim()));
                }
            });
            child.on("exit", (code) => {
                clearTimeout(timer);
                reject(new Error(`policy pack exited with ${code}: ${stderr.join("")}`));
            });
        });
        const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
        return new PolicyPackProcess(child, client, stderr);
    }

    async info(): Promise<PackInfo> {
        const info = await unary<any>(this.client, "getAnalyzerInfo", new emptyProto.Empty());
        return {
            name: info.getName(),
            version: info.getVersion(),
            policies: info.getPoliciesList().map((policy: any) => {
                const framework = policy.getFramework();
                const schema = policy.getConfigschema();
                const properties = (schema?.getProperties()?.toJavaScript() ?? {}) as Record<string, object>;
                return {
                    name: policy.getName(),
                    enforcementLevel: LEVEL_NAMES[policy.getEnforcementlevel()],
                    severity: policy.getSeverity(),
                    remediationSteps: policy.getRemediationSteps(),
                    framework: framework
                        ? {
                              name: framework.getName(),
                              version: framework.getVersion(),
                              reference: framework.getReference(),
                              specification: framework.getSpecification(),
                          }
                        : undefined,
                    configKeys: Object.keys(properties),
                    configSchema: { properties, required: schema?.getRequiredList() ?? [] },
                };
            }),
        };
    }

    /** Sends Configure as the engine does: each policy's level and properties, the file overlaid. */
    async configure(config: PolicyPackConfigFile = {}): Promise<void> {
        const { policies } = await this.info();
        const request = new analyzerProto.ConfigureAnalyzerRequest();
        for (const policy of policies) {
            const entry = config[policy.name];
            const { enforcementLevel: _level, ...properties } = typeof entry === "string" ? {} : (entry ?? {});
            const policyConfig = new analyzerProto.PolicyConfig();
            policyConfig.setEnforcementlevel(LEVEL_VALUES[effectiveLevel(policy, config)]);
            policyConfig.setProperties(structProto.Struct.fromJavaScript(properties));
            request.getPolicyconfigMap().set(policy.name, policyConfig);
        }
        await unary(this.client, "configure", request);
    }

    async configureStack(stack: { stack: string; project: string; organization?: string; dryRun: boolean }): Promise<void> {
        const request = new analyzerProto.AnalyzerStackConfigureRequest();
        request.setStack(stack.stack);
        request.setProject(stack.project);
        request.setOrganization(stack.organization ?? "organization");
        request.setDryRun(stack.dryRun);
        await unary(this.client, "configureStack", request);
    }

    async analyze(resource: AnalyzedResource): Promise<Diagnostic[]> {
        const request = describeResource(new analyzerProto.AnalyzeRequest(), resource);
        const response = await unary<any>(this.client, "analyze", request);
        return diagnostics(response);
    }

    /**
     * AnalyzeStack of these resources, or of a request built and serialised beforehand
     * (`analyzeStackRequest(...).serializeBinary()`): the engine builds and encodes its request
     * itself, so a benchmark sends bytes, to time only what the pack does.
     */
    async analyzeStack(resources: readonly AnalyzedResource[] | Uint8Array): Promise<Diagnostic[]> {
        const response =
            resources instanceof Uint8Array
                ? await new Promise<any>((resolve, reject) =>
                      this.client.makeUnaryRequest(
                          "/pulumirpc.Analyzer/AnalyzeStack",
                          (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
                          (buffer: Buffer) => analyzerProto.AnalyzeResponse.deserializeBinary(new Uint8Array(buffer)),
                          resources,
                          (error: Error | null, result: unknown) => (error ? reject(error) : resolve(result)),
                      ),
                  )
                : await unary<any>(this.client, "analyzeStack", analyzeStackRequest(resources));
        return diagnostics(response);
    }

    /** The pack process's id. */
    get pid(): number | undefined {
        return this.child.pid;
    }

    /** What the pack wrote to stderr so far (for error messages). */
    get errors(): string {
        return this.stderr.join("");
    }

    /** Whether the pack process is still there: not exited, not killed. */
    get running(): boolean {
        return this.child.exitCode === null && this.child.signalCode === null;
    }

    async stop(): Promise<void> {
        this.client.close();
        if (this.running) {
            const exited = new Promise((resolve) => this.child.once("exit", resolve));
            this.child.kill();
            await exited;
        }
    }
}

/** An AnalyzeStack request message (`analyzeStackRequest`), opaque outside this module. */
export interface AnalyzeStackRequest {
    getResourcesList(): unknown[];
    serializeBinary(): Uint8Array;
}

/** The AnalyzeStack request the engine sends for these resources (the providers' inputs included). */
export function analyzeStackRequest(resources: readonly AnalyzedResource[]): AnalyzeStackRequest {
    const request = new analyzerProto.AnalyzeStackRequest();
    const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
    request.setResourcesList(
        resources.map((resource) => {
            const message = describeResource(new analyzerProto.AnalyzerResource(), resource);
            if (resource.parent) message.setParent(resource.parent);
            const provider = resource.provider ? byUrn.get(resource.provider) : undefined;
            if (provider) {
                // As the engine does: the provider resource with its inputs (default tags, region).
                const described = new analyzerProto.AnalyzerProviderResource();
                described.setType(provider.type);
                described.setUrn(provider.urn);
                described.setName(provider.name);
                described.setProperties(structProto.Struct.fromJavaScript(stripInternal(provider.properties)));
                message.setProvider(described);
            }
            message.setDependenciesList([...(resource.dependencies ?? [])]);
            for (const [property, urns] of Object.entries(resource.propertyDependencies ?? {})) {
                const deps = new analyzerProto.AnalyzerPropertyDependencies();
                deps.setUrnsList([...urns]);
                message.getPropertydependenciesMap().set(property, deps);
            }
            return message;
        }),
    );
    return request;
}

/** What Analyze and AnalyzeStack both carry of a resource (the two messages share these fields). */
function describeResource<T>(message: T, resource: AnalyzedResource): T {
    const target = message as any;
    target.setType(resource.type);
    target.setUrn(resource.urn);
    target.setName(resource.name);
    target.setProperties(structProto.Struct.fromJavaScript(stripInternal(resource.properties)));
    // The engine always sends resource options; the pack's server refuses a request without them.
    const options = new analyzerProto.AnalyzerResourceOptions();
    options.setProtect(false);
    if (resource.parent) options.setParent(resource.parent);
    target.setOptions(options);
    return message;
}

function diagnostics(response: any): Diagnostic[] {
    return response.getDiagnosticsList().map((d: any) => ({
        policyName: d.getPolicyname(),
        policyPackName: d.getPolicypackname(),
        policyPackVersion: d.getPolicypackversion(),
        description: d.getDescription(),
        message: d.getMessage(),
        enforcementLevel: LEVEL_NAMES[d.getEnforcementlevel()],
        urn: d.getUrn(),
    }));
}

/** The engine strips its internal `__`-prefixed keys before analysis. */
function stripInternal(properties: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(properties)
            .filter(([key]) => !key.startsWith("__"))
            .map(([k, v]) => [k, v === undefined ? null : v]),
    );
}
