// The policies (and through them the catalogue) load before the entry module, as in the pack.
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { expect } from "chai";
import { cloudFormationTypeProblem, templateTypes } from "../../../policypack/catalogue/entries/cloudformation";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, add, describeEntry, fixtureWith, props } from "../support/entries";

const STACK = "aws:cloudformation/stack:Stack";
const STACK_SET = "aws:cloudformation/stackSet:StackSet";
const INSTANCES = "aws:cloudformation/stackInstances:StackInstances";
const INSTANCE = "aws:cloudformation/stackSetInstance:StackSetInstance";

const ROLE_TEMPLATE = JSON.stringify({ Resources: { Reader: { Type: "AWS::IAM::Role", Properties: { AssumeRolePolicyDocument: {} } } } });
const BUCKET_TEMPLATE = JSON.stringify({ Resources: { Files: { Type: "AWS::S3::Bucket" }, Reader: { Type: "AWS::IAM::Role" } } });
const YAML_TEMPLATE = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    "Parameters:",
    "  Subnet:",
    "    Type: AWS::EC2::Subnet::Id",
    "Resources:",
    "  Orders:",
    '    Type: "AWS::DynamoDB::Table"',
    "    Properties:",
    "      TableName: orders",
    "  Param:",
    "    Type: AWS::IAM::Role",
    "Outputs:",
    "  X:",
    "    Value: 1",
].join("\n");

const cloudformation = (): ResourceSpec[] =>
    fixtureWith([
        { type: STACK, name: "legacy-roles", props: { name: "legacy-roles", templateBody: ROLE_TEMPLATE } },
        {
            type: STACK_SET,
            name: "org-roles",
            props: { name: "org-roles", templateBody: ROLE_TEMPLATE, permissionModel: "SERVICE_MANAGED" },
        },
        {
            type: INSTANCES,
            name: "org-roles-everywhere",
            props: { stackSetName: "org-roles", regions: ["eu-west-1"], deploymentTargets: { organizationalUnitIds: ["ou-1"] } },
            propertyDependencies: { stackSetName: ["org-roles"] },
        },
        {
            type: INSTANCE,
            name: "org-roles-one",
            props: { stackSetName: "org-roles", accountId: "555566667777" },
            propertyDependencies: { stackSetName: ["org-roles"] },
        },
    ]);

describe("catalogue: CloudFormation", () => {
    it("reads the resource types of JSON and YAML templates, not parameter types", () => {
        expect(templateTypes(YAML_TEMPLATE)).to.deep.equal({
            state: "parsed",
            types: ["AWS::DynamoDB::Table", "AWS::IAM::Role"],
            transforms: [],
        });
        expect(templateTypes(BUCKET_TEMPLATE)).to.deep.equal({
            state: "parsed",
            types: ["AWS::S3::Bucket", "AWS::IAM::Role"],
            transforms: [],
        });
    });

    it("judges CloudFormation types by the catalogue", () => {
        expect(cloudFormationTypeProblem("AWS::S3::Bucket")).to.equal("a data-store type");
        expect(cloudFormationTypeProblem("AWS::Logs::LogGroup")).to.equal("a data-store type");
        expect(cloudFormationTypeProblem("AWS::RDS::DBInstance")).to.match(/a type of rds, a service with data stores/);
        expect(cloudFormationTypeProblem("AWS::IAM::Role")).to.equal(undefined);
        expect(cloudFormationTypeProblem("AWS::CloudFormation::Stack")).to.match(/nested stack/);
        expect(cloudFormationTypeProblem("Custom::Seeder")).to.match(/custom resource/);
        expect(cloudFormationTypeProblem("Acme::Db::Table::MODULE")).to.match(/cannot judge/);
    });

    describeEntry("aws:cloudformation/stack:Stack", cloudformation, [
        {
            title: "a template declaring a bucket",
            change: props("legacy-roles", (p) => {
                p.templateBody = BUCKET_TEMPLATE;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK, "legacy-roles"],
            message: /declares AWS::S3::Bucket \(a data-store type\): CloudFormation creates them outside the pack's view/,
        },
        {
            title: "a YAML template declaring a table",
            change: props("legacy-roles", (p) => {
                p.templateBody = YAML_TEMPLATE;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK, "legacy-roles"],
            message: /declares AWS::DynamoDB::Table \(a data-store type\)/,
        },
        {
            title: "a template read from S3",
            change: props("legacy-roles", (p) => {
                delete p.templateBody;
                p.templateUrl = "https://s3.amazonaws.com/templates/app.yaml";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK, "legacy-roles"],
            message: /its template is read from templateUrl .*outside the stack/,
        },
        {
            title: "a template not known during preview",
            change: props("legacy-roles", (p) => {
                p.templateBody = UNKNOWN;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK, "legacy-roles"],
            message: /templateBody is not known during preview/,
        },
        {
            title: "a SAM transform",
            change: props("legacy-roles", (p) => {
                p.templateBody = JSON.stringify({ Transform: "AWS::Serverless-2016-10-31", Resources: {} });
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK, "legacy-roles"],
            message: /uses Transform AWS::Serverless-2016-10-31/,
        },
        {
            title: "a template that is not valid JSON",
            change: props("legacy-roles", (p) => {
                p.templateBody = "{ nope";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK, "legacy-roles"],
            message: /templateBody cannot be read/,
        },
    ]);

    describeEntry("aws:cloudformation/stackSet:StackSet", cloudformation, [
        {
            title: "a template declaring a queue",
            change: props("org-roles", (p) => {
                p.templateBody = JSON.stringify({ Resources: { Q: { Type: "AWS::SQS::Queue" } } });
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [STACK_SET, "org-roles"],
            message: /declares AWS::SQS::Queue \(a data-store type\)/,
        },
    ]);

    describeEntry("aws:cloudformation/stackInstances:StackInstances", cloudformation, [
        {
            title: "instances of a stack set outside the stack",
            change: add({
                type: INSTANCES,
                name: "their-set",
                props: { stackSetName: "their-set", accounts: ["555566667777"], regions: ["eu-west-1"] },
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INSTANCES, "their-set"],
            message: /deploys stack set "their-set", which is not in this stack/,
        },
    ]);

    describeEntry("aws:cloudformation/stackSetInstance:StackSetInstance", cloudformation, [
        {
            title: "an instance of a stack set outside the stack",
            change: add({ type: INSTANCE, name: "their-one", props: { stackSetName: "their-set" } }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INSTANCE, "their-one"],
            message: /deploys stack set "their-set", which is not in this stack/,
        },
    ]);
});
