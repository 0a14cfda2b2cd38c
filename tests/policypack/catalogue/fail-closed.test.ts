import { expect } from "chai";
import { allPolicies } from "../../../policypack/policies";
import { datastoreTypeRequireCatalogued } from "../../../policypack/policies/datastore/type/datastore-type-require-catalogued";
import { PII_TAGS, compliantStack } from "../fixtures/compliant-stack";
import { analyze, ResourceSpec, urnOf } from "../support/harness";
import { UNKNOWN } from "../support/entries";

const violationsAt = (stack: ResourceSpec[], type: string, name: string) =>
    analyze(allPolicies, stack).filter((v) => v.urn === urnOf({ type, name }));

describe("catalogue: resources the pack cannot judge fail closed", () => {
    it("flags a tagged resource of a type neither catalogued nor reviewed (a newer provider's type)", () => {
        const stack = [...compliantStack(), { type: "aws:newstore/vault:Vault", name: "future", props: { tags: PII_TAGS } }];
        expect(violationsAt(stack, "aws:newstore/vault:Vault", "future").map((v) => v.policy)).to.deep.equal([
            "datastore-type-require-catalogued",
        ]);
    });

    it("flags an aws-native resource that carries contract tags as a list, as CloudFormation writes them", () => {
        const stack = [
            ...compliantStack(),
            { type: "aws-native:s3:Bucket", name: "native", props: { tags: [{ key: "data-classification", value: "pii" }] } },
        ];
        const [violation] = violationsAt(stack, "aws-native:s3:Bucket", "native");
        expect(violation?.message).to.match(/the pack cannot judge resources of type aws-native:s3:Bucket/);
    });

    it("flags such a resource when its tags are unknown during preview", () => {
        const stack = [...compliantStack(), { type: "aws-native:dynamodb:Table", name: "native", props: { tags: UNKNOWN } }];
        expect(violationsAt(stack, "aws-native:dynamodb:Table", "native")).to.have.length(1);
    });

    it("leaves alone components, other providers and reviewed types, tagged or not", () => {
        const stack = [
            ...compliantStack(),
            { type: "compliant-storage:s3:EncryptedBucket", name: "component", props: { tags: { owner: "x" } } },
            { type: "random:index/randomId:RandomId", name: "id", props: { byteLength: 4 } },
            { type: "aws:ec2/vpc:Vpc", name: "vpc", props: { cidrBlock: "10.0.0.0/16", tags: { owner: "x" } } },
        ];
        expect(analyze([datastoreTypeRequireCatalogued], stack)).to.deep.equal([]);
    });

    it("reads contract tags from the provider's default tags", () => {
        const stack: ResourceSpec[] = [
            ...compliantStack(),
            {
                type: "pulumi:providers:aws",
                name: "tagged",
                props: { region: "eu-west-1", defaultTags: JSON.stringify({ tags: { owner: "platform" } }) },
            },
            { type: "aws:newstore/vault:Vault", name: "future", props: {}, provider: "tagged" },
        ];
        expect(violationsAt(stack, "aws:newstore/vault:Vault", "future").map((v) => v.policy)).to.deep.equal([
            "datastore-type-require-catalogued",
        ]);
    });
});

describe("catalogue: a store declared only through the provider's default tags", () => {
    it("is classified by them", () => {
        const stack = compliantStack().map((spec) =>
            spec.name === "history" ? { ...spec, props: { ...spec.props, tags: undefined }, provider: "tagged" } : spec,
        );
        stack.push({
            type: "pulumi:providers:aws",
            name: "tagged",
            props: {
                region: "eu-west-1",
                defaultTags: { tags: { "data-classification": "confidential", "retention-days": "35", owner: "orders-team" } },
            },
        });
        expect(analyze(allPolicies, stack)).to.deep.equal([]);
    });
});

describe("catalogue: stack duties follow the data", () => {
    const onlyFileSystem: ResourceSpec[] = [
        { type: "aws:efs/fileSystem:FileSystem", name: "files", props: { creationToken: "files", encrypted: false, tags: PII_TAGS } },
    ];

    it("asks a stack holding only an unencrypted PII file system for encryption, a trail, alarms and an incident topic", () => {
        const policies = new Set(analyze(allPolicies, onlyFileSystem).map((v) => v.policy));
        for (const policy of [
            "datastore-encryption-require-customer-key",
            "cloudtrail-trail-require-data-events",
            "cloudwatch-alarm-require-security-alarms",
            "sns-topic-require-incident-subscription",
        ]) {
            expect(policies, policy).to.include(policy);
        }
    });

    it("treats an unclassified queue as PII, so the stack needs its duties too", () => {
        const queue: ResourceSpec[] = [
            {
                type: "aws:sqs/queue:Queue",
                name: "jobs",
                props: { kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k", messageRetentionSeconds: 3600 },
            },
        ];
        const policies = new Set(analyze(allPolicies, queue).map((v) => v.policy));
        expect(policies)
            .to.include("datastore-tags-require-classification")
            .and.include("cloudtrail-trail-require-data-events")
            .and.include("sns-topic-require-incident-subscription");
    });

    it("asks nothing of a stack whose only store is classified internal and compliant", () => {
        const queue: ResourceSpec[] = [
            {
                type: "aws:sqs/queue:Queue",
                name: "jobs",
                props: {
                    kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k",
                    tags: { "data-classification": "internal", "retention-days": "4", owner: "x" },
                },
            },
        ];
        expect(analyze(allPolicies, queue, { customerManagedKeyArns: ["arn:aws:kms:eu-west-1:111122223333:key/k"] })).to.deep.equal([]);
    });

    it("requires data events for a PII queue (AWS::SQS::Queue), not only for buckets and tables", () => {
        const stack = [
            ...compliantStack(),
            {
                type: "aws:sqs/queue:Queue",
                name: "pii-jobs",
                props: {
                    name: "pii-jobs",
                    kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k",
                    messageRetentionSeconds: 3600,
                    tags: PII_TAGS,
                },
            },
        ];
        const found = violationsAt(stack, "aws:sqs/queue:Queue", "pii-jobs").filter(
            (v) => v.policy === "cloudtrail-trail-require-data-events",
        );
        expect(found.map((v) => v.message)).to.deep.equal([
            "pii-jobs (aws:sqs/queue:Queue): no trail records data events (AWS::SQS::Queue) for this PII store",
        ]);
        const trail = stack.find((s) => s.name === "audit")!;
        trail.props.advancedEventSelectors = [
            {
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::S3::Object"] },
                ],
            },
            {
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                ],
            },
            {
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::SQS::Queue"] },
                    { field: "resources.ARN", startsWith: ["arn:aws:sqs:eu-west-1:111122223333:pii-"] },
                ],
            },
        ];
        delete trail.props.eventSelectors;
        expect(
            violationsAt(stack, "aws:sqs/queue:Queue", "pii-jobs").filter((v) => v.policy === "cloudtrail-trail-require-data-events"),
        ).to.deep.equal([]);
        trail.props.advancedEventSelectors[2].fieldSelectors.push({ field: "readOnly", equals: ["true"] });
        expect(
            violationsAt(stack, "aws:sqs/queue:Queue", "pii-jobs")
                .filter((v) => v.policy === "cloudtrail-trail-require-data-events")
                .map((v) => v.message),
        ).to.deep.equal(["pii-jobs (aws:sqs/queue:Queue): no trail records write data events (AWS::SQS::Queue) for this PII store"]);
    });
});
