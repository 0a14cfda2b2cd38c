import { expect } from "chai";
import { recorder, registered, policyOf, statementBySid, uniqueName, Resources } from "../../support/runtime";
import { AuditedRdsInstance, AuditedRdsInstanceArgs, DataKey } from "../../../components";

const BASE: AuditedRdsInstanceArgs = {
    owner: "orders-team",
    engine: "postgres",
    vpcId: "vpc-123",
    subnetIds: ["subnet-a", "subnet-b"],
    classification: "confidential",
    allowedSecurityGroupIds: ["sg-app"],
};

async function build(
    args: Partial<AuditedRdsInstanceArgs> = {},
): Promise<{ name: string; resources: Resources; component: AuditedRdsInstance }> {
    const name = uniqueName("db");
    const component = new AuditedRdsInstance(name, { ...BASE, ...args } as AuditedRdsInstanceArgs);
    return { name, component, resources: await registered(name) };
}

const INSTANCE = "aws:rds/instance:Instance";

describe("AuditedRdsInstance", () => {
    it("encrypts storage, Performance Insights and the RDS-managed master secret under its own key (DP-2.1, DP-2.3)", async () => {
        const { name, resources } = await build();
        const instance = resources.one(INSTANCE);
        const keyUrn = resources.named(`${name}-key-key`).urn;
        expect(instance.inputs).to.include({ storageEncrypted: true, manageMasterUserPassword: true, performanceInsightsEnabled: true });
        for (const property of ["kmsKeyId", "masterUserSecretKmsKeyId", "performanceInsightsKmsKeyId"]) {
            expect(instance.propertyDependencies[property], property).to.deep.equal([keyUrn]);
            expect(instance.inputs[property], property).to.match(/^arn:aws:kms:/);
        }
        expect(instance.inputs).to.not.have.property("password");
        const via = statementBySid(policyOf(resources.named(`${name}-key-key`)), "AccountPrincipalsUseTheKeyOnlyThroughNamedServices");
        expect(via.Condition.StringEquals["kms:ViaService"]).to.deep.equal([
            "rds.eu-west-1.amazonaws.com",
            "secretsmanager.eu-west-1.amazonaws.com",
        ]);
    });

    it("uses IAM authentication, is never public, and admits only the named security groups on the engine port (DP-2.2, DP-4.1)", async () => {
        const { name, resources } = await build({ allowedSecurityGroupIds: ["sg-app", "sg-worker"] });
        const instance = resources.one(INSTANCE);
        expect(instance.inputs).to.include({ iamDatabaseAuthenticationEnabled: true, publiclyAccessible: false, port: 5432 });
        const sg = resources.named(`${name}-sg`);
        expect(sg.inputs.vpcId).to.equal("vpc-123");
        expect(sg.inputs).to.not.have.property("ingress");
        expect(sg.inputs).to.not.have.property("egress");
        expect(instance.propertyDependencies.vpcSecurityGroupIds).to.deep.equal([sg.urn]);
        const rules = resources.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
        expect(rules.map((r) => r.inputs.referencedSecurityGroupId)).to.deep.equal(["sg-app", "sg-worker"]);
        for (const rule of rules) {
            expect(rule.inputs).to.include({ ipProtocol: "tcp", fromPort: 5432, toPort: 5432 });
            expect(rule.inputs).to.not.have.property("cidrIpv4");
            expect(rule.propertyDependencies.securityGroupId).to.deep.equal([sg.urn]);
        }
        expect(resources.named(`${name}-subnets`).inputs.subnetIds).to.deep.equal(["subnet-a", "subnet-b"]);
    });

    it("admits nobody when no security group is allowed", async () => {
        const { resources } = await build({ allowedSecurityGroupIds: undefined });
        expect(resources.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")).to.deep.equal([]);
    });

    it("forces TLS 1.2+ and turns on pgaudit for PostgreSQL (DP-2.3, DP-4.3)", async () => {
        const { name, resources } = await build();
        const params = resources.named(`${name}-params`);
        expect(params.inputs.family).to.equal("postgres17");
        const byName = Object.fromEntries(params.inputs.parameters.map((p: any) => [p.name, p.value]));
        expect(byName).to.include({
            "rds.force_ssl": "1",
            ssl_min_protocol_version: "TLSv1.2",
            shared_preload_libraries: "pgaudit",
            "pgaudit.log": "all",
        });
        expect(resources.one(INSTANCE).propertyDependencies.parameterGroupName).to.deep.equal([params.urn]);
        expect(resources.ofType("aws:rds/optionGroup:OptionGroup")).to.deep.equal([]);
    });

    it("forces TLS and turns on the audit plugin for MySQL", async () => {
        const { name, resources } = await build({ engine: "mysql" });
        const params = resources.named(`${name}-params`);
        expect(params.inputs.family).to.equal("mysql8.4");
        const byName = Object.fromEntries(params.inputs.parameters.map((p: any) => [p.name, p.value]));
        expect(byName).to.include({ require_secure_transport: "1", tls_version: "TLSv1.2,TLSv1.3" });
        const options = resources.named(`${name}-options`);
        expect(options.inputs).to.include({ engineName: "mysql", majorEngineVersion: "8.4" });
        expect(options.inputs.options[0].optionName).to.equal("MARIADB_AUDIT_PLUGIN");
        const instance = resources.one(INSTANCE);
        expect(instance.propertyDependencies.optionGroupName).to.deep.equal([options.urn]);
        expect(instance.inputs.port).to.equal(3306);
        expect(instance.inputs.enabledCloudwatchLogsExports).to.include("audit");
    });

    it("exports its logs to encrypted log groups with a set retention, created before the instance (DP-5.1, DP-2.3)", async () => {
        const { name, resources } = await build({ identifier: "orders-history" });
        const instance = resources.one(INSTANCE);
        expect(instance.inputs.enabledCloudwatchLogsExports).to.deep.equal(["postgresql", "upgrade"]);
        const groups = resources.ofType("aws:cloudwatch/logGroup:LogGroup");
        expect(groups.map((g) => g.inputs.name)).to.deep.equal([
            "/aws/rds/instance/orders-history/postgresql",
            "/aws/rds/instance/orders-history/upgrade",
        ]);
        for (const group of groups) {
            expect(group.inputs.retentionInDays).to.equal(30);
            expect(group.propertyDependencies.kmsKeyId).to.deep.equal([resources.named(`${name}-key-key`).urn]);
            expect(instance.dependencies).to.include(group.urn);
        }
    });

    it("keeps backups within the retention, with deletion protection, a final snapshot, a current CA and tags on snapshots (DP-5.3)", async () => {
        const { name, resources } = await build();
        const instance = resources.one(INSTANCE);
        expect(instance.inputs).to.include({
            identifier: name,
            backupRetentionPeriod: 7,
            deletionProtection: true,
            skipFinalSnapshot: false,
            finalSnapshotIdentifier: `${name}-final`,
            caCertIdentifier: "rds-ca-rsa2048-g1",
            copyTagsToSnapshot: true,
            deleteAutomatedBackups: true,
        });
        expect(instance.inputs.tags).to.deep.equal({ "data-classification": "confidential", "retention-days": "35", owner: "orders-team" });
    });

    it("for PII: a 1-day backup window, log retention within the retention, no final snapshot", async () => {
        const { resources } = await build({ classification: "pii", piiCategories: ["name"], purposes: ["order-fulfilment"] });
        const instance = resources.one(INSTANCE);
        expect(instance.inputs).to.include({ backupRetentionPeriod: 1, skipFinalSnapshot: true });
        expect(instance.inputs.finalSnapshotIdentifier).to.equal(undefined);
        expect(instance.inputs.tags).to.include({ "data-classification": "pii", "retention-days": "3", "pii-categories": "name" });
        for (const group of resources.ofType("aws:cloudwatch/logGroup:LogGroup")) expect(group.inputs.retentionInDays).to.equal(3);
    });

    it("takes sizes, multi-AZ and protection from its arguments", async () => {
        const { resources } = await build({
            instanceClass: "db.r7g.large",
            allocatedStorage: 100,
            maxAllocatedStorage: 500,
            multiAz: true,
            deletionProtection: false,
            performanceInsights: false,
        });
        const instance = resources.one(INSTANCE);
        expect(instance.inputs).to.include({
            instanceClass: "db.r7g.large",
            allocatedStorage: 100,
            maxAllocatedStorage: 500,
            multiAz: true,
            deletionProtection: false,
            performanceInsightsEnabled: false,
        });
        expect(instance.inputs.performanceInsightsKmsKeyId).to.equal(undefined);
    });

    it("parents every child to itself", async () => {
        const { name, resources } = await build();
        const component = resources.one("compliant-storage:rds:AuditedRdsInstance");
        for (const child of resources.all.filter((r) => r !== component)) {
            expect(child.name.startsWith(`${name}-`), child.name).to.equal(true);
            expect(child.parent, child.name).to.not.equal(undefined);
        }
    });

    describe("rejects bad arguments before creating anything", () => {
        const cases: [string, Partial<AuditedRdsInstanceArgs> & Record<string, unknown>, RegExp][] = [
            [
                "an engine other than the two",
                { engine: "oracle-ee" as never },
                /argument "engine" must be one of "postgres", "mysql"; got "oracle-ee"/,
            ],
            [
                "an unknown classification",
                { classification: "restricted" as never },
                /argument "classification" must be one of "pii", "confidential", "internal", "public"; got "restricted"/,
            ],
            ["a retention that is not whole", { retentionDays: 0.5 }, /argument "retentionDays" must be a whole number >= 1; got 0.5/],
            [
                "a PII retention above the maximum",
                { classification: "pii", piiCategories: ["name"], purposes: ["order-fulfilment"], retentionDays: 7 },
                /argument "retentionDays" must not exceed maxPiiRetentionDays \(3\)/,
            ],
            [
                "a PII database without categories",
                { classification: "pii", purposes: ["order-fulfilment"] },
                /argument "piiCategories" must be a non-empty list/,
            ],
            [
                "a PII database without purposes",
                { classification: "pii", piiCategories: ["name"] },
                /argument "purposes" must be a non-empty list/,
            ],
            [
                "backups longer than the retention",
                { retentionDays: 5, backupRetentionDays: 6 },
                /argument "backupRetentionDays" must not exceed retentionDays \(5\): backups are copies \(DP-5.3\); got 6/,
            ],
            [
                "a final snapshot of a PII database",
                { classification: "pii", piiCategories: ["name"], purposes: ["order-fulfilment"], finalSnapshot: true },
                /argument "finalSnapshot" must be false for a PII database/,
            ],
            [
                "PII log retention above the retention",
                { classification: "pii", piiCategories: ["name"], purposes: ["order-fulfilment"], logRetentionDays: 7 },
                /argument "logRetentionDays" must not exceed retentionDays \(3\)/,
            ],
            ["a log retention CloudWatch does not offer", { logRetentionDays: 10 }, /argument "logRetentionDays" must be one of 1, 3, 5/],
            ["one subnet", { subnetIds: ["subnet-a"] }, /argument "subnetIds" must name at least two subnets/],
            [
                "an invalid identifier",
                { identifier: "Orders_DB" },
                /argument "identifier" \(the component name when not given\) must be 1-63 lower-case letters/,
            ],
            [
                "a malformed engine version",
                { engine: "mysql", engineVersion: "8" },
                /argument "engineVersion" must look like 8.4 for mysql; got "8"/,
            ],
            [
                "storage below the RDS minimum",
                { allocatedStorage: 10 },
                /argument "allocatedStorage" must be a whole number from 20 to 65536; got 10/,
            ],
        ];
        for (const [label, args, message] of cases) {
            it(label, () => {
                const name = uniqueName("baddb");
                expect(() => new AuditedRdsInstance(name, { ...BASE, ...args } as AuditedRdsInstanceArgs)).to.throw(message);
                expect(recorder.withNamePrefix(name)).to.deep.equal([]);
            });
        }
        it("a key that cannot serve RDS", () => {
            expect(
                () =>
                    new AuditedRdsInstance(uniqueName("baddb"), {
                        ...BASE,
                        kmsKey: new DataKey(uniqueName("k"), { viaServices: ["rds"] }),
                    }),
            ).to.throw(/argument "kmsKey" must admit viaServices \["rds", "secretsmanager"\] and servicePrincipals \["cloudwatch-logs"\]/);
        });
    });
});
