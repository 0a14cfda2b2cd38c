/** The report's inventory: who reads each store and whom its resource policies let in. */
import { expect } from "chai";
import { buildInventory } from "../../tools/dpcheck/report";
import { ACCOUNT, bucketPolicy, compliantStack } from "../policypack/fixtures/compliant-stack";
import { ResourceSpec, withChange } from "../policypack/support/harness";
import { toAnalyzedResources } from "../policypack/support/to-analyzer";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const entryOf = (specs: readonly ResourceSpec[], name: string) => {
    const found = buildInventory(toAnalyzedResources(specs)).find((entry) => entry.name === name);
    if (!found) throw new Error(`no inventory entry ${name}`);
    return found;
};

describe("dpcheck: inventory", () => {
    it("lists a role as reader of the store its statement names, and of no other", () => {
        const stack = compliantStack();
        expect(entryOf(stack, "orders").readers).to.include("support");
        expect(entryOf(stack, "history").readers).to.not.include("support");
    });

    it("does not list a role whose policy is unknown during preview on every store", () => {
        const stack = withChange(compliantStack(), "labeler-write-labels", (s) => {
            s.props.policy = UNKNOWN;
            s.propertyDependencies = { role: ["labeler"] };
        });
        expect(entryOf(stack, "orders").readers).to.not.include("labeler");
        expect(entryOf(stack, "history").readers).to.not.include("labeler");
    });

    it('names the account a condition pins Principal "*" to, not anyone', () => {
        const pinned = {
            Effect: "Allow",
            Principal: "*",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::labels-abc/*",
            Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNT } },
        };
        const stack = withChange(compliantStack(), "labels-policy", (s) => {
            s.props.policy = bucketPolicy("labels-abc", [pinned]);
        });
        expect(entryOf(stack, "labels").recipients).to.deep.equal([`account ${ACCOUNT}`]);
    });

    it('says anyone for Principal "*" under a condition that pins nothing', () => {
        const loose = {
            Effect: "Allow",
            Principal: "*",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::labels-abc/*",
            Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/x" } },
        };
        const stack = withChange(compliantStack(), "labels-policy", (s) => {
            s.props.policy = bucketPolicy("labels-abc", [loose]);
        });
        expect(entryOf(stack, "labels").recipients).to.deep.equal(["anyone (*)"]);
    });
});
