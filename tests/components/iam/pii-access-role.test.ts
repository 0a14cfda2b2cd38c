import { expect } from "chai";
import { recorder, registered, policyOf, uniqueName, Resources } from "../../support/runtime";
import { EncryptedBucket, PiiAccessRole, PiiAccessRoleArgs, PiiTable } from "../../../components";

function stores() {
    const bucketName = uniqueName("rolebucket");
    const tableName = uniqueName("roletable");
    const bucket = new EncryptedBucket(bucketName, {
        owner: "t",
        classification: "pii",
        retentionDays: 3,
        piiCategories: ["name"],
        purposes: ["shipping-label"],
    });
    const table = new PiiTable(tableName, {
        owner: "t",
        hashKey: "id",
        attributes: [{ name: "id", type: "S" }],
        piiCategories: ["name"],
        purposes: ["order-fulfilment"],
        retentionDays: 3,
    });
    return { bucket, table, bucketName, tableName };
}

async function build(change: (base: PiiAccessRoleArgs) => PiiAccessRoleArgs = (b) => b) {
    const { bucket, table, bucketName, tableName } = stores();
    const name = uniqueName("role");
    new PiiAccessRole(
        name,
        change({
            owner: "labels-team",
            purposes: ["shipping-label", "order-fulfilment"],
            reviewBy: "2027-06-30",
            grants: [
                { store: bucket, access: "read-write", prefix: "labels/" },
                { store: table, access: "read" },
            ],
            trust: { service: "lambda.amazonaws.com" },
        }),
    );
    const resources: Resources = await registered(name);
    return { name, resources, bucketName, tableName };
}

describe("PiiAccessRole (DP-4.1, DP-4.2, DP-1.3)", () => {
    it("grants the listed actions on the named stores only, never a wildcard", async () => {
        const { name, resources } = await build();
        const policy = policyOf(resources.named(`${name}-policy`));
        const [bucket, table] = policy.Statement;
        expect(bucket.Action).to.deep.equal(["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]);
        expect(bucket.Resource).to.match(/^arn:aws:s3:::.+\/labels\/\*$/);
        expect(table.Action).to.deep.equal(["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"]);
        expect(table.Resource[0]).to.match(/^arn:aws:dynamodb:eu-west-1:123456789012:table\//);
        expect(table.Resource[1]).to.match(/\/index\/\*$/);
        for (const statement of policy.Statement) {
            expect([statement.Action].flat().some((a: string) => a.includes("*"))).to.equal(false);
            expect(statement.Resource).to.not.equal("*");
        }
    });

    it("gives use of each store's key through a KMS grant, decrypt-only for readers", async () => {
        const { name, bucketName, tableName } = await build();
        await recorder.settled();
        const bucketGrant = recorder.named("aws:kms/grant:Grant", `${bucketName}-key-${name}-0-grant`);
        expect(bucketGrant.inputs.operations).to.include("GenerateDataKey");
        const tableGrant = recorder.named("aws:kms/grant:Grant", `${tableName}-key-${name}-1-grant`);
        expect(tableGrant.inputs.operations).to.deep.equal(["Decrypt", "DescribeKey"]);
        expect(tableGrant.propertyDependencies.granteePrincipal).to.deep.equal([recorder.named("aws:iam/role:Role", `${name}-role`).urn]);
    });

    it("tags the role with owner, review-by and purposes, and keeps sessions short", async () => {
        const { name, resources } = await build();
        const role = resources.named(`${name}-role`);
        expect(role.inputs.tags).to.deep.equal({
            owner: "labels-team",
            "review-by": "2027-06-30",
            "pii-purpose": "shipping-label order-fulfilment",
        });
        expect(role.inputs.maxSessionDuration).to.equal(3600);
        expect(policyOf(role, "assumeRolePolicy").Statement).to.deep.equal([
            {
                Effect: "Allow",
                Principal: { Service: "lambda.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
            },
        ]);
    });

    it("requires MFA, at most an hour old, from people", async () => {
        const { name, resources } = await build((b) => ({ ...b, trust: { humans: {} }, maxSessionHours: 2 }));
        const role = resources.named(`${name}-role`);
        expect(policyOf(role, "assumeRolePolicy").Statement).to.deep.equal([
            {
                Effect: "Allow",
                Principal: { AWS: ["arn:aws:iam::123456789012:root"] },
                Action: "sts:AssumeRole",
                Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" }, NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } },
            },
        ]);
        expect(role.inputs.maxSessionDuration).to.equal(7200);
    });

    describe("rejects bad arguments before creating anything", () => {
        const cases: [string, (b: PiiAccessRoleArgs) => PiiAccessRoleArgs, RegExp][] = [
            [
                "a purpose no store shares",
                (b) => ({ ...b, purposes: ["marketing"] }),
                /argument "purposes" must include a purpose of the store in grants\[0\] \(shipping-label\) \(DP-1.3\); got \["marketing"\]/,
            ],
            [
                "a review date that is not a date",
                (b) => ({ ...b, reviewBy: "soon" }),
                /argument "reviewBy" must be a date written YYYY-MM-DD; got "soon"/,
            ],
            ["no grants", (b) => ({ ...b, grants: [] }), /argument "grants" must name at least one store; got \[\]/],
            [
                "an access level that does not exist",
                (b) => ({ ...b, grants: [{ ...b.grants[0], access: "admin" as never }] }),
                /argument "grants\[0\].access" must be one of "read", "read-write"; got "admin"/,
            ],
            [
                "a wildcard prefix",
                (b) => ({ ...b, grants: [{ ...b.grants[0], prefix: "*" }] }),
                /argument "grants\[0\].prefix" must be a key prefix without wildcards/,
            ],
            [
                "a session longer than 12 hours",
                (b) => ({ ...b, maxSessionHours: 24 }),
                /argument "maxSessionHours" must be a whole number from 1 to 12; got 24/,
            ],
            [
                "a service that is not an AWS service",
                (b) => ({ ...b, trust: { service: "evil.example.com" } }),
                /argument "trust.service" must be an AWS service principal/,
            ],
        ];
        for (const [label, change, message] of cases) {
            it(label, () => {
                const { bucket, table } = stores();
                const name = uniqueName("badrole");
                const base: PiiAccessRoleArgs = {
                    owner: "o",
                    purposes: ["shipping-label", "order-fulfilment"],
                    reviewBy: "2027-06-30",
                    grants: [
                        { store: bucket, access: "read" },
                        { store: table, access: "read" },
                    ],
                    trust: { service: "lambda.amazonaws.com" },
                };
                expect(() => new PiiAccessRole(name, change(base))).to.throw(message);
                expect(recorder.withNamePrefix(name)).to.deep.equal([]);
            });
        }
    });
});
