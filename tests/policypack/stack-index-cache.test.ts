/**
 * The stack index is built once per AnalyzeStack call, not once per policy: @pulumi/policy's
 * server hands each stack policy its own array of freshly deserialised resources, so an index
 * cached on the array was rebuilt (with every memo on it) by each of the pack's policies.
 * The calls here go through the server's own AnalyzeStack function, in-process, with the
 * request the engine sends. And no index is ever reused for a stack that says something else.
 */
import { expect } from "chai";
import { DataProtectionPolicy } from "../../policypack/lib/define";
import { indexStack, StackIndex, stackIndexBuilds } from "../../policypack/lib/stack-index";
import { allPolicies } from "../../policypack/policies";
import { analyzeStackRequest } from "../../tools/analyzer/policy-pack-process";
import { compliantStack } from "./fixtures/compliant-stack";
import { analyze, ResourceSpec, toPolicyResources, Violation, withChange } from "./support/harness";
import { toAnalyzedResources } from "./support/to-analyzer";

// Internal to @pulumi/policy: the function its gRPC server runs for AnalyzeStack.
const { makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");

const rotationOff = () =>
    withChange(compliantStack(), "data-key", (spec: ResourceSpec) => {
        spec.props.enableKeyRotation = false;
    });

/**
 * One AnalyzeStack call of `policies` on `specs`, as the pack's server runs it: the violations
 * (the server's description prefix taken off the messages) and the indexes the policies got.
 */
async function analyzeStackCall(
    policies: readonly DataProtectionPolicy[],
    specs: readonly ResourceSpec[],
): Promise<{ violations: Violation[]; indexes: Set<StackIndex> }> {
    const indexes = new Set<StackIndex>();
    const watched = policies.map((policy) => ({
        ...policy,
        validateStack: (args: any, report: any) => {
            indexes.add(indexStack(args.resources));
            return policy.validateStack(args, report);
        },
    }));
    const rpc = makeAnalyzeStackRpcFun("data-protection", "0.1.0", "mandatory", watched);
    const response = await new Promise<any>((resolve, reject) => {
        rpc({ request: analyzeStackRequest(toAnalyzedResources(specs)) }, (error: Error | null, result: any) =>
            error ? reject(error) : resolve(result),
        );
    });
    const descriptions = new Map(policies.map((policy) => [policy.name, policy.description]));
    const violations = response.getDiagnosticsList().map((d: any): Violation => {
        const prefix = `${descriptions.get(d.getPolicyname())}\n`;
        const message: string = d.getMessage();
        return {
            policy: d.getPolicyname(),
            message: message.startsWith(prefix) ? message.slice(prefix.length) : message,
            urn: d.getUrn() || undefined,
        };
    });
    return { violations, indexes };
}

const key = (v: Violation) => `${v.policy} ${v.urn} ${v.message}`;

describe("stack index: built once per AnalyzeStack call", () => {
    it("every policy of one call gets the same index, built once", async () => {
        const before = stackIndexBuilds();
        const { violations, indexes } = await analyzeStackCall(allPolicies, compliantStack());
        expect(allPolicies.length).to.be.greaterThan(10);
        expect(indexes.size, "distinct indexes the policies got").to.equal(1);
        expect(stackIndexBuilds() - before, "indexes built").to.equal(1);
        expect(violations).to.deep.equal([]);
    });

    it("calls back to back on stacks that differ only in a property each judge their own stack", async () => {
        const first = await analyzeStackCall(allPolicies, compliantStack());
        const second = await analyzeStackCall(allPolicies, rotationOff());
        const third = await analyzeStackCall(allPolicies, compliantStack());
        expect(first.violations).to.deep.equal([]);
        expect(second.indexes.size).to.equal(1);
        expect(second.violations.map(key).sort()).to.deep.equal(analyze(allPolicies, rotationOff()).map(key).sort());
        expect(second.violations.map((v) => v.policy)).to.include("kms-key-require-rotation");
        expect(third.violations).to.deep.equal([]);
        expect(new Set([...first.indexes, ...second.indexes, ...third.indexes]).size, "no index shared between calls").to.equal(3);
    });

    it("never reuses an index for a resource list that says something else, even in the same turn", () => {
        const compliant = indexStack(toPolicyResources(compliantStack()));
        const changed = indexStack(toPolicyResources(rotationOff()));
        expect(changed).to.not.equal(compliant);
        expect(changed.all.find((res) => res.name === "data-key")!.props.enableKeyRotation).to.equal(false);
        const providerChanged = indexStack(
            toPolicyResources(
                withChange(rotationOff(), "default-provider", (spec) => {
                    spec.props.region = "us-east-1";
                }),
            ),
        );
        expect(providerChanged).to.not.equal(changed);
        const dependencyDropped = indexStack(
            toPolicyResources(
                withChange(compliantStack(), "audit-logs", (spec) => {
                    spec.propertyDependencies = {};
                }),
            ),
        );
        expect(dependencyDropped).to.not.equal(providerChanged);
    });

    it("reuses the index for an equal resource list in the same turn only", async () => {
        const first = indexStack(toPolicyResources(compliantStack()));
        expect(indexStack(toPolicyResources(compliantStack())), "same content, same turn").to.equal(first);
        await new Promise((resolve) => setImmediate(resolve));
        expect(indexStack(toPolicyResources(compliantStack())), "same content, a later turn").to.not.equal(first);
    });
});
