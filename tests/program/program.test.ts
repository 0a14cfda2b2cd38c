import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** Runs the offline preview as a user would, in its own process (its own mock runtime). */
function preview(...args: string[]) {
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "tools/preview.ts"), ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") },
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function stackJson(stack: string) {
    const run = preview("--stack", stack, "--json");
    expect(run.status, run.stderr).to.equal(0);
    return JSON.parse(run.stdout);
}

describe("the shipping-label platform (index.ts) under mocks", () => {
    let dev: any;
    let prod: any;
    before(() => {
        dev = stackJson("dev");
        prod = stackJson("prod");
    });

    const stores = (stack: any) => Object.fromEntries(stack.stores.map((s: any) => [s.name, s]));
    const resource = (stack: any, type: string, name: string) => stack.resources.find((r: any) => r.type === type && r.name === name);

    it("builds the labels bucket, the orders table and the order-history database from the components", () => {
        for (const stack of [dev, prod]) {
            expect(Object.keys(stores(stack)).sort()).to.deep.equal(["access-logs-bucket", "audit-bucket", "labels-bucket", "order-history-instance", "orders-table"]);
            const types = stack.resources.map((r: any) => r.type);
            for (const component of ["compliant-storage:monitoring:AuditTrail", "compliant-storage:s3:EncryptedBucket", "compliant-storage:s3:AccessLogBucket", "compliant-storage:dynamodb:PiiTable", "compliant-storage:rds:AuditedRdsInstance", "awsx:ec2:Vpc"]) {
                expect(types, component).to.include(component);
            }
            expect(types.filter((t: string) => /V2:/.test(t))).to.deep.equal([]);
        }
    });

    it("tags every store with the classification contract", () => {
        const labels = stores(dev)["labels-bucket"].tags;
        expect(labels).to.deep.equal({
            "data-classification": "pii", "pii-categories": "name postal-address order-reference", "pii-purpose": "shipping-label", "retention-days": "3", owner: "label-platform",
        });
        expect(stores(dev)["orders-table"].tags).to.include({ "data-classification": "pii", "pii-purpose": "order-fulfilment", "retention-days": "3" });
        expect(stores(dev)["order-history-instance"].tags).to.include({ "data-classification": "confidential" });
    });

    it("puts the database in the VPC's isolated subnets", () => {
        const subnets = resource(dev, "aws:rds/subnetGroup:SubnetGroup", "order-history-subnets");
        expect(subnets.inputs.subnetIds).to.deep.equal(["subnet-isolated-a", "subnet-isolated-b", "subnet-isolated-c"]);
        expect(subnets.propertyDependencies.subnetIds).to.deep.equal([resource(dev, "awsx:ec2:Vpc", "network").urn]);
        const vpc = resource(dev, "awsx:ec2:Vpc", "network");
        expect(vpc.inputs.natGateways).to.deep.equal({ strategy: "None" });
        expect(vpc.inputs.subnetSpecs).to.deep.equal([{ type: "Isolated", cidrMask: 24 }]);
        expect(vpc.inputs.vpcEndpointSpecs).to.deep.equal([
            { serviceName: "com.amazonaws.eu-west-1.s3", vpcEndpointType: "Gateway" },
            { serviceName: "com.amazonaws.eu-west-1.dynamodb", vpcEndpointType: "Gateway" },
        ]);
    });

    it("sends the labels bucket's access logs to the shared log bucket", () => {
        const logging = resource(dev, "aws:s3/bucketLogging:BucketLogging", "labels-access-logging");
        expect(logging.propertyDependencies.targetBucket).to.deep.equal([resource(dev, "aws:s3/bucket:Bucket", "access-logs-bucket").urn]);
        expect(resource(dev, "aws:s3/bucketLogging:BucketLogging", "audit-access-logging").propertyDependencies.targetBucket).to.deep.equal([resource(dev, "aws:s3/bucket:Bucket", "access-logs-bucket").urn]);
        expect(dev.resources.filter((r: any) => r.type === "aws:s3/bucket:Bucket")).to.have.length(3);
    });

    it("differs between dev and prod where it should", () => {
        const db = (stack: any) => resource(stack, "aws:rds/instance:Instance", "order-history-instance").inputs;
        expect(db(dev)).to.include({ multiAz: false, deletionProtection: false, instanceClass: "db.t4g.micro", identifier: "order-history-dev" });
        expect(db(prod)).to.include({ multiAz: true, deletionProtection: true, instanceClass: "db.r7g.large", identifier: "order-history-prod", allocatedStorage: 100 });
        const table = (stack: any) => resource(stack, "aws:dynamodb/table:Table", "orders-table").inputs;
        expect(table(dev).deletionProtectionEnabled).to.equal(false);
        expect(table(prod).deletionProtectionEnabled).to.equal(true);
        const logs = (stack: any) => resource(stack, "aws:cloudwatch/logGroup:LogGroup", "order-history-log-postgresql").inputs.retentionInDays;
        expect([logs(dev), logs(prod)]).to.deep.equal([14, 365]);
        const bucket = (stack: any) => resource(stack, "aws:s3/bucket:Bucket", "labels-bucket").inputs.forceDestroy;
        expect([bucket(dev), bucket(prod)]).to.deep.equal([true, false]);
    });

    it("prints the resource tree and each store's key controls as text", () => {
        const run = preview("--stack", "dev");
        expect(run.status, run.stderr).to.equal(0);
        expect(run.stdout).to.match(/^Offline preview of shipping-label-platform\/dev: \d+ resources/);
        expect(run.stdout).to.include("├─ labels  (compliant-storage:s3:EncryptedBucket)");
        expect(run.stdout).to.include("│  ├─ labels-bucket  (aws:s3/bucket:Bucket)");
        expect(run.stdout).to.match(/labels-bucket {2}\(aws:s3\/bucket:Bucket\)\n {4}pii, retention 3 d/);
        expect(run.stdout).to.include("- lifecycle: current 1 d, noncurrent 1 d, multipart 1 d");
        expect(run.stdout).to.include("- TTL on expiresAt");
        expect(run.stdout).to.include("- public no, IAM auth on, master password managed by RDS in Secrets Manager");
    });

    describe("bad input stops the preview with exit code 2 and one message", () => {
        let dir: string;
        beforeEach(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-"));
            fs.writeFileSync(path.join(dir, "Pulumi.yaml"), `name: shipping-label-platform\nruntime: nodejs\nmain: ${path.join(ROOT, "index.ts")}\n`);
        });
        afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

        it("an unknown stack", () => {
            const run = preview("--stack", "staging");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.match(/^preview: unknown stack "staging": no .*Pulumi\.staging\.yaml \(stacks here: dev, prod\)\n$/);
        });

        it("a PII retention above the policy's maximum, naming the config key", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  shipping-label-platform:owner: x\n  shipping-label-platform:piiRetentionDays: \"5\"\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.equal(`preview: the program failed: config "shipping-label-platform:piiRetentionDays" must be a whole number from 3 to 3; got "5"\n`);
        });

        it("no alarm e-mail", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  shipping-label-platform:owner: x\n  shipping-label-platform:accessReviewBy: \"2027-01-01\"\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.equal(`preview: the program failed: config "shipping-label-platform:alarmEmails" must list at least one e-mail address for the incident topic; got null\n`);
        });

        it("a malformed review date", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  shipping-label-platform:owner: x\n  shipping-label-platform:alarmEmails: [a@example.com]\n  shipping-label-platform:accessReviewBy: next-june\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.include(`config "shipping-label-platform:accessReviewBy" must be a date written YYYY-MM-DD; got "next-june"`);
        });

        it("a missing region, naming aws:region", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  shipping-label-platform:owner: x\n  shipping-label-platform:alarmEmails: [a@example.com]\n  shipping-label-platform:accessReviewBy: \"2027-01-01\"\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.include("aws:region");
        });

        it("a provider account that is not an account id", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  aws:region: eu-west-1\n  shipping-label-platform:owner: x\n  shipping-label-platform:alarmEmails: [a@example.com]\n  shipping-label-platform:accessReviewBy: \"2027-01-01\"\n  shipping-label-platform:shippingProviderAccountIds: [\"12345\"]\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.equal(`preview: the program failed: config "shipping-label-platform:shippingProviderAccountIds" must be a list of 12-digit AWS account ids; got ["12345"]\n`);
        });

        it("a malformed alarm e-mail", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  aws:region: eu-west-1\n  shipping-label-platform:owner: x\n  shipping-label-platform:alarmEmails: [oncall]\n  shipping-label-platform:accessReviewBy: \"2027-01-01\"\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.equal(`preview: the program failed: config "shipping-label-platform:alarmEmails" must hold only e-mail addresses; got "oncall"\n`);
        });

        it("a missing owner", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), "config:\n  aws:region: eu-west-1\n");
            const run = preview("--stack", "bad", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.include(`config "shipping-label-platform:owner" must name the team that owns the platform`);
        });

        it("a secret where a tag value is needed is reported, never decrypted", () => {
            fs.writeFileSync(path.join(dir, "Pulumi.sec.yaml"), "config:\n  aws:region: eu-west-1\n  shipping-label-platform:owner:\n    secure: AAABAKx0bGFi\n  shipping-label-platform:alarmEmails: [a@example.com]\n  shipping-label-platform:accessReviewBy: \"2027-01-01\"\n");
            const run = preview("--stack", "sec", "--project-dir", dir);
            expect(run.status).to.equal(2);
            expect(run.stderr).to.include(`argument "owner" must be at most 256 letters, digits, spaces or _ . : / = + - @ (an AWS tag value); got "[secret]"`);
        });
    });
});
