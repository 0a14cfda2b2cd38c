import { expect } from "chai";
import * as aws from "@pulumi/aws";
import { registered, uniqueName } from "../../support/runtime";
import { DataKey, EncryptedBucket, PiiTable, isStoreKey } from "../../../components";

const OUTSIDE_KEY = "arn:aws:kms:eu-west-1:210987654321:key/0e4f1c2a-1111-2222-3333-444455556666";
const ORDERS = {
    owner: "orders-team",
    hashKey: "orderId",
    attributes: [{ name: "orderId", type: "S" as const }],
    piiCategories: ["name"],
    purposes: ["order-fulfilment"],
    retentionDays: 3,
};

describe("DataKey.fromKeyArn: a key managed elsewhere", () => {
    it("encrypts a table under the key's ARN and creates no key of its own", async () => {
        const name = uniqueName("orders");
        const key = DataKey.fromKeyArn(uniqueName("shared"), OUTSIDE_KEY, {
            viaServices: ["dynamodb", "lambda"],
            servicePrincipals: ["cloudwatch-logs"],
        });
        expect(isStoreKey(key)).to.equal(true);
        const table = new PiiTable(name, { ...ORDERS, kmsKey: key });
        const resources = await registered(name);
        expect(resources.ofType("aws:kms/key:Key"), "no key made").to.deep.equal([]);
        expect(resources.one("aws:dynamodb/table:Table").inputs.serverSideEncryption).to.deep.equal({
            enabled: true,
            kmsKeyArn: OUTSIDE_KEY,
        });
        expect(resources.one("aws:cloudwatch/logGroup:LogGroup").inputs.kmsKeyId).to.equal(OUTSIDE_KEY);
        expect(table.kmsKey).to.equal(key);
    });

    it("grants use of the key through a KMS grant on its ARN, under the parent given", async () => {
        const keyName = uniqueName("shared");
        const bucketName = uniqueName("labels");
        const bucket = new EncryptedBucket(bucketName, {
            owner: "labels-team",
            classification: "pii",
            piiCategories: ["name", "postal-address"],
            purposes: ["shipping-label"],
            retentionDays: 3,
            kmsKey: DataKey.fromKeyArn(keyName, OUTSIDE_KEY, { viaServices: ["s3"] }),
        });
        const role = new aws.iam.Role(uniqueName("reader"), { assumeRolePolicy: "{}" });
        const { keyGrant } = bucket.grantRead(`${bucketName}-reader`, role);
        const grant = (await registered(keyName)).named(`${keyName}-${bucketName}-reader-grant`);
        expect(grant.inputs).to.deep.include({ keyId: OUTSIDE_KEY, operations: ["Decrypt", "DescribeKey"] });
        expect(grant.parent, "no parent given: the stack").to.equal(undefined);
        expect(aws.kms.Grant.isInstance(keyGrant)).to.equal(true);
    });

    it("is checked by the components as a DataKey is: what it admits must serve the store", () => {
        const key = DataKey.fromKeyArn(uniqueName("shared"), OUTSIDE_KEY, { viaServices: ["dynamodb"] });
        expect(() => new PiiTable(uniqueName("orders"), { ...ORDERS, kmsKey: key })).to.throw(
            /argument "kmsKey" must admit viaServices \["dynamodb", "lambda"\] and servicePrincipals \["cloudwatch-logs"\]/,
        );
    });

    describe("rejects bad arguments", () => {
        const cases: [string, unknown, Record<string, unknown>, RegExp][] = [
            [
                "an alias where the key ARN goes",
                "arn:aws:kms:eu-west-1:210987654321:alias/shared",
                {},
                /argument "keyArn" must be a KMS key ARN/,
            ],
            ["a key id where the key ARN goes", "0e4f1c2a-1111-2222-3333-444455556666", {}, /argument "keyArn" must be a KMS key ARN/],
            [
                "a service the key cannot be used through",
                OUTSIDE_KEY,
                { viaServices: ["ftp"] },
                /argument "viaServices\[0\]" must be one of "dynamodb"/,
            ],
            [
                "an account id that is not 12 digits",
                OUTSIDE_KEY,
                { externalS3DecryptAccounts: ["4444"] },
                /argument "externalS3DecryptAccounts\[0\]" must be a 12-digit AWS account id/,
            ],
        ];
        for (const [what, arn, attributes, message] of cases) {
            it(what, () => {
                expect(() => DataKey.fromKeyArn("shared", arn as string, attributes)).to.throw(
                    new RegExp(`DataKey.fromKeyArn "shared": ${message.source}`),
                );
            });
        }

        it("a key argument that is neither a DataKey nor from fromKeyArn", () => {
            const fake = {
                keyArn: OUTSIDE_KEY,
                viaServices: ["dynamodb", "lambda"],
                servicePrincipals: ["cloudwatch-logs"],
                externalS3DecryptAccounts: [],
            };
            expect(() => new PiiTable(uniqueName("orders"), { ...ORDERS, kmsKey: fake as never })).to.throw(
                /argument "kmsKey" must be a DataKey, or a key managed elsewhere from DataKey.fromKeyArn/,
            );
        });
    });
});
