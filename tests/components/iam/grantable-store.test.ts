/**
 * Stores grant access themselves (components/iam/grantable-store.ts): `grantRead…` on buckets and tables, and the
 * interface PiiAccessRole uses.
 */
import * as aws from "@pulumi/aws";
import { expect } from "chai";
import { policyOf, recorder, uniqueName } from "../../support/runtime";
import { ComponentArgumentError, EncryptedBucket, GrantableStore, isGrantableStore, PiiAccessRole, PiiTable } from "../../../components";
import { grantToRole } from "../../../components/iam/grantable-store";
import { DataKey } from "../../../components/kms/data-key";

const bucketOf = () =>
    new EncryptedBucket(uniqueName("grantbucket"), {
        owner: "t",
        classification: "pii",
        retentionDays: 3,
        piiCategories: ["name"],
        purposes: ["shipping-label"],
    });
const tableOf = () =>
    new PiiTable(uniqueName("granttable"), {
        owner: "t",
        hashKey: "id",
        attributes: [{ name: "id", type: "S" }],
        piiCategories: ["name"],
        purposes: ["order-fulfilment"],
        retentionDays: 3,
    });
const roleOf = () =>
    new aws.iam.Role(uniqueName("grantee"), { assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }) });

async function grantResources(id: string) {
    await recorder.settled();
    const policy = recorder.resources.find((r) => r.type === "aws:iam/rolePolicy:RolePolicy" && r.name === `${id}-policy`)!;
    const grant = recorder.resources.find((r) => r.type === "aws:kms/grant:Grant" && r.name.endsWith(`-${id}-grant`))!;
    return { statement: policyOf(policy).Statement, grant, policy };
}

describe("stores that grant access to their own data", () => {
    it("a bucket grants read of its objects (under a prefix) and decryption with its key", async () => {
        const bucket = bucketOf();
        const role = roleOf();
        const id = uniqueName("reader");
        bucket.grantRead(id, role, { prefix: "labels/" });
        const { statement, grant, policy } = await grantResources(id);
        expect(statement).to.have.length(1);
        expect(statement[0]).to.deep.include({ Sid: "Bucket0", Effect: "Allow", Action: ["s3:GetObject"] });
        expect(statement[0].Resource).to.match(/^arn:aws:s3:::.+\/labels\/\*$/);
        expect(grant.inputs.operations).to.deep.equal(["Decrypt", "DescribeKey"]);
        expect(policy.parent, "the policy is the bucket's child").to.match(/compliant-storage:s3:EncryptedBucket/);
    });

    it("a bucket grants read-write with encryption and decryption", async () => {
        const bucket = bucketOf();
        const id = uniqueName("writer");
        bucket.grantReadWrite(id, roleOf());
        const { statement, grant } = await grantResources(id);
        expect(statement[0].Action).to.deep.equal(["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]);
        expect(statement[0].Resource).to.match(/\/\*$/);
        expect(grant.inputs.operations).to.include("GenerateDataKey");
    });

    it("a table grants read, write and read-write data on itself and its indexes, never Scan", async () => {
        const table = tableOf();
        const cases: [string, (id: string) => unknown, string[]][] = [
            ["read", (id) => table.grantReadData(id, roleOf()), ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"]],
            [
                "write",
                (id) => table.grantWriteData(id, roleOf()),
                ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
            ],
            ["read-write", (id) => table.grantReadWriteData(id, roleOf()), [...PiiTable.ACTIONS["read-write"]]],
        ];
        for (const [access, grant, actions] of cases) {
            const id = uniqueName(`table-${access}`);
            grant(id);
            const { statement } = await grantResources(id);
            expect(statement[0].Action, access).to.deep.equal(actions);
            expect(statement[0].Resource[1], access).to.match(/\/index\/\*$/);
            expect(statement[0].Action.join(" ")).to.not.include("Scan");
        }
    });

    it("refuses a prefix on a table, a wildcard prefix, and a principal that is not a role, before creating anything", () => {
        const table = tableOf();
        const bucket = bucketOf();
        const before = recorder.resources.length;
        expect(() => grantToRole(table, "PiiTable grantReadData", uniqueName("p"), roleOf(), "read", { prefix: "orders/" })).to.throw(
            ComponentArgumentError,
            /argument "prefix" applies to buckets only/,
        );
        expect(() => bucket.grantRead(uniqueName("w"), roleOf(), { prefix: "labels/*" })).to.throw(
            ComponentArgumentError,
            /argument "prefix" must be a key prefix without wildcards/,
        );
        expect(() => bucket.grantRead(uniqueName("w"), "arn:aws:iam::1:role/x" as never)).to.throw(
            ComponentArgumentError,
            /argument "role" must be an aws.iam.Role/,
        );
        expect(recorder.resources.length - before, "only the roles made for the calls").to.be.lessThan(4);
    });

    it("any store with the interface can be granted by PiiAccessRole, which holds no action table of its own", async () => {
        const key = new DataKey(uniqueName("otherkey"), { description: "x", owner: "t", viaServices: ["sqs"] });
        const queue: GrantableStore = {
            classification: "pii",
            purposes: ["order-fulfilment"],
            kmsKey: key,
            grantsByPrefix: false,
            grantStatement: (access, id) =>
                key.keyArn.apply(() => ({
                    Sid: `Queue${id}`,
                    Effect: "Allow" as const,
                    Action: access === "read" ? ["sqs:ReceiveMessage"] : ["sqs:SendMessage"],
                    Resource: "arn:aws:sqs:eu-west-1:123456789012:orders",
                })),
        };
        expect(isGrantableStore(queue)).to.equal(true);
        expect(isGrantableStore({ classification: "pii", purposes: [] })).to.equal(false);
        const name = uniqueName("queuerole");
        new PiiAccessRole(name, {
            owner: "t",
            purposes: ["order-fulfilment"],
            reviewBy: "2027-06-30",
            grants: [{ store: queue, access: "read" }],
            trust: { service: "lambda.amazonaws.com" },
        });
        await recorder.settled();
        const policy = recorder.resources.find((r) => r.type === "aws:iam/rolePolicy:RolePolicy" && r.name === `${name}-policy`)!;
        expect(policyOf(policy).Statement).to.deep.equal([
            { Sid: "Queue0", Effect: "Allow", Action: ["sqs:ReceiveMessage"], Resource: "arn:aws:sqs:eu-west-1:123456789012:orders" },
        ]);
    });
});
