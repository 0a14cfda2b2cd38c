import { expect } from "chai";
import { allPolicies } from "../../../policypack/policies";
import { analyze, ResourceSpec } from "../support/harness";
import { compliantStack } from "../fixtures/compliant-stack";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function unknownLeaves(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(unknownLeaves);
    if (value !== null && typeof value === "object")
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unknownLeaves(v)]));
    return UNKNOWN;
}

describe("policy pack: the compliant fixture", () => {
    it("raises no violation under any policy", () => {
        expect(analyze(allPolicies, compliantStack())).to.deep.equal([]);
    });

    it("never crashes when every value is unknown (preview), and keeps the controls as violations", () => {
        const stack: ResourceSpec[] = compliantStack().map((spec) => ({
            ...spec,
            props: unknownLeaves(spec.props) as Record<string, any>,
        }));
        const violations = analyze(allPolicies, stack);
        const policies = new Set(violations.map((v) => v.policy));
        for (const policy of [
            "datastore-encryption-require-customer-key",
            "datastore-transit-require-tls",
            "datastore-retention-limit-copies",
            "datastore-tags-require-classification",
        ]) {
            expect(policies, policy).to.include(policy);
        }
    });

    it("never crashes when whole properties are unknown", () => {
        for (const spec of compliantStack()) {
            for (const key of Object.keys(spec.props)) {
                const stack = compliantStack().map((s) => (s.name === spec.name ? { ...s, props: { ...s.props, [key]: UNKNOWN } } : s));
                expect(() => analyze(allPolicies, stack), `${spec.name}.${key}`).to.not.throw();
            }
        }
    });
});
