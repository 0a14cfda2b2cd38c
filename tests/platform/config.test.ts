import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
// The shared mock runtime owns the process-wide config this test sets.
import "../support/runtime";
import { ConfigError, readPlatformConfig } from "../../platform/config";

const VALID: Record<string, string> = {
    "shipping-label-platform:owner": "label-platform",
    "shipping-label-platform:alarmEmails": `["oncall@example.com"]`,
    "shipping-label-platform:accessReviewBy": "2027-06-30",
};

function read(overrides: Record<string, string | undefined>) {
    const config = { ...VALID, ...overrides };
    pulumi.runtime.setAllConfig(Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined)) as Record<string, string>);
    return readPlatformConfig(new pulumi.Config("shipping-label-platform"));
}

describe("platform config (Pulumi.<stack>.yaml)", () => {
    after(() => pulumi.runtime.setAllConfig({}));

    it("reads a valid stack with its defaults", () => {
        expect(read({})).to.deep.include({
            owner: "label-platform",
            piiRetentionDays: 3,
            accessLogRetentionDays: 90,
            deletionProtection: true,
            availabilityZones: 2,
            auditLogRetentionDays: 365,
            shippingProviderAccountIds: [],
        });
        expect(read({}).database).to.deep.equal({
            instanceClass: "db.t4g.micro",
            allocatedStorage: 20,
            multiAz: false,
            backupRetentionDays: 7,
            logRetentionDays: 30,
        });
    });

    const K = "shipping-label-platform";
    // Each message exactly as the program fails with it, and so as the offline preview prints it
    // after "preview: the program failed: " (tests/program/program.test.ts shows that for one).
    const cases: [string, Record<string, string | undefined>, string][] = [
        ["owner missing", { [`${K}:owner`]: undefined }, `config "${K}:owner" must name the team that owns the platform; got undefined`],
        ["PII retention above the policy", { [`${K}:piiRetentionDays`]: "30" }, `config "${K}:piiRetentionDays" must be 3; got "30"`],
        [
            "access-log retention not a number",
            { [`${K}:accessLogRetentionDays`]: "ninety" },
            `config "${K}:accessLogRetentionDays" must be a whole number from 3 to 3653; got "ninety"`,
        ],
        [
            "deletion protection not a boolean",
            { [`${K}:deletionProtection`]: "yes" },
            `config "${K}:deletionProtection" must be true or false; got "yes"`,
        ],
        [
            "one availability zone",
            { [`${K}:availabilityZones`]: "1" },
            `config "${K}:availabilityZones" must be a whole number from 2 to 3; got "1"`,
        ],
        [
            "PII retention just above the policy's maximum",
            { [`${K}:piiRetentionDays`]: "5" },
            `config "${K}:piiRetentionDays" must be 3; got "5"`,
        ],
        [
            "no alarm e-mail",
            { [`${K}:alarmEmails`]: "[]" },
            `config "${K}:alarmEmails" must list at least one e-mail address for the incident topic; got []`,
        ],
        [
            "no alarm e-mail key",
            { [`${K}:alarmEmails`]: undefined },
            `config "${K}:alarmEmails" must list at least one e-mail address for the incident topic; got null`,
        ],
        [
            "a malformed e-mail",
            { [`${K}:alarmEmails`]: `["oncall.example.com"]` },
            `config "${K}:alarmEmails" must hold only e-mail addresses; got "oncall.example.com"`,
        ],
        [
            "an e-mail without a domain",
            { [`${K}:alarmEmails`]: `["oncall"]` },
            `config "${K}:alarmEmails" must hold only e-mail addresses; got "oncall"`,
        ],
        [
            "a review date that does not exist",
            { [`${K}:accessReviewBy`]: "2027-13-01" },
            `config "${K}:accessReviewBy" is written YYYY-MM-DD but is not a date in the calendar; got "2027-13-01"`,
        ],
        [
            "a review date written YYYY-MM-DD that is not in the calendar",
            { [`${K}:accessReviewBy`]: "2027-02-30" },
            `config "${K}:accessReviewBy" is written YYYY-MM-DD but is not a date in the calendar; got "2027-02-30"`,
        ],
        [
            "a review date in words",
            { [`${K}:accessReviewBy`]: "next-june" },
            `config "${K}:accessReviewBy" must be a date written YYYY-MM-DD; got "next-june"`,
        ],
        [
            "an audit log retention CloudWatch lacks",
            { [`${K}:auditLogRetentionDays`]: "100" },
            `config "${K}:auditLogRetentionDays" must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (CloudWatch Logs retentions); got 100`,
        ],
        [
            "a provider account that is not one",
            { [`${K}:shippingProviderAccountIds`]: `["abc"]` },
            `config "${K}:shippingProviderAccountIds" must be a list of 12-digit AWS account ids; got ["abc"]`,
        ],
        [
            "a provider account id too short",
            { [`${K}:shippingProviderAccountIds`]: `["12345"]` },
            `config "${K}:shippingProviderAccountIds" must be a list of 12-digit AWS account ids; got ["12345"]`,
        ],
        [
            "a database class that is not RDS",
            { [`${K}:database`]: `{"instanceClass":"t3.micro"}` },
            `config "${K}:database.instanceClass" must be an RDS instance class ("db.…"); got "t3.micro"`,
        ],
        [
            "database storage too small",
            { [`${K}:database`]: `{"allocatedStorage":5}` },
            `config "${K}:database.allocatedStorage" must be a whole number from 20 to 65536; got 5`,
        ],
        [
            "a misspelt setting (the default would have been used)",
            { [`${K}:deletionProtecton`]: "false" },
            `config "${K}:deletionProtecton" is not a setting of this program: did you mean "${K}:deletionProtection"?; got "false"`,
        ],
        [
            "a setting missing its last letter",
            { [`${K}:piiRetentionDay`]: "3" },
            `config "${K}:piiRetentionDay" is not a setting of this program: did you mean "${K}:piiRetentionDays"?; got "3"`,
        ],
        [
            "a misspelt database setting (prod got one zone)",
            { [`${K}:database`]: `{"multiAZ":true}` },
            `config "${K}:database.multiAZ" is not a setting of this program: did you mean "${K}:database.multiAz"?; got true`,
        ],
        [
            "a database that is not a mapping",
            { [`${K}:database`]: `"db.r7g.large"` },
            `config "${K}:database" must be a mapping of instanceClass, allocatedStorage, multiAz, backupRetentionDays, logRetentionDays; got "db.r7g.large"`,
        ],
        [
            "database multiAz not a boolean",
            { [`${K}:database`]: `{"multiAz":"yes"}` },
            `config "${K}:database.multiAz" must be true or false; got "yes"`,
        ],
        [
            "database backups beyond 35 days",
            { [`${K}:database`]: `{"backupRetentionDays":40}` },
            `config "${K}:database.backupRetentionDays" must be a whole number from 1 to 35; got 40`,
        ],
        [
            "database log retention CloudWatch lacks",
            { [`${K}:database`]: `{"logRetentionDays":10}` },
            `config "${K}:database.logRetentionDays" must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (CloudWatch Logs retentions); got 10`,
        ],
    ];
    it("accepts every setting it reads, each given once (the list of known keys is complete)", () => {
        const settings = read({
            [`${K}:piiRetentionDays`]: "3",
            [`${K}:accessLogRetentionDays`]: "30",
            [`${K}:deletionProtection`]: "false",
            [`${K}:availabilityZones`]: "3",
            [`${K}:auditLogRetentionDays`]: "90",
            [`${K}:shippingProviderAccountIds`]: `["210987654321"]`,
            [`${K}:database`]: JSON.stringify({
                instanceClass: "db.r7g.large",
                allocatedStorage: 100,
                multiAz: true,
                backupRetentionDays: 14,
                logRetentionDays: 365,
            }),
        });
        expect(settings).to.deep.include({
            accessLogRetentionDays: 30,
            deletionProtection: false,
            availabilityZones: 3,
            auditLogRetentionDays: 90,
            shippingProviderAccountIds: ["210987654321"],
        });
        expect(settings.database).to.deep.equal({
            instanceClass: "db.r7g.large",
            allocatedStorage: 100,
            multiAz: true,
            backupRetentionDays: 14,
            logRetentionDays: 365,
        });
    });

    it("leaves other namespaces alone (aws:region, another project's keys)", () => {
        expect(read({ "aws:region": "eu-west-1", "other-project:deletionProtecton": "x" }).owner).to.equal("label-platform");
    });

    for (const [label, overrides, message] of cases) {
        it(`names the key: ${label}`, () => {
            let thrown: unknown;
            try {
                read(overrides);
            } catch (error) {
                thrown = error;
            }
            expect(thrown).to.be.instanceOf(ConfigError);
            expect((thrown as Error).message).to.equal(message);
        });
    }
});
