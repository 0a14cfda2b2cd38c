/**
 * The pack serves AnalyzeStack with the stack built once for all its policies
 * (policypack/lib/analyze-stack-once.ts). It must answer exactly what @pulumi/policy's own
 * handler answers: the same requests go to both and the responses are compared, for the
 * pack's policies and for policies that use every other path of the SDK's handler.
 */
import { expect } from "chai";
import * as path from "path";
import { loadSdk, makeAnalyzeStack, servePolicyPack } from "../../policypack/lib/analyze-stack-once";
import { allPolicies } from "../../policypack/policies";
import { analyzeStackRequest, Diagnostic, PolicyPackProcess } from "../../tools/analyzer/policy-pack-process";
import { compliantStack } from "./fixtures/compliant-stack";
import { ResourceSpec, withChange } from "./support/harness";
import { toAnalyzedResources } from "./support/to-analyzer";
import { ROOT } from "../support/paths";

// Internal to @pulumi/policy: the AnalyzeStack handler its server registers.
const { makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const PACK = { name: "data-protection", version: "0.1.0", enforcementLevel: "mandatory" as const };

type Outcome = { response: unknown } | { error: string };

function call(handler: any, specs: readonly ResourceSpec[]): Promise<Outcome> {
    return new Promise((resolve) =>
        handler({ request: analyzeStackRequest(toAnalyzedResources(specs)) }, (error: any, response: any) => {
            // An error's message, without the stack trace that follows it.
            resolve(
                error
                    ? { error: `${error.code ?? ""} ${error.message ?? ""} ${error.details ?? ""}`.split("\n    at ")[0] }
                    : { response: response.toObject() },
            );
        }),
    );
}

/** Both handlers on the same stack: their answers. */
async function both(policies: readonly any[], specs: readonly ResourceSpec[]): Promise<[Outcome, Outcome]> {
    const sdk = loadSdk()!;
    const stock = makeAnalyzeStackRpcFun(PACK.name, PACK.version, PACK.enforcementLevel, policies);
    const shared = makeAnalyzeStack(sdk, { ...PACK, policies }, { config: {}, stackTags: new Map() });
    return [await call(stock, specs), await call(shared, specs)];
}

const typed = (type: string, validate: (...args: any[]) => void) => Object.assign(validate, { __pulumiType: type });

/** Policies that exercise each path of the handler, reporting what they were given. */
const probes: any[] = [
    {
        name: "probe-shape",
        description: "Reports what each resource looks like",
        enforcementLevel: "advisory",
        severity: "low",
        validateStack: (args: any, report: any) => {
            for (const r of args.resources) {
                report(
                    JSON.stringify({
                        type: r.type,
                        name: r.name,
                        parent: r.parent?.urn,
                        dependencies: r.dependencies.map((d: any) => d.urn),
                        propertyDependencies: Object.fromEntries(
                            Object.entries(r.propertyDependencies).map(([k, v]: [string, any]) => [k, v.map((d: any) => d.urn)]),
                        ),
                        opts: r.opts,
                        provider: r.provider && { type: r.provider.type, urn: r.provider.urn, region: r.provider.props.region },
                        isBucket: r.isType({ __pulumiType: "aws:s3/bucket:Bucket" }),
                        asBucket: r.asType({ __pulumiType: "aws:s3/bucket:Bucket" }) !== undefined,
                        keys: Object.keys(r.props).sort(),
                        config: args.getConfig(),
                        tags: [...args.stackTags.keys()],
                    }),
                    r.urn,
                );
            }
        },
    },
    {
        name: "probe-remediate",
        description: "Reports under remediate",
        enforcementLevel: "remediate",
        validateStack: (_a: any, report: any) => report("remediated?"),
    },
    {
        name: "probe-disabled",
        description: "Never runs",
        enforcementLevel: "disabled",
        validateStack: (_a: any, report: any) => report("ran"),
    },
    {
        name: "probe-not-applicable",
        description: "Says it does not apply",
        validateStack: (args: any) => args.notApplicable("nothing to judge here"),
    },
    {
        name: "probe-typed-absent",
        description: "Typed to a type the stack lacks",
        validateStack: typed("aws:nope/nope:Nope", (_a: any, report: any) => report("ran")),
    },
    {
        name: "probe-typed-present",
        description: "Typed to a type the stack has",
        validateStack: typed("aws:dynamodb/table:Table", (_a: any, report: any) => report("ran")),
    },
    {
        name: "probe-object-report",
        description: "Reports an object",
        severity: "high",
        validateStack: (args: any, report: any) => report({ message: "as an object", urn: args.resources[0].urn, severity: "critical" }),
    },
    {
        name: "probe-unknown",
        description: "Reads an unknown",
        severity: "medium",
        validateStack: (args: any) => {
            for (const r of args.resources) void r.props.serverSideEncryption?.enabled;
        },
    },
    {
        name: "probe-async",
        description: "Reports after awaiting",
        validateStack: async (_a: any, report: any) => {
            await new Promise((r) => setImmediate(r));
            report("later");
        },
    },
    { name: "probe-resource-policy", description: "A resource policy: not run by AnalyzeStack", validateResource: () => {} },
];

const unknownTable = () =>
    withChange(compliantStack(), "orders", (s) => {
        s.props.serverSideEncryption.enabled = UNKNOWN;
    });
const rotationOff = () =>
    withChange(compliantStack(), "data-key", (s) => {
        s.props.enableKeyRotation = false;
    });
const unencrypted = () =>
    withChange(compliantStack(), "orders", (s) => {
        s.props.serverSideEncryption = { enabled: false };
    });

describe("AnalyzeStack built once: the SDK's answers", function () {
    this.timeout(60_000);

    it("the SDK pieces it reads are there", () => {
        expect(loadSdk(), "the exported helpers of @pulumi/policy and @grpc/grpc-js").to.not.equal(undefined);
    });

    for (const [label, stack] of [
        ["the compliant stack", compliantStack],
        ["a key without rotation", rotationOff],
        ["an unencrypted table", unencrypted],
        ["an unknown encryption flag", unknownTable],
    ] as const) {
        it(`the pack's policies on ${label}`, async () => {
            const [stock, shared] = await both(allPolicies, stack());
            expect(shared).to.deep.equal(stock);
        });
    }

    it("every path of the handler: shapes, levels, not applicable, typed, object reports, unknowns, async", async () => {
        const [stock, shared] = await both(probes, unknownTable());
        expect(stock).to.have.property("response");
        const diagnostics = (stock as any).response.diagnosticsList as { policyname: string }[];
        expect(new Set(diagnostics.map((d) => d.policyname))).to.include.members([
            "probe-shape",
            "probe-remediate",
            "probe-typed-present",
            "probe-unknown",
            "probe-async",
        ]);
        expect(shared).to.deep.equal(stock);
    });

    it("a policy that throws: the same error", async () => {
        const throwing = [
            {
                name: "probe-throws",
                description: "Throws",
                validateStack: () => {
                    throw new Error("boom");
                },
            },
        ];
        const [stock, shared] = await both(throwing, compliantStack());
        expect(stock).to.have.property("error").that.includes("boom");
        expect(shared).to.deep.equal(stock);
    });

    it("the policies of one call share one list of resources", async () => {
        const seen: unknown[] = [];
        const policies = ["a", "b", "c"].map((name) => ({
            name,
            description: name,
            validateStack: (args: any) => {
                seen.push(args.resources);
            },
        }));
        await call(makeAnalyzeStack(loadSdk()!, { ...PACK, policies }, { config: {}, stackTags: new Map() }), compliantStack());
        expect(seen).to.have.length(3);
        expect(new Set(seen).size).to.equal(1);
    });

    it("replaces only the Analyzer's AnalyzeStack, and puts the server back as it was", () => {
        const sdk = loadSdk()!;
        const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
        const original = sdk.grpc.Server.prototype.addService;
        const called: string[] = [];
        const implementation: Record<string, any> = Object.fromEntries(
            Object.keys(AnalyzerService).map((method) => [
                method,
                () => {
                    called.push(method);
                },
            ]),
        );
        let server: any;
        const replaced = servePolicyPack({ name: PACK.name, enforcementLevel: PACK.enforcementLevel, policies: [] }, () => {
            server = new (sdk.grpc.Server as any)();
            server.addService(AnalyzerService, implementation);
        });
        expect(replaced).to.equal(true);
        expect(sdk.grpc.Server.prototype.addService).to.equal(original);
        const invoke = (method: string) => server.handlers.get(AnalyzerService[method].path).func({ request: undefined }, () => {});
        invoke("analyze");
        expect(called).to.deep.equal(["analyze"]);
        invoke("analyzeStack");
        // The replacement asks the server for the pack's version first; the SDK's handler is not run.
        expect(called).to.deep.equal(["analyze", "getAnalyzerInfo"]);
    });
});

describe("AnalyzeStack built once: in the pack's process, with a policy config", function () {
    this.timeout(120_000);
    const PACK_DIR = path.join(ROOT, "policypack");

    async function diagnosticsOf(stock: boolean, config: Record<string, unknown>, specs: readonly ResourceSpec[]): Promise<Diagnostic[]> {
        const previous = process.env.DP_STOCK_ANALYZE_STACK;
        if (stock) process.env.DP_STOCK_ANALYZE_STACK = "1";
        else delete process.env.DP_STOCK_ANALYZE_STACK;
        const pack = await PolicyPackProcess.start(PACK_DIR).finally(() => {
            if (previous === undefined) delete process.env.DP_STOCK_ANALYZE_STACK;
            else process.env.DP_STOCK_ANALYZE_STACK = previous;
        });
        try {
            await pack.configure(config as any);
            await pack.configureStack({ stack: "dev", project: "shipping-labels", dryRun: true });
            return await pack.analyzeStack(toAnalyzedResources(specs));
        } finally {
            await pack.stop();
        }
    }

    it("levels and properties from Configure apply as in the SDK's handler", async () => {
        const stack = withChange(unencrypted(), "data-key", (s) => {
            s.props.enableKeyRotation = false;
        });
        const config = {
            all: "advisory",
            "kms-key-require-rotation": "disabled",
            "datastore-retention-limit-copies": { maxPiiRetentionDays: 2 },
        };
        const stock = await diagnosticsOf(true, config, stack);
        const shared = await diagnosticsOf(false, config, stack);
        const key = (d: Diagnostic) => `${d.enforcementLevel} ${d.policyName} ${d.urn} ${d.message}`;
        expect(stock.map((d) => d.policyName)).to.include("datastore-encryption-require-customer-key");
        expect(stock.map((d) => d.policyName)).to.not.include("kms-key-require-rotation");
        expect(stock.every((d) => d.enforcementLevel === "advisory")).to.equal(true);
        expect(shared.map(key).sort()).to.deep.equal(stock.map(key).sort());
    });
});
