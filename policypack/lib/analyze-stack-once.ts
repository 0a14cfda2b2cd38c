/**
 * AnalyzeStack with the stack's resources built once per call, not once per stack policy.
 *
 * @pulumi/policy 1.21's server (server.js, `makeAnalyzeStackRpcFun`) builds every resource of
 * the request again for each stack policy: its options, provider, proxy, dependencies and a
 * URN map. All 25 policies of this pack are stack policies, so a preview of 10,000 resources
 * built 250,000 of them; on the engine's path that was two thirds of AnalyzeStack, and at
 * 50,000 resources the garbage made the collector a third of the time, growing faster than
 * the stack. `servePolicyPack` constructs the PolicyPack as usual and replaces only the
 * AnalyzeStack handler it registers with its gRPC server: the same steps, in the same order,
 * with the same diagnostics, levels and "not applicable" answers, on one shared list.
 *
 * It reads the SDK's own exported helpers. If one is missing (another SDK version), or
 * `DP_STOCK_ANALYZE_STACK=1` is set, the SDK's handler is left in place: slower, same result.
 * A test runs both handlers on the same requests and compares their answers.
 */
import * as path from "path";

type Handler = (call: { request: any }, callback: (error: unknown, response?: unknown) => void) => void;
type Level = "advisory" | "mandatory" | "remediate" | "disabled";

interface Sdk {
    grpc: { Server: { prototype: { addService: (service: unknown, implementation: Record<string, Handler>) => void } } };
    isStackPolicy: (p: unknown) => boolean;
    getPulumiType: (x: unknown) => string | undefined;
    makeAnalyzeResponse: (ds: unknown[], notApplicable: unknown[] | undefined) => unknown;
    asGrpcError: (e: unknown, message?: string) => unknown;
    convertEnforcementLevel: (level: number) => Level;
    deserializeProperties: (struct: unknown, proxySecrets: boolean) => Record<string, unknown>;
    unknownCheckingProxy: (value: unknown) => any;
    UnknownValueError: new (...args: any[]) => Error;
    PolicyNotApplicable: new () => { setPolicyName(name: string): void; setReason(reason: string): void };
}

/** The SDK's modules, as @pulumi/policy itself resolves them; undefined if any piece is missing. */
export function loadSdk(): Sdk | undefined {
    try {
        const policyDir = path.dirname(require.resolve("@pulumi/policy/package.json"));
        const from = (id: string) => require(require.resolve(id, { paths: [policyDir] }));
        const policy = from("@pulumi/policy/policy");
        const protoutil = from("@pulumi/policy/protoutil");
        const proxy = from("@pulumi/policy/proxy");
        const deserialize = from("@pulumi/policy/deserialize");
        const sdk: Sdk = {
            grpc: from("@grpc/grpc-js"),
            isStackPolicy: policy.isStackPolicy,
            getPulumiType: policy.getPulumiType,
            makeAnalyzeResponse: protoutil.makeAnalyzeResponse,
            asGrpcError: protoutil.asGrpcError,
            convertEnforcementLevel: protoutil.convertEnforcementLevel,
            // The export is read at each call, as the SDK does, so that deserialize-once applies.
            deserializeProperties: (struct, proxySecrets) => deserialize.deserializeProperties(struct, proxySecrets),
            unknownCheckingProxy: proxy.unknownCheckingProxy,
            UnknownValueError: proxy.UnknownValueError,
            PolicyNotApplicable: from("@pulumi/pulumi/proto/analyzer_pb").PolicyNotApplicable,
        };
        const complete = Object.entries(sdk).every(
            ([, value]) => typeof value === "function" || (typeof value === "object" && value !== null),
        );
        return complete && typeof sdk.grpc.Server?.prototype?.addService === "function" ? sdk : undefined;
    } catch {
        return undefined;
    }
}

/** What Configure and ConfigureStack last said, as the SDK keeps it. */
interface ServerState {
    config: Record<string, Record<string, unknown> & { enforcementLevel?: Level }>;
    stackTags: ReadonlyMap<string, string>;
}

interface Pack {
    readonly name: string;
    readonly version: string;
    readonly enforcementLevel: Level;
    readonly policies: readonly any[];
}

class NotApplicableError extends Error {
    constructor(readonly reason?: string) {
        super(reason ?? "Policy does not apply");
    }
}

/**
 * Constructs the pack with `construct` (which calls `new PolicyPack`, starting the server),
 * with AnalyzeStack served by `makeAnalyzeStack`. Returns whether the shared handler is in place.
 */
export function servePolicyPack(pack: Omit<Pack, "version">, construct: () => void): boolean {
    const sdk = process.env.DP_STOCK_ANALYZE_STACK === "1" ? undefined : loadSdk();
    if (!sdk) {
        construct();
        return false;
    }
    const prototype = sdk.grpc.Server.prototype;
    const addService = prototype.addService;
    let replaced = false;
    prototype.addService = function (this: unknown, service: unknown, implementation: Record<string, Handler>) {
        const analyzer = ["analyzeStack", "configure", "configureStack", "getAnalyzerInfo"].every(
            (name) => typeof implementation?.[name] === "function",
        );
        if (analyzer && !replaced) {
            replaced = true;
            implementation = withSharedAnalyzeStack(sdk, pack, implementation);
        }
        return addService.call(this, service, implementation);
    };
    try {
        construct();
    } finally {
        prototype.addService = addService;
    }
    return replaced;
}

/** The server's handlers, with Configure and ConfigureStack also recorded and AnalyzeStack replaced. */
function withSharedAnalyzeStack(sdk: Sdk, pack: Omit<Pack, "version">, implementation: Record<string, Handler>): Record<string, Handler> {
    const state: ServerState = { config: {}, stackTags: new Map() };
    let version: Promise<string> | undefined;
    const versionOf = () =>
        (version ??= new Promise<string>((resolve, reject) => {
            implementation.getAnalyzerInfo({ request: undefined }, (error, info: any) =>
                error ? reject(error) : resolve(info.getVersion()),
            );
        }));
    return {
        ...implementation,
        configure: (call, callback) =>
            implementation.configure(call, (error, response) => {
                if (!error) state.config = configOf(sdk, call.request);
                callback(error, response);
            }),
        configureStack: (call, callback) =>
            implementation.configureStack(call, (error, response) => {
                if (!error) state.stackTags = stackTagsOf(call.request);
                callback(error, response);
            }),
        analyzeStack: (call, callback) => {
            versionOf().then(
                (v) => makeAnalyzeStack(sdk, { ...pack, version: v }, state)(call, callback),
                (error) => callback(sdk.asGrpcError(error)),
            );
        },
    };
}

/** The SDK's `configure`: each policy's properties and level. */
function configOf(sdk: Sdk, request: any): ServerState["config"] {
    const config: ServerState["config"] = {};
    for (const [name, policyConfig] of request.getPolicyconfigMap().entries()) {
        const properties = policyConfig.getProperties().toJavaScript();
        properties.enforcementLevel = sdk.convertEnforcementLevel(policyConfig.getEnforcementlevel());
        config[name] = properties;
    }
    return config;
}

function stackTagsOf(request: any): ReadonlyMap<string, string> {
    const tags = new Map<string, string>();
    request.getTagsMap().forEach((value: string, key: string) => tags.set(key, value));
    return tags;
}

/** The AnalyzeStack handler: the SDK's steps, the resources built once for all policies. */
export function makeAnalyzeStack(sdk: Sdk, pack: Pack, state: ServerState): Handler {
    return (call, callback) => {
        const run = async () => {
            const resources: any[] = call.request.getResourcesList();
            const ds: unknown[] = [];
            let notApplicable: unknown[] | undefined;
            const pushNotApplicable = (policyName: string, reason?: string) => {
                const entry = new sdk.PolicyNotApplicable();
                entry.setPolicyName(policyName);
                if (reason) entry.setReason(reason);
                (notApplicable ??= []).push(entry);
            };
            let built: unknown[] | undefined;
            for (const p of pack.policies) {
                let level: Level = state.config[p.name]?.enforcementLevel || p.enforcementLevel || pack.enforcementLevel;
                if (level === "disabled" || !sdk.isStackPolicy(p)) continue;
                // Stack policies cannot be remediated: the SDK treats the level as mandatory.
                if (level === "remediate") level = "mandatory";
                const pulumiType = sdk.getPulumiType(p.validateStack);
                if (pulumiType && !resources.some((r) => r.getType() === pulumiType)) {
                    pushNotApplicable(p.name, `Policy only applies to resources of type '${pulumiType}'`);
                    continue;
                }
                const reportViolation = makeReportViolation(p, pack, level, ds);
                try {
                    built ??= buildResources(sdk, resources);
                    const args = {
                        resources: built,
                        getConfig: () => {
                            const { enforcementLevel: _level, ...properties } = state.config[p.name] ?? {};
                            return properties;
                        },
                        stackTags: state.stackTags,
                        notApplicable: (reason?: string) => {
                            throw new NotApplicableError(reason);
                        },
                    };
                    await Promise.resolve(p.validateStack(args, reportViolation));
                } catch (e) {
                    const policyFrom = `policy '${p.name}' from policy pack '${pack.name}@v${pack.version}'`;
                    if (e instanceof sdk.UnknownValueError) {
                        const { validateStack: _validate, name, ...diag } = p;
                        ds.push({
                            policyName: name,
                            policyPackName: pack.name,
                            policyPackVersion: pack.version,
                            message: `can't run ${policyFrom} during preview: ${e.message}`,
                            ...diag,
                            enforcementLevel: "advisory",
                        });
                    } else if (e instanceof NotApplicableError) {
                        pushNotApplicable(p.name, e.reason);
                    } else {
                        throw sdk.asGrpcError(e, `Error validating resource with ${policyFrom}`);
                    }
                }
            }
            return sdk.makeAnalyzeResponse(ds, notApplicable);
        };
        run().then(
            (response) => callback(undefined, response),
            (error) => callback(error, undefined),
        );
    };
}

/** The SDK's reportViolation: a message string (or a policy-info object) with an optional URN. */
function makeReportViolation(p: any, pack: Pack, level: Level, ds: unknown[]) {
    return (message: unknown, urn?: string) => {
        if (typeof message === "object" && message !== null) {
            const info = message as Record<string, any>;
            ds.push({
                policyName: info.name || p.name,
                policyPackName: pack.name,
                policyPackVersion: pack.version,
                message: info.message || info.description || p.description,
                urn: info.urn,
                description: info.description || p.description,
                enforcementLevel: info.enforcementLevel || level,
                severity: info.severity || p.severity,
            });
            return;
        }
        const text = message ? `${p.description}\n${message}` : p.description;
        ds.push({
            policyName: p.name,
            policyPackName: pack.name,
            policyPackVersion: pack.version,
            message: text,
            urn,
            description: p.description,
            enforcementLevel: level,
            severity: p.severity,
        });
    };
}

/** The SDK's PolicyResource objects for a request's resources, parents and dependencies linked. */
function buildResources(sdk: Sdk, messages: readonly any[]): unknown[] {
    const resources = messages.map((r) => {
        const type: string = r.getType();
        const props = sdk.unknownCheckingProxy(sdk.deserializeProperties(r.getProperties(), false));
        const resource: Record<string, unknown> = {
            type,
            props,
            urn: r.getUrn(),
            name: r.getName(),
            opts: resourceOptions(r),
            dependencies: [],
            propertyDependencies: {},
            isType: (resourceClass: unknown) => isTypeOf(sdk, type, resourceClass),
            asType: (resourceClass: unknown) => (isTypeOf(sdk, type, resourceClass) ? props : undefined),
        };
        const provider = r.getProvider();
        if (provider) {
            resource.provider = {
                type: provider.getType(),
                props: sdk.unknownCheckingProxy(sdk.deserializeProperties(provider.getProperties(), false)),
                urn: provider.getUrn(),
                name: provider.getName(),
            };
        }
        return resource;
    });
    const byUrn = new Map<string, Record<string, unknown>>(resources.map((r) => [r.urn as string, r]));
    messages.forEach((r, i) => {
        const resource = resources[i];
        const parent = r.getParent() ? byUrn.get(r.getParent()) : undefined;
        if (parent) resource.parent = parent;
        resource.dependencies = r
            .getDependenciesList()
            .map((urn: string) => byUrn.get(urn))
            .filter((d: unknown) => d);
        const propertyDependencies = resource.propertyDependencies as Record<string, unknown[]>;
        const map = r.getPropertydependenciesMap();
        if (map) {
            for (const [key, urns] of map.entries()) {
                propertyDependencies[key] = urns
                    .getUrnsList()
                    .map((urn: string) => byUrn.get(urn))
                    .filter((d: unknown) => d);
            }
        }
    });
    return resources;
}

function resourceOptions(r: any): Record<string, unknown> {
    const opts = r.getOptions();
    if (!opts)
        throw new Error(
            "A more recent version of the Pulumi CLI is required. To upgrade, see https://www.pulumi.com/docs/get-started/install/",
        );
    const timeouts = opts.getCustomtimeouts();
    const result: Record<string, unknown> = {
        protect: opts.getProtect(),
        ignoreChanges: opts.getIgnorechangesList(),
        aliases: opts.getAliasesList(),
        customTimeouts: {
            createSeconds: timeouts?.getCreate() ?? 0.0,
            updateSeconds: timeouts?.getUpdate() ?? 0.0,
            deleteSeconds: timeouts?.getDelete() ?? 0.0,
        },
        additionalSecretOutputs: opts.getAdditionalsecretoutputsList(),
    };
    if (opts.getDeletebeforereplacedefined()) result.deleteBeforeReplace = opts.getDeletebeforereplace();
    if (opts.getParent()) result.parent = opts.getParent();
    return result;
}

function isTypeOf(sdk: Sdk, type: string, resourceClass: any): boolean {
    const pulumiType = sdk.getPulumiType(resourceClass);
    if (pulumiType) return type === pulumiType;
    const isInstance = resourceClass?.isInstance;
    return typeof isInstance === "function" && isInstance({ __pulumiType: type }) === true;
}
