/**
 * Tests of catalogue entries, in the one-change style: a resource's compliant form, added to
 * the compliant fixture, passes every policy of the pack; each case changes one thing and must
 * raise the named policy's violation on the named resource.
 */
import { expect } from "chai";
import { DataProtectionPolicy } from "../../../policypack/lib/define";
import { allPolicies } from "../../../policypack/policies";
import { ACCOUNT, compliantStack } from "../fixtures/compliant-stack";
import { analyze, ResourceSpec, urnOf } from "./harness";

export type Change = (stack: ResourceSpec[]) => void;

export interface EntryFailure {
    readonly title: string;
    readonly change: Change;
    readonly policy: DataProtectionPolicy;
    /** The resource the violation must name: `[type, name]`. */
    readonly at: readonly [string, string];
    readonly message: RegExp;
    readonly config?: Record<string, unknown>;
}

export interface EntryVariant {
    readonly title: string;
    readonly change: Change;
    readonly config?: Record<string, unknown>;
}

/** The compliant fixture plus `resources`, with the trail recording data events of `dataEventTypes` for every resource. */
export function fixtureWith(resources: ResourceSpec[], dataEventTypes: readonly string[] = []): ResourceSpec[] {
    const stack = [...compliantStack(), ...resources];
    if (dataEventTypes.length > 0) {
        const trail = stack.find((s) => s.name === "audit")!;
        trail.props.advancedEventSelectors = [
            ...dataEventTypes.map((type) => ({
                name: type,
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: [type] },
                ],
            })),
            // Advanced selectors replace basic ones: keep the fixture's buckets and table recorded.
            {
                name: "s3",
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::S3::Object"] },
                ],
            },
            {
                name: "ddb",
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                ],
            },
            // Advanced selectors record management events only through a selector of their own.
            { name: "management", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
        ];
        delete trail.props.eventSelectors;
    }
    return stack;
}

/** Applies `fn` to the props of the resource named `name`. */
export function props(name: string, fn: (props: Record<string, any>) => void): Change {
    return (stack) => {
        const spec = stack.find((s) => s.name === name);
        if (!spec) throw new Error(`no resource ${name} in the stack`);
        fn(spec.props);
    };
}

/** Adds resources to the stack. */
export function add(...resources: ResourceSpec[]): Change {
    return (stack) => {
        stack.push(...resources);
    };
}

/** Removes the resources named. */
export function remove(...names: string[]): Change {
    return (stack) => {
        for (const name of names) {
            const at = stack.findIndex((s) => s.name === name);
            if (at < 0) throw new Error(`no resource ${name} in the stack`);
            stack.splice(at, 1);
        }
    };
}

export const OUTSIDE_ACCOUNT = "999988887777";
export { ACCOUNT };
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Describes one catalogue entry's tests. */
export function describeEntry(
    title: string,
    base: () => ResourceSpec[],
    failing: readonly EntryFailure[],
    passing: readonly EntryVariant[] = [],
): void {
    const changed = (change: Change) => {
        const stack: ResourceSpec[] = JSON.parse(JSON.stringify(base()));
        change(stack);
        return stack;
    };
    describe(title, () => {
        it("passes every policy in its compliant form", () => {
            expect(analyze(allPolicies, base())).to.deep.equal([]);
        });
        for (const variant of passing) {
            it(`passes: ${variant.title}`, () => {
                expect(analyze(allPolicies, changed(variant.change), variant.config)).to.deep.equal([]);
            });
        }
        for (const failure of failing) {
            it(`flags (${failure.policy.name}): ${failure.title}`, () => {
                const violations = analyze(allPolicies, changed(failure.change), failure.config);
                const urn = urnOf({ type: failure.at[0], name: failure.at[1] });
                const hit = violations.find((v) => v.policy === failure.policy.name && v.urn === urn && failure.message.test(v.message));
                expect(
                    hit,
                    `expected ${failure.policy.name} at ${failure.at[1]} matching ${failure.message}; got ${JSON.stringify(violations, null, 1)}`,
                ).to.not.equal(undefined);
            });
        }
    });
}
