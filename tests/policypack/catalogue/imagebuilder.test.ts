import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const RECIPE = "aws:imagebuilder/imageRecipe:ImageRecipe";
const DISTRIBUTION = "aws:imagebuilder/distributionConfiguration:DistributionConfiguration";
const INFRA = "aws:imagebuilder/infrastructureConfiguration:InfrastructureConfiguration";
const EBS = { encrypted: true, kmsKeyId: KEY_ARN };

const imagebuilder = (): ResourceSpec[] =>
    fixtureWith([
        { type: "aws:ec2/securityGroup:SecurityGroup", name: "build-sg", props: { name: "build-sg", ingress: [] } },
        {
            type: RECIPE,
            name: "recipe",
            props: {
                name: "base",
                version: "1.0.0",
                parentImage: "arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x",
                components: [{ componentArn: "arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x" }],
                blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: EBS }],
            },
            propertyDependencies: { blockDeviceMappings: ["data-key"] },
        },
        {
            type: DISTRIBUTION,
            name: "dist",
            props: {
                name: "dist",
                region: "eu-west-1",
                distributions: [
                    { region: "eu-west-1", amiDistributionConfiguration: { kmsKeyId: KEY_ARN, launchPermission: { userIds: [ACCOUNT] } } },
                ],
            },
            propertyDependencies: { distributions: ["data-key"] },
        },
        {
            type: INFRA,
            name: "infra",
            props: {
                name: "infra",
                instanceProfileName: "builder",
                securityGroupIds: ["sg-1"],
                subnetId: "subnet-1",
                terminateInstanceOnFailure: true,
            },
            propertyDependencies: { securityGroupIds: ["build-sg"] },
        },
    ]);

const region = (r: string) =>
    props("dist", (p) => {
        p.distributions.push({ region: r, amiDistributionConfiguration: { kmsKeyId: KEY_ARN } });
    });

describe("catalogue: EC2 Image Builder", () => {
    describeEntry(
        "recipes, images, distribution and build infrastructure",
        imagebuilder,
        [
            {
                title: "a recipe whose root volume takes the parent image's encryption",
                change: props("recipe", (p) => {
                    delete p.blockDeviceMappings;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RECIPE, "recipe"],
                message: /blockDeviceMappings is not set, so the built image's root volume takes the parent image's encryption/,
            },
            {
                title: "a mapping without a key",
                change: props("recipe", (p) => {
                    delete p.blockDeviceMappings[0].ebs.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [RECIPE, "recipe"],
                message: /has no blockDeviceMappings.ebs.kmsKeyId/,
            },
            {
                title: "user data in a PII recipe",
                change: props("recipe", (p) => {
                    p.tags = PII_TAGS;
                    p.userDataBase64 = "ZWNobyBKYW5l";
                }),
                policy: datastoreAccessBlockPublic,
                at: [RECIPE, "recipe"],
                message: /but sets userDataBase64/,
            },
            {
                title: "a PII image never expires",
                change: add({
                    type: "aws:imagebuilder/image:Image",
                    name: "image",
                    props: { infrastructureConfigurationArn: "arn:infra", imageRecipeArn: "arn:recipe", tags: PII_TAGS },
                }),
                policy: datastoreRetentionLimitCopies,
                at: ["aws:imagebuilder/image:Image", "image"],
                message: /is a machine image, a copy of personal data/,
            },
            {
                title: "images distributed under the source key",
                change: props("dist", (p) => {
                    delete p.distributions[0].amiDistributionConfiguration.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DISTRIBUTION, "dist"],
                message: /has no distributions.amiDistributionConfiguration.kmsKeyId/,
            },
            {
                title: "public images",
                change: props("dist", (p) => {
                    p.distributions[0].amiDistributionConfiguration.launchPermission.userGroups = ["all"];
                }),
                policy: datastoreAccessBlockPublic,
                at: [DISTRIBUTION, "dist"],
                message: /each distributed image is public/,
            },
            {
                title: "images copied into another account",
                change: props("dist", (p) => {
                    p.distributions[0].amiDistributionConfiguration.targetAccountIds = [OUTSIDE_ACCOUNT];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DISTRIBUTION, "dist"],
                message: /copies images into account 999988887777/,
            },
            {
                title: "images launchable by another account",
                change: props("dist", (p) => {
                    p.distributions[0].amiDistributionConfiguration.launchPermission.userIds = [OUTSIDE_ACCOUNT];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DISTRIBUTION, "dist"],
                message: /lets launch images account 999988887777/,
            },
            {
                title: "images distributed to another region",
                change: region("us-east-1"),
                policy: datastoreSharingRestrictDestinations,
                at: [DISTRIBUTION, "dist"],
                message: /distributes images to region us-east-1, not on allowedRegions/,
            },
            {
                title: "build instances on the default security group",
                change: props("infra", (p) => {
                    delete p.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [INFRA, "infra"],
                message: /build instances names no securityGroupIds/,
            },
            {
                title: "a PII build configuration keeping failed instances",
                change: props("infra", (p) => {
                    p.tags = PII_TAGS;
                    delete p.terminateInstanceOnFailure;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [INFRA, "infra"],
                message:
                    /keeps failed build instances and their volumes, a copy that never expires \(terminateInstanceOnFailure is not set: kept, the provider's default\)/,
            },
        ],
        [
            {
                title: "images distributed to an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: region("eu-central-1"),
            },
            {
                title: "an untagged image (software)",
                change: add({
                    type: "aws:imagebuilder/image:Image",
                    name: "image",
                    props: { infrastructureConfigurationArn: "arn:infra", imageRecipeArn: "arn:recipe" },
                }),
            },
        ],
    );
});
