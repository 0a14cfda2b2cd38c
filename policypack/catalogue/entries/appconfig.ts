/**
 * AppConfig: configuration profiles (the hosted configuration store) and deployments, whose
 * configuration data AppConfig stores and hands to applications. Applications, environments,
 * deployment strategies, extensions, their associations and event integrations hold no data;
 * hosted configuration versions are encrypted under their profile's key, judged on the profile.
 */
import type { ConfigurationProfileArgs } from "@pulumi/aws/appconfig/configurationProfile";
import type { DeploymentArgs } from "@pulumi/aws/appconfig/deployment";
import { entry } from "../entry";

const PROFILE_TYPES = ["aws:appconfig/configurationProfile:ConfigurationProfile"];

export const appconfigConfigurationProfile = entry<ConfigurationProfileArgs>()({
    types: ["aws:appconfig/configurationProfile:ConfigurationProfile"],
    holds: "free-form configuration data (in the hosted store, or read from S3 or Parameter Store)",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "hosted configuration versions",
            when: { path: "locationUri", on: ["hosted"] },
            key: "kmsKeyIdentifier",
            keyAbsentMeans: "an AWS-owned key",
        },
    ],
    inTransit: { notOffered: "AppConfig's endpoints accept HTTPS only" },
    retention: {
        notOffered: "hosted configuration versions are kept until deleted; configuration from S3 or Parameter Store is judged there",
    },
});

export const appconfigDeployment = entry<DeploymentArgs>()({
    types: ["aws:appconfig/deployment:Deployment"],
    holds: "a deployed copy of a configuration version, kept by AppConfig for its clients",
    tagging: "carrier",
    sources: [{ path: "configurationProfileId", types: PROFILE_TYPES }],
    atRest: [{ what: "the deployed configuration", key: "kmsKeyIdentifier", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "AppConfig's endpoints accept HTTPS only" },
    retention: { notOffered: "AppConfig keeps deployed configuration until it is replaced by a later deployment" },
});
