/**
 * EC2 Image Builder: recipes (the volumes and user data of built images), images, where built
 * images are distributed (regions, accounts, public launch permissions, S3 exports) and the build
 * infrastructure. Images are software, holding customer data only if a build puts some there.
 */
import type { DistributionConfigurationArgs } from "@pulumi/aws/imagebuilder/distributionConfiguration";
import type { ImageArgs } from "@pulumi/aws/imagebuilder/image";
import type { ImageRecipeArgs } from "@pulumi/aws/imagebuilder/imageRecipe";
import type { InfrastructureConfigurationArgs } from "@pulumi/aws/imagebuilder/infrastructureConfiguration";
import { entry } from "../entry";
import { ebsEncryption } from "./ebs";
import { outsideAccounts } from "./ec2";
import { BUCKET_TYPES } from "./s3";

const BUILT = { notOffered: "Image Builder builds and copies inside AWS" };

export const imagebuilderImageRecipe = entry<ImageRecipeArgs>()({
    types: ["aws:imagebuilder/imageRecipe:ImageRecipe"],
    holds: "the volumes and user data of the images built from it",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        ebsEncryption([
            {
                what: "a volume of the built image",
                path: "blockDeviceMappings",
                only: "ebs",
                encrypted: "ebs.encrypted",
                key: "ebs.kmsKeyId",
                encryptedAbsentMeans: "the parent image's encryption",
                implicit: "the built image's root volume takes the parent image's encryption",
            },
        ]),
    ],
    inTransit: BUILT,
    exposure: [
        {
            what: "user data",
            plaintextWhenPii: "userDataBase64",
            why: "which is stored in plaintext in the recipe and every build instance",
        },
    ],
    retention: { notOffered: "a recipe keeps no data; its images are judged on their own" },
});

export const imagebuilderImage = entry<ImageArgs>()({
    types: ["aws:imagebuilder/image:Image"],
    holds: "a built machine image (its snapshots), and whatever the build left on its disks",
    tagging: "carrier",
    atRest: { notOffered: "encrypted as its recipe's volumes and its distribution's keys say, judged there" },
    inTransit: BUILT,
    retention: [{ what: "a machine image", neverExpires: true }],
    notes: "A carrier: an image is software unless tagged pii; a PII image is a copy that never expires. Sharing is judged on its distribution configuration and launch permissions.",
});

export const imagebuilderDistributionConfiguration = entry<DistributionConfigurationArgs>()({
    types: ["aws:imagebuilder/distributionConfiguration:DistributionConfiguration"],
    holds: "where built images go: regions, accounts, launch permissions and S3 exports",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "each distributed image",
            when: { path: "distributions.amiDistributionConfiguration" },
            key: "distributions.amiDistributionConfiguration.kmsKeyId",
            keyAbsentMeans: "the source image's key, or the destination region's default EBS key",
        },
    ],
    inTransit: BUILT,
    exposure: [
        {
            what: "each distributed image",
            publicWhen: { path: "distributions.amiDistributionConfiguration.launchPermission.userGroups", on: ["all"], absent: false },
        },
    ],
    retention: { notOffered: "distributed images live until deleted (an Image Builder lifecycle policy may delete them)" },
    destinations: [
        { what: "distributes images to", region: "distributions.region" },
        outsideAccounts("copies images into account", "distributions.amiDistributionConfiguration.targetAccountIds"),
        outsideAccounts("lets launch images account", "distributions.amiDistributionConfiguration.launchPermission.userIds"),
        { what: "lets launch images", sharedWith: "distributions.amiDistributionConfiguration.launchPermission.userGroups" },
        {
            what: "lets launch images the organization",
            sharedWith: "distributions.amiDistributionConfiguration.launchPermission.organizationArns",
        },
        {
            what: "lets launch images the organizational unit",
            sharedWith: "distributions.amiDistributionConfiguration.launchPermission.organizationalUnitArns",
        },
        outsideAccounts("sets launch templates of account", "distributions.launchTemplateConfigurations.accountId"),
        { what: "exports disk images to", store: true, path: "distributions.s3ExportConfiguration.s3Bucket", types: BUCKET_TYPES },
    ],
});

export const imagebuilderInfrastructureConfiguration = entry<InfrastructureConfigurationArgs>()({
    types: ["aws:imagebuilder/infrastructureConfiguration:InfrastructureConfiguration"],
    holds: "the build instances: their network and their build logs",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "build instances' volumes are the recipe's, judged there" },
    inTransit: BUILT,
    exposure: [{ what: "build instances", securityGroups: "securityGroupIds" }],
    retention: [
        {
            what: "failed build instances and their volumes",
            keepsForever: { path: "terminateInstanceOnFailure", on: [false], absent: true, absentMeans: "kept, the provider's default" },
        },
    ],
    destinations: [{ what: "writes build logs to", store: true, path: "logging.s3Logs.s3BucketName", types: BUCKET_TYPES }],
});
