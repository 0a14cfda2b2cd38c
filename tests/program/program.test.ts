import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { previewJson, ROOT, runPreview } from "../support/preview";
import { dpcheck } from "../dpcheck/support/run-dpcheck";

/**
 * Stacks of a project beside the repository's, running its program, each one bad input that
 * only the real preview process can show (every rule of platform/config.ts, with its exact
 * message, is asserted in-process in tests/platform/config.test.ts).
 */
const BAD_STACKS: Record<string, string> = {
    retention: 'config:\n  shipping-label-platform:owner: x\n  shipping-label-platform:piiRetentionDays: "5"\n',
    noregion:
        'config:\n  shipping-label-platform:owner: x\n  shipping-label-platform:alarmEmails: [a@example.com]\n  shipping-label-platform:accessReviewBy: "2027-01-01"\n',
    sec: 'config:\n  aws:region: eu-west-1\n  shipping-label-platform:owner:\n    secure: AAABAKx0bGFi\n  shipping-label-platform:alarmEmails: [a@example.com]\n  shipping-label-platform:accessReviewBy: "2027-01-01"\n',
};

describe("the shipping-label platform (index.ts) under mocks", function () {
    this.timeout(180_000);
    let dev: any;
    let prod: any;
    let badProject: string;
    before(async () => {
        badProject = fs.mkdtempSync(path.join(os.tmpdir(), "preview-"));
        fs.writeFileSync(
            path.join(badProject, "Pulumi.yaml"),
            `name: shipping-label-platform\nruntime: nodejs\nmain: ${path.join(ROOT, "index.ts")}\n`,
        );
        for (const [stack, yaml] of Object.entries(BAD_STACKS)) fs.writeFileSync(path.join(badProject, `Pulumi.${stack}.yaml`), yaml);
        // Every preview this file runs starts now, the JSON ones first; they take turns for the
        // cores (tests/support/preview.ts), and each test awaits its own.
        const json = Promise.all([previewJson("dev"), previewJson("prod")]);
        void runPreview({ stack: "staging" });
        for (const stack of Object.keys(BAD_STACKS)) void runPreview({ stack, projectDir: badProject });
        [dev, prod] = await json;
    });
    after(() => fs.rmSync(badProject, { recursive: true, force: true }));

    const stores = (stack: any) => Object.fromEntries(stack.stores.map((s: any) => [s.name, s]));
    const resource = (stack: any, type: string, name: string) => stack.resources.find((r: any) => r.type === type && r.name === name);

    it("builds the labels bucket, the orders table and the order-history database from the components", () => {
        for (const stack of [dev, prod]) {
            expect(Object.keys(stores(stack)).sort()).to.deep.equal([
                "access-logs-bucket",
                "audit-bucket",
                "labels-bucket",
                "order-history-instance",
                "orders-table",
            ]);
            const types = stack.resources.map((r: any) => r.type);
            for (const component of [
                "compliant-storage:monitoring:AuditTrail",
                "compliant-storage:s3:EncryptedBucket",
                "compliant-storage:s3:AccessLogBucket",
                "compliant-storage:dynamodb:PiiTable",
                "compliant-storage:rds:AuditedRdsInstance",
                "awsx:ec2:Vpc",
            ]) {
                expect(types, component).to.include(component);
            }
            expect(types.filter((t: string) => /V2:/.test(t))).to.deep.equal([]);
        }
    });

    it("tags every store with the classification contract", () => {
        const labels = stores(dev)["labels-bucket"].tags;
        expect(labels).to.deep.equal({
            "data-classification": "pii",
            "pii-categories": "name postal-address order-reference",
            "pii-purpose": "shipping-label",
            "retention-days": "3",
            owner: "label-platform",
        });
        expect(stores(dev)["orders-table"].tags).to.include({
            "data-classification": "pii",
            "pii-purpose": "order-fulfilment",
            "retention-days": "3",
        });
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
        expect(resource(dev, "aws:s3/bucketLogging:BucketLogging", "audit-access-logging").propertyDependencies.targetBucket).to.deep.equal(
            [resource(dev, "aws:s3/bucket:Bucket", "access-logs-bucket").urn],
        );
        expect(dev.resources.filter((r: any) => r.type === "aws:s3/bucket:Bucket")).to.have.length(3);
    });

    it("differs between dev and prod where it should", () => {
        const db = (stack: any) => resource(stack, "aws:rds/instance:Instance", "order-history-instance").inputs;
        expect(db(dev)).to.include({
            multiAz: false,
            deletionProtection: false,
            instanceClass: "db.t4g.micro",
            identifier: "order-history-dev",
        });
        expect(db(prod)).to.include({
            multiAz: true,
            deletionProtection: true,
            instanceClass: "db.r7g.large",
            identifier: "order-history-prod",
            allocatedStorage: 100,
        });
        const table = (stack: any) => resource(stack, "aws:dynamodb/table:Table", "orders-table").inputs;
        expect(table(dev).deletionProtectionEnabled).to.equal(false);
        expect(table(prod).deletionProtectionEnabled).to.equal(true);
        const logs = (stack: any) =>
            resource(stack, "aws:cloudwatch/logGroup:LogGroup", "order-history-log-postgresql").inputs.retentionInDays;
        expect([logs(dev), logs(prod)]).to.deep.equal([14, 365]);
        const bucket = (stack: any) => resource(stack, "aws:s3/bucket:Bucket", "labels-bucket").inputs.forceDestroy;
        expect([bucket(dev), bucket(prod)]).to.deep.equal([true, false]);
    });

    it("prints the resource tree and each store's key controls as text", async () => {
        const run = await dpcheck("resources", "--stack", "dev");
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
        const bad = (stack: string) => runPreview({ stack, projectDir: badProject });

        it("an unknown stack", async () => {
            const run = await runPreview({ stack: "staging" });
            expect(run.status).to.equal(2);
            expect(run.stderr).to.match(/^preview: unknown stack "staging": no .*Pulumi\.staging\.yaml \(stacks here: dev, prod\)\n$/);
        });

        it("a PII retention above the policy's maximum, naming the config key", async () => {
            const run = await bad("retention");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.match(
                /^preview: the program failed at platform\/config\.ts:\d+:\d+: config "shipping-label-platform:piiRetentionDays" must be 3; got "5"\n$/,
            );
        });

        it("a missing region, naming aws:region", async () => {
            const run = await bad("noregion");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.include("aws:region");
        });

        it("a secret where a tag value is needed is reported, never decrypted", async () => {
            const run = await bad("sec");
            expect(run.status).to.equal(2);
            expect(run.stderr).to.include(
                `argument "owner" must be at most 256 letters, digits, spaces or _ . : / = + - @ (an AWS tag value); got "[secret]"`,
            );
        });
    });
});
