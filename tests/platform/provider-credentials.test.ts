import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName } from "../support/runtime";
import { DataKey, EncryptedBucket, PiiAccessRole, PiiTable } from "../../components";
import { ProviderCredentials } from "../../platform/provider-credentials";
import { SHIPPING_PROVIDER_STATEMENT_IDS, shippingProviderReaders } from "../../platform/shipping-provider";

function labelRole() {
    const table = new PiiTable(uniqueName("credtable"), {
        owner: "t",
        hashKey: "id",
        attributes: [{ name: "id", type: "S" }],
        piiCategories: ["name"],
        purposes: ["shipping-label"],
        retentionDays: 3,
    });
    const roleName = uniqueName("labelsvc");
    return {
        roleName,
        role: new PiiAccessRole(roleName, {
            owner: "t",
            purposes: ["shipping-label"],
            reviewBy: "2027-01-01",
            trust: { service: "lambda.amazonaws.com" },
            grants: [{ store: table, access: "read" }],
        }),
    };
}

describe("ProviderCredentials (DP-3.1)", () => {
    it("keeps the credentials in a secret under its own key, readable by the label service role only", async () => {
        const { role, roleName } = labelRole();
        const name = uniqueName("provider");
        new ProviderCredentials(name, { owner: "labels-team", readerRole: role });
        const resources = await registered(name);
        const secret = resources.named(`${name}-secret`);
        expect(secret.propertyDependencies.kmsKeyId).to.deep.equal([resources.named(`${name}-key-key`).urn]);
        expect(secret.inputs).to.not.have.property("secretString");
        const deny = statementBySid(policyOf(resources.named(`${name}-policy`)), "OnlyTheLabelServiceReads");
        expect(deny).to.deep.include({ Effect: "Deny", Principal: "*", Action: "secretsmanager:GetSecretValue" });
        expect(deny.Condition.StringNotEquals["aws:PrincipalArn"]).to.match(new RegExp(`:role/${roleName}-role`));
        const read = policyOf(resources.named(`${name}-read`));
        expect(read.Statement).to.deep.equal([
            {
                Sid: "ReadProviderCredentials",
                Effect: "Allow",
                Action: "secretsmanager:GetSecretValue",
                Resource: read.Statement[0].Resource,
            },
        ]);
        expect(resources.named(`${name}-read`).propertyDependencies.role).to.deep.equal([
            recorder.named("aws:iam/role:Role", `${roleName}-role`).urn,
        ]);
        expect(resources.named(`${name}-key-${name}-reader-grant`).inputs.operations).to.deep.equal(["Decrypt", "DescribeKey"]);
    });

    it("rejects a reader that is not a PiiAccessRole", () => {
        expect(
            () => new ProviderCredentials(uniqueName("provider"), { owner: "o", readerRole: "arn:aws:iam::1:role/x" as never }),
        ).to.throw(/argument "readerRole" must be a PiiAccessRole/);
    });
});

// The platform's readers (platform/shipping-provider.ts): the library's EncryptedBucket with this
// platform's prefix and statement ids.
describe("EncryptedBucket external readers (the shipping provider, DP-3.1)", () => {
    const base = { owner: "t", classification: "pii" as const, retentionDays: 3, piiCategories: ["name"], purposes: ["shipping-label"] };

    it("lets the listed accounts read objects under the prefix, and decrypt through S3 only", async () => {
        const name = uniqueName("shared");
        new EncryptedBucket(name, { ...base, externalReaders: shippingProviderReaders(["444455556666"]) });
        const resources = await registered(name);
        const read = statementBySid(policyOf(resources.named(`${name}-policy`)), "ShippingProviderReadsLabels");
        expect(read).to.deep.include({ Effect: "Allow", Principal: { AWS: ["arn:aws:iam::444455556666:root"] }, Action: "s3:GetObject" });
        expect(read.Resource).to.match(/\/labels\/\*$/);
        const decrypt = statementBySid(policyOf(resources.named(`${name}-key-key`)), "ShippingProviderDecryptsThroughS3");
        expect(decrypt.Action).to.deep.equal(["kms:Decrypt", "kms:DescribeKey"]);
        expect(decrypt.Condition).to.deep.equal({ StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } });
    });

    it("has no outside statement by default", async () => {
        const name = uniqueName("private");
        new EncryptedBucket(name, base);
        const resources = await registered(name);
        expect(JSON.stringify(policyOf(resources.named(`${name}-policy`)))).to.not.include("ShippingProvider");
        expect(JSON.stringify(policyOf(resources.named(`${name}-key-key`)))).to.not.include("ShippingProvider");
    });

    it("rejects an account id that is not one, and a key that does not admit the readers", () => {
        expect(
            () =>
                new EncryptedBucket(uniqueName("shared"), {
                    ...base,
                    externalReaders: { accountIds: ["4444"], statementIds: SHIPPING_PROVIDER_STATEMENT_IDS },
                }),
        ).to.throw(/argument "externalReaders.accountIds\[0\]" must be a 12-digit AWS account id; got "4444"/);
        const key = new DataKey(uniqueName("k"), { viaServices: ["s3"] });
        expect(
            () =>
                new EncryptedBucket(uniqueName("shared"), {
                    ...base,
                    kmsKey: key,
                    externalReaders: shippingProviderReaders(["444455556666"]),
                }),
        ).to.throw(/argument "kmsKey" must admit the external readers/);
    });
});
