/**
 * @pulumi/policy deserialises every resource again for each stack policy of an AnalyzeStack
 * call; the pack's entry caches that per protobuf Struct (policypack/lib/deserialize-once.ts).
 */
import { expect } from "chai";
import { deserializeOncePerRequest } from "../../policypack/lib/deserialize-once";
import { analyzeStackRequest } from "../../tools/analyzer/policy-pack-process";
import { compliantStack } from "./fixtures/compliant-stack";
import { toAnalyzedResources } from "./support/to-analyzer";

describe("deserialize once per AnalyzeStack request", () => {
    it("the SDK still has the module shape the cache replaces, and its server reads it at each call", () => {
        const module = require("@pulumi/policy/deserialize");
        expect(module.deserializeProperties).to.be.a("function");
        // server.js calls `deserialize_1.deserializeProperties(...)`, a read at each call, so a replaced export is used.
        const server = require("fs").readFileSync(require.resolve("@pulumi/policy/server"), "utf8");
        expect(server).to.match(/deserialize_1\.deserializeProperties\(r\.getProperties\(\), false\)/);
    });

    it("deserialises each resource of a request once, and a new request again", () => {
        let calls = 0;
        const module = {
            deserializeProperties: (struct: any, _secrets: boolean) => {
                calls++;
                return struct.toJavaScript();
            },
        };
        expect(deserializeOncePerRequest(module as any)).to.equal(true);
        const resources = analyzeStackRequest(toAnalyzedResources(compliantStack())).getResourcesList();
        const first = resources.map((r: any) => module.deserializeProperties(r.getProperties(), false));
        const second = resources.map((r: any) => module.deserializeProperties(r.getProperties(), false));
        expect(calls).to.equal(resources.length);
        second.forEach((props: unknown, i: number) => expect(props).to.equal(first[i]));
        const again = analyzeStackRequest(toAnalyzedResources(compliantStack())).getResourcesList() as any[];
        const third = module.deserializeProperties(again[0].getProperties(), false);
        expect(calls).to.equal(resources.length + 1);
        expect(third).to.deep.equal(first[0]);
        expect(third).not.to.equal(first[0]);
    });

    it("leaves secret-preserving (remediation) deserialisation uncached", () => {
        let calls = 0;
        const module = {
            deserializeProperties: (struct: any, _secrets: boolean) => {
                calls++;
                return struct.toJavaScript();
            },
        };
        deserializeOncePerRequest(module as any);
        const struct = (analyzeStackRequest(toAnalyzedResources(compliantStack())).getResourcesList()[0] as any).getProperties();
        module.deserializeProperties(struct, true);
        module.deserializeProperties(struct, true);
        expect(calls).to.equal(2);
    });

    it("installs once", () => {
        const module = { deserializeProperties: (struct: any, _secrets: boolean) => struct.toJavaScript() };
        deserializeOncePerRequest(module as any);
        const installed = module.deserializeProperties;
        expect(deserializeOncePerRequest(module as any)).to.equal(true);
        expect(module.deserializeProperties).to.equal(installed);
    });
});
