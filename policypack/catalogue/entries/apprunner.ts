/**
 * App Runner: services run web code that handles customer requests, with environment values
 * and App Runner's own copy of the source and logs. Scaling, observability, connections,
 * domains and VPC connectors hold no data.
 */
import type { ServiceArgs } from "@pulumi/aws/apprunner/service";
import { entry } from "../entry";

const PLAIN_ENV_WHY = "plain environment values readable by anyone who may describe the service: pass them as runtimeEnvironmentSecrets";

export const apprunnerService = entry<ServiceArgs>()({
    types: ["aws:apprunner/service:Service"],
    holds: "a web service's environment values, App Runner's copy of its source and its logs",
    tagging: "carrier",
    names: ["serviceName"],
    atRest: [
        {
            what: "App Runner's copy of the source and the service logs",
            key: "encryptionConfiguration.kmsKey",
            keyAbsentMeans: "an AWS-managed key",
        },
    ],
    inTransit: { notOffered: "App Runner endpoints serve HTTPS only" },
    exposure: [
        {
            what: "the service",
            publicWhen: {
                path: "networkConfiguration.ingressConfiguration.isPubliclyAccessible",
                absent: true,
                absentMeans: "publicly accessible by default",
            },
        },
        {
            what: "its image configuration",
            plaintextWhenPii: "sourceConfiguration.imageRepository.imageConfiguration.runtimeEnvironmentVariables",
            why: PLAIN_ENV_WHY,
        },
        {
            what: "its code configuration",
            plaintextWhenPii: "sourceConfiguration.codeRepository.codeConfiguration.codeConfigurationValues.runtimeEnvironmentVariables",
            why: PLAIN_ENV_WHY,
        },
    ],
    retention: {
        notOffered:
            "the service keeps no data of its own; App Runner writes its logs to log groups it creates (/aws/apprunner/<service>/<id>/...) with no retention, outside the stack",
    },
    notes: "A public service (isPubliclyAccessible, AWS default true) is reachable by anyone on the internet with no AWS-level authentication: make it private (VPC ingress connection) or record an exemption for a public front end.",
});
