/**
 * Components recognise each other by type token, not class (components/resource-type.ts), so a
 * program with two installed copies of the package (one through another library) still works.
 */
import { expect } from "chai";
import * as path from "path";
import { uniqueName } from "../support/runtime";
import * as components from "../../components";
import { AccessLogBucket, AuditedRdsInstance, AuditTrail, DataKey, EncryptedBucket, PiiAccessRole, PiiTable } from "../../components";
import { ProviderCredentials } from "../../platform/provider-credentials";

/** The components module loaded a second time, as a second installed copy would be: other classes, the same type tokens. */
function secondCopy(): typeof components {
    const dir = path.dirname(require.resolve("../../components"));
    const ours = () => Object.keys(require.cache).filter((key) => key.startsWith(dir + path.sep));
    const saved = new Map(ours().map((key) => [key, require.cache[key]]));
    for (const key of ours()) delete require.cache[key];
    try {
        return require("../../components");
    } finally {
        for (const key of ours()) delete require.cache[key];
        for (const [key, module] of saved) require.cache[key] = module;
    }
}

describe("components recognised by type token, not class", () => {
    it("each component knows its own instances and refuses others and look-alikes without the token", () => {
        const key = new DataKey(uniqueName("typekey"), { viaServices: ["s3"] });
        const bucket = new EncryptedBucket(uniqueName("typebucket"), { owner: "t", classification: "confidential", retentionDays: 30 });
        expect(DataKey.isInstance(key)).to.equal(true);
        expect(DataKey.isInstance(bucket)).to.equal(false);
        expect(EncryptedBucket.isInstance(bucket)).to.equal(true);
        expect(DataKey.isInstance({ keyArn: "arn:aws:kms:eu-west-1:1:key/x" })).to.equal(false);
        expect(DataKey.isInstance(undefined)).to.equal(false);
        const tokens = [
            AccessLogBucket,
            AuditedRdsInstance,
            AuditTrail,
            DataKey,
            EncryptedBucket,
            PiiAccessRole,
            PiiTable,
            ProviderCredentials,
        ].map((c) => c.TYPE);
        expect(new Set(tokens).size).to.equal(8);
        for (const token of tokens) expect(token).to.match(/^compliant-storage:[a-z0-9]+:[A-Z][A-Za-z]+$/);
    });

    it("a bucket takes a DataKey made by a second copy of the package, which instanceof refused", () => {
        const other = secondCopy();
        expect(other.DataKey).to.not.equal(DataKey);
        const foreignKey = new other.DataKey(uniqueName("foreignkey"), { viaServices: ["s3"] });
        expect(foreignKey instanceof DataKey, "what the old check asked").to.equal(false);
        expect(
            () =>
                new EncryptedBucket(uniqueName("foreignbucket"), {
                    owner: "t",
                    classification: "confidential",
                    retentionDays: 30,
                    kmsKey: foreignKey,
                }),
        ).to.not.throw();
        expect(
            () =>
                new EncryptedBucket(uniqueName("badbucket"), {
                    owner: "t",
                    classification: "confidential",
                    retentionDays: 30,
                    kmsKey: { keyArn: "x" } as never,
                }),
        ).to.throw(/argument "kmsKey" must be a DataKey/);
    });
});
