import { expect } from "chai";
import { allPolicies } from "../../../policypack/policies";
import { analyze } from "../support/harness";
import { compliantStack } from "../fixtures/compliant-stack";

describe("policy pack: the compliant fixture", () => {
    it("raises no violation under any policy", () => {
        expect(analyze(allPolicies, compliantStack())).to.deep.equal([]);
    });
});
