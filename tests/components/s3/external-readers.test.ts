/**
 * EncryptedBucket's outside readers as the library names them (the platform names its own:
 * tests/platform/provider-credentials.test.ts).
 */
import { expect } from "chai";
import { policyOf, registered, statementBySid, uniqueName } from "../../support/runtime";
import { EncryptedBucket } from "../../../components";

const base = { owner: "t", classification: "pii" as const, retentionDays: 3, piiCategories: ["name"], purposes: ["shipping-label"] };

describe("EncryptedBucket externalReaders: statement ids", () => {
    it("names the outside readers generically unless told who they are", async () => {
        const name = uniqueName("shared");
        new EncryptedBucket(name, { ...base, externalReaders: { accountIds: ["444455556666"] } });
        const resources = await registered(name);
        const bucketPolicy = JSON.stringify(policyOf(resources.named(`${name}-policy`)));
        expect(statementBySid(policyOf(resources.named(`${name}-policy`)), "ExternalAccountsReadObjects").Resource).to.match(/:::.*\/\*$/);
        expect(statementBySid(policyOf(resources.named(`${name}-key-key`)), "ExternalAccountsDecryptThroughS3").Action).to.deep.equal([
            "kms:Decrypt",
            "kms:DescribeKey",
        ]);
        expect(bucketPolicy, "nothing of this platform's in the library").to.not.include("ShippingProvider");
    });

    it("takes the caller's statement ids for both policies", async () => {
        const name = uniqueName("shared");
        new EncryptedBucket(name, {
            ...base,
            externalReaders: {
                accountIds: ["444455556666"],
                statementIds: { readObjects: "CarrierReadsManifests", decryptThroughS3: "CarrierDecrypts" },
            },
        });
        const resources = await registered(name);
        statementBySid(policyOf(resources.named(`${name}-policy`)), "CarrierReadsManifests");
        statementBySid(policyOf(resources.named(`${name}-key-key`)), "CarrierDecrypts");
    });

    it("has no outside statement without readers", async () => {
        const name = uniqueName("private");
        new EncryptedBucket(name, base);
        const resources = await registered(name);
        expect(JSON.stringify(policyOf(resources.named(`${name}-policy`)))).to.not.include("ExternalAccounts");
        expect(JSON.stringify(policyOf(resources.named(`${name}-key-key`)))).to.not.include("ExternalAccounts");
    });

    it("rejects a statement id IAM would refuse", () => {
        expect(
            () =>
                new EncryptedBucket(uniqueName("shared"), {
                    ...base,
                    externalReaders: { accountIds: ["444455556666"], statementIds: { readObjects: "carrier reads" } },
                }),
        ).to.throw(
            /argument "externalReaders.statementIds.readObjects" must be a policy statement id \(1-100 letters and digits\); got "carrier reads"/,
        );
    });
});
