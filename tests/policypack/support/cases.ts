import { expect } from "chai";
import { DataProtectionPolicy } from "../../../policypack/lib/define";
import { compliantStack } from "../fixtures/compliant-stack";
import { analyze, ResourceSpec, urnOf, Violation } from "./harness";

export interface FailingCase {
    /** What the change breaks, as the test title. */
    readonly title: string;
    /** The compliant fixture with one change. */
    readonly stack: () => ResourceSpec[];
    /** The resource the violation must name: `[type, name]`. */
    readonly at: [string, string];
    readonly message: RegExp;
    readonly config?: Record<string, unknown>;
}

export interface PassingCase {
    readonly title: string;
    readonly stack: () => ResourceSpec[];
    readonly config?: Record<string, unknown>;
}

/** Tests of one policy: it passes the compliant fixture and each listed variant, and flags each change. */
export function describePolicy(policy: DataProtectionPolicy, failing: FailingCase[], passing: PassingCase[] = []): void {
    describe(policy.name, () => {
        it("passes the compliant fixture", () => {
            expect(analyze([policy], compliantStack())).to.deep.equal([]);
        });
        for (const variant of passing) {
            it(`passes: ${variant.title}`, () => {
                expect(analyze([policy], variant.stack(), variant.config)).to.deep.equal([]);
            });
        }
        for (const failure of failing) {
            it(`flags: ${failure.title}`, () => {
                const violations = analyze([policy], failure.stack(), failure.config);
                const urn = urnOf({ type: failure.at[0], name: failure.at[1] });
                const hit = violations.find((v: Violation) => v.urn === urn && failure.message.test(v.message));
                expect(
                    hit,
                    `expected a violation at ${failure.at[1]} matching ${failure.message}; got ${JSON.stringify(violations, null, 1)}`,
                ).to.not.equal(undefined);
            });
        }
    });
}
